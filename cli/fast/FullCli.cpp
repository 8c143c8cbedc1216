// SPDX-License-Identifier: GPL-3.0-or-later
#include "FullCli.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace stagecraft::cli::fast {

namespace {

/// The directory of this executable (from /proc/self/exe), with a trailing '/'.
std::string executableDirectory()
{
    std::string path(4096, '\0');
    const ssize_t length = ::readlink("/proc/self/exe", path.data(), path.size());
    if (length <= 0 || static_cast<std::size_t>(length) >= path.size())
        return {};
    path.resize(static_cast<std::size_t>(length));
    return path.substr(0, path.rfind('/') + 1);
}

/// Puts `input` back on standard input: its bytes in an anonymous file, or after a read error a
/// directory, whose reads fail the same way. False when that cannot be done.
bool restoreStandardInput(const StandardInput &input)
{
    int fd = -1;
    if (input.failed) {
        fd = ::open("/", O_RDONLY | O_DIRECTORY);
    } else {
        fd = ::memfd_create("stagecraft-cli-stdin", 0);
        std::size_t written = 0;
        while (fd >= 0 && written < input.bytes.size()) {
            const ssize_t n
                = ::write(fd, input.bytes.data() + written, input.bytes.size() - written);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                ::close(fd);
                fd = -1;
                break;
            }
            written += static_cast<std::size_t>(n);
        }
        if (fd >= 0 && ::lseek(fd, 0, SEEK_SET) != 0) {
            ::close(fd);
            fd = -1;
        }
    }
    if (fd < 0)
        return false;
    const bool moved = ::dup2(fd, STDIN_FILENO) == STDIN_FILENO;
    ::close(fd);
    return moved;
}

} // namespace

int runFullCli(char *argv[], const std::optional<StandardInput> &standardInput)
{
    const std::string full = executableDirectory() + fullCliName;
    if (standardInput && !restoreStandardInput(*standardInput)) {
        std::fprintf(stderr, "stagecraft-cli: cannot pass standard input on to %s: %s\n",
                     full.c_str(), std::strerror(errno));
        return 2;
    }
    ::execv(full.c_str(), argv);
    // Only an installation without the full CLI gets here (it is part of every build).
    std::fprintf(stderr, "stagecraft-cli: cannot run %s: %s\n", full.c_str(), std::strerror(errno));
    return 2;
}

} // namespace stagecraft::cli::fast
