// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/BuildContext.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QFileSystemWatcher;
class QThread;
class QTimer;

namespace stagecraft::app {

/// The build context of the document: the listing of its Dockerfile's directory (ContextScanner),
/// made on a worker thread when the Dockerfile moves to another directory and again when the
/// directory (its `.dockerignore`, or a listed subdirectory up to a cap) changes on disk, the
/// changes coalesced. Never on the keystroke path.
class BuildContextWatcher : public QObject
{
    Q_OBJECT

public:
    explicit BuildContextWatcher(QObject *parent = nullptr);
    /// Cancels a running listing and waits for its thread.
    ~BuildContextWatcher() override;

    /// Lists the directory of `dockerfile` again ("" drops the listing: an untitled document).
    /// A listing of another directory is dropped at once; one of the same directory stays until
    /// the new one is done.
    void refresh(const QString &dockerfile);
    /// The latest listing; null when there is none (yet).
    [[nodiscard]] const std::shared_ptr<const model::BuildContext> &context() const
    {
        return m_context;
    }
    /// True while a listing runs.
    [[nodiscard]] bool isScanRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    /// context() changed: a new listing arrived, or the old one was dropped.
    void contextChanged();

private:
    void start();
    void scanned(const QString &directory, std::shared_ptr<const model::BuildContext> context);
    void watchListedDirectories(const QString &directory);
    void clear();

    QString m_dockerfile;
    QString m_directory; ///< the directory m_context lists (or is being listed)
    std::shared_ptr<const model::BuildContext> m_context;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_timer = nullptr;   ///< coalesces bursts of file-system changes
    QThread *m_thread = nullptr; ///< the running listing, or null
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_rescan = false; ///< another listing was asked for while one ran
};

} // namespace stagecraft::app
