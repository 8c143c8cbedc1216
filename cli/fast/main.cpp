// SPDX-License-Identifier: GPL-3.0-or-later
// stagecraft-cli, the front (cli/fast/Front.h): parse, graph, lint and print without Qt when the
// messages are English; everything else in the full CLI (cli/main.cpp), executed in its place.
#include "cli/fast/Front.h"
#include "cli/fast/FullCli.h"

#include <string>
#include <string_view>
#include <vector>

#include <cerrno>

#include <unistd.h>

namespace {

/// Writes all of `bytes` to `fd`; false on an error (a closed pipe, a full disk).
bool writeAll(int fd, std::string_view bytes)
{
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    using stagecraft::cli::fast::Front;
    std::vector<std::string> arguments;
    arguments.reserve(static_cast<std::size_t>(argc > 0 ? argc - 1 : 0));
    for (int i = 1; i < argc; ++i)
        arguments.emplace_back(argv[i]);
    Front front(std::move(arguments));
    const Front::Outcome outcome = front.run();
    if (outcome.handOver)
        return stagecraft::cli::fast::runFullCli(argv, front.standardInput());
    // One write per stream: the whole report was built in memory.
    writeAll(STDOUT_FILENO, outcome.out);
    writeAll(STDERR_FILENO, outcome.err);
    return outcome.exitCode;
}
