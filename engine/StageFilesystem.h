// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineEndpoint.h"

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
/// an error or a cancel. All of it runs on a worker thread; progress, the result and errors come
/// back as signals on the thread that owns this object.
///
/// "Added by the stage" is decided by comparing with the base image's listing (read the same way,
/// cached per image ID): a file, link or other entry is added when the base has no entry at that
/// path, or one that differs in type, size, permission bits, mtime or link target; a directory is
/// added when the base has no directory there. Paths the engine puts into every container
/// (`/.dockerenv`, `/etc/hosts`, `/etc/hostname`, `/etc/resolv.conf`, the `/dev`, `/proc` and
/// `/sys` mount points) never count as added. Files the stage deleted are not shown.
class StageFilesystem : public QObject
{
    Q_OBJECT

public:
    enum class EntryType : quint8 { File, Directory, Symlink, Hardlink, Other };

    /// One tar header.
    struct Entry
    {
        QString path; ///< absolute, no trailing slash ("/bin/sh")
        EntryType type = EntryType::File;
        qint64 size = 0;    ///< bytes of a regular file (0 for links and directories)
        quint32 mode = 0;   ///< permission bits (07777)
        qint64 mtime = 0;   ///< seconds since the epoch
        QString linkTarget; ///< symlink or hard-link target
    };

    /// A node of the tree: directories sum their contents; children sorted by size, largest
    /// first (then by name).
    struct Node
    {
        QString name; ///< "" for the root
        QString path; ///< "/" for the root
        EntryType type = EntryType::Directory;
        qint64 size = 0;      ///< own bytes (files)
        qint64 totalSize = 0; ///< own bytes + everything below
        quint32 mode = 0;
        qint64 mtime = 0;
        QString linkTarget;
        bool added = false;   ///< added or changed by the stage (see the class comment)
        qint64 addedSize = 0; ///< bytes of added files at or below this node
        int addedCount = 0;   ///< added entries at or below this node
        int fileCount = 0;    ///< non-directory entries at or below this node
        std::vector<Node> children;
    };

    /// What a finished read gives.
    struct Listing
    {
        QString image;       ///< as asked
        QString imageId;     ///< sha256:…
        QString baseImage;   ///< as asked ("" when there was none)
        QString baseImageId; ///< "" when there was no base to compare with
        int entryCount = 0;
        qint64 archiveBytes = 0; ///< bytes of tar read
        Node root;
    };

    /// Reads the headers of a tar in memory. False with `error` on a malformed archive.
    static bool parseTar(const QByteArray &tar, std::vector<Entry> &entries, QString *error);
    /// The tree of `entries`; with `base`, entries that the base lacks (or has differently) are
    /// marked added. Parent directories missing from `entries` are created.
    [[nodiscard]] static Node buildTree(const std::vector<Entry> &entries,
                                        const std::vector<Entry> *base);
    /// True for the paths the engine adds to every container.
    [[nodiscard]] static bool isEngineInjected(const QString &path);
    /// The node at `path` ("/a/b"), or nullptr.
    [[nodiscard]] static const Node *find(const Node &root, const QString &path);

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
    [[nodiscard]] const Listing &listing() const { return m_listing; }
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
    /// A translated note about the current step ("Reading the base image …").
    void statusChanged(const QString &status);
    void finished();
    /// A translated, actionable message.
    void failed(const QString &message);
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
    std::shared_ptr<QHash<QString, std::shared_ptr<const std::vector<Entry>>>> m_cache;
    Listing m_listing;
};

} // namespace stagecraft::engine
