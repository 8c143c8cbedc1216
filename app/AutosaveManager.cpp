// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutosaveManager.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stagecraft::app {

namespace {

constexpr int formatVersion = 1;

QString jsonPath(const QString &directory, const QString &id)
{
    return directory + u'/' + id + u".json"_s;
}

QString lockPath(const QString &directory, const QString &id)
{
    return directory + u'/' + id + u".lock"_s;
}

} // namespace

AutosaveManager::AutosaveManager(QObject *parent)
    : QObject(parent)
    , m_directory(defaultDirectory())
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

AutosaveManager::~AutosaveManager()
{
    // Deliberately keeps the entry: only discard() (a clean save or close) removes it. The lock
    // is released, so a later start sees the entry as recoverable, as after a crash.
}

QString AutosaveManager::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/autosave"_s;
}

void AutosaveManager::setDirectory(const QString &directory)
{
    if (directory == m_directory)
        return;
    discard();
    m_lock.reset();
    m_directory = directory;
}

QString AutosaveManager::entryPath() const
{
    return jsonPath(m_directory, m_id);
}

bool AutosaveManager::acquireLock()
{
    if (m_lock && m_lock->isLocked())
        return true;
    if (!QDir().mkpath(m_directory))
        return false;
    m_lock = std::make_unique<QLockFile>(lockPath(m_directory, m_id));
    // Never stale while we live: the lock names our process, and QLockFile checks that.
    m_lock->setStaleLockTime(0);
    return m_lock->tryLock(0);
}

bool AutosaveManager::store(const QString &originalPath, const QByteArray &text)
{
    if (!acquireLock())
        return false;
    QJsonObject object;
    object.insert(u"version"_s, formatVersion);
    object.insert(u"path"_s, originalPath);
    object.insert(u"text"_s, QString::fromUtf8(text));
    object.insert(u"saved"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    QSaveFile file(entryPath());
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return false;
    m_stored = true;
    return true;
}

void AutosaveManager::discard()
{
    if (m_stored)
        QFile::remove(entryPath());
    m_stored = false;
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

QList<AutosaveManager::Entry> AutosaveManager::recoverable(const QString &directory)
{
    QList<Entry> entries;
    const QDir dir(directory);
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files);
    for (const QString &fileName : files) {
        const QString id = QFileInfo(fileName).completeBaseName();
        // A lock we can take belongs to nobody (its owner is gone, or never took one).
        QLockFile lock(lockPath(directory, id));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        if (object.value(u"version"_s).toInt() != formatVersion)
            continue;
        Entry entry;
        entry.id = id;
        entry.originalPath = object.value(u"path"_s).toString();
        entry.text = object.value(u"text"_s).toString().toUtf8();
        entry.savedAt
            = QDateTime::fromString(object.value(u"saved"_s).toString(), Qt::ISODateWithMs);
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.savedAt > b.savedAt; });
    return entries;
}

void AutosaveManager::remove(const QString &directory, const QString &id)
{
    QFile::remove(jsonPath(directory, id));
    QFile::remove(lockPath(directory, id));
}

} // namespace stagecraft::app
