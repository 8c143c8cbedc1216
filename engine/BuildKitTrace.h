// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace stagecraft::engine {

/// One vertex of a BuildKit build (a step of its build graph) as the trace has described it so
/// far: "[build 2/4] RUN make", "[internal] load metadata for …", "exporting to image".
struct BuildKitVertex
{
    std::string digest;
    std::string name;
    bool cached = false;
    std::int64_t startedNs = 0;   ///< Unix time in ns; 0 = not started (yet)
    std::int64_t completedNs = 0; ///< Unix time in ns; 0 = not completed (yet)
    std::string error;            ///< BuildKit's message when the vertex failed

    [[nodiscard]] bool started() const { return startedNs != 0; }
    [[nodiscard]] bool completed() const { return completedNs != 0; }
    /// completed - started in seconds (0 until both are known).
    [[nodiscard]] double seconds() const;
};

/// What one trace message changed.
struct BuildKitUpdate
{
    struct Log
    {
        std::size_t vertex = 0; ///< index into BuildKitTrace::vertices()
        int stream = 1;         ///< 1 stdout, 2 stderr
        std::string text;       ///< the bytes as sent (may hold partial lines)
    };
    struct Warning
    {
        std::size_t vertex = 0;
        std::string text;
    };
    std::vector<std::size_t> vertices; ///< indexes of vertices that changed, in message order
    std::vector<Log> logs;
    std::vector<Warning> warnings;
};

/// Decodes BuildKit's progress: the base64 `aux` of each "moby.buildkit.trace" line of a
/// `POST /build?version=2` stream is one protobuf StatusResponse (engine/proto). Keeps every
/// vertex seen, in order of first appearance, updated in place by later messages (a vertex is
/// resent when it starts, completes or fails). Pure std + protobuf-lite: no Qt, no I/O.
class BuildKitTrace
{
public:
    enum class Error {
        None,
        BadBase64,  ///< the aux is not base64
        BadMessage, ///< the bytes are not a StatusResponse
    };

    /// Decodes one aux value (base64 of a StatusResponse); on error nothing changes.
    Error feedBase64(std::string_view aux, BuildKitUpdate &update);
    /// Decodes one StatusResponse; on error nothing changes.
    Error feedMessage(std::string_view bytes, BuildKitUpdate &update);

    [[nodiscard]] const std::vector<BuildKitVertex> &vertices() const { return m_vertices; }
    /// Index of the vertex with `digest`, or -1.
    [[nodiscard]] int indexOf(const std::string &digest) const;

    /// Strict standard base64 (RFC 4648, padding required when the length is not a multiple of
    /// four; no whitespace). False for anything else.
    [[nodiscard]] static bool decodeBase64(std::string_view text, std::string &bytes);

private:
    std::size_t vertexIndex(const std::string &digest);

    std::vector<BuildKitVertex> m_vertices;
    std::unordered_map<std::string, std::size_t> m_byDigest;
};

} // namespace stagecraft::engine
