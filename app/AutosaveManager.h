// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QLockFile;

namespace stagecraft::app {

/// Keeps a copy of one unsaved buffer on disk so it survives a crash or `kill -9`.
///
/// Each running document owns one entry in the autosave directory (by default
/// `QStandardPaths::AppDataLocation/autosave/`): `<id>.json` with the original file path and the
/// text, and `<id>.lock`, a QLockFile held while the owner lives. An entry whose lock is free (its
/// owner crashed, was killed, or was destroyed without a clean close) is recoverable: the next
/// start offers it back. A clean save or close removes the entry.
class AutosaveManager : public QObject
{
    Q_OBJECT

public:
    /// One recoverable buffer.
    struct Entry
    {
        QString id;           ///< file name stem in the autosave directory
        QString originalPath; ///< the file the buffer belongs to; empty for an untitled one
        QByteArray text;      ///< the buffer, UTF-8 with "\n" line ends
        QDateTime savedAt;    ///< when the copy was written (UTC)
    };

    explicit AutosaveManager(QObject *parent = nullptr);
    ~AutosaveManager() override;

    /// `QStandardPaths::AppDataLocation/autosave`.
    [[nodiscard]] static QString defaultDirectory();
    /// Where entries are written (tests use a temporary directory). Drops this manager's entry
    /// in the old directory.
    void setDirectory(const QString &directory);
    [[nodiscard]] QString directory() const { return m_directory; }

    /// Writes (atomically) this document's copy: `text` belongs to `originalPath`.
    /// Returns false when the directory cannot be written.
    bool store(const QString &originalPath, const QByteArray &text);
    /// Removes this document's copy (after a clean save or close).
    void discard();
    /// True when this document has a copy on disk.
    [[nodiscard]] bool hasStored() const { return m_stored; }

    /// The entries in `directory` whose owner is gone, newest first.
    [[nodiscard]] static QList<Entry> recoverable(const QString &directory);
    /// Removes a recoverable entry (after it was restored or declined).
    static void remove(const QString &directory, const QString &id);

private:
    bool acquireLock();
    [[nodiscard]] QString entryPath() const;

    QString m_directory;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
    bool m_stored = false;
};

} // namespace stagecraft::app
