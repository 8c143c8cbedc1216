// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target for engine/HttpResponseParser: any bytes, fed whole and fed in pieces
// (split points derived from the input), must give the same state, error, status, headers and
// body; the parser must never read out of bounds or hang, and a Complete response's body size
// must equal its decoded byte count.
//
// The parser is std-only; its source is compiled into this target directly so the fuzz build
// (model library only, no Qt) needs nothing from stagecraft_app.

#include "engine/HttpResponseParser.cpp" // NOLINT(bugprone-suspicious-include)

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

using stagecraft::engine::HttpResponseParser;

struct Outcome
{
    HttpResponseParser::State state;
    HttpResponseParser::Error error;
    int status = 0;
    std::size_t headerCount = 0;
    std::string body;
};

Outcome run(std::string_view input, std::size_t step, bool head)
{
    HttpResponseParser parser(head);
    Outcome outcome;
    if (step == 0) {
        parser.feed(input, outcome.body);
    } else {
        for (std::size_t pos = 0; pos < input.size(); pos += step)
            parser.feed(input.substr(pos, step), outcome.body);
    }
    parser.finish();
    if (parser.isComplete() && parser.bodyBytes() != outcome.body.size())
        std::abort();
    outcome.state = parser.state();
    outcome.error = parser.error();
    outcome.status = parser.statusCode();
    outcome.headerCount = parser.headers().size();
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const bool head = (data[0] & 0x80) != 0;
    const std::size_t step = (data[0] & 0x7f) % 17 + 1;
    const std::string_view input(reinterpret_cast<const char *>(data) + 1, size - 1);
    const Outcome whole = run(input, 0, head);
    const Outcome pieces = run(input, step, head);
    if (whole.state != pieces.state || whole.error != pieces.error || whole.status != pieces.status
        || whole.headerCount != pieces.headerCount || whole.body != pieces.body) {
        std::fprintf(stderr, "HttpResponseParser: split feeding changed the result (step %zu)\n",
                     step);
        std::abort();
    }
    return 0;
}
