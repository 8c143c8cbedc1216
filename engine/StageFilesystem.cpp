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

using Entry = model::FileEntry;
using EntryType = model::FileType;

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};

Entry entryFrom(archive_entry *header)
{
    Entry entry;
    const char *utf8 = archive_entry_pathname_utf8(header);
    const char *raw = utf8 ? utf8 : archive_entry_pathname(header);
    std::string path = raw ? raw : "";
    // The engine's archive of "/" names entries "/bin/sh"; other tars use "./bin/sh" or "bin/sh".
    if (path.starts_with("./"))
        path.erase(0, 1);
    if (!path.starts_with('/'))
        path.insert(path.begin(), '/');
    while (path.size() > 1 && path.ends_with('/'))
        path.pop_back();
    entry.path = std::move(path);
    const char *hardlink = archive_entry_hardlink(header);
    const mode_t type = archive_entry_filetype(header);
    if (hardlink != nullptr) {
        entry.type = EntryType::Hardlink;
        entry.linkTarget = hardlink;
    } else if (type == AE_IFDIR) {
        entry.type = EntryType::Directory;
    } else if (type == AE_IFLNK) {
        entry.type = EntryType::Symlink;
        const char *target = archive_entry_symlink(header);
        entry.linkTarget = target ? target : "";
    } else if (type == AE_IFREG) {
        entry.type = EntryType::File;
        entry.size = archive_entry_size(header);
    } else {
        entry.type = EntryType::Other;
    }
    entry.mode = static_cast<std::uint32_t>(archive_entry_perm(header)) & 07777u;
    entry.mtime = static_cast<std::int64_t>(archive_entry_mtime(header));
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
        if (entry.path != "/") {
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
    EngineError error;
    model::FileListing listing;
};

namespace {

using Cache = QHash<QString, std::shared_ptr<const std::vector<Entry>>>;
using Report = std::function<void(qint64 bytes, qint64 expected, int entries)>;
using Status = std::function<void(StageFilesystem::Phase, const QString &)>;

class Worker
{
public:
    Worker(const EngineEndpoint &endpoint, const std::atomic<bool> &cancel, Report report,
           Status status)
        : m_client(endpoint)
        , m_cancel(cancel)
        , m_report(std::move(report))
        , m_status(std::move(status))
    { }

    /// Image ID and size; empty ID with `error` set on failure.
    QString inspect(const QString &image, qint64 &size, EngineError &error)
    {
        std::unique_ptr<EngineCall> call(
            m_client.call("GET", QStringLiteral("/images/") + image + QStringLiteral("/json")));
        runCall(call.get(), &m_cancel);
        if (call->error().isError()) {
            error = call->error().kind() == EngineError::Kind::HttpError
                    && call->error().httpStatus() == 404
                ? EngineError(EngineError::Kind::NoSuchImage, image)
                : call->error();
            return {};
        }
        const nlohmann::json object = call->json();
        size = jsonInteger(object, "Size");
        return jsonString(object, "Id");
    }

    /// The entries of `imageId`'s filesystem; false with `error` (None when cancelled).
    bool list(const QString &imageId, qint64 expected, std::vector<Entry> &entries,
              qint64 &archiveBytes, EngineError &error)
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
            error = create->error();
            return false;
        }
        const QString container = jsonString(create->json(), "Id");
        if (container.isEmpty()) {
            error = EngineError(EngineError::Kind::NoContainer, imageId);
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
            error = EngineError(EngineError::Kind::ContainerNotRemoved, container);
            error.setCause(remove->error());
            return false;
        }
        return ok;
    }

    EngineClient m_client;

private:
    bool readArchive(const QString &container, qint64 expected, std::vector<Entry> &entries,
                     qint64 &archiveBytes, EngineError &error)
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
            error = {};
            return false;
        }
        if (!stoppedEarly && call->error().isError()) {
            error = call->error();
            return false;
        }
        if (!ok) {
            error = EngineError(EngineError::Kind::BadArchive, archiveError);
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
    const auto status = [self](Phase phase, const QString &about) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, phase, about] {
                if (self)
                    Q_EMIT self->phaseChanged(phase, about);
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
            out.error = negotiated;
            return;
        }
        const auto baseUnreadable = [](const EngineError &cause) {
            EngineError error(EngineError::Kind::BaseImageUnreadable);
            error.setCause(cause);
            return error;
        };
        model::FileListing listing;
        listing.image = image.toStdString();
        listing.baseImage = baseImage.toStdString();
        qint64 expected = 0;
        EngineError error;
        status(Phase::Inspecting, image);
        const QString imageId = worker.inspect(image, expected, error);
        if (stopped())
            return;
        if (imageId.isEmpty()) {
            out.error = error;
            return;
        }
        listing.imageId = imageId.toStdString();
        std::shared_ptr<const std::vector<Entry>> baseEntries;
        qint64 baseSize = 0;
        QString baseId;
        if (!baseImage.isEmpty()) {
            baseId = worker.inspect(baseImage, baseSize, error);
            if (stopped())
                return;
            if (baseId.isEmpty()) {
                out.error = baseUnreadable(error);
                return;
            }
            listing.baseImageId = baseId.toStdString();
            baseEntries = cache->value(baseId);
        }
        status(Phase::Reading, image);
        std::vector<Entry> entries;
        qint64 archiveBytes = 0;
        if (!worker.list(imageId, expected, entries, archiveBytes, error)) {
            if (!stopped())
                out.error = error;
            return;
        }
        listing.archiveBytes = archiveBytes;
        if (!baseId.isEmpty() && !baseEntries) {
            if (baseId == imageId) {
                baseEntries = std::make_shared<const std::vector<Entry>>(entries);
            } else {
                status(Phase::ReadingBase, baseImage);
                auto read = std::make_shared<std::vector<Entry>>();
                qint64 baseBytes = 0;
                if (!worker.list(baseId, baseSize, *read, baseBytes, error)) {
                    if (!stopped())
                        out.error = baseUnreadable(error);
                    return;
                }
                baseEntries = std::move(read);
            }
            cache->insert(baseId, baseEntries);
        }
        listing.entryCount = static_cast<int>(entries.size());
        listing.root = model::FileTree::build(entries, baseEntries.get());
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
        Q_EMIT failed(outcome->error);
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
