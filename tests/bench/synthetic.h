// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Deterministic synthetic Dockerfiles for the benchmarks (and as fuzz seeds).
//
// The content imitates real multi-stage files: meta ARGs expanded in FROM, named stages that
// build on earlier ones, long `\` continuations joined with `&&` (with comments and the odd
// blank line inside), COPY --from and RUN --mount=…,from=… references, heredocs, exec-form
// CMD/ENTRYPOINT, ENV and LABEL in both forms, and the rarer instructions. The same seed always
// gives the same bytes on every platform: the generator uses its own PRNG (splitmix64) and no
// std distribution, whose output is implementation-defined.
//
// Header-only on purpose: the benchmark executables are globbed from tests/bench/bench_*.cpp and
// the fuzz targets from tests/fuzz/fuzz_*.cpp, so shared code cannot be a separate .cpp.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::bench {

/// Generates synthetic Dockerfiles. Use the static helpers; the object is one generation run.
class SyntheticDockerfile
{
public:
    /// About `targetBytes` bytes (it stops at the first stage boundary past the target) in
    /// `stages` stages; `stages` <= 0 picks one stage per ~10 KiB.
    [[nodiscard]] static std::string bySize(std::size_t targetBytes, int stages = 0,
                                            std::uint64_t seed = 1)
    {
        if (stages <= 0)
            stages = static_cast<int>(std::max<std::size_t>(2, targetBytes / 10240));
        SyntheticDockerfile gen(seed);
        gen.header();
        const std::size_t body
            = targetBytes > gen.m_out.size() ? targetBytes - gen.m_out.size() : 0;
        const std::size_t perStage = body / static_cast<std::size_t>(stages);
        for (int i = 0; i < stages; ++i) {
            const std::size_t stageEnd = gen.m_out.size() + perStage;
            gen.stageHeader(i);
            while (gen.m_out.size() < stageEnd)
                gen.instruction(i, kUnlimited);
            gen.stageFooter(i, stages, kUnlimited);
        }
        return std::move(gen.m_out);
    }

    /// Exactly `lines` lines (newline characters) in exactly `stages` stages.
    /// Needs lines >= header + 3 * stages (about 10 + 3 * stages).
    [[nodiscard]] static std::string byLines(int lines, int stages, std::uint64_t seed = 1)
    {
        SyntheticDockerfile gen(seed);
        gen.header();
        const int body = lines - gen.m_lines;
        for (int i = 0; i < stages; ++i) {
            const int budget = body / stages + (i < body % stages ? 1 : 0);
            const int stageEnd = gen.m_lines + budget;
            gen.stageHeader(i); // 2 lines
            // Keep one line for the footer; the footer fills whatever is left exactly.
            while (stageEnd - gen.m_lines > 1) {
                if (!gen.instruction(i, stageEnd - gen.m_lines - 1))
                    break;
            }
            gen.stageFooter(i, stages, stageEnd - gen.m_lines);
        }
        return std::move(gen.m_out);
    }

    /// Number of '\n' in `text`.
    [[nodiscard]] static int countLines(std::string_view text)
    {
        int n = 0;
        for (const char c : text)
            n += c == '\n' ? 1 : 0;
        return n;
    }

private:
    /// splitmix64: tiny, fast, and identical everywhere.
    class Random
    {
    public:
        explicit Random(std::uint64_t seed)
            : m_state(seed)
        { }

        std::uint64_t next()
        {
            std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
            z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
            return z ^ (z >> 31U);
        }
        /// Uniform-enough integer in [0, bound) (bound > 0; the modulo bias is irrelevant here).
        std::size_t below(std::size_t bound) { return static_cast<std::size_t>(next() % bound); }
        /// Integer in [lo, hi].
        int between(int lo, int hi)
        {
            return lo + static_cast<int>(below(static_cast<std::size_t>(hi - lo + 1)));
        }
        /// True with probability percent/100.
        bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }
        template<typename T, std::size_t N>
        const T &pick(const T (&items)[N])
        {
            return items[below(N)];
        }

    private:
        std::uint64_t m_state;
    };

    static constexpr int kUnlimited = 1 << 30;

    explicit SyntheticDockerfile(std::uint64_t seed)
        : m_rng(seed)
    { }

    void line(std::string_view text)
    {
        m_out.append(text);
        m_out.push_back('\n');
        ++m_lines;
    }

    static std::string stageName(int index)
    {
        static const char *const roles[] = {"deps", "build", "test", "assets", "tools", "runtime"};
        return "s" + std::to_string(index) + "-" + roles[static_cast<std::size_t>(index) % 6];
    }

    std::string earlierStage(int current)
    {
        return stageName(static_cast<int>(m_rng.below(static_cast<std::size_t>(current))));
    }

    void header()
    {
        line("# syntax=docker/dockerfile:1.7");
        line("");
        line("# Synthetic multi-stage build (stagecraft benchmark generator).");
        line("ARG REGISTRY=registry.example.com");
        line("ARG DEBIAN_TAG=bookworm-slim");
        line("ARG GO_VERSION=1.22.5");
        line("ARG NODE_VERSION=20.15");
        line("ARG ALPINE_VERSION=3.20");
        line("ARG APP_VERSION=\"1.0.0\"");
    }

    void stageHeader(int index)
    {
        line("");
        std::string from = "FROM ";
        if (index > 0 && m_rng.chance(35)) {
            from += earlierStage(index);
        } else {
            switch (m_rng.below(5)) {
            case 0:
                from += "${REGISTRY}/library/debian:${DEBIAN_TAG}";
                break;
            case 1:
                from += "golang:${GO_VERSION}-bookworm";
                break;
            case 2:
                from += "--platform=$BUILDPLATFORM node:${NODE_VERSION}-alpine";
                break;
            case 3:
                from += "alpine:${ALPINE_VERSION}";
                break;
            default:
                from += "gcr.io/distroless/static-debian12:nonroot";
                break;
            }
        }
        from += " AS " + stageName(index);
        line(from);
    }

    /// Closes a stage with exactly `lines` lines (any number >= 1 when bounded).
    void stageFooter(int index, int stages, int lines)
    {
        if (lines == kUnlimited) {
            if (index == stages - 1) {
                line("ENTRYPOINT [\"/usr/bin/tini\", \"--\", \"/srv/app/bin/server\"]");
                line("CMD [\"--port\", \"8080\", \"--log-level=info\"]");
            } else {
                line("RUN make -C /src install PREFIX=/out");
            }
            return;
        }
        for (int i = 0; i < lines - 1; ++i)
            line(i % 3 == 0 ? "# padding comment to keep the line count exact"
                            : "ENV STEP_" + std::to_string(i) + "=done");
        if (lines >= 1)
            line(index == stages - 1 ? "CMD [\"/srv/app/bin/server\", \"--port\", \"8080\"]"
                                     : "RUN make -C /src install PREFIX=/out");
    }

    /// Emits one instruction of at most `maxLines` lines (plus maybe a comment or blank line
    /// before it). Returns false when nothing fitted.
    bool instruction(int stage, int maxLines)
    {
        const std::size_t mark = m_out.size();
        const int linesMark = m_lines;
        for (int attempt = 0; attempt < 4; ++attempt) {
            emitRandom(stage);
            if (m_lines - linesMark <= maxLines)
                return true;
            m_out.resize(mark);
            m_lines = linesMark;
        }
        // Fall back to a one-liner.
        if (maxLines < 1)
            return false;
        emitOneLiner(stage);
        return true;
    }

    void emitOneLiner(int stage)
    {
        switch (m_rng.below(6)) {
        case 0:
            line("WORKDIR /srv/app/" + stageName(stage));
            break;
        case 1:
            line("ENV APP_HOME=/srv/app PATH=/srv/app/bin:$PATH");
            break;
        case 2:
            line("EXPOSE 8080/tcp 9090");
            break;
        case 3:
            line("USER 1000:1000");
            break;
        case 4:
            line("# " + stageName(stage) + ": nothing to see here");
            break;
        default:
            line("ARG TARGETARCH");
            break;
        }
    }

    void emitRandom(int stage)
    {
        if (m_rng.chance(15))
            line("");
        if (m_rng.chance(20))
            line("# step " + std::to_string(m_counter) + ": " + m_rng.pick(kComments));
        ++m_counter;
        const std::size_t which = m_rng.below(100);
        if (which < 30)
            runContinuation();
        else if (which < 38)
            runMount(stage);
        else if (which < 46)
            copy(stage);
        else if (which < 53)
            heredoc();
        else if (which < 60)
            env();
        else if (which < 66)
            label(stage);
        else if (which < 70)
            line("EXPOSE " + std::to_string(m_rng.between(1024, 9999)) + "/tcp "
                 + std::to_string(m_rng.between(1024, 9999)));
        else if (which < 75)
            line("WORKDIR /srv/" + std::string(m_rng.pick(kPackages)));
        else if (which < 78)
            line(m_rng.chance(50) ? "USER app" : "USER 1000:1000");
        else if (which < 81)
            healthcheck();
        else if (which < 84)
            onbuild();
        else if (which < 88)
            line(m_rng.chance(50) ? "CMD [\"/srv/app/bin/server\", \"--config\", \"/etc/app.toml\"]"
                                  : "ENTRYPOINT [\"/usr/bin/tini\", \"--\"]");
        else if (which < 91)
            line("ARG " + std::string(m_rng.pick(kArgs)));
        else if (which < 93)
            line("SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]");
        else if (which < 95)
            line("VOLUME [\"/var/lib/app\", \"/var/log/app\"]");
        else if (which < 97)
            line("STOPSIGNAL SIGTERM");
        else
            line(
                "ADD --chmod=644 https://example.com/releases/v1.2.3/tool.tar.gz /tmp/tool.tar.gz");
    }

    void runContinuation()
    {
        const int steps = m_rng.between(3, 14);
        line(m_rng.chance(50) ? "RUN set -eux; \\" : "RUN apt-get update \\");
        for (int i = 0; i < steps; ++i) {
            if (m_rng.chance(12))
                line("    # " + std::string(m_rng.pick(kComments)));
            if (m_rng.chance(3))
                line(""); // NoEmptyContinuation: legal, warned about
            std::string text = "    ";
            switch (m_rng.below(5)) {
            case 0:
                text += "apt-get install -y --no-install-recommends";
                for (int p = m_rng.between(2, 6); p > 0; --p)
                    text += std::string(" ") + m_rng.pick(kPackages);
                break;
            case 1:
                text += "curl -fsSL https://example.com/" + std::string(m_rng.pick(kPackages))
                    + "/v" + std::to_string(m_rng.between(1, 9)) + ".tar.gz | tar -xz -C /opt";
                break;
            case 2:
                text += "cd /src/" + std::string(m_rng.pick(kPackages)) + " && make -j\"$(nproc)\"";
                break;
            case 3:
                text += "echo \"building ${APP_VERSION} for $TARGETARCH\" >> /var/log/build.log";
                break;
            default:
                text += "rm -rf /var/lib/apt/lists/* /tmp/*";
                break;
            }
            text += " && \\";
            line(text);
        }
        line("    true");
    }

    void runMount(int stage)
    {
        std::string text = "RUN --mount=type=cache,target=/root/.cache/go-build";
        if (stage > 0) {
            if (m_rng.chance(50))
                text += " --mount=type=cache,target=/var/cache/apt,sharing=locked,from="
                    + earlierStage(stage) + ",source=/var/cache/apt";
            else
                text
                    += " --mount=type=bind,from=" + earlierStage(stage) + ",source=/out,target=/in";
        }
        text += " \\";
        line(text);
        line("    go build -trimpath -ldflags=\"-s -w -X main.version=${APP_VERSION}\" -o /out/"
             + std::string(m_rng.pick(kPackages)) + " ./cmd/...");
    }

    void copy(int stage)
    {
        switch (stage > 0 ? m_rng.below(4) : 2 + m_rng.below(2)) {
        case 0:
            line("COPY --from=" + earlierStage(stage) + " /out/" + m_rng.pick(kPackages)
                 + " /usr/local/bin/");
            break;
        case 1:
            line("COPY --from=" + earlierStage(stage)
                 + " --chown=1000:1000 [\"/out/lib dir/\", \"/srv/app/lib/\"]");
            break;
        case 2:
            line("COPY --chown=app:app --chmod=0755 src/ /srv/app/src/");
            break;
        default:
            line("COPY go.mod go.sum package.json package-lock.json ./");
            break;
        }
    }

    void heredoc()
    {
        switch (m_rng.below(3)) {
        case 0:
            line("RUN <<EOF");
            line("set -eu");
            for (int i = m_rng.between(1, 6); i > 0; --i)
                line("echo \"configuring " + std::string(m_rng.pick(kPackages)) + "\" > /etc/app/"
                     + std::to_string(i) + ".conf");
            line("EOF");
            break;
        case 1:
            line("COPY --chmod=644 <<-\"CONF\" /etc/app/app.toml");
            line("\t[server]");
            line("\tport = 8080");
            line("\tname = \"${APP_VERSION}\"");
            line("\tCONF");
            break;
        default:
            line("RUN python3 <<'PY' && echo done");
            line("import json, sys");
            line("print(json.dumps({\"ok\": True}))");
            line("PY");
            break;
        }
    }

    void env()
    {
        if (m_rng.chance(60)) {
            line("ENV " + std::string(m_rng.pick(kArgs)) + "=\"" + m_rng.pick(kPackages) + " "
                 + m_rng.pick(kPackages) + "\" LANG=C.UTF-8 \\");
            line("    PATH=/opt/" + std::string(m_rng.pick(kPackages)) + "/bin:$PATH");
        } else {
            line("ENV APP_HOME /srv/app/" + std::string(m_rng.pick(kPackages)));
        }
    }

    void label(int stage)
    {
        if (m_rng.chance(70))
            line("LABEL org.opencontainers.image.title=\"" + stageName(stage)
                 + "\" org.opencontainers.image.version=\"${APP_VERSION}\"");
        else
            line("LABEL description " + stageName(stage) + " of the synthetic build");
    }

    void healthcheck()
    {
        if (m_rng.chance(80))
            line("HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD [\"curl\", \"-fsS\", "
                 "\"http://localhost:8080/healthz\"]");
        else
            line("HEALTHCHECK NONE");
    }

    void onbuild()
    {
        if (m_rng.chance(50))
            line("ONBUILD COPY . /srv/app/src");
        else
            line("ONBUILD RUN make -C /srv/app/src");
    }

    static constexpr const char *kPackages[] = {
        "ca-certificates", "curl",   "git", "build-essential", "pkg-config", "libssl-dev",
        "python3",         "tini",   "jq",  "unzip",           "zlib1g-dev", "protobuf-compiler",
        "server",          "worker",
    };
    static constexpr const char *kComments[] = {
        "keep this layer small",   "pinned for reproducible builds",
        "see docs/build.md",       "TODO: drop once upstream ships a fix",
        "cache-friendly ordering",
    };
    static constexpr const char *kArgs[] = {
        "BUILD_DATE", "VCS_REF", "GOFLAGS", "NODE_ENV", "PIP_NO_CACHE_DIR", "CGO_ENABLED",
    };

    Random m_rng;
    std::string m_out;
    int m_lines = 0;
    int m_counter = 0;
};

} // namespace stagecraft::bench
