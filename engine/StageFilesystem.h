// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineEndpoint.h"
#include "EngineError.h"

#include "model/FileTree.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

#include <nlohmann/json_fwd.hpp>

class QThread;

namespace stagecraft::engine {

/// The filesystem of a built stage (or any local image), read through the engine: a container is
/// created from the image and never started, its archive of `/` is streamed through libarchive
/// (only headers are kept, file data is skipped), and the container is removed — always, also on
/// an error or a cancel. All of it runs on a worker thread; progress, the result (a
/// model::FileListing) and errors (EngineError codes) come back as signals on the thread that
/// owns this object.
///
/// "Added by the stage" is decided by comparing with the base image's listing (read the same way,
/// cached per image ID), see model::FileTree.
class StageFilesystem : public QObject
{
    Q_OBJECT

public:
    /// The step a read is at (see phaseChanged()).
    enum class Phase {
        Inspecting,  ///< asking the engine about the image
        Reading,     ///< reading the image's files
        ReadingBase, ///< reading the base image's files
    };

    /// Reads the headers of a tar in memory. False with `error` (libarchive's words) on a
    /// malformed archive.
    static bool parseTar(const QByteArray &tar, std::vector<model::FileEntry> &entries,
                         QString *error);

    explicit StageFilesystem(const EngineEndpoint &endpoint, QObject *parent = nullptr);
    /// Cancels a running read and waits for the worker (the container is still removed).
    ~StageFilesystem() override;

    /// The engine to read from. A different one cancels a running read (cancelled() follows)
    /// and forgets the cached base listings (image IDs belong to one engine).
    void setEndpoint(const EngineEndpoint &endpoint);
    [[nodiscard]] const EngineEndpoint &endpoint() const { return m_endpoint; }
    /// True when `a` and `b` reach the same engine the same way (address and TLS settings).
    [[nodiscard]] static bool sameEndpoint(const EngineEndpoint &a, const EngineEndpoint &b);

    /// Reads `image` (a name or ID) and, when given, `baseImage` to compare with. A read that is
    /// still running is cancelled first.
    void start(const QString &image, const QString &baseImage = {});
    /// Stops the read; cancelled() follows (the container is removed before that).
    void cancel();
    [[nodiscard]] bool isRunning() const;
    /// The latest successful result.
    [[nodiscard]] const model::FileListing &listing() const { return m_listing; }
    /// Lists the engine's local images (GET /images/json, unversioned): imagesListed() or
    /// imagesListFailed() follows. Independent of a read.
    void listImages();
    /// The "name:tag" references of a GET /images/json reply, sorted; untagged images
    /// ("<none>:<none>") are left out.
    [[nodiscard]] static QStringList imageNames(const nlohmann::json &images);

    /// Label put on the containers this class creates (key=value), so they can be found.
    static constexpr const char *kContainerLabel = "org.stagecraft.purpose";

Q_SIGNALS:
    /// Throttled (about ten a second). `expected` is the image's size from inspect (0 when
    /// unknown); the tar of `/` is about that big.
    void progress(qint64 bytesRead, qint64 expected, int entries);
    /// The read moved on to `phase`, about `image`.
    void phaseChanged(stagecraft::engine::StageFilesystem::Phase phase, const QString &image);
    void finished();
    void failed(const stagecraft::engine::EngineError &error);
    void cancelled();
    /// The result of listImages().
    void imagesListed(const QStringList &names);
    void imagesListFailed(const stagecraft::engine::EngineError &error);

private:
    struct Outcome;
    void onThreadFinished();

    EngineEndpoint m_endpoint;
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<Outcome> m_outcome;
    /// Listings of base images by ID; only the worker touches it while it runs.
    std::shared_ptr<QHash<QString, std::shared_ptr<const std::vector<model::FileEntry>>>> m_cache;
    model::FileListing m_listing;
};

} // namespace stagecraft::engine
