// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target for engine/JsonLinesDecoder: feeding the bytes whole or split at points
// derived from the input must give the same lines; no line holds a '\n', is longer than the limit,
// or is blank. Each line is also run through nlohmann::json's non-throwing parse, as
// EngineClient does with the build stream.
//
// The decoder is std-only; its source is compiled into this target directly.

#include "engine/JsonLinesDecoder.cpp" // NOLINT(bugprone-suspicious-include)

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::size_t step = data[0] % 13 + 1;
    const std::size_t maxLine = (data[0] & 0x80) ? 64 : 1024 * 1024;
    const std::string_view input(reinterpret_cast<const char *>(data) + 1, size - 1);

    stagecraft::engine::JsonLinesDecoder whole(maxLine);
    std::vector<std::string> a;
    whole.feed(input, a);
    whole.finish(a);

    stagecraft::engine::JsonLinesDecoder pieces(maxLine);
    std::vector<std::string> b;
    for (std::size_t pos = 0; pos < input.size(); pos += step)
        pieces.feed(input.substr(pos, step), b);
    pieces.finish(b);

    if (a != b || whole.overflowed() != pieces.overflowed()) {
        std::fprintf(stderr, "JsonLinesDecoder: split feeding changed the lines (step %zu)\n",
                     step);
        std::abort();
    }
    for (const std::string &line : a) {
        if (line.find('\n') != std::string::npos || line.size() > maxLine
            || line.find_first_not_of(" \t\r") == std::string::npos)
            std::abort();
        const nlohmann::json value = nlohmann::json::parse(line, nullptr, false);
        if (!value.is_discarded() && value.is_object())
            (void)value.contains("stream");
    }
    return 0;
}
