// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuildKitTrace.h"

#include "buildkit_status.pb.h"

#include <array>

namespace stagecraft::engine {

namespace {

std::int64_t nanoseconds(const stagecraft::buildkit::Timestamp &time)
{
    return time.seconds() * 1000000000LL + time.nanos();
}

/// The 6-bit value of a base64 character, or -1.
int sextet(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

} // namespace

double BuildKitVertex::seconds() const
{
    if (!started() || !completed() || completedNs < startedNs)
        return 0.0;
    return static_cast<double>(completedNs - startedNs) / 1e9;
}

bool BuildKitTrace::decodeBase64(std::string_view text, std::string &bytes)
{
    bytes.clear();
    if (text.size() % 4 != 0)
        return false;
    bytes.reserve(text.size() / 4 * 3);
    for (std::size_t i = 0; i < text.size(); i += 4) {
        std::array<int, 4> v{};
        int padding = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            const char c = text[i + k];
            if (c == '=' && i + 4 == text.size() && k >= 2) {
                v[k] = 0;
                ++padding;
                continue;
            }
            if (padding > 0) // data after '='
                return false;
            v[k] = sextet(c);
            if (v[k] < 0)
                return false;
        }
        const unsigned triple = (unsigned(v[0]) << 18) | (unsigned(v[1]) << 12)
            | (unsigned(v[2]) << 6) | unsigned(v[3]);
        bytes.push_back(static_cast<char>((triple >> 16) & 0xff));
        if (padding < 2)
            bytes.push_back(static_cast<char>((triple >> 8) & 0xff));
        if (padding < 1)
            bytes.push_back(static_cast<char>(triple & 0xff));
    }
    return true;
}

BuildKitTrace::Error BuildKitTrace::feedBase64(std::string_view aux, BuildKitUpdate &update)
{
    std::string bytes;
    if (!decodeBase64(aux, bytes))
        return Error::BadBase64;
    return feedMessage(bytes, update);
}

BuildKitTrace::Error BuildKitTrace::feedMessage(std::string_view bytes, BuildKitUpdate &update)
{
    stagecraft::buildkit::StatusResponse status;
    if (!status.ParseFromArray(bytes.data(), static_cast<int>(bytes.size())))
        return Error::BadMessage;
    for (const stagecraft::buildkit::Vertex &vertex : status.vertexes()) {
        const std::size_t index = vertexIndex(vertex.digest());
        BuildKitVertex &known = m_vertices[index];
        if (!vertex.name().empty())
            known.name = vertex.name();
        known.cached = known.cached || vertex.cached();
        if (vertex.has_started())
            known.startedNs = nanoseconds(vertex.started());
        if (vertex.has_completed())
            known.completedNs = nanoseconds(vertex.completed());
        if (!vertex.error().empty())
            known.error = vertex.error();
        update.vertices.push_back(index);
    }
    for (const stagecraft::buildkit::VertexLog &log : status.logs()) {
        if (log.msg().empty())
            continue;
        update.logs.push_back(
            {vertexIndex(log.vertex()), static_cast<int>(log.stream()), log.msg()});
    }
    for (const stagecraft::buildkit::VertexWarning &warning : status.warnings()) {
        std::string text = warning.short_();
        for (const std::string &detail : warning.detail())
            text += "\n" + detail;
        update.warnings.push_back({vertexIndex(warning.vertex()), text});
    }
    return Error::None;
}

int BuildKitTrace::indexOf(const std::string &digest) const
{
    const auto it = m_byDigest.find(digest);
    return it == m_byDigest.end() ? -1 : static_cast<int>(it->second);
}

std::size_t BuildKitTrace::vertexIndex(const std::string &digest)
{
    const auto [it, inserted] = m_byDigest.emplace(digest, m_vertices.size());
    if (inserted) {
        BuildKitVertex vertex;
        vertex.digest = digest;
        m_vertices.push_back(vertex);
    }
    return it->second;
}

} // namespace stagecraft::engine
