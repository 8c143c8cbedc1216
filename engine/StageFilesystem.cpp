// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageFilesystem.h"

#include "EngineCall.h"
#include "EngineClient.h"
#include "EngineJson.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QThread>
#include <QUrlQuery>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <functional>

namespace stagecraft::engine {

namespace {

using Entry = StageFilesystem::Entry;
using EntryType = StageFilesystem::EntryType;
using Node = StageFilesystem::Node;

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};

Entry entryFrom(archive_entry *header)
{
    Entry entry;
    QString path = QString::fromUtf8(archive_entry_pathname_utf8(header)
                                         ? archive_entry_pathname_utf8(header)
                                         : archive_entry_pathname(header));
    // The engine's archive of "/" names entries "/bin/sh"; other tars use "./bin/sh" or "bin/sh".
    if (path.startsWith(QLatin1String("./")))
        path.remove(0, 1);
    if (!path.startsWith(u'/'))
        path.prepend(u'/');
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    entry.path = path;
    const char *hardlink = archive_entry_hardlink(header);
    const mode_t type = archive_entry_filetype(header);
    if (hardlink != nullptr) {
        entry.type = EntryType::Hardlink;
        entry.linkTarget = QString::fromUtf8(hardlink);
    } else if (type == AE_IFDIR) {
        entry.type = EntryType::Directory;
    } else if (type == AE_IFLNK) {
        entry.type = EntryType::Symlink;
        const char *target = archive_entry_symlink(header);
        entry.linkTarget = target ? QString::fromUtf8(target) : QString();
    } else if (type == AE_IFREG) {
        entry.type = EntryType::File;
        entry.size = archive_entry_size(header);
    } else {
        entry.type = EntryType::Other;
    }
    entry.mode = static_cast<quint32>(archive_entry_perm(header)) & 07777u;
    entry.mtime = static_cast<qint64>(archive_entry_mtime(header));
    return entry;
}

/// Reads every header of an opened archive; data is skipped.
bool readHeaders(archive *reader, std::vector<Entry> &entries, QString *error,
                 const std::function<void(const Entry &)> &seen = {})
{
    archive_entry *header = nullptr;
    for (;;) {
        const int status = archive_read_next_header(reader, &header);
        if (status == ARCHIVE_EOF)
            return true;
        if (status < ARCHIVE_WARN) {
            if (error)
                *error = QString::fromUtf8(archive_error_string(reader));
            return false;
        }
        Entry entry = entryFrom(header);
        if (entry.path != QLatin1String("/")) {
            if (seen)
                seen(entry);
            entries.push_back(std::move(entry));
        }
        if (archive_read_data_skip(reader) < ARCHIVE_WARN) {
            if (error)
                *error = QString::fromUtf8(archive_error_string(reader));
            return false;
        }
    }
}

/// A node while the tree is built: children by name.
struct TreeBuilder
{
    Node node;
    std::vector<std::unique_ptr<TreeBuilder>> kids;
    QHash<QString, TreeBuilder *> byName;

    TreeBuilder *child(const QString &name, const QString &path)
    {
        if (TreeBuilder *found = byName.value(name))
            return found;
        auto kid = std::make_unique<TreeBuilder>();
        kid->node.name = name;
        kid->node.path = path;
        kid->node.type = EntryType::Directory;
        TreeBuilder *raw = kid.get();
        byName.insert(name, raw);
        kids.push_back(std::move(kid));
        return raw;
    }

    Node finish()
    {
        Node result = std::move(node);
        result.totalSize = result.size;
        result.addedSize = result.added && result.type != EntryType::Directory ? result.size : 0;
        result.addedCount = result.added ? 1 : 0;
        result.fileCount = result.type == EntryType::Directory ? 0 : 1;
        result.children.reserve(kids.size());
        for (auto &kid : kids) {
            Node child = kid->finish();
            result.totalSize += child.totalSize;
            result.addedSize += child.addedSize;
            result.addedCount += child.addedCount;
            result.fileCount += child.fileCount;
            result.children.push_back(std::move(child));
        }
        std::sort(result.children.begin(), result.children.end(), [](const Node &a, const Node &b) {
            if (a.totalSize != b.totalSize)
                return a.totalSize > b.totalSize;
            return a.name < b.name;
        });
        return result;
    }
};

bool differs(const Entry &a, const Entry &b)
{
    return a.type != b.type || a.size != b.size || a.mode != b.mode || a.mtime != b.mtime
        || a.linkTarget != b.linkTarget;
}

/// Bytes of a streamed archive body, handed to libarchive as it asks for them.
struct StreamSource
{
    EngineCall *call = nullptr;
    QList<QByteArray> queue;
    QByteArray current;
    const std::atomic<bool> *cancel = nullptr;
    qint64 bytes = 0;
};

la_ssize_t readStream(archive *reader, void *data, const void **buffer)
{
    auto *source = static_cast<StreamSource *>(data);
    source->current.clear();
    while (source->queue.isEmpty()) {
        if (source->cancel->load()) {
            if (!source->call->isFinished())
                source->call->cancel();
            archive_set_error(reader, ECANCELED, "cancelled");
            return -1;
        }
        if (source->call->isFinished())
            return 0;
        // The call's signals arrive on this (the worker's) thread.
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    source->current = source->queue.takeFirst();
    *buffer = source->current.constData();
    source->bytes += source->current.size();
    return source->current.size();
}

/// Runs a call on the worker thread, cancelling it when `cancel` is set (when given).
void runCall(EngineCall *call, const std::atomic<bool> *cancel)
{
    call->start();
    while (!call->isFinished()) {
        if (cancel && cancel->load())
            call->cancel();
        else
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
}

} // namespace

// --- The worker --------------------------------------------------------------------------------

struct StageFilesystem::Outcome
{
    enum class Kind { Finished, Failed, Cancelled } kind = Kind::Failed;
    QString message;
    Listing listing;
};

namespace {

using Cache = QHash<QString, std::shared_ptr<const std::vector<Entry>>>;
using Report = std::function<void(qint64 bytes, qint64 expected, int entries)>;
using Status = std::function<void(const QString &)>;

class Worker
{
    Q_DECLARE_TR_FUNCTIONS(stagecraft::engine::StageFilesystem)

public:
    Worker(const EngineEndpoint &endpoint, const std::atomic<bool> &cancel, Report report,
           Status status)
        : m_client(endpoint)
        , m_cancel(cancel)
        , m_report(std::move(report))
        , m_status(std::move(status))
    { }

    /// Image ID and size; empty ID with `error` set on failure.
    QString inspect(const QString &image, qint64 &size, QString &error)
    {
        std::unique_ptr<EngineCall> call(
            m_client.call("GET", QStringLiteral("/images/") + image + QStringLiteral("/json")));
        runCall(call.get(), &m_cancel);
        if (call->error().isError()) {
            if (call->error().kind() == EngineError::Kind::HttpError
                && call->error().httpStatus() == 404)
                error = tr("There is no local image “%1”. Build the stage first, or "
                           "pick an image from the list.")
                            .arg(image);
            else
                error = call->error().message();
            return {};
        }
        const nlohmann::json object = call->json();
        size = jsonInteger(object, "Size");
        return jsonString(object, "Id");
    }

    /// The entries of `imageId`'s filesystem; false with `error` (empty when cancelled).
    bool list(const QString &imageId, qint64 expected, std::vector<Entry> &entries,
              qint64 &archiveBytes, QString &error)
    {
        std::unique_ptr<EngineCall> create(
            m_client.call("POST", QStringLiteral("/containers/create")));
        // Never started: the command only has to exist in the config.
        const nlohmann::json body
            = {{"Image", imageId.toStdString()},
               {"Cmd", nlohmann::json::array({"/stagecraft-never-run"})},
               {"Labels", {{StageFilesystem::kContainerLabel, "files-panel"}}}};
        create->setBody(jsonBytes(body), "application/json");
        // Not cancellable: a container the engine created must be known, so it can be removed.
        runCall(create.get(), nullptr);
        if (create->error().isError()) {
            error = create->error().message();
            return false;
        }
        const QString container = jsonString(create->json(), "Id");
        if (container.isEmpty()) {
            error = tr("The engine created no container for %1.").arg(imageId);
            return false;
        }
        const bool ok = readArchive(container, expected, entries, archiveBytes, error);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
        query.addQueryItem(QStringLiteral("v"), QStringLiteral("1"));
        std::unique_ptr<EngineCall> remove(
            m_client.call("DELETE", QStringLiteral("/containers/") + container, query));
        runCall(remove.get(), nullptr);
        if (ok && remove->error().isError()) {
            error = tr("The temporary container %1 could not be removed: %2")
                        .arg(container.left(12), remove->error().message());
            return false;
        }
        return ok;
    }

    EngineClient m_client;

private:
    bool readArchive(const QString &container, qint64 expected, std::vector<Entry> &entries,
                     qint64 &archiveBytes, QString &error)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("path"), QStringLiteral("/"));
        std::unique_ptr<EngineCall> call(m_client.call(
            "GET", QStringLiteral("/containers/") + container + QStringLiteral("/archive"), query));
        call->setStreaming(true);
        StreamSource source;
        source.call = call.get();
        source.cancel = &m_cancel;
        QObject::connect(call.get(), &EngineCall::bodyData, call.get(),
                         [&source](const QByteArray &bytes) { source.queue.append(bytes); });
        call->start();

        std::unique_ptr<archive, ArchiveDeleter> reader(archive_read_new());
        archive_read_support_format_tar(reader.get());
        archive_read_support_format_gnutar(reader.get());
        QElapsedTimer sinceReport;
        sinceReport.start();
        int count = 0;
        bool ok
            = archive_read_open(reader.get(), &source, nullptr, readStream, nullptr) == ARCHIVE_OK;
        QString archiveError;
        if (ok) {
            ok = readHeaders(reader.get(), entries, &archiveError, [&](const Entry &) {
                ++count;
                if (sinceReport.elapsed() >= 100) {
                    sinceReport.restart();
                    m_report(source.bytes, expected, count);
                }
            });
        } else {
            archiveError = QString::fromUtf8(archive_error_string(reader.get()));
        }
        reader.reset();
        // The tar ends before the body does (end-of-archive blocks, padding): read to the end
        // when all went well, so only a real failure of the call counts.
        while (ok && !call->isFinished() && !m_cancel.load())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        const bool stoppedEarly = !call->isFinished();
        if (stoppedEarly)
            call->cancel();
        archiveBytes = source.bytes;
        m_report(source.bytes, expected, count);
        if (m_cancel.load()) {
            error.clear();
            return false;
        }
        if (!stoppedEarly && call->error().isError()) {
            error = call->error().message();
            return false;
        }
        if (!ok) {
            error = tr("The engine sent an archive that could not be read: %1").arg(archiveError);
            return false;
        }
        return true;
    }

    const std::atomic<bool> &m_cancel;
    Report m_report;
    Status m_status;
};

} // namespace

// --- Pure parts ----------------------------------------------------------------------------------

bool StageFilesystem::parseTar(const QByteArray &tar, std::vector<Entry> &entries, QString *error)
{
    std::unique_ptr<archive, ArchiveDeleter> reader(archive_read_new());
    archive_read_support_format_tar(reader.get());
    archive_read_support_format_gnutar(reader.get());
    if (archive_read_open_memory(reader.get(), tar.constData(), static_cast<size_t>(tar.size()))
        != ARCHIVE_OK) {
        if (error)
            *error = QString::fromUtf8(archive_error_string(reader.get()));
        return false;
    }
    return readHeaders(reader.get(), entries, error);
}

bool StageFilesystem::isEngineInjected(const QString &path)
{
    static const QStringList injected{
        QStringLiteral("/.dockerenv"),   QStringLiteral("/etc/hosts"),
        QStringLiteral("/etc/hostname"), QStringLiteral("/etc/resolv.conf"),
        QStringLiteral("/dev"),          QStringLiteral("/proc"),
        QStringLiteral("/sys")};
    return injected.contains(path);
}

StageFilesystem::Node StageFilesystem::buildTree(const std::vector<Entry> &entries,
                                                 const std::vector<Entry> *base)
{
    QHash<QString, const Entry *> baseByPath;
    if (base) {
        baseByPath.reserve(static_cast<qsizetype>(base->size()));
        for (const Entry &entry : *base)
            baseByPath.insert(entry.path, &entry);
    }
    TreeBuilder root;
    root.node.path = QStringLiteral("/");
    for (const Entry &entry : entries) {
        const QStringList parts = entry.path.split(u'/', Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        TreeBuilder *at = &root;
        QString path;
        for (const QString &part : parts) {
            path += u'/' + part;
            at = at->child(part, path);
        }
        Node &node = at->node;
        node.type = entry.type;
        node.size = entry.type == EntryType::File ? entry.size : 0;
        node.mode = entry.mode;
        node.mtime = entry.mtime;
        node.linkTarget = entry.linkTarget;
        if (base && !isEngineInjected(entry.path)) {
            const Entry *before = baseByPath.value(entry.path);
            if (entry.type == EntryType::Directory)
                node.added = before == nullptr || before->type != EntryType::Directory;
            else
                node.added = before == nullptr || differs(entry, *before);
        }
    }
    return root.finish();
}

const StageFilesystem::Node *StageFilesystem::find(const Node &root, const QString &path)
{
    const Node *at = &root;
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const auto it = std::find_if(at->children.begin(), at->children.end(),
                                     [&part](const Node &child) { return child.name == part; });
        if (it == at->children.end())
            return nullptr;
        at = &*it;
    }
    return at;
}

// --- The object ----------------------------------------------------------------------------------

StageFilesystem::StageFilesystem(const EngineEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_cache(std::make_shared<Cache>())
{ }

StageFilesystem::~StageFilesystem()
{
    if (m_thread) {
        m_cancel->store(true);
        if (QAbstractEventDispatcher *dispatcher = m_thread->eventDispatcher())
            dispatcher->wakeUp();
        m_thread->wait();
    }
}

bool StageFilesystem::sameEndpoint(const EngineEndpoint &a, const EngineEndpoint &b)
{
    return a.kind == b.kind && a.url == b.url && a.path == b.path && a.host == b.host
        && a.port == b.port && a.tls == b.tls && a.tlsVerify == b.tlsVerify && a.caFile == b.caFile
        && a.certFile == b.certFile && a.keyFile == b.keyFile;
}

void StageFilesystem::setEndpoint(const EngineEndpoint &endpoint)
{
    if (sameEndpoint(endpoint, m_endpoint))
        return;
    m_endpoint = endpoint;
    cancel();
    // The running worker holds its own copy of the old cache; later reads start afresh.
    m_cache = std::make_shared<Cache>();
}

bool StageFilesystem::isRunning() const
{
    return m_thread != nullptr;
}

void StageFilesystem::cancel()
{
    if (!m_thread)
        return;
    m_cancel->store(true);
    if (QAbstractEventDispatcher *dispatcher = m_thread->eventDispatcher())
        dispatcher->wakeUp();
}

void StageFilesystem::start(const QString &image, const QString &baseImage)
{
    if (m_thread) {
        // The old worker's result is dropped: it ends (and removes its container) first.
        disconnect(m_thread.get(), nullptr, this, nullptr);
        m_cancel->store(true);
        if (QAbstractEventDispatcher *dispatcher = m_thread->eventDispatcher())
            dispatcher->wakeUp();
        m_thread->wait();
        m_thread.reset();
    }
    auto cancelFlag = std::make_shared<std::atomic<bool>>(false);
    auto outcome = std::make_shared<Outcome>();
    m_cancel = cancelFlag;
    m_outcome = outcome;
    const EngineEndpoint endpoint = m_endpoint;
    const auto cache = m_cache;
    QPointer<StageFilesystem> self(this);
    const auto report = [self](qint64 bytes, qint64 expected, int entries) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, bytes, expected, entries] {
                if (self)
                    Q_EMIT self->progress(bytes, expected, entries);
            },
            Qt::QueuedConnection);
    };
    const auto status = [self](const QString &text) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, text] {
                if (self)
                    Q_EMIT self->statusChanged(text);
            },
            Qt::QueuedConnection);
    };

    m_thread.reset(QThread::create([=] {
        Worker worker(endpoint, *cancelFlag, report, status);
        Outcome &out = *outcome;
        const auto stopped = [&] {
            if (!cancelFlag->load())
                return false;
            out.kind = Outcome::Kind::Cancelled;
            return true;
        };
        const EngineError negotiated = worker.m_client.negotiate();
        if (negotiated.isError()) {
            out.message = negotiated.message();
            return;
        }
        Listing listing;
        listing.image = image;
        listing.baseImage = baseImage;
        qint64 expected = 0;
        QString error;
        status(Worker::tr("Inspecting %1 …").arg(image));
        listing.imageId = worker.inspect(image, expected, error);
        if (stopped())
            return;
        if (listing.imageId.isEmpty()) {
            out.message = error;
            return;
        }
        std::shared_ptr<const std::vector<Entry>> baseEntries;
        qint64 baseSize = 0;
        if (!baseImage.isEmpty()) {
            const QString baseId = worker.inspect(baseImage, baseSize, error);
            if (stopped())
                return;
            if (baseId.isEmpty()) {
                out.message = Worker::tr("The base image could not be read: %1").arg(error);
                return;
            }
            listing.baseImageId = baseId;
            baseEntries = cache->value(baseId);
        }
        status(Worker::tr("Reading the files of %1 …").arg(image));
        std::vector<Entry> entries;
        if (!worker.list(listing.imageId, expected, entries, listing.archiveBytes, error)) {
            if (!stopped())
                out.message = error;
            return;
        }
        if (!listing.baseImageId.isEmpty() && !baseEntries) {
            if (listing.baseImageId == listing.imageId) {
                baseEntries = std::make_shared<const std::vector<Entry>>(entries);
            } else {
                status(Worker::tr("Reading the files of the base image %1 …").arg(baseImage));
                auto read = std::make_shared<std::vector<Entry>>();
                qint64 baseBytes = 0;
                if (!worker.list(listing.baseImageId, baseSize, *read, baseBytes, error)) {
                    if (!stopped())
                        out.message = Worker::tr("The base image could not be read: %1").arg(error);
                    return;
                }
                baseEntries = std::move(read);
            }
            cache->insert(listing.baseImageId, baseEntries);
        }
        listing.entryCount = static_cast<int>(entries.size());
        listing.root = buildTree(entries, baseEntries.get());
        out.listing = std::move(listing);
        out.kind = Outcome::Kind::Finished;
    }));
    connect(m_thread.get(), &QThread::finished, this, &StageFilesystem::onThreadFinished);
    m_thread->start();
}

void StageFilesystem::onThreadFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    m_thread.reset();
    const std::shared_ptr<Outcome> outcome = std::move(m_outcome);
    if (!outcome)
        return;
    switch (outcome->kind) {
    case Outcome::Kind::Finished:
        m_listing = std::move(outcome->listing);
        Q_EMIT finished();
        break;
    case Outcome::Kind::Cancelled:
        Q_EMIT cancelled();
        break;
    case Outcome::Kind::Failed:
        Q_EMIT failed(outcome->message);
        break;
    }
}

QStringList StageFilesystem::imageNames(const nlohmann::json &images)
{
    QStringList names;
    for (std::size_t i = 0; images.is_array() && i < images.size(); ++i) {
        const nlohmann::json &image = images[i];
        const auto tags = image.is_object() ? image.find("RepoTags") : image.end();
        if (tags == image.end() || !tags->is_array())
            continue;
        for (const nlohmann::json &tag : *tags) {
            const QString name
                = tag.is_string() ? QString::fromStdString(tag.get<std::string>()) : QString();
            if (!name.isEmpty() && name != QLatin1String("<none>:<none>"))
                names << name;
        }
    }
    names.sort();
    return names;
}

void StageFilesystem::listImages()
{
    // Unversioned path: the engine answers with its own default API version.
    auto *call = new EngineCall(m_endpoint, "GET", "/images/json", this);
    connect(call, &EngineCall::finished, this, [this, call] {
        call->deleteLater();
        if (call->error().isError())
            Q_EMIT imagesListFailed(call->error());
        else
            Q_EMIT imagesListed(imageNames(call->json()));
    });
    call->start();
}

} // namespace stagecraft::engine
