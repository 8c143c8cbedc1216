// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineCall.h"

#include "EngineJson.h"

#include "WaitForSignal.h"

#include "ContextPacker.h"
#include "EngineTransport.h"

#include <QEventLoop>

#include <string>

// Engine API conventions (docs.docker.com/reference/api/engine): HTTP/1.1, any Host (the CLI
// sends "api.moby.localhost" for socket transports), JSON errors as {"message": "..."}.

namespace stagecraft::engine {

namespace {

constexpr qint64 kMaxWriteBuffer = 1024 * 1024; // keep at most this much queued in the socket
constexpr qsizetype kMaxErrorBody = 64 * 1024;

} // namespace

EngineCall::EngineCall(const EngineEndpoint &endpoint, const QByteArray &method,
                       const QByteArray &target, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_method(method)
    , m_target(target)
    , m_parser(method == "HEAD")
{
    m_connectTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        const QString where = m_endpoint.url;
        finish(EngineError(EngineError::Kind::ConnectTimeout, where));
    });
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        finish(EngineError(EngineError::Kind::Timeout, QString::number(m_idleTimeoutMs / 1000.0)));
    });
}

EngineCall::~EngineCall()
{
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->close();
    }
}

void EngineCall::setHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, value});
}

void EngineCall::setBody(const QByteArray &body, const QByteArray &contentType)
{
    m_requestBody = body;
    m_hasBody = true;
    if (!contentType.isEmpty())
        setHeader("Content-Type", contentType);
}

void EngineCall::setBodySource(ContextPacker *packer, const QByteArray &contentType)
{
    m_packer = packer;
    m_hasBody = true;
    if (!contentType.isEmpty())
        setHeader("Content-Type", contentType);
}

void EngineCall::setTimeouts(int connectMs, int idleMs)
{
    m_connectTimeoutMs = connectMs;
    m_idleTimeoutMs = idleMs;
}

void EngineCall::start()
{
    if (m_started)
        return;
    m_started = true;
    m_transport = EngineTransport::create(m_endpoint, this);
    if (!m_transport) {
        // Deliver asynchronously, like every other outcome.
        const EngineError error = m_endpoint.error.isError()
            ? m_endpoint.error
            : EngineError(EngineError::Kind::InvalidEndpoint, m_endpoint.url);
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    connect(m_transport, &EngineTransport::connected, this, &EngineCall::onConnected);
    connect(m_transport, &EngineTransport::readyRead, this, &EngineCall::onReadyRead);
    connect(m_transport, &EngineTransport::bytesWritten, this, [this] {
        touch();
        pumpBody();
    });
    connect(m_transport, &EngineTransport::closed, this, &EngineCall::onClosed);
    connect(m_transport, &EngineTransport::failed, this,
            [this](const EngineError &error) { finish(error); });
    if (m_packer)
        connect(m_packer, &ContextPacker::dataAvailable, this, &EngineCall::pumpBody);
    if (m_connectTimeoutMs > 0)
        m_connectTimer.start(m_connectTimeoutMs);
    m_transport->open();
}

void EngineCall::touch()
{
    if (m_idleTimeoutMs > 0 && !m_finished)
        m_idleTimer.start(m_idleTimeoutMs);
}

void EngineCall::onConnected()
{
    m_connectTimer.stop();
    touch();
    QByteArray head;
    head.reserve(512);
    head += m_method + ' ' + m_target + " HTTP/1.1\r\n";
    head += "Host: api.moby.localhost\r\n";
    head += "User-Agent: Stagecraft\r\n";
    // One exchange per connection: the engine closes after the reply and we never pipeline.
    head += "Connection: close\r\n";
    for (const auto &[name, value] : std::as_const(m_headers))
        head += name + ": " + value + "\r\n";
    if (m_packer) {
        head += "Transfer-Encoding: chunked\r\n";
    } else if (m_hasBody || m_method == "POST" || m_method == "PUT") {
        head += "Content-Length: " + QByteArray::number(m_requestBody.size()) + "\r\n";
    }
    head += "\r\n";
    m_transport->write(head);
    if (!m_packer) {
        if (!m_requestBody.isEmpty())
            m_transport->write(m_requestBody);
        m_bodyDone = true;
        return;
    }
    pumpBody();
}

void EngineCall::pumpBody()
{
    if (!m_packer || m_bodyDone || m_finished || !m_transport)
        return;
    if (m_connectTimer.isActive())
        return; // not connected yet
    while (m_transport && m_transport->bytesToWrite() < kMaxWriteBuffer) {
        const QByteArray chunk = m_packer->take();
        if (chunk.isEmpty()) {
            if (m_packer->atEnd()) {
                const EngineError packError = m_packer->error();
                if (packError.isError()) {
                    finish(packError);
                    return;
                }
                m_transport->write(QByteArrayLiteral("0\r\n\r\n"));
                m_bodyDone = true;
            }
            return;
        }
        m_transport->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
        touch();
    }
}

void EngineCall::onReadyRead()
{
    if (m_finished || !m_transport)
        return;
    touch();
    const QByteArray data = m_transport->readAll();
    std::string decoded;
    m_parser.feed(std::string_view(data.constData(), static_cast<std::size_t>(data.size())),
                  decoded);
    if (!m_headSeen && m_parser.headComplete()) {
        m_headSeen = true;
        Q_EMIT headReceived(m_parser.statusCode());
        if (m_finished)
            return;
    }
    if (!decoded.empty()) {
        const bool stream
            = m_streaming && m_parser.statusCode() >= 200 && m_parser.statusCode() < 300;
        if (stream) {
            Q_EMIT bodyData(QByteArray(decoded.data(), static_cast<qsizetype>(decoded.size())));
            if (m_finished)
                return;
        } else if (m_body.size() < 512 * 1024 * 1024) {
            m_body.append(decoded.data(), static_cast<qsizetype>(decoded.size()));
        }
    }
    if (m_parser.state() == HttpResponseParser::State::Error) {
        finish(EngineError(
            EngineError::Kind::GarbageReply,
            QString::fromStdString(std::string(HttpResponseParser::errorName(m_parser.error())))));
        return;
    }
    if (m_parser.isComplete())
        finish(EngineError());
}

void EngineCall::onClosed()
{
    if (m_finished)
        return;
    m_parser.finish();
    if (m_parser.isComplete()) {
        finish(EngineError());
        return;
    }
    if (m_parser.error() == HttpResponseParser::Error::Truncated || !m_parser.headComplete())
        finish(EngineError(EngineError::Kind::ConnectionLost));
    else
        finish(EngineError(
            EngineError::Kind::GarbageReply,
            QString::fromStdString(std::string(HttpResponseParser::errorName(m_parser.error())))));
}

void EngineCall::cancel()
{
    if (m_finished)
        return;
    finish(EngineError(EngineError::Kind::Cancelled));
}

void EngineCall::finish(const EngineError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_connectTimer.stop();
    m_idleTimer.stop();
    m_error = error;
    if (!m_error.isError() && m_parser.statusCode() >= 400) {
        // Engine errors: {"message": "..."}; fall back to the raw text.
        QString message = jsonString(parseJson(m_body), "message");
        if (message.isEmpty())
            message = QString::fromUtf8(m_body.left(kMaxErrorBody)).trimmed();
        if (message.isEmpty())
            message = QString::fromStdString(m_parser.reason());
        m_error = EngineError(EngineError::Kind::HttpError, message, m_parser.statusCode());
    }
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->close();
        m_transport->deleteLater();
        m_transport = nullptr;
    }
    if (m_packer) {
        m_packer->disconnect(this);
        if (m_error.isError())
            m_packer->cancel();
    }
    Q_EMIT finished();
}

QByteArray EngineCall::header(const QByteArray &name) const
{
    const std::string *value = m_parser.header(
        std::string_view(name.constData(), static_cast<std::size_t>(name.size())));
    return value ? QByteArray(value->data(), static_cast<qsizetype>(value->size())) : QByteArray();
}

nlohmann::json EngineCall::json() const
{
    return parseJson(m_body);
}

bool EngineCall::waitForFinished(int timeoutMs)
{
    if (m_finished)
        return true;
    if (!m_started)
        start();
    if (!m_finished)
        waitForSignal(this, &EngineCall::finished, timeoutMs);
    return m_finished;
}

} // namespace stagecraft::engine
