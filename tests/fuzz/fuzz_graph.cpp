// SPDX-License-Identifier: GPL-3.0-or-later
//
// Structured libFuzzer target for StageGraph and lint. fuzz_parse mostly explores the lexer; here
// the input bytes are read as a small program that writes a multi-stage Dockerfile dense in stage
// references: FROM of earlier/later/unknown stages (by name, by index, in other letter cases,
// through meta ARGs), COPY --from, RUN --mount=…,from=…, ONBUILD, heredocs, duplicate names,
// cycles. The generated text then goes through the same invariant checks as fuzz_parse.
// On a violation the generated Dockerfile is printed with the message.

#include "invariants.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

/// Reads bytes as small choices; yields zeros once the input is used up.
class ByteReader
{
public:
    ByteReader(const std::uint8_t *data, std::size_t size)
        : m_data(data)
        , m_size(size)
    { }

    [[nodiscard]] bool atEnd() const { return m_pos >= m_size; }
    std::uint8_t byte() { return m_pos < m_size ? m_data[m_pos++] : 0; }
    std::size_t below(std::size_t bound) { return bound == 0 ? 0 : byte() % bound; }
    template<typename T, std::size_t N>
    const T &pick(const std::array<T, N> &items)
    {
        return items[below(N)];
    }
    /// Up to `max` raw bytes, as they are (NUL, invalid UTF-8, newlines included).
    std::string raw(std::size_t max)
    {
        // Read the length first: below() consumes a byte, so what is left is known only after it.
        const std::size_t wanted = below(max + 1);
        const std::size_t n = std::min(wanted, m_size - std::min(m_pos, m_size));
        std::string s(reinterpret_cast<const char *>(m_data + m_pos), n);
        m_pos += n;
        return s;
    }

private:
    const std::uint8_t *m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};

constexpr std::array<std::string_view, 12> kNames = {
    "base", "build", "Build", "BUILD", "deps", "final", "a-b", "x.y", "0", "1", "${STAGE}", "",
};
constexpr std::array<std::string_view, 10> kImages = {
    "alpine:3.20",
    "${BASE}",
    "$BASE:${TAG:-latest}",
    "scratch",
    "busybox@sha256:0123abcd",
    "${UNSET}",
    "${BASE:+x}",
    "$",
    "reg.example:5000/a/b:c",
    "\"quoted\"",
};
constexpr std::array<std::string_view, 6> kMountTypes
    = {"bind", "cache", "secret", "ssh", "tmpfs", ""};
constexpr std::array<std::string_view, 8> kSpaces = {
    " ", " ", "  ", "\t", " \\\n  ", " \\\n# c\n ", " \\\n\n ", " \\\r\n\t",
};

std::string reference(ByteReader &in)
{
    switch (in.below(4)) {
    case 0:
        return std::string(in.pick(kImages));
    case 1:
        return std::to_string(in.below(6));
    default:
        return std::string(in.pick(kNames));
    }
}

std::string generate(ByteReader &in)
{
    std::string out;
    if (in.below(4) == 0)
        out += "# escape=`\n";
    const auto sp = [&in] { return std::string(in.pick(kSpaces)); };
    while (!in.atEnd() && out.size() < 8192) {
        switch (in.below(14)) {
        case 0:
        case 1:
            out += "FROM" + sp();
            if (in.below(3) == 0)
                out += "--platform=${BUILDPLATFORM}" + sp();
            out += reference(in);
            if (in.below(4) != 0)
                out += sp() + (in.below(2) != 0 ? "AS" : "as") + sp()
                    + std::string(in.pick(kNames));
            out += "\n";
            break;
        case 2:
            out += "COPY" + sp() + "--from=" + reference(in) + sp() + "/src" + sp() + "/dst\n";
            break;
        case 3:
            out += "RUN" + sp() + "--mount=type=" + std::string(in.pick(kMountTypes))
                + ",from=" + reference(in) + ",target=/m" + sp() + "true\n";
            break;
        case 4:
            out += "RUN --mount=from=" + reference(in) + ",src=/a,dst=/b" + sp()
                + "--mount=" + reference(in) + " true\n";
            break;
        case 5:
            out += "ARG" + sp() + std::string(in.below(2) != 0 ? "BASE" : "STAGE");
            if (in.below(3) != 0)
                out += "=" + reference(in);
            out += "\n";
            break;
        case 6:
            out += "ONBUILD" + sp() + "COPY --from=" + reference(in) + " /a /b\n";
            break;
        case 7:
            out += "COPY --from=" + reference(in) + " [\"/a b\", \"/c\"]\n";
            break;
        case 8:
            out += "COPY --from=" + reference(in) + " <<EOF /dst\nbody\nEOF\n";
            break;
        case 9:
            out += "ADD" + sp() + "--from=" + reference(in) + " /a /b\n";
            break;
        case 10:
            out += in.below(2) != 0 ? "# comment\n" : "\n";
            break;
        case 11:
            out += "ENV" + sp() + "STAGE=" + reference(in) + "\n";
            break;
        case 12:
            out += "RUN" + sp() + "echo" + sp() + "$STAGE\n";
            break;
        default:
            out += in.raw(24) + "\n";
            break;
        }
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    ByteReader in(data, size);
    const std::string text = generate(in);
    const std::string failure = stagecraft::fuzz::checkModelInvariants(text);
    if (!failure.empty()) {
        std::fprintf(stderr,
                     "stagecraft invariant violated: %s\n--- generated Dockerfile ---\n%s\n---\n",
                     failure.c_str(), text.c_str());
        std::abort();
    }
    return 0;
}
