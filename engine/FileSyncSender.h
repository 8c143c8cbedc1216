// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DockerIgnore.h"

#include <QFile>
#include <QString>

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace stagecraft::engine {

/// The sending side of one moby.filesync.v1.FileSync/DiffCopy call (tonistiigi/fsutil's
/// protocol) for one local directory: first the metadata of every file to send, in the order
/// fsutil walks (names in byte order per directory, depth first, parents before children), then
/// an empty STAT; then, for each file the engine REQuests by its index in that list (only the
/// files its cache lacks or that changed), its bytes in 32 KiB DATA packets and an empty DATA;
/// the engine's FIN is echoed and the call ends. Files are read in chunks when the connection can
/// take more (next()), never held whole. What is sent: the directory minus its `.dockerignore`
/// (the rules of the tar packer), narrowed further by the call's include and exclude patterns.
class FileSyncSender
{
public:
    struct Options
    {
        QString root;                      ///< the directory, absolute
        DockerIgnore ignore;               ///< our .dockerignore rules (may be empty)
        std::vector<std::string> includes; ///< the call's include-patterns (and followpaths)
        std::vector<std::string> excludes; ///< the call's exclude-patterns
    };

    static constexpr std::size_t kDataChunk = 32 * 1024;

    explicit FileSyncSender(Options options);
    ~FileSyncSender();

    /// Walks the directory (metadata only). False with error() when it cannot be read or a
    /// pattern of the call is malformed.
    bool scan();
    /// One message from the engine (a serialized Packet). Errors end the transfer (failed()).
    void receive(const std::string &message);
    /// The next message to send, or nothing when there is nothing to send right now.
    [[nodiscard]] std::optional<std::string> next();
    /// The engine said FIN and ours is queued: the call can end with OK.
    [[nodiscard]] bool isDone() const { return m_done; }
    [[nodiscard]] bool failed() const { return !m_error.isEmpty(); }
    /// What went wrong (the engine's ERR packet, a bad request, a file that vanished).
    [[nodiscard]] const QString &error() const { return m_error; }
    /// True when the failure is the engine's (an ERR packet), not ours.
    [[nodiscard]] bool failedByPeer() const { return m_peerError; }

    /// Relative paths sent (files and directories), in order.
    [[nodiscard]] std::vector<std::string> paths() const;
    [[nodiscard]] int statsSent() const { return m_statsSent; }
    [[nodiscard]] int filesSent() const { return m_filesSent; }
    /// File content bytes sent in DATA packets.
    [[nodiscard]] std::uint64_t dataBytesSent() const { return m_dataBytes; }
    /// Relative paths of the files the engine requested, in order of request.
    [[nodiscard]] const std::vector<std::string> &requested() const { return m_requested; }

private:
    struct Entry
    {
        std::string path; ///< relative, '/'-separated
        QString absolute;
        std::uint32_t mode = 0; ///< Go os.FileMode
        std::int64_t size = 0;
        std::int64_t modTimeNs = 0;
        std::string linkname;
        bool regular = false;
    };

    bool walk(const QString &directory, const std::string &relative, int depth);
    bool includes(const std::string &path, bool isDirectory, bool &descend) const;
    std::optional<Entry> stat(const QString &absolute, const std::string &relative);
    std::string statPacket(const Entry &entry) const;
    std::optional<std::string> nextData();
    void fail(const QString &error, bool byPeer = false);

    Options m_options;
    DockerIgnore m_includes;
    DockerIgnore m_excludes;
    std::vector<Entry> m_entries;
    std::size_t m_nextStat = 0;
    bool m_statsEnded = false;
    std::deque<std::uint32_t> m_queue; ///< requested indices not yet sent
    std::vector<bool> m_wasRequested;
    std::optional<std::uint32_t> m_current;
    std::unique_ptr<QFile> m_file;
    std::vector<char> m_buffer;
    bool m_finReceived = false;
    bool m_done = false;
    QString m_error;
    bool m_peerError = false;
    int m_statsSent = 0;
    int m_filesSent = 0;
    std::uint64_t m_dataBytes = 0;
    std::vector<std::string> m_requested;
};

} // namespace stagecraft::engine
