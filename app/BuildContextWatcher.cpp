// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/BuildContextWatcher.h"

#include "engine/ContextScanner.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include <utility>

namespace stagecraft::app {

namespace {

/// File-system changes in the build context are listed again after this quiet period.
constexpr int rescanDelayMs = 300;
/// Directories of the build context watched for changes (the root first, then breadth first).
constexpr int maxWatchedDirectories = 64;

} // namespace

BuildContextWatcher::BuildContextWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(rescanDelayMs);
    connect(m_timer, &QTimer::timeout, this, [this] { refresh(m_dockerfile); });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_timer, qOverload<>(&QTimer::start));
}

BuildContextWatcher::~BuildContextWatcher()
{
    if (m_thread != nullptr) {
        m_cancel->store(true);
        m_thread->wait();
    }
}

void BuildContextWatcher::refresh(const QString &dockerfile)
{
    m_timer->stop();
    m_dockerfile = dockerfile;
    if (dockerfile.isEmpty()) {
        clear();
        return;
    }
    const QString directory = QFileInfo(dockerfile).absolutePath();
    if (directory != m_directory) {
        // Another directory: the old listing says nothing about it.
        clear();
        m_directory = directory;
    }
    if (m_thread != nullptr) {
        m_rescan = true;
        return;
    }
    start();
}

void BuildContextWatcher::start()
{
    m_rescan = false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto result = std::make_shared<std::shared_ptr<const model::BuildContext>>();
    const QString directory = m_directory;
    const QString dockerfile = m_dockerfile;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    m_thread = QThread::create([directory, dockerfile, cancel, result] {
        *result = engine::ContextScanner::scan(directory, dockerfile,
                                               engine::ContextScanner::Limits{}, cancel.get());
    });
    QThread *thread = m_thread;
    connect(thread, &QThread::finished, this, [this, thread, directory, cancel, result] {
        thread->deleteLater();
        if (m_thread == thread)
            m_thread = nullptr;
        if (!cancel->load())
            scanned(directory, *result);
        if (m_rescan && !m_directory.isEmpty())
            start();
    });
    thread->start(QThread::LowPriority);
}

void BuildContextWatcher::scanned(const QString &directory,
                                  std::shared_ptr<const model::BuildContext> context)
{
    if (directory != m_directory)
        return; // a listing for a file no longer shown
    m_context = std::move(context);
    watchListedDirectories(directory);
    Q_EMIT contextChanged();
}

void BuildContextWatcher::watchListedDirectories(const QString &directory)
{
    // The root, the listed directories up to a cap, and .dockerignore (edits to it do not change
    // the directory).
    QStringList wanted{directory};
    const QString ignoreFile = directory + QStringLiteral("/.dockerignore");
    if (QFileInfo::exists(ignoreFile))
        wanted << ignoreFile;
    if (m_context) {
        for (const auto &[path, entry] : m_context->entries()) {
            if (wanted.size() >= maxWatchedDirectories)
                break;
            if (entry.directory && !entry.excluded && m_context->isComplete(path))
                wanted << directory + u'/' + QString::fromStdString(path);
        }
    }
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    QStringList stale;
    for (const QString &path : watched)
        if (!wanted.contains(path))
            stale << path;
    if (!stale.isEmpty())
        m_watcher->removePaths(stale);
    QStringList fresh;
    for (const QString &path : std::as_const(wanted))
        if (!watched.contains(path))
            fresh << path;
    if (!fresh.isEmpty())
        m_watcher->addPaths(fresh);
}

void BuildContextWatcher::clear()
{
    if (m_thread != nullptr)
        m_cancel->store(true); // its result is dropped when it finishes
    m_rescan = false;
    m_directory.clear();
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    if (!m_context)
        return;
    m_context.reset();
    Q_EMIT contextChanged();
}

} // namespace stagecraft::app
