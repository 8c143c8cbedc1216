// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DockerIgnore.h"
#include "EngineError.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

namespace stagecraft::engine {

/// Packs a build context directory into a tar stream on a worker thread (libarchive), applying
/// `.dockerignore` as the docker CLI does, and hands the bytes to the main thread in chunks
/// through a bounded queue (the worker waits while the queue is full, so memory stays flat
/// whatever the context size). A Dockerfile outside the context is added under a generated
/// name, as the CLI does; dockerfileInContext() tells the engine where it is.
class ContextPacker : public QObject
{
    Q_OBJECT

public:
    /// `dockerfile` absolute, or relative to `contextDir`.
    ContextPacker(const QString &contextDir, const QString &dockerfile, QObject *parent = nullptr);
    /// Cancels the worker and waits for it.
    ~ContextPacker() override;

    /// Reads .dockerignore (an error() when it is malformed) and starts the worker.
    bool start();
    /// Reads .dockerignore only (start() does it when not done yet); false with error().
    bool prepare();
    /// The context's .dockerignore rules with the build files kept (after prepare()), which a
    /// BuildKit session applies too.
    [[nodiscard]] const DockerIgnore &ignore() const { return m_ignore; }
    /// The Dockerfile, absolute.
    [[nodiscard]] const QString &dockerfilePath() const { return m_dockerfile; }
    /// The next chunk of tar bytes, or an empty array when none is ready yet.
    [[nodiscard]] QByteArray take();
    /// The worker finished and every chunk was taken.
    [[nodiscard]] bool atEnd() const;
    /// Stops the worker; take() returns nothing more.
    void cancel();
    [[nodiscard]] EngineError error() const;
    /// The Dockerfile's path inside the tar ('/'-separated), for the build's `dockerfile`.
    [[nodiscard]] QString dockerfileInContext() const { return m_dockerfileInContext; }
    [[nodiscard]] quint64 bytesProduced() const { return m_bytesProduced.load(); }
    [[nodiscard]] int entryCount() const { return m_entries.load(); }

    /// The context's file list as the CLI would send it ('/'-separated, sorted, directories
    /// included), without packing. For tests and the build log.
    [[nodiscard]] static QStringList listFiles(const QString &contextDir, const QString &dockerfile,
                                               EngineError *error = nullptr);

    /// Chunk size handed over, and the queue bound.
    static constexpr std::size_t kChunkSize = 256 * 1024;
    static constexpr std::size_t kQueueBytes = 8 * 1024 * 1024;

Q_SIGNALS:
    /// New chunks are ready (queued to the main thread; coalesced).
    void dataAvailable();

private:
    void run();
    bool push(const char *data, std::size_t size); ///< worker side; false when cancelled
    void flush(bool final);
    void notify();

    QString m_contextDir;
    QString m_dockerfile;          ///< absolute
    QString m_dockerfileInContext; ///< relative, '/'-separated
    bool m_dockerfileOutside = false;
    bool m_prepared = false;
    DockerIgnore m_ignore;

    std::thread m_worker;
    mutable std::mutex m_mutex;
    std::condition_variable m_space;
    std::deque<QByteArray> m_queue;
    std::size_t m_queued = 0;
    bool m_done = false;
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_notifyPending{false};
    std::atomic<quint64> m_bytesProduced{0};
    std::atomic<int> m_entries{0};
    EngineError m_error;
    QByteArray m_pending; ///< worker-side partial chunk

    friend struct ContextPackerAccess;
};

} // namespace stagecraft::engine
