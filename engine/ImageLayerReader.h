// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineEndpoint.h"
#include "EngineError.h"
#include "ImageArchive.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace stagecraft::engine {

/// Reads the layers of a local image through the engine (GET /images/{name}/get, a
/// `docker save` archive) on a worker thread, streamed through ImageArchiveReader: memory stays
/// at the file lists, however big the image. Progress, the result and errors come back as
/// signals on the thread that owns this object.
class ImageLayerReader : public QObject
{
    Q_OBJECT

public:
    explicit ImageLayerReader(const EngineEndpoint &endpoint, QObject *parent = nullptr);
    /// Cancels a running read and waits for the worker.
    ~ImageLayerReader() override;

    /// Reads `image` (a name or ID). A read still running is cancelled first (its result is
    /// dropped).
    void start(const QString &image);
    /// Stops the read; cancelled() follows.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }
    /// The latest successful result.
    [[nodiscard]] const ImageArchive &archive() const { return m_archive; }
    /// Moves the latest result out (no copy of the file lists).
    [[nodiscard]] ImageArchive takeArchive() { return std::move(m_archive); }
    /// start() and wait (a local event loop); the error, None on success.
    EngineError readSync(const QString &image);

    /// What the worker hands back (internal).
    struct Outcome;

Q_SIGNALS:
    /// Now and then: the bytes of the archive read, of about `expected` (the image's size).
    void progress(qint64 bytesRead, qint64 expected);
    void finished();
    void failed(const stagecraft::engine::EngineError &error);
    void cancelled();

private:
    void stopWorker();
    void onThreadFinished();

    EngineEndpoint m_endpoint;
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<Outcome> m_outcome;
    ImageArchive m_archive;
};

} // namespace stagecraft::engine
