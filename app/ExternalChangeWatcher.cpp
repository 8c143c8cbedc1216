// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ExternalChangeWatcher.h"

#include "common/FileLoader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace stagecraft::app {

namespace {

/// A save by another program often arrives as several writes or a rename: look once it settled.
constexpr int settleDelayMs = 100;

QByteArray hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace

ExternalChangeWatcher::ExternalChangeWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
{
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        if (path != m_path)
            return;
        // A save by another program may replace the file (new inode): watch the new one.
        QTimer::singleShot(settleDelayMs, this, [this] {
            watch();
            Q_EMIT fileChanged();
        });
    });
}

void ExternalChangeWatcher::setPath(const QString &path)
{
    if (!m_path.isEmpty() && m_path != path)
        m_watcher->removePath(m_path);
    m_path = path;
    watch();
}

void ExternalChangeWatcher::remember(const QByteArray &bytes)
{
    m_disk = stampOf(m_path);
    m_disk.hash = hashOf(bytes);
}

void ExternalChangeWatcher::forget()
{
    m_disk = DiskStamp();
}

ExternalChangeWatcher::DiskState ExternalChangeWatcher::compare(QByteArray *diskBytes)
{
    const DiskStamp now = stampOf(m_path);
    if (!now.exists)
        return DiskState::Vanished;
    watch();
    // The content decides (size and time miss a rewrite within the same second); Dockerfiles
    // are small, so reading and hashing the file once on focus-in costs nothing noticeable.
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return DiskState::Unchanged;
    const QByteArray bytes = file.read(common::FileLoader::MaxSize + 1);
    m_seen = now;
    m_seen.hash = hashOf(bytes);
    if (m_seen.hash == m_disk.hash) {
        m_disk = m_seen;
        return DiskState::Unchanged;
    }
    if (diskBytes != nullptr)
        *diskBytes = bytes;
    return DiskState::Changed;
}

void ExternalChangeWatcher::acknowledge()
{
    m_disk = m_seen;
}

void ExternalChangeWatcher::watch()
{
    if (m_path.isEmpty() || m_watcher->files().contains(m_path))
        return;
    if (QFileInfo::exists(m_path))
        m_watcher->addPath(m_path);
}

ExternalChangeWatcher::DiskStamp ExternalChangeWatcher::stampOf(const QString &path)
{
    DiskStamp stamp;
    const QFileInfo info(path);
    stamp.exists = info.exists();
    if (stamp.exists) {
        stamp.size = info.size();
        stamp.modified = info.lastModified();
    }
    return stamp;
}

} // namespace stagecraft::app
