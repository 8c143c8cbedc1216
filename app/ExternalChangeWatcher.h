// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>

class QFileSystemWatcher;

namespace stagecraft::app {

/// Notices when another program changes or removes the document's file: a QFileSystemWatcher on
/// the file (armed again when a save by another program replaces it), and what the file held
/// when we last read or wrote it (size, time and SHA-256 of the content) to tell a real change
/// from a touch. Asking the user is the DocumentController's business.
class ExternalChangeWatcher : public QObject
{
    Q_OBJECT

public:
    /// What compare() found.
    enum class DiskState { Unchanged, Changed, Vanished };

    explicit ExternalChangeWatcher(QObject *parent = nullptr);

    /// Watches `path` from now on ("" = no file).
    void setPath(const QString &path);
    [[nodiscard]] const QString &path() const { return m_path; }
    /// The file holds `bytes` now: we just read or wrote them.
    void remember(const QByteArray &bytes);
    /// Nothing is known about the file (an untitled document).
    void forget();
    /// Compares the file on disk with what was remembered (size and time, then content). A file
    /// with the same bytes (touched, or rewritten identically) is Unchanged and its new stamp is
    /// remembered. On Changed, `diskBytes` (when given) receives the file's bytes.
    DiskState compare(QByteArray *diskBytes = nullptr);
    /// The change compare() just reported counts as seen (the user kept their text): the same
    /// file is not reported again.
    void acknowledge();

Q_SIGNALS:
    /// The file was written or replaced by someone (reported once the writes settle).
    void fileChanged();

private:
    struct DiskStamp
    {
        bool exists = false;
        qint64 size = -1;
        QDateTime modified;
        QByteArray hash;
    };

    /// Watches the file again when it is not watched (a replaced file loses its watch).
    void watch();
    [[nodiscard]] static DiskStamp stampOf(const QString &path);

    QFileSystemWatcher *m_watcher = nullptr;
    QString m_path;
    DiskStamp m_disk; ///< the file as we last read or wrote it
    DiskStamp m_seen; ///< the file as compare() last found it
};

} // namespace stagecraft::app
