// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImageLayerReader.h"

#include "EngineCall.h"
#include "EngineClient.h"
#include "EngineJson.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QEventLoop>
#include <QList>
#include <QPointer>
#include <QThread>

namespace stagecraft::engine {

struct ImageLayerReader::Outcome
{
    enum class Kind { Finished, Failed, Cancelled } kind = Kind::Failed;
    EngineError error;
    ImageArchive archive;
};

namespace {

/// Runs a call on the worker thread, cancelling it when `cancel` is set.
void runCall(EngineCall *call, const std::atomic<bool> &cancel)
{
    call->start();
    while (!call->isFinished()) {
        if (cancel.load())
            call->cancel();
        else
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
}

/// The body of a streaming call, handed out as libarchive asks: at most the chunks one socket
/// read delivered are queued, so memory stays small whatever the image's size.
class BodyStream
{
public:
    BodyStream(EngineCall *call, const std::atomic<bool> &cancel)
        : m_call(call)
        , m_cancel(cancel)
    {
        QObject::connect(call, &EngineCall::bodyData, call,
                         [this](const QByteArray &bytes) { m_queue.append(bytes); });
    }

    std::int64_t next(const void **buffer)
    {
        m_current.clear();
        while (m_queue.isEmpty()) {
            if (m_cancel.load()) {
                if (!m_call->isFinished())
                    m_call->cancel();
                return -1;
            }
            if (m_call->isFinished())
                return m_call->error().isError() ? -1 : 0;
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        m_current = m_queue.takeFirst();
        *buffer = m_current.constData();
        return m_current.size();
    }

private:
    EngineCall *m_call;
    const std::atomic<bool> &m_cancel;
    QList<QByteArray> m_queue;
    QByteArray m_current;
};

using Report = std::function<void(qint64 bytes, qint64 expected)>;

/// The worker's whole job: negotiate, inspect (for the ID and the expected size), stream.
void readImage(const EngineEndpoint &endpoint, const QString &image,
               const std::atomic<bool> &cancel, const Report &report,
               ImageLayerReader::Outcome &out);

} // namespace

ImageLayerReader::ImageLayerReader(const EngineEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
{ }

ImageLayerReader::~ImageLayerReader()
{
    stopWorker();
}

void ImageLayerReader::stopWorker()
{
    if (!m_thread)
        return;
    disconnect(m_thread.get(), nullptr, this, nullptr);
    m_cancel->store(true);
    if (QAbstractEventDispatcher *dispatcher = m_thread->eventDispatcher())
        dispatcher->wakeUp();
    m_thread->wait();
    m_thread.reset();
    m_outcome.reset();
}

void ImageLayerReader::cancel()
{
    if (!m_thread)
        return;
    m_cancel->store(true);
    if (QAbstractEventDispatcher *dispatcher = m_thread->eventDispatcher())
        dispatcher->wakeUp();
}

void ImageLayerReader::start(const QString &image)
{
    stopWorker();
    auto cancelFlag = std::make_shared<std::atomic<bool>>(false);
    auto outcome = std::make_shared<Outcome>();
    m_cancel = cancelFlag;
    m_outcome = outcome;
    const EngineEndpoint endpoint = m_endpoint;
    QPointer<ImageLayerReader> self(this);
    const Report report = [self](qint64 bytes, qint64 expected) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, bytes, expected] {
                if (self)
                    Q_EMIT self->progress(bytes, expected);
            },
            Qt::QueuedConnection);
    };
    m_thread.reset(
        QThread::create([=] { readImage(endpoint, image, *cancelFlag, report, *outcome); }));
    connect(m_thread.get(), &QThread::finished, this, &ImageLayerReader::onThreadFinished);
    m_thread->start();
}

void ImageLayerReader::onThreadFinished()
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
        m_archive = std::move(outcome->archive);
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

EngineError ImageLayerReader::readSync(const QString &image)
{
    QEventLoop loop;
    EngineError result;
    bool done = false;
    const auto stop = [&] {
        done = true;
        loop.quit();
    };
    connect(this, &ImageLayerReader::finished, &loop, stop);
    connect(this, &ImageLayerReader::failed, &loop, [&](const EngineError &error) {
        result = error;
        stop();
    });
    connect(this, &ImageLayerReader::cancelled, &loop, [&] {
        result = EngineError(EngineError::Kind::Cancelled);
        stop();
    });
    start(image);
    if (!done)
        loop.exec();
    return result;
}

namespace {

void readImage(const EngineEndpoint &endpoint, const QString &image,
               const std::atomic<bool> &cancel, const Report &report,
               ImageLayerReader::Outcome &out)
{
    using Kind = ImageLayerReader::Outcome::Kind;
    EngineClient client(endpoint);
    const EngineError negotiated = client.negotiate();
    if (negotiated.isError()) {
        out.error = negotiated;
        return;
    }
    std::unique_ptr<EngineCall> inspect(
        client.call("GET", QStringLiteral("/images/") + image + QStringLiteral("/json")));
    runCall(inspect.get(), cancel);
    if (cancel.load()) {
        out.kind = Kind::Cancelled;
        return;
    }
    if (inspect->error().isError()) {
        const bool missing = inspect->error().kind() == EngineError::Kind::HttpError
            && inspect->error().httpStatus() == 404;
        out.error = missing ? EngineError(EngineError::Kind::NoSuchImage, image) : inspect->error();
        return;
    }
    const nlohmann::json object = inspect->json();
    const QString imageId = jsonString(object, "Id");
    const qint64 expected = jsonInteger(object, "Size");

    std::unique_ptr<EngineCall> call(
        client.call("GET", QStringLiteral("/images/") + imageId + QStringLiteral("/get")));
    call->setStreaming(true);
    BodyStream body(call.get(), cancel);
    call->start();
    report(0, expected);
    QString archiveError;
    const bool ok = ImageArchiveReader::read(
        [&body](const void **buffer) { return body.next(buffer); }, out.archive, archiveError,
        [&](std::int64_t bytes) { report(bytes, expected); });
    // The archive can end before the body does (padding): read to the end when all went well.
    while (ok && !call->isFinished() && !cancel.load())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!call->isFinished())
        call->cancel();
    if (cancel.load()) {
        out.kind = Kind::Cancelled;
        return;
    }
    if (call->error().isError() && call->error().kind() != EngineError::Kind::Cancelled) {
        out.error = call->error();
        return;
    }
    if (!ok) {
        out.error = EngineError(EngineError::Kind::BadArchive, archiveError);
        return;
    }
    report(out.archive.bytes, expected);
    out.kind = Kind::Finished;
}

} // namespace

} // namespace stagecraft::engine
