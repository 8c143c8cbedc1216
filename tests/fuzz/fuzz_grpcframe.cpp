// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target for engine/GrpcFrameDecoder (gRPC's length-prefixed messages, what the
// BuildKit session reads from the engine): the first input byte picks a piece size, the rest is
// the stream. Decoding must never crash or hang, and:
// - fed in pieces it gives the same messages and the same verdict as fed at once;
// - re-encoding the messages gives back exactly the bytes they were decoded from;
// - after an error, feed() takes nothing more;
// - encode() then decode is the identity for any message.
//
// The decoder is std-only; its source is compiled into this target directly.

#include "engine/GrpcFrameDecoder.cpp" // NOLINT(bugprone-suspicious-include)

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

using stagecraft::engine::GrpcFrameDecoder;

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "GrpcFrameDecoder: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::size_t piece = 1 + data[0] % 64;
    const std::string_view stream(reinterpret_cast<const char *>(data + 1), size - 1);
    constexpr std::size_t kLimit = 1 << 16; // small, so the limit is reached too

    GrpcFrameDecoder whole(kLimit);
    std::vector<std::string> wholeMessages;
    const bool wholeOk = whole.feed(stream, wholeMessages);

    GrpcFrameDecoder split(kLimit);
    std::vector<std::string> splitMessages;
    bool splitOk = true;
    for (std::size_t pos = 0; pos < stream.size() && splitOk; pos += piece)
        splitOk = split.feed(stream.substr(pos, piece), splitMessages);
    if (splitOk != wholeOk || splitMessages != wholeMessages)
        fail("pieces and whole disagree");
    if (!wholeOk && whole.feed("x", wholeMessages))
        fail("feed() accepted bytes after an error");

    std::string again;
    for (const std::string &message : wholeMessages)
        again += GrpcFrameDecoder::encode(message);
    if (stream.substr(0, again.size()) != again)
        fail("re-encoding differs from the input");

    GrpcFrameDecoder roundTrip(stream.size() + 1);
    std::vector<std::string> back;
    if (!roundTrip.feed(GrpcFrameDecoder::encode(stream), back) || back.size() != 1
        || back.front() != stream || !roundTrip.atBoundary())
        fail("encode/decode is not the identity");
    return 0;
}
