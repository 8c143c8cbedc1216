// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target for engine/BuildKitTrace: any bytes, decoded as a protobuf StatusResponse
// and (base64-encoded) through feedBase64, must give the same vertices both ways; a message that
// fails to decode changes nothing; vertices keep their first-seen order, digests stay unique,
// and every update index is in range. The input is also split in two messages fed in turn.
//
// The decoder is std + protobuf-lite; its source is compiled into this target directly, with
// the generated message classes (stagecraft_buildkit_proto).

#include "engine/BuildKitTrace.cpp" // NOLINT(bugprone-suspicious-include)

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

namespace {

using stagecraft::engine::BuildKitTrace;
using stagecraft::engine::BuildKitUpdate;

std::string base64(std::string_view bytes)
{
    static const char *const digits
        = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const unsigned v = (unsigned(std::uint8_t(bytes[i])) << 16)
            | (unsigned(std::uint8_t(bytes[i + 1])) << 8) | unsigned(std::uint8_t(bytes[i + 2]));
        out += digits[(v >> 18) & 63];
        out += digits[(v >> 12) & 63];
        out += digits[(v >> 6) & 63];
        out += digits[v & 63];
    }
    const std::size_t rest = bytes.size() - i;
    if (rest > 0) {
        unsigned v = unsigned(std::uint8_t(bytes[i])) << 16;
        if (rest == 2)
            v |= unsigned(std::uint8_t(bytes[i + 1])) << 8;
        out += digits[(v >> 18) & 63];
        out += digits[(v >> 12) & 63];
        out += rest == 2 ? digits[(v >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

void check(const BuildKitTrace &trace, const BuildKitUpdate &update)
{
    std::set<std::string> digests;
    for (const auto &vertex : trace.vertices()) {
        if (!digests.insert(vertex.digest).second)
            std::abort();
        if (vertex.seconds() < 0.0)
            std::abort();
    }
    for (const std::size_t index : update.vertices) {
        if (index >= trace.vertices().size())
            std::abort();
    }
    for (const auto &log : update.logs) {
        if (log.vertex >= trace.vertices().size() || log.text.empty())
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);

    BuildKitTrace direct;
    BuildKitUpdate directUpdate;
    const BuildKitTrace::Error directError = direct.feedMessage(input, directUpdate);
    check(direct, directUpdate);
    if (directError != BuildKitTrace::Error::None
        && (!direct.vertices().empty() || !directUpdate.vertices.empty()))
        std::abort(); // a failed decode must change nothing

    BuildKitTrace encoded;
    BuildKitUpdate encodedUpdate;
    if (encoded.feedBase64(base64(input), encodedUpdate) != directError)
        std::abort();
    if (encoded.vertices().size() != direct.vertices().size())
        std::abort();
    for (std::size_t i = 0; i < direct.vertices().size(); ++i) {
        const auto &a = direct.vertices()[i];
        const auto &b = encoded.vertices()[i];
        if (a.digest != b.digest || a.name != b.name || a.cached != b.cached
            || a.startedNs != b.startedNs || a.completedNs != b.completedNs || a.error != b.error)
            std::abort();
    }

    // The raw bytes as base64 text: mostly rejected, never a crash.
    BuildKitTrace text;
    BuildKitUpdate textUpdate;
    (void)text.feedBase64(input, textUpdate);
    check(text, textUpdate);

    // Two messages in turn: vertices only grow.
    BuildKitTrace split;
    BuildKitUpdate first;
    BuildKitUpdate second;
    const std::size_t half = size / 2;
    (void)split.feedMessage(input.substr(0, half), first);
    const std::size_t before = split.vertices().size();
    (void)split.feedMessage(input.substr(half), second);
    if (split.vertices().size() < before)
        std::abort();
    check(split, second);
    return 0;
}
