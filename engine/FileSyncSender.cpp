// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileSyncSender.h"

#include "filesync.pb.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <filesystem>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

// fsutil (tonistiigi/fsutil send.go, stat.go): a STAT packet's ID is not set; the receiver
// numbers the STATs it gets from 0 and REQuests a regular file by that number. Stat.mode is Go's
// os.FileMode, Stat.mod_time nanoseconds; uid and gid are 0, as the docker CLI maps them for the
// context (and as our tar sends them). The receiver compares each STAT with what its cache holds
// and requests only what differs, which is why mode, size and mtime must be exact and stable.

namespace stagecraft::engine {

namespace {

using Packet = stagecraft::filesync::Packet;

constexpr std::uint32_t kGoModeDir = 1u << 31;
constexpr std::uint32_t kGoModeSymlink = 1u << 27;
constexpr std::uint32_t kGoModeSetuid = 1u << 23;
constexpr std::uint32_t kGoModeSetgid = 1u << 22;
constexpr std::uint32_t kGoModeSticky = 1u << 20;
constexpr int kMaxDepth = 256;

bool hasWildcard(std::string_view segment)
{
    return segment.find_first_of("*?[\\") != std::string_view::npos;
}

std::vector<std::string_view> segments(std::string_view path)
{
    std::vector<std::string_view> out;
    std::size_t pos = 0;
    while (pos <= path.size()) {
        const std::size_t slash = std::min(path.find('/', pos), path.size());
        out.push_back(path.substr(pos, slash - pos));
        pos = slash + 1;
    }
    return out;
}

DockerIgnore patternsOf(const std::vector<std::string> &lines)
{
    DockerIgnore out;
    for (const std::string &line : lines)
        out.addLine(line);
    return out;
}

} // namespace

FileSyncSender::FileSyncSender(Options options)
    : m_options(std::move(options))
    , m_includes(patternsOf(m_options.includes))
    , m_excludes(patternsOf(m_options.excludes))
{ }

FileSyncSender::~FileSyncSender() = default;

std::vector<std::string> FileSyncSender::paths() const
{
    std::vector<std::string> out;
    out.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        out.push_back(entry.path);
    return out;
}

bool FileSyncSender::scan()
{
    if (!m_includes.isValid() || !m_excludes.isValid()) {
        m_error = QString::fromStdString(!m_includes.isValid() ? m_includes.error()
                                                               : m_excludes.error());
        return false;
    }
    m_entries.clear();
    if (!walk(m_options.root, std::string(), 0))
        return false;
    m_wasRequested.assign(m_entries.size(), false);
    return true;
}

/// Whether `path` is sent; `descend` says whether to look inside a directory even when it is
/// not sent itself (an include pattern or an exception may name something below it).
bool FileSyncSender::includes(const std::string &path, bool isDirectory, bool &descend) const
{
    const auto excludedBy
        = [&](const DockerIgnore &rules) { return !rules.isEmpty() && rules.excludes(path); };
    const bool excluded = excludedBy(m_options.ignore) || excludedBy(m_excludes);
    bool included = m_includes.isEmpty() || m_includes.excludes(path); // "matches or parent"
    descend = false;
    if (!isDirectory)
        return included && !excluded;
    bool mayHoldIncluded = included;
    if (!included) {
        const auto dir = segments(path);
        for (const std::string &pattern : m_includes.patterns()) {
            if (pattern.empty() || pattern.front() == '!')
                continue;
            const auto parts = segments(pattern);
            bool possible = parts.size() > dir.size();
            for (std::size_t i = 0; possible && i < dir.size(); ++i) {
                if (parts[i] == "**")
                    break;
                possible = hasWildcard(parts[i]) || parts[i] == dir[i];
            }
            if (possible) {
                mayHoldIncluded = true;
                break;
            }
        }
    }
    const auto mayDescend = [&](const DockerIgnore &rules) {
        return rules.isEmpty() || !rules.excludes(path) || rules.mustDescend(path);
    };
    descend = mayHoldIncluded && mayDescend(m_options.ignore) && mayDescend(m_excludes);
    return included && !excluded;
}

std::optional<FileSyncSender::Entry> FileSyncSender::stat(const QString &absolute,
                                                          const std::string &relative)
{
    Entry entry;
    entry.path = relative;
    entry.absolute = absolute;
    const QByteArray native = QFile::encodeName(absolute);
#if defined(Q_OS_UNIX)
    struct stat st
    { };
    if (::lstat(native.constData(), &st) != 0)
        return std::nullopt;
    entry.mode = static_cast<std::uint32_t>(st.st_mode & 0777);
    if (st.st_mode & S_ISUID)
        entry.mode |= kGoModeSetuid;
    if (st.st_mode & S_ISGID)
        entry.mode |= kGoModeSetgid;
    if (st.st_mode & S_ISVTX)
        entry.mode |= kGoModeSticky;
    entry.modTimeNs
        = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    entry.size = static_cast<std::int64_t>(st.st_size);
    const bool isDir = S_ISDIR(st.st_mode);
    const bool isLink = S_ISLNK(st.st_mode);
    entry.regular = S_ISREG(st.st_mode);
#else
    const QFileInfo info(absolute);
    if (!info.exists() && !info.isSymLink())
        return std::nullopt;
    entry.mode = info.isDir() ? 0755u : (info.isExecutable() ? 0755u : 0644u);
    entry.modTimeNs = info.lastModified().toMSecsSinceEpoch() * 1'000'000;
    entry.size = info.size();
    const bool isLink = info.isSymLink();
    const bool isDir = info.isDir() && !isLink;
    entry.regular = info.isFile() && !isLink;
#endif
    if (isDir) {
        entry.mode |= kGoModeDir;
        entry.size = 0;
    } else if (isLink) {
        entry.mode |= kGoModeSymlink;
        std::error_code ec;
        entry.linkname = std::filesystem::read_symlink(native.toStdString(), ec).string();
        if (ec)
            return std::nullopt;
    } else if (!entry.regular) {
        entry.mode = 0; // sockets, FIFOs, devices: not sent (as the tar packer)
    }
    return entry;
}

bool FileSyncSender::walk(const QString &directory, const std::string &relative, int depth)
{
    if (depth > kMaxDepth) {
        m_error = directory;
        return false;
    }
    const QDir dir(directory);
    if (!dir.exists() || !QFileInfo(directory).isReadable()) {
        m_error = directory;
        return false;
    }
    const QStringList names = dir.entryList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::NoSort);
    std::vector<std::pair<std::string, QString>> sorted;
    sorted.reserve(static_cast<std::size_t>(names.size()));
    for (const QString &name : names)
        sorted.emplace_back(name.toStdString(), name);
    std::sort(sorted.begin(), sorted.end());
    for (const auto &[utf8, name] : sorted) {
        const QString absolute = directory + u'/' + name;
        const std::string path = relative.empty() ? utf8 : relative + '/' + utf8;
        std::optional<Entry> entry = stat(absolute, path);
        if (!entry) {
            m_error = absolute;
            return false;
        }
        const bool isDir = (entry->mode & kGoModeDir) != 0;
        if (!isDir && (entry->mode & kGoModeSymlink) == 0 && !entry->regular)
            continue;
        bool descend = false;
        const bool sent = includes(path, isDir, descend);
        if (!sent && !descend)
            continue;
        const std::size_t mark = m_entries.size();
        m_entries.push_back(std::move(*entry));
        if (isDir && descend && !walk(absolute, path, depth + 1))
            return false;
        // A directory that is not sent itself stays only as the parent of something sent.
        if (!sent && m_entries.size() == mark + 1)
            m_entries.pop_back();
    }
    return true;
}

std::string FileSyncSender::statPacket(const Entry &entry) const
{
    Packet packet;
    packet.set_type(Packet::PACKET_STAT);
    auto *stat = packet.mutable_stat();
    stat->set_path(entry.path);
    stat->set_mode(entry.mode);
    stat->set_uid(0);
    stat->set_gid(0);
    stat->set_size(entry.size);
    stat->set_mod_time(entry.modTimeNs);
    stat->set_linkname(entry.linkname);
    return packet.SerializeAsString();
}

void FileSyncSender::receive(const std::string &message)
{
    if (failed() || m_done)
        return;
    Packet packet;
    if (!packet.ParseFromString(message)) {
        fail(QStringLiteral("malformed file-sync packet from the engine"));
        return;
    }
    switch (packet.type()) {
    case Packet::PACKET_REQ: {
        const std::uint32_t id = packet.id();
        if (id >= m_entries.size() || !m_entries[id].regular || m_wasRequested[id]) {
            fail(QStringLiteral("the engine requested an unknown file (%1)").arg(id));
            return;
        }
        m_wasRequested[id] = true;
        m_requested.push_back(m_entries[id].path);
        m_queue.push_back(id);
        return;
    }
    case Packet::PACKET_FIN:
        m_finReceived = true;
        return;
    case Packet::PACKET_ERR:
        fail(QString::fromStdString(packet.data()), true);
        return;
    default:
        fail(QStringLiteral("unexpected file-sync packet %1 from the engine").arg(packet.type()));
        return;
    }
}

std::optional<std::string> FileSyncSender::nextData()
{
    Packet packet;
    packet.set_type(Packet::PACKET_DATA);
    packet.set_id(*m_current);
    if (!m_file) {
        const Entry &entry = m_entries[*m_current];
        m_file = std::make_unique<QFile>(entry.absolute);
        if (!m_file->open(QIODevice::ReadOnly)) {
            fail(entry.absolute);
            return std::nullopt;
        }
        m_buffer.resize(kDataChunk);
    }
    const qint64 got = m_file->read(m_buffer.data(), static_cast<qint64>(m_buffer.size()));
    if (got < 0) {
        fail(m_file->fileName());
        return std::nullopt;
    }
    if (got == 0) { // an empty DATA ends the file
        m_file.reset();
        m_current.reset();
        ++m_filesSent;
    } else {
        packet.set_data(m_buffer.data(), static_cast<std::size_t>(got));
        m_dataBytes += static_cast<std::uint64_t>(got);
    }
    return packet.SerializeAsString();
}

std::optional<std::string> FileSyncSender::next()
{
    if (failed() || m_done)
        return std::nullopt;
    if (m_nextStat < m_entries.size()) {
        ++m_statsSent;
        return statPacket(m_entries[m_nextStat++]);
    }
    if (!m_statsEnded) {
        m_statsEnded = true;
        Packet end;
        end.set_type(Packet::PACKET_STAT);
        return end.SerializeAsString();
    }
    if (!m_current && !m_queue.empty()) {
        m_current = m_queue.front();
        m_queue.pop_front();
    }
    if (m_current)
        return nextData();
    if (m_finReceived) {
        m_done = true;
        Packet fin;
        fin.set_type(Packet::PACKET_FIN);
        return fin.SerializeAsString();
    }
    return std::nullopt;
}

void FileSyncSender::fail(const QString &error, bool byPeer)
{
    if (m_error.isEmpty()) {
        m_error = error;
        m_peerError = byPeer;
    }
    m_file.reset();
}

} // namespace stagecraft::engine
