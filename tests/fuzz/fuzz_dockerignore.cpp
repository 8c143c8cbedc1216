// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target for engine/DockerIgnore (.dockerignore rules, the build context's filter):
// the input is a .dockerignore file, then a NUL, then paths, one a line. Parsing, matching and
// cleaning must never crash or hang, and:
// - Go's path.Clean is idempotent and leaves no "//", no "." or ".." step after a name, no
//   trailing '/';
// - without exception patterns, a path below an excluded directory is excluded too (the
//   parent rule), and the walker never has to descend into an excluded directory;
// - matching is a pure function (asking twice gives the same answer);
// - keepBuildFiles() always keeps the Dockerfile and .dockerignore in the context.
//
// The rules are std-only; their source is compiled into this target directly.

#include "engine/DockerIgnore.cpp" // NOLINT(bugprone-suspicious-include)

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

using stagecraft::engine::DockerIgnore;

[[noreturn]] void fail(const char *what, std::string_view path)
{
    std::fprintf(stderr, "DockerIgnore: %s (path \"%.*s\")\n", what, static_cast<int>(path.size()),
                 path.data());
    std::abort();
}

void checkClean(std::string_view raw)
{
    const std::string once = DockerIgnore::cleanPath(raw);
    if (DockerIgnore::cleanPath(once) != once)
        fail("cleanPath is not idempotent", raw);
    if (once.find("//") != std::string::npos)
        fail("cleanPath left \"//\"", raw);
    if (once.size() > 1 && once.back() == '/')
        fail("cleanPath left a trailing '/'", raw);
    if (once.find("/./") != std::string::npos
        || (once.size() > 2 && once.compare(once.size() - 2, 2, "/.") == 0))
        fail("cleanPath left a \".\" step", raw);
}

void checkPath(const DockerIgnore &rules, std::string_view raw)
{
    checkClean(raw);
    std::string path = DockerIgnore::cleanPath(raw);
    while (!path.empty() && path.front() == '/')
        path.erase(0, 1);
    // The context walker only ever asks about clean relative paths inside the context.
    if (path.empty() || path == "." || path == ".." || path.compare(0, 3, "../") == 0)
        return;
    const bool excluded = rules.excludes(path);
    if (rules.excludes(path) != excluded)
        fail("excludes() changed its answer", path);
    if (!rules.hasExceptions() && excluded) {
        if (!rules.excludes(path + "/child"))
            fail("a path below an excluded directory is not excluded", path);
        if (rules.mustDescend(path))
            fail("mustDescend() without any exception pattern", path);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const std::size_t nul = input.find('\0');
    const std::string_view file = input.substr(0, nul);
    const std::string_view paths
        = nul == std::string_view::npos ? std::string_view() : input.substr(nul + 1);

    DockerIgnore rules = DockerIgnore::parse(file);
    if (rules.isValid() != rules.error().empty())
        std::abort();
    (void)rules.patterns();

    std::string_view rest = paths;
    std::string_view firstPath;
    while (!rest.empty()) {
        const std::size_t end = rest.find('\n');
        const std::string_view line = rest.substr(0, end);
        if (firstPath.empty())
            firstPath = line;
        checkPath(rules, line);
        if (end == std::string_view::npos)
            break;
        rest.remove_prefix(end + 1);
    }
    // The file's own lines as paths too: patterns and names share their characters.
    checkPath(rules, file.substr(0, file.find('\n')));

    // The Dockerfile (the first path, or the default) and .dockerignore always stay.
    std::string dockerfile = DockerIgnore::cleanPath(firstPath.empty() ? "Dockerfile" : firstPath);
    while (!dockerfile.empty() && dockerfile.front() == '/')
        dockerfile.erase(0, 1);
    if (dockerfile.empty() || dockerfile == "." || dockerfile == ".."
        || dockerfile.compare(0, 3, "../") == 0)
        dockerfile = "Dockerfile";
    rules.keepBuildFiles(dockerfile);
    if (rules.isValid()) {
        if (rules.excludes(".dockerignore"))
            fail("keepBuildFiles() left .dockerignore excluded", ".dockerignore");
        if (rules.excludes(dockerfile))
            fail("keepBuildFiles() left the Dockerfile excluded", dockerfile);
    }
    return 0;
}
