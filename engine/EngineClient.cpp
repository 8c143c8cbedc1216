// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineClient.h"

#include "EngineJson.h"

#include "BuildJob.h"
#include "EngineCall.h"
#include "WaitForSignal.h"

#include <QVersionNumber>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

// API version negotiation as the docker CLI does it: the ping's "Api-Version" header gives the
// engine's version; we use min(engine, ours) and refuse engines below our minimum.

namespace stagecraft::engine {

EngineClient::EngineClient(const EngineEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_connectTimeoutMs(EngineCall::kDefaultConnectTimeoutMs)
    , m_idleTimeoutMs(EngineCall::kDefaultIdleTimeoutMs)
{ }

void EngineClient::setTimeouts(int connectMs, int idleMs)
{
    m_connectTimeoutMs = connectMs;
    m_idleTimeoutMs = idleMs;
}

QString EngineClient::prefix() const
{
    const QString version
        = m_apiVersion.isEmpty() ? QString::fromLatin1(kMinimumApiVersion) : m_apiVersion;
    return QStringLiteral("/v") + version;
}

EngineCall *EngineClient::call(const QByteArray &method, const QString &path,
                               const QUrlQuery &query, QObject *parent) const
{
    QByteArray target = prefix().toUtf8() + QUrl::toPercentEncoding(path, "/");
    const QString encodedQuery = query.query(QUrl::FullyEncoded);
    if (!encodedQuery.isEmpty())
        target += '?' + encodedQuery.toUtf8();
    auto *engineCall = new EngineCall(m_endpoint, method, target, parent);
    engineCall->setTimeouts(m_connectTimeoutMs, m_idleTimeoutMs);
    return engineCall;
}

BuildJob *EngineClient::build(const BuildOptions &options, QObject *parent) const
{
    BuildOptions resolved = options;
    resolved.builder = resolveBuilder(options.builder);
    auto *job = new BuildJob(m_endpoint, prefix(), resolved, parent);
    if (options.builder == Builder::BuildKit && !offersBuildKit() && !m_apiVersion.isEmpty())
        job->setStartError(EngineError(EngineError::Kind::BuilderUnavailable, m_engineApiVersion));
    return job;
}

bool EngineClient::offersBuildKit() const
{
    if (m_apiVersion.isEmpty())
        return false;
    if (m_builderVersion == QStringLiteral("2"))
        return true;
    if (!m_builderVersion.isEmpty() || m_libpod)
        return false;
    return QVersionNumber::fromString(m_engineApiVersion) >= QVersionNumber(1, 39);
}

Builder EngineClient::resolveBuilder(Builder requested) const
{
    if (requested != Builder::Auto)
        return requested;
    return offersBuildKit() ? Builder::BuildKit : Builder::Classic;
}

EngineError EngineClient::negotiate()
{
    EngineError result;
    bool done = false;
    const QMetaObject::Connection connection
        = connect(this, &EngineClient::negotiated, this, [&result, &done](const EngineError &e) {
              result = e;
              done = true;
          });
    negotiateAsync();
    if (!done)
        waitForSignal(this, &EngineClient::negotiated, -1);
    disconnect(connection);
    return result;
}

void EngineClient::negotiateAsync()
{
    ++m_negotiationGeneration;
    m_reportPending = false;
    if (m_negotiation) {
        // Abandon the running step: no signal from it, and its socket closes now.
        EngineCall *old = m_negotiation;
        m_negotiation = nullptr;
        old->disconnect(this);
        old->deleteLater();
    }
    if (!m_endpoint.isValid()) {
        // Like every other outcome, reported from the event loop.
        auto *invalid = new EngineCall(m_endpoint, "GET", "/_ping", this);
        startStep(invalid, &EngineClient::onPingFinished);
        return;
    }
    startPing("HEAD");
}

void EngineClient::startStep(EngineCall *engineCall, void (EngineClient::*onFinished)(EngineCall *))
{
    engineCall->setTimeouts(m_connectTimeoutMs, m_idleTimeoutMs);
    m_negotiation = engineCall;
    connect(engineCall, &EngineCall::finished, this, [this, engineCall, onFinished] {
        engineCall->deleteLater();
        if (m_negotiation != engineCall)
            return;
        m_negotiation = nullptr;
        (this->*onFinished)(engineCall);
    });
    engineCall->start();
}

void EngineClient::startPing(const QByteArray &method)
{
    startStep(new EngineCall(m_endpoint, method, "/_ping", this), &EngineClient::onPingFinished);
}

void EngineClient::onPingFinished(EngineCall *ping)
{
    const EngineError error = ping->error();
    if (error.isError()) {
        // Some proxies answer HEAD with 404/405 or garbage: try GET before giving up.
        if (ping->method() == "HEAD"
            && (error.kind() == EngineError::Kind::HttpError
                || error.kind() == EngineError::Kind::GarbageReply
                || error.kind() == EngineError::Kind::ConnectionLost)) {
            startPing("GET");
            return;
        }
        finishNegotiation(error);
        return;
    }
    // BuildKit's presence (see offersBuildKit()).
    m_builderVersion = QString::fromLatin1(ping->header("Builder-Version")).trimmed();
    m_libpod = !ping->header("Libpod-Api-Version").isEmpty();
    const QString server = QString::fromLatin1(ping->header("Server"));
    m_serverVersion = server.startsWith(QStringLiteral("Docker/"))
        ? server.mid(7).section(u' ', 0, 0)
        : QString();
    const QByteArray version = ping->header("Api-Version");
    if (version.isEmpty()) {
        startStep(new EngineCall(m_endpoint, "GET", "/version", this),
                  &EngineClient::onVersionFinished);
        return;
    }
    acceptEngineVersion(version);
}

void EngineClient::onVersionFinished(EngineCall *versionCall)
{
    if (versionCall->error().isError()) {
        finishNegotiation(versionCall->error());
        return;
    }
    acceptEngineVersion(jsonString(versionCall->json(), "ApiVersion").toUtf8());
}

void EngineClient::acceptEngineVersion(const QByteArray &version)
{
    const QVersionNumber engine = QVersionNumber::fromString(QString::fromLatin1(version));
    if (engine.isNull()) {
        finishNegotiation(
            EngineError(EngineError::Kind::GarbageReply, QStringLiteral("Api-Version")));
        return;
    }
    m_engineApiVersion = engine.toString();
    const QVersionNumber ours = QVersionNumber::fromString(QString::fromLatin1(kApiVersion));
    const QVersionNumber minimum
        = QVersionNumber::fromString(QString::fromLatin1(kMinimumApiVersion));
    if (engine < minimum) {
        finishNegotiation(EngineError(EngineError::Kind::ApiTooOld, m_engineApiVersion));
        return;
    }
    m_apiVersion = (engine < ours ? engine : ours).toString();
    finishNegotiation({});
}

void EngineClient::finishNegotiation(const EngineError &error)
{
    // A transport may fail inside start() (no such socket): report from the event loop all the
    // same, and not at all when a newer negotiateAsync() has replaced this one meanwhile.
    const quint64 generation = m_negotiationGeneration;
    m_reportPending = true;
    QMetaObject::invokeMethod(
        this,
        [this, generation, error] {
            if (generation != m_negotiationGeneration)
                return;
            m_reportPending = false;
            Q_EMIT negotiated(error);
        },
        Qt::QueuedConnection);
}

EngineClient::Result EngineClient::runSync(EngineCall *engineCall)
{
    std::unique_ptr<EngineCall> owned(engineCall);
    owned->waitForFinished();
    Result result;
    result.error = owned->error();
    result.body = owned->body();
    result.json = owned->json();
    return result;
}

EngineClient::Result EngineClient::versionSync()
{
    return runSync(call("GET", QStringLiteral("/version")));
}

EngineClient::Result EngineClient::infoSync()
{
    return runSync(call("GET", QStringLiteral("/info")));
}

EngineClient::Result EngineClient::inspectImageSync(const QString &image)
{
    return runSync(call("GET", QStringLiteral("/images/") + image + QStringLiteral("/json")));
}

EngineClient::Result EngineClient::imageHistorySync(const QString &image)
{
    return runSync(call("GET", QStringLiteral("/images/") + image + QStringLiteral("/history")));
}

EngineClient::Result EngineClient::removeImageSync(const QString &image, bool force)
{
    QUrlQuery query;
    if (force)
        query.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
    return runSync(call("DELETE", QStringLiteral("/images/") + image, query));
}

EngineClient::Result EngineClient::createContainerSync(const QString &image)
{
    EngineCall *engineCall = call("POST", QStringLiteral("/containers/create"));
    // Never started: the command only has to exist in the config.
    const nlohmann::json body = {{"Image", image.toStdString()},
                                 {"Cmd", nlohmann::json::array({"/stagecraft-never-run"})}};
    engineCall->setBody(jsonBytes(body), "application/json");
    return runSync(engineCall);
}

EngineClient::Result EngineClient::archiveSync(const QString &container, const QString &path)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("path"), path);
    return runSync(call(
        "GET", QStringLiteral("/containers/") + container + QStringLiteral("/archive"), query));
}

EngineClient::Result EngineClient::removeContainerSync(const QString &container)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("v"), QStringLiteral("1"));
    return runSync(call("DELETE", QStringLiteral("/containers/") + container, query));
}

EngineClient::Result EngineClient::listContainersSync()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    return runSync(call("GET", QStringLiteral("/containers/json"), query));
}

EngineClient::ImageSize EngineClient::imageSizeSync(const QString &image)
{
    ImageSize size;
    const Result history = imageHistorySync(image);
    if (!history.ok()) {
        size.error = history.error;
        return size;
    }
    if (history.json.is_array()) {
        for (const nlohmann::json &layer : history.json) {
            const qint64 bytes = jsonInteger(layer, "Size");
            size.layersTotal += bytes;
            if (bytes > 0)
                ++size.layerCount;
        }
    }
    const Result inspect = inspectImageSync(image);
    if (!inspect.ok()) {
        size.error = inspect.error;
        return size;
    }
    size.inspectSize = jsonInteger(inspect.json, "Size");
    return size;
}

QStringList EngineClient::tarEntries(const QByteArray &tar)
{
    QStringList entries;
    struct Deleter
    {
        void operator()(archive *a) const { archive_read_free(a); }
    };
    std::unique_ptr<archive, Deleter> reader(archive_read_new());
    archive_read_support_format_tar(reader.get());
    if (archive_read_open_memory(reader.get(), tar.constData(), static_cast<size_t>(tar.size()))
        != ARCHIVE_OK)
        return entries;
    archive_entry *entry = nullptr;
    while (archive_read_next_header(reader.get(), &entry) == ARCHIVE_OK) {
        QString name = QString::fromUtf8(archive_entry_pathname(entry));
        if (name.endsWith(u'/'))
            name.chop(1);
        entries << name;
        archive_read_data_skip(reader.get());
    }
    entries.sort();
    return entries;
}

} // namespace stagecraft::engine
