// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineEndpoint.h"
#include "EngineError.h"
#include "HttpResponseParser.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>

#include <memory>

#include <nlohmann/json.hpp>

namespace stagecraft::engine {

class ContextPacker;
class EngineTransport;

/// One HTTP/1.1 exchange with the engine on its own connection: request line and headers
/// (Host `api.moby.localhost`, never `Expect: 100-continue`), an optional body — fixed, or
/// streamed with chunked transfer coding from a ContextPacker — then the response, parsed
/// incrementally. A connect timeout and an idle timeout (no bytes either way) bound every call;
/// cancel() closes the connection. Emits finished() exactly once.
class EngineCall : public QObject
{
    Q_OBJECT

public:
    EngineCall(const EngineEndpoint &endpoint, const QByteArray &method, const QByteArray &target,
               QObject *parent = nullptr);
    ~EngineCall() override;

    void setHeader(const QByteArray &name, const QByteArray &value);
    void setBody(const QByteArray &body, const QByteArray &contentType);
    /// Streams the packer's tar as the body (chunked). The packer must outlive the call.
    void setBodySource(ContextPacker *packer, const QByteArray &contentType);
    /// Milliseconds; 0 disables the idle timeout.
    void setTimeouts(int connectMs, int idleMs);
    /// When true, a 2xx body is delivered through bodyData() as it arrives and not kept.
    void setStreaming(bool streaming) { m_streaming = streaming; }

    /// Connects and sends. Signals may be emitted from the next event-loop turn on.
    void start();
    /// Closes the connection; finished() follows with a Cancelled error (unless already done).
    void cancel();
    /// Runs a local event loop until finished(); false on the (extra) safety timeout.
    bool waitForFinished(int timeoutMs = -1);

    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const EngineError &error() const { return m_error; }
    [[nodiscard]] int statusCode() const { return m_parser.statusCode(); }
    /// Response header value (case-insensitive name), empty when absent.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    /// The body (non-streaming calls, or error replies).
    [[nodiscard]] const QByteArray &body() const { return m_body; }
    /// The body parsed as JSON (a null value when it is not JSON).
    [[nodiscard]] nlohmann::json json() const;
    [[nodiscard]] const QByteArray &method() const { return m_method; }
    [[nodiscard]] const QByteArray &target() const { return m_target; }

    static constexpr int kDefaultConnectTimeoutMs = 10'000;
    static constexpr int kDefaultIdleTimeoutMs = 60'000;

Q_SIGNALS:
    /// The status line and headers arrived.
    void headReceived(int statusCode);
    /// Decoded body bytes of a 2xx streaming reply.
    void bodyData(const QByteArray &bytes);
    void finished();

private:
    void onConnected();
    void onReadyRead();
    void onClosed();
    void pumpBody();
    void finish(const EngineError &error);
    void touch();

    EngineEndpoint m_endpoint;
    QByteArray m_method;
    QByteArray m_target;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_requestBody;
    bool m_hasBody = false;
    QPointer<ContextPacker> m_packer;
    bool m_bodyDone = false;
    bool m_streaming = false;
    int m_connectTimeoutMs = kDefaultConnectTimeoutMs;
    int m_idleTimeoutMs = kDefaultIdleTimeoutMs;

    EngineTransport *m_transport = nullptr;
    QTimer m_connectTimer;
    QTimer m_idleTimer;
    HttpResponseParser m_parser;
    QByteArray m_body;
    bool m_headSeen = false;
    bool m_started = false;
    bool m_finished = false;
    EngineError m_error;
};

} // namespace stagecraft::engine
