// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContextPacker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <memory>

// The walk mirrors the docker CLI's tar of the context (moby/go-archive TarWithOptions): names
// in lexical byte order per directory, an excluded directory skipped unless an exception pattern
// names something below it, entries owned by 0:0, modes and mtimes kept.

namespace stagecraft::engine {

namespace {

struct Entry
{
    QString absolute;
    std::string relative; ///< '/'-separated, UTF-8
    QFileInfo info;
};

/// Calls `visit` for every entry to send, in the CLI's order. Returns false with `error` when a
/// directory cannot be read; `visit` returning false stops the walk.
bool walkContext(const QString &root, const DockerIgnore &ignore,
                 const std::function<bool(const Entry &)> &visit, QString &error,
                 const std::atomic<bool> *cancelled)
{
    std::function<bool(const QString &, const std::string &)> walkDir
        = [&](const QString &dirPath, const std::string &relDir) -> bool {
        QDir dir(dirPath);
        if (!dir.exists() || !QFileInfo(dirPath).isReadable()) {
            error = dirPath;
            return false;
        }
        QStringList names = dir.entryList(
            QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::NoSort);
        std::vector<std::pair<std::string, QString>> sorted;
        sorted.reserve(static_cast<std::size_t>(names.size()));
        for (const QString &name : std::as_const(names))
            sorted.emplace_back(name.toStdString(), name);
        std::sort(sorted.begin(), sorted.end());
        for (const auto &[utf8, name] : sorted) {
            if (cancelled && cancelled->load())
                return false;
            Entry entry;
            entry.absolute = dirPath + u'/' + name;
            entry.relative = relDir.empty() ? utf8 : relDir + '/' + utf8;
            entry.info = QFileInfo(entry.absolute);
            const bool isDir = entry.info.isDir() && !entry.info.isSymLink();
            if (ignore.excludes(entry.relative)) {
                if (isDir && ignore.mustDescend(entry.relative)) {
                    if (!walkDir(entry.absolute, entry.relative))
                        return false;
                }
                continue;
            }
            if (!visit(entry))
                return false;
            if (isDir && !walkDir(entry.absolute, entry.relative))
                return false;
        }
        return true;
    };
    return walkDir(root, std::string());
}

unsigned permissionBits(const QFileInfo &info)
{
    const QFile::Permissions p = info.permissions();
    unsigned mode = 0;
    mode |= p.testFlag(QFile::ReadOwner) ? 0400u : 0u;
    mode |= p.testFlag(QFile::WriteOwner) ? 0200u : 0u;
    mode |= p.testFlag(QFile::ExeOwner) ? 0100u : 0u;
    mode |= p.testFlag(QFile::ReadGroup) ? 040u : 0u;
    mode |= p.testFlag(QFile::WriteGroup) ? 020u : 0u;
    mode |= p.testFlag(QFile::ExeGroup) ? 010u : 0u;
    mode |= p.testFlag(QFile::ReadOther) ? 04u : 0u;
    mode |= p.testFlag(QFile::WriteOther) ? 02u : 0u;
    mode |= p.testFlag(QFile::ExeOther) ? 01u : 0u;
    return mode;
}

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_write_free(a); }
};
struct EntryDeleter
{
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};

} // namespace

ContextPacker::ContextPacker(const QString &contextDir, const QString &dockerfile, QObject *parent)
    : QObject(parent)
    , m_contextDir(QDir::cleanPath(QFileInfo(contextDir).absoluteFilePath()))
{
    const QString df = dockerfile.isEmpty() ? QStringLiteral("Dockerfile") : dockerfile;
    m_dockerfile = QDir::cleanPath(QFileInfo(df).isAbsolute() ? df : m_contextDir + u'/' + df);
    const QString relative = QDir(m_contextDir).relativeFilePath(m_dockerfile);
    if (relative.startsWith(QStringLiteral("../")) || relative == QStringLiteral("..")
        || QFileInfo(relative).isAbsolute()) {
        m_dockerfileOutside = true;
        m_dockerfileInContext = QStringLiteral(".dockerfile.")
            + QString::number(QRandomGenerator::global()->generate64(), 16);
    } else {
        m_dockerfileInContext = relative;
    }
}

ContextPacker::~ContextPacker()
{
    cancel();
    if (m_worker.joinable())
        m_worker.join();
}

bool ContextPacker::start()
{
    if (!prepare())
        return false;
    m_worker = std::thread([this] { run(); });
    return true;
}

bool ContextPacker::prepare()
{
    if (m_prepared)
        return !m_error.isError();
    m_prepared = true;
    if (!QFileInfo(m_contextDir).isDir()) {
        m_error = EngineError(EngineError::Kind::ContextFailed, m_contextDir);
        return false;
    }
    QFile ignoreFile(m_contextDir + QStringLiteral("/.dockerignore"));
    if (ignoreFile.exists()) {
        if (!ignoreFile.open(QIODevice::ReadOnly)) {
            m_error = EngineError(EngineError::Kind::ContextFailed, ignoreFile.fileName());
            return false;
        }
        const QByteArray contents = ignoreFile.readAll();
        m_ignore = DockerIgnore::parse(
            std::string_view(contents.constData(), static_cast<std::size_t>(contents.size())));
        if (!m_ignore.isValid()) {
            m_error = EngineError(EngineError::Kind::ContextFailed,
                                  QStringLiteral(".dockerignore: ")
                                      + QString::fromStdString(m_ignore.error()));
            return false;
        }
    }
    if (!m_dockerfileOutside)
        m_ignore.keepBuildFiles(m_dockerfileInContext.toStdString());
    return true;
}

void ContextPacker::cancel()
{
    m_cancelled = true;
    std::lock_guard lock(m_mutex);
    m_queue.clear();
    m_queued = 0;
    m_space.notify_all();
}

QByteArray ContextPacker::take()
{
    std::lock_guard lock(m_mutex);
    if (m_queue.empty())
        return {};
    QByteArray chunk = std::move(m_queue.front());
    m_queue.pop_front();
    m_queued -= static_cast<std::size_t>(chunk.size());
    m_space.notify_all();
    return chunk;
}

bool ContextPacker::atEnd() const
{
    std::lock_guard lock(m_mutex);
    return m_done && m_queue.empty();
}

EngineError ContextPacker::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

void ContextPacker::notify()
{
    if (m_notifyPending.exchange(true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_notifyPending = false;
            Q_EMIT dataAvailable();
        },
        Qt::QueuedConnection);
}

bool ContextPacker::push(const char *data, std::size_t size)
{
    m_pending.append(data, static_cast<qsizetype>(size));
    m_bytesProduced += size;
    if (static_cast<std::size_t>(m_pending.size()) >= kChunkSize)
        flush(false);
    return !m_cancelled.load();
}

void ContextPacker::flush(bool final)
{
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_cancelled.load() || m_queued < kQueueBytes; });
        if (!m_cancelled.load() && !m_pending.isEmpty()) {
            m_queued += static_cast<std::size_t>(m_pending.size());
            m_queue.push_back(std::move(m_pending));
        }
        m_pending = QByteArray();
        if (final)
            m_done = true;
    }
    notify();
}

void ContextPacker::run()
{
    std::unique_ptr<archive, ArchiveDeleter> tar(archive_write_new());
    archive_write_set_format_pax_restricted(tar.get());
    archive_write_set_bytes_in_last_block(tar.get(), 1);
    const auto writeCallback
        = [](archive *, void *self, const void *buffer, size_t length) -> la_ssize_t {
        auto *packer = static_cast<ContextPacker *>(self);
        if (!packer->push(static_cast<const char *>(buffer), length))
            return -1;
        return static_cast<la_ssize_t>(length);
    };
    archive_write_open(tar.get(), this, nullptr, writeCallback, nullptr);

    QString failure;
    std::vector<char> buffer(kChunkSize);
    const auto addFile
        = [&](const QString &absolute, const std::string &relative, const QFileInfo &info) -> bool {
        std::unique_ptr<archive_entry, EntryDeleter> entry(archive_entry_new());
        archive_entry_copy_pathname(entry.get(), relative.c_str());
        archive_entry_set_uid(entry.get(), 0);
        archive_entry_set_gid(entry.get(), 0);
        archive_entry_set_mtime(entry.get(), info.lastModified().toSecsSinceEpoch(), 0);
        archive_entry_set_perm(entry.get(), permissionBits(info));
        if (info.isSymLink()) {
            std::error_code ec;
            const auto target = std::filesystem::read_symlink(
                std::filesystem::path(QFile::encodeName(absolute).toStdString()), ec);
            if (ec) {
                failure = absolute;
                return false;
            }
            archive_entry_set_filetype(entry.get(), AE_IFLNK);
            archive_entry_copy_symlink(entry.get(), target.string().c_str());
            archive_entry_set_perm(entry.get(), 0777);
            archive_entry_set_size(entry.get(), 0);
            ++m_entries;
            return archive_write_header(tar.get(), entry.get()) == ARCHIVE_OK;
        }
        if (info.isDir()) {
            archive_entry_set_filetype(entry.get(), AE_IFDIR);
            archive_entry_set_size(entry.get(), 0);
            ++m_entries;
            return archive_write_header(tar.get(), entry.get()) == ARCHIVE_OK;
        }
        if (!info.isFile())
            return true; // sockets, FIFOs, devices: not sent
        QFile file(absolute);
        if (!file.open(QIODevice::ReadOnly)) {
            failure = absolute;
            return false;
        }
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_size(entry.get(), file.size());
        if (archive_write_header(tar.get(), entry.get()) != ARCHIVE_OK)
            return false;
        ++m_entries;
        qint64 remaining = file.size();
        while (remaining > 0) {
            const qint64 got = file.read(buffer.data(), static_cast<qint64>(buffer.size()));
            if (got <= 0) {
                failure = absolute; // shrank while reading
                return false;
            }
            const qint64 use = std::min(got, remaining);
            if (archive_write_data(tar.get(), buffer.data(), static_cast<size_t>(use)) < 0)
                return false;
            remaining -= use;
        }
        return !m_cancelled.load();
    };

    QString walkError;
    bool ok = walkContext(
        m_contextDir, m_ignore,
        [&](const Entry &entry) { return addFile(entry.absolute, entry.relative, entry.info); },
        walkError, &m_cancelled);
    if (ok && m_dockerfileOutside)
        ok = addFile(m_dockerfile, m_dockerfileInContext.toStdString(), QFileInfo(m_dockerfile));
    if (ok)
        ok = archive_write_close(tar.get()) == ARCHIVE_OK;
    if (!ok && !m_cancelled.load()) {
        QString detail = !failure.isEmpty() ? failure : walkError;
        if (detail.isEmpty())
            detail = QString::fromUtf8(archive_error_string(tar.get()));
        std::lock_guard lock(m_mutex);
        m_error = EngineError(EngineError::Kind::ContextFailed, detail);
    }
    flush(true);
}

QStringList ContextPacker::listFiles(const QString &contextDir, const QString &dockerfile,
                                     EngineError *error)
{
    ContextPacker packer(contextDir, dockerfile);
    QFile ignoreFile(packer.m_contextDir + QStringLiteral("/.dockerignore"));
    DockerIgnore ignore;
    if (ignoreFile.open(QIODevice::ReadOnly)) {
        const QByteArray contents = ignoreFile.readAll();
        ignore = DockerIgnore::parse(
            std::string_view(contents.constData(), static_cast<std::size_t>(contents.size())));
    }
    if (!packer.m_dockerfileOutside)
        ignore.keepBuildFiles(packer.m_dockerfileInContext.toStdString());
    QStringList files;
    QString walkError;
    const bool ok = walkContext(
        packer.m_contextDir, ignore,
        [&](const Entry &entry) {
            files << QString::fromStdString(entry.relative);
            return true;
        },
        walkError, nullptr);
    if (!ok && error)
        *error = EngineError(EngineError::Kind::ContextFailed, walkError);
    if (packer.m_dockerfileOutside)
        files << packer.m_dockerfileInContext;
    files.sort();
    return files;
}

} // namespace stagecraft::engine
