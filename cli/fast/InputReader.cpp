// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputReader.h"

#include "common/BinarySniff.h"

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace stagecraft::cli::fast {

namespace {

/// Appends what `fd` gives until its end or until `bytes` holds `limit` bytes; false on a read
/// error.
bool readAll(int fd, std::string &bytes, std::size_t limit, std::size_t chunk)
{
    while (bytes.size() < limit) {
        const std::size_t before = bytes.size();
        const std::size_t wanted = std::min(chunk, limit - before);
        bytes.resize(before + wanted);
        const ssize_t got = ::read(fd, bytes.data() + before, wanted);
        if (got < 0 && errno == EINTR) {
            bytes.resize(before);
            continue;
        }
        bytes.resize(before + static_cast<std::size_t>(got > 0 ? got : 0));
        if (got < 0)
            return false;
        if (got == 0)
            break;
    }
    return true;
}

} // namespace

StandardInput readStandardInput()
{
    StandardInput input;
    input.failed = !readAll(STDIN_FILENO, input.bytes, maxInputSize + 1, 1024 * 1024);
    return input;
}

std::optional<std::string> readRegularFile(const std::string &path)
{
    // Look before opening: opening a FIFO would wait for its writer, and what the front read
    // from it would be lost to the full CLI.
    struct stat info
    { };
    if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode))
        return std::nullopt;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    std::optional<std::string> result;
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)
        && static_cast<std::size_t>(info.st_size) <= maxInputSize) {
        // One read() for the whole file (plus one that finds its end): the size is known.
        std::string bytes;
        bytes.reserve(static_cast<std::size_t>(info.st_size) + 1);
        const std::size_t chunk = static_cast<std::size_t>(info.st_size) + 1;
        if (readAll(fd, bytes, maxInputSize + 1, chunk) && acceptableInput(bytes))
            result = std::move(bytes);
    }
    ::close(fd);
    return result;
}

bool acceptableInput(std::string_view bytes)
{
    return bytes.size() <= maxInputSize && !common::looksBinary(bytes);
}

} // namespace stagecraft::cli::fast
