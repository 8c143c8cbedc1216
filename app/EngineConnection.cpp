// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineConnection.h"

#include "engine/EngineCall.h"
#include "engine/EngineClient.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace stagecraft::app {

EngineConnection::EngineConnection(QObject *parent)
    : QObject(parent)
    , m_settings(Settings::engine())
    , m_endpoint(resolve(m_settings))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { check(true); });
}

EngineConnection::~EngineConnection()
{
    abandon();
}

void EngineConnection::setEngineSettings(const Settings::Engine &settings)
{
    m_settings = settings;
    refresh();
}

void EngineConnection::setBuilder(const QString &builderName)
{
    if (builderName == m_settings.builder)
        return;
    m_settings.builder = builderName;
    Settings::Engine stored = Settings::engine();
    stored.builder = builderName;
    Settings::setEngine(stored);
    Q_EMIT changed();
}

engine::Builder EngineConnection::builderInUse() const
{
    engine::Builder builder = engine::Builder::Auto;
    (void)engine::builderFromName(m_settings.builder, builder);
    if (builder != engine::Builder::Auto || m_state != State::Connected)
        return builder;
    return m_offersBuildKit ? engine::Builder::BuildKit : engine::Builder::Classic;
}

void EngineConnection::setAutomaticChecks(bool enabled)
{
    m_automatic = enabled;
    if (!enabled)
        m_timer.stop();
}

void EngineConnection::setCheckIntervals(int firstRetryMs, int maxRetryMs, int connectedMs)
{
    m_firstRetryMs = firstRetryMs;
    m_maxRetryMs = maxRetryMs;
    m_connectedCheckMs = connectedMs;
}

void EngineConnection::setTimeouts(int connectMs, int idleMs)
{
    m_connectTimeoutMs = connectMs;
    m_idleTimeoutMs = idleMs;
}

int EngineConnection::nextCheckMs() const
{
    return m_timer.isActive() ? m_timer.interval() : 0;
}

void EngineConnection::refresh()
{
    m_retryMs = 0;
    check(false);
}

void EngineConnection::abandon()
{
    m_timer.stop();
    if (m_versionCall) {
        m_versionCall->disconnect(this);
        m_versionCall->deleteLater();
        m_versionCall = nullptr;
    }
    if (m_client) {
        // Deleting the client abandons a running negotiation (its calls are its children).
        m_client->disconnect(this);
        m_client->deleteLater();
        m_client = nullptr;
    }
}

void EngineConnection::check(bool quiet)
{
    abandon();
    const engine::EngineEndpoint endpoint = resolve(m_settings);
    const bool moved = endpoint.url != m_endpoint.url || endpoint.source != m_endpoint.source;
    m_endpoint = endpoint;
    if (!quiet || moved || m_state == State::Unknown) {
        // A check the user asked for (or of another endpoint) shows itself.
        m_state = State::Connecting;
        m_info = {};
        m_apiVersion.clear();
        m_error = {};
        Q_EMIT changed();
    }
    m_client = new engine::EngineClient(m_endpoint, this);
    m_client->setTimeouts(m_connectTimeoutMs, m_idleTimeoutMs);
    connect(m_client, &engine::EngineClient::negotiated, this, &EngineConnection::onNegotiated);
    m_client->negotiateAsync();
}

void EngineConnection::onNegotiated(const engine::EngineError &error)
{
    if (error.isError()) {
        settle(State::Failed, {}, {}, error);
        return;
    }
    engine::EngineCall *call = m_client->call("GET", u"/version"_s, {}, this);
    m_versionCall = call;
    connect(call, &engine::EngineCall::finished, this, [this, call] { onVersionFinished(call); });
    call->start();
}

void EngineConnection::onVersionFinished(engine::EngineCall *call)
{
    call->deleteLater();
    if (call != m_versionCall)
        return;
    m_versionCall = nullptr;
    if (call->error().isError()) {
        settle(State::Failed, {}, {}, call->error());
        return;
    }
    const engine::EngineInfo info = engine::EngineInfo::fromVersionJson(call->json());
    if (!info.isValid()) {
        settle(State::Failed, {}, {},
               engine::EngineError(engine::EngineError::Kind::GarbageReply, u"GET /version"_s));
        return;
    }
    // What the ping said about builders: the status bar names the one a build gets.
    const bool buildKit = m_client->offersBuildKit();
    const QString serverVersion = m_client->serverVersion();
    m_builderNews = buildKit != m_offersBuildKit || serverVersion != m_serverVersion;
    m_offersBuildKit = buildKit;
    m_serverVersion = serverVersion;
    settle(State::Connected, info, m_client->apiVersion(), {});
}

void EngineConnection::settle(State state, const engine::EngineInfo &info,
                              const QString &apiVersion, const engine::EngineError &error)
{
    const bool same = state == m_state && info.name == m_info.name && info.version == m_info.version
        && info.apiVersion == m_info.apiVersion && info.os == m_info.os && info.arch == m_info.arch
        && apiVersion == m_apiVersion && error.kind() == m_error.kind()
        && error.detail() == m_error.detail() && !m_builderNews;
    m_builderNews = false;
    m_state = state;
    m_info = info;
    m_apiVersion = apiVersion;
    m_error = error;
    if (state == State::Failed)
        m_retryMs = m_retryMs == 0 ? m_firstRetryMs : std::min(m_retryMs * 2, m_maxRetryMs);
    else
        m_retryMs = 0;
    scheduleNext();
    if (!same)
        Q_EMIT changed();
}

void EngineConnection::scheduleNext()
{
    if (!m_automatic)
        return;
    // An endpoint that cannot work until the settings change is not retried.
    if (m_state == State::Failed
        && (m_error.kind() == engine::EngineError::Kind::InvalidEndpoint
            || m_error.kind() == engine::EngineError::Kind::UnsupportedEndpoint))
        return;
    const int delay = m_state == State::Failed ? m_retryMs : m_connectedCheckMs;
    if (delay > 0)
        m_timer.start(delay);
}

engine::EngineEndpoint EngineConnection::resolve(const Settings::Engine &settings)
{
    const QString host = settings.host.trimmed();
    engine::EngineEndpoint endpoint = engine::EngineEndpoint::resolveFromSystem(host);
    if (host.isEmpty() || endpoint.kind != engine::EngineEndpoint::Kind::Tcp)
        return endpoint;
    endpoint.tls = endpoint.tls || settings.tls;
    endpoint.tlsVerify = settings.tlsVerify;
    if (endpoint.tls && !settings.certPath.trimmed().isEmpty()) {
        endpoint.useTlsDirectory(settings.certPath.trimmed(),
                                 [](const QString &path) { return QFileInfo::exists(path); });
    }
    if (endpoint.port == 0)
        endpoint.port = endpoint.tls ? 2376 : 2375;
    return endpoint;
}

QString EngineConnection::describeSource(const QString &source)
{
    if (source == u"DOCKER_HOST"_s)
        return tr("the DOCKER_HOST variable");
    if (source == u"settings"_s)
        return tr("the settings");
    if (source == u"default"_s)
        return tr("the platform default");
    if (source.startsWith(u"context "_s))
        //: %1 = the name of a docker context (docker context ls)
        return tr("the docker context “%1”").arg(source.mid(8));
    return source;
}

} // namespace stagecraft::app
