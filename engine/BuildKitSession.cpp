// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuildKitSession.h"

#include "EngineTransport.h"
#include "FileSyncSender.h"

#include "filesync.pb.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QUuid>

// The session endpoint (moby api/server/router/session, buildkit session/manager.go): the
// client POSTs /session with `Upgrade: h2c`, `Connection: Upgrade` and X-Docker-Expose-Session-*
// headers (its ID, a name, a shared key that lets builds of the same directory share the
// engine's copy of it, and one Grpc-Method header per method served); the engine answers
// `101 Switching Protocols`, and from then on the connection is HTTP/2 with the engine as the
// client (no upgrade stream 1: the engine opens with the client preface). The engine calls
// /grpc.health.v1.Health/Check every few seconds and drops a session that stops answering.
// File sync metadata (buildkit session/filesync): dir-name, include-patterns,
// exclude-patterns, followpaths.

namespace stagecraft::engine {

namespace {

const std::string kDiffCopy = "/moby.filesync.v1.FileSync/DiffCopy";
const std::string kHealthCheck = "/grpc.health.v1.Health/Check";
constexpr std::size_t kStreamBuffer = 256 * 1024; ///< produce while less is queued per call
constexpr qint64 kMaxUnwritten = 1024 * 1024;     ///< stop while the socket holds more

} // namespace

/// GrpcServer's calls, answered by the session.
class BuildKitSession::Handler : public GrpcServer::Handler
{
public:
    explicit Handler(BuildKitSession &session)
        : m_session(session)
    { }

    void callStarted(const GrpcServer::Call &call) override
    {
        BuildKitSession &s = m_session;
        if (call.method == kHealthCheck) {
            s.m_health[call.stream] = true;
            return; // answered when its request arrives
        }
        if (call.method != kDiffCopy) {
            s.m_unimplemented << QString::fromStdString(call.method);
            s.m_server->finish(call.stream, GrpcServer::Unimplemented,
                               "unknown service " + call.method);
            return;
        }
        const std::vector<std::string> dirNames = call.values("dir-name");
        const QString dirName
            = dirNames.empty() ? QString() : QString::fromStdString(dirNames.front());
        FileSyncSender::Options options;
        if (dirName == QLatin1String("context")) {
            options.root = s.m_contextDir;
            options.ignore = s.m_ignore;
        } else if (dirName == QLatin1String("dockerfile")) {
            options.root = QFileInfo(s.m_dockerfile).absolutePath();
        } else {
            s.m_server->finish(call.stream, GrpcServer::NotFound,
                               "no access allowed to dir \"" + dirName.toStdString() + '"');
            return;
        }
        options.includes = call.values("include-patterns");
        for (std::string &follow : call.values("followpaths"))
            options.includes.push_back(std::move(follow));
        options.excludes = call.values("exclude-patterns");
        auto sender = std::make_unique<FileSyncSender>(std::move(options));
        if (!sender->scan()) {
            s.m_server->finish(call.stream, GrpcServer::Internal,
                               "cannot read " + sender->error().toStdString());
            return;
        }
        for (const std::string &path : sender->paths())
            s.m_offered << dirName + u'/' + QString::fromStdString(path);
        s.m_syncs[call.stream] = {dirName, std::move(sender)};
    }

    void callMessage(std::int32_t stream, std::string message) override
    {
        BuildKitSession &s = m_session;
        if (s.m_health.count(stream) > 0) {
            stagecraft::filesync::HealthCheckResponse response;
            response.set_status(stagecraft::filesync::HealthCheckResponse::SERVING);
            s.m_server->sendMessage(stream, response.SerializeAsString());
            s.m_server->finish(stream, GrpcServer::Ok);
            return;
        }
        const auto it = s.m_syncs.find(stream);
        if (it == s.m_syncs.end())
            return;
        FileSyncSender &sender = *it->second.second;
        const std::size_t before = sender.requested().size();
        sender.receive(message);
        for (std::size_t i = before; i < sender.requested().size(); ++i)
            s.m_requested << it->second.first + u'/'
                    + QString::fromStdString(sender.requested()[i]);
    }

    void callHalfClosed(std::int32_t) override { }

    void callClosed(std::int32_t stream, std::uint32_t) override
    {
        m_session.m_health.erase(stream);
        m_session.m_syncs.erase(stream);
    }

private:
    BuildKitSession &m_session;
};

BuildKitSession::BuildKitSession(const EngineEndpoint &endpoint, const QString &apiPrefix,
                                 const QString &contextDir, const QString &dockerfile,
                                 const DockerIgnore &ignore, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_apiPrefix(apiPrefix)
    , m_contextDir(QDir::cleanPath(QFileInfo(contextDir).absoluteFilePath()))
    , m_dockerfile(dockerfile)
    , m_ignore(ignore)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    // The same directory gets the same key, so the engine's copy of it from the last build is
    // what the next one diffs against (the CLI derives its key from the directory the same way).
    m_sharedKey = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(QByteArray("stagecraft:") + m_contextDir.toUtf8()),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(32));
    m_upgradeTimer.setSingleShot(true);
    connect(&m_upgradeTimer, &QTimer::timeout, this, [this] {
        fail(EngineError(EngineError::Kind::SessionFailed,
                         QStringLiteral("no answer to POST /session")));
    });
}

BuildKitSession::~BuildKitSession()
{
    close();
}

void BuildKitSession::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Connecting;
    m_transport = EngineTransport::create(m_endpoint, this);
    if (!m_transport) {
        const EngineError error(EngineError::Kind::InvalidEndpoint, m_endpoint.url);
        QMetaObject::invokeMethod(
            this, [this, error] { fail(error); }, Qt::QueuedConnection);
        return;
    }
    connect(m_transport, &EngineTransport::connected, this, &BuildKitSession::onConnected);
    connect(m_transport, &EngineTransport::readyRead, this, &BuildKitSession::onReadyRead);
    connect(m_transport, &EngineTransport::bytesWritten, this, &BuildKitSession::pump);
    connect(m_transport, &EngineTransport::closed, this,
            [this] { onTransportEnded(EngineError(EngineError::Kind::ConnectionLost)); });
    connect(m_transport, &EngineTransport::failed, this, &BuildKitSession::onTransportEnded);
    m_upgradeTimer.start(kUpgradeTimeoutMs);
    m_transport->open();
}

void BuildKitSession::close()
{
    m_upgradeTimer.stop();
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->close();
    }
    m_state = State::Closed;
}

void BuildKitSession::onConnected()
{
    m_state = State::Upgrading;
    QByteArray request = "POST " + m_apiPrefix.toUtf8() + "/session HTTP/1.1\r\n"
        + "Host: api.moby.localhost\r\n" + "User-Agent: Stagecraft\r\n" + "Upgrade: h2c\r\n"
        + "Connection: Upgrade\r\n" + "X-Docker-Expose-Session-Uuid: " + m_id.toUtf8() + "\r\n"
        + "X-Docker-Expose-Session-Name: " + QFileInfo(m_contextDir).fileName().toUtf8() + "\r\n"
        + "X-Docker-Expose-Session-Sharedkey: " + m_sharedKey.toUtf8() + "\r\n";
    for (const std::string &method : {kDiffCopy, kHealthCheck})
        request
            += "X-Docker-Expose-Session-Grpc-Method: " + QByteArray::fromStdString(method) + "\r\n";
    request += "Content-Length: 0\r\n\r\n";
    m_transport->write(request);
}

void BuildKitSession::onReadyRead()
{
    if (m_state == State::Upgrading) {
        m_head += m_transport->readAll();
        onUpgradeReply();
        return;
    }
    if (m_state != State::Serving)
        return;
    const QByteArray bytes = m_transport->readAll();
    if (!m_server->feed(
            std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())))) {
        fail(
            EngineError(EngineError::Kind::SessionLost, QString::fromStdString(m_server->error())));
        return;
    }
    pump();
}

void BuildKitSession::onUpgradeReply()
{
    const qsizetype end = m_head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_head.size() > 64 * 1024)
            fail(EngineError(EngineError::Kind::SessionFailed,
                             QStringLiteral("no HTTP reply to POST /session")));
        return;
    }
    const QByteArray statusLine = m_head.left(m_head.indexOf("\r\n"));
    const QList<QByteArray> parts = statusLine.split(' ');
    if (parts.size() < 2 || !parts[0].startsWith("HTTP/1.") || parts[1] != "101") {
        // Podman, an old engine, a proxy: say what it answered (the start of the body too).
        const QByteArray body = m_head.mid(end + 4).left(200).trimmed();
        fail(EngineError(
            EngineError::Kind::SessionFailed,
            QString::fromUtf8(statusLine + (body.isEmpty() ? QByteArray() : ": " + body))));
        return;
    }
    m_upgradeTimer.stop();
    const QByteArray rest = m_head.mid(end + 4);
    m_head.clear();
    m_handler = std::make_unique<Handler>(*this);
    m_server = std::make_unique<GrpcServer>(*m_handler);
    if (!m_server->start()) {
        fail(EngineError(EngineError::Kind::SessionFailed,
                         QString::fromStdString(m_server->error())));
        return;
    }
    m_state = State::Serving;
    if (!rest.isEmpty()
        && !m_server->feed(
            std::string_view(rest.constData(), static_cast<std::size_t>(rest.size())))) {
        fail(
            EngineError(EngineError::Kind::SessionLost, QString::fromStdString(m_server->error())));
        return;
    }
    pump();
    Q_EMIT ready();
}

bool BuildKitSession::fillStreams()
{
    bool produced = false;
    for (auto it = m_syncs.begin(); it != m_syncs.end(); ++it) {
        const std::int32_t stream = it->first;
        FileSyncSender &sender = *it->second.second;
        const quint64 bytesBefore = sender.dataBytesSent();
        const int filesBefore = sender.filesSent();
        while (m_server->pendingBytes(stream) < kStreamBuffer) {
            std::optional<std::string> message = sender.next();
            if (!message)
                break;
            m_server->sendMessage(stream, *message);
            produced = true;
        }
        m_dataBytes += sender.dataBytesSent() - bytesBefore;
        m_filesSent += sender.filesSent() - filesBefore;
        if (sender.isDone()) {
            m_server->finish(stream, GrpcServer::Ok);
        } else if (sender.failed()) {
            // fsutil's sender reports its own failures to the receiver as an ERR packet too.
            if (!sender.failedByPeer()) {
                stagecraft::filesync::Packet error;
                error.set_type(stagecraft::filesync::Packet::PACKET_ERR);
                error.set_data(sender.error().toStdString());
                m_server->sendMessage(stream, error.SerializeAsString());
            }
            m_server->finish(stream, GrpcServer::Unknown, sender.error().toStdString());
        }
    }
    if (produced)
        Q_EMIT progress(m_dataBytes);
    return produced;
}

void BuildKitSession::pump()
{
    if (m_state != State::Serving || m_pumping)
        return;
    m_pumping = true; // a signal handler below may come back here
    for (int round = 0; round < 256 && m_state == State::Serving; ++round) {
        if (m_transport->bytesToWrite() > kMaxUnwritten)
            break;
        const bool produced = fillStreams();
        const std::string out = m_server->takeOutput();
        if (!out.empty())
            m_transport->write(QByteArray(out.data(), static_cast<qsizetype>(out.size())));
        if (out.empty() && !produced)
            break;
    }
    m_pumping = false;
    if (m_state == State::Serving && !m_server->error().empty())
        fail(
            EngineError(EngineError::Kind::SessionLost, QString::fromStdString(m_server->error())));
}

void BuildKitSession::onTransportEnded(const EngineError &error)
{
    if (m_state == State::Serving) {
        fail(EngineError(EngineError::Kind::SessionLost,
                         isTransferring() ? QStringLiteral("closed while sending files")
                                          : QStringLiteral("closed")));
        return;
    }
    if (m_state == State::Upgrading)
        fail(EngineError(EngineError::Kind::SessionFailed,
                         QStringLiteral("the engine closed the connection")));
    else
        fail(error);
}

void BuildKitSession::fail(const EngineError &error)
{
    if (m_state == State::Closed)
        return;
    close();
    Q_EMIT failed(error);
}

} // namespace stagecraft::engine
