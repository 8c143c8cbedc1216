// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Recorded Docker Engine exchanges for offscreen UI tests.
//
// EngineRecorder is a Unix-socket proxy: the app under test talks to it as to an engine, it
// forwards every byte to the real engine's socket and keeps, per connection, the request line
// ("POST /v1.41/build?…") and the reply bytes as they arrived (chunk by chunk), plus who closed
// first. save() writes them as JSON (tests/data/engine/recordings/*.json).
//
// FakeEngineServer replays such a file on a Unix socket: for each request (read up to the end of
// its body, as dockerd does for /build) it sends the recorded reply of the first unused exchange
// with the same request line — chunk by chunk, a few milliseconds apart, so a build streams the
// way it did — then closes, or stalls when the client had closed first in the recording (a
// cancelled build) until the client goes away. A request with no recording gets a 404 whose
// message names it, so a test fails with a readable reason.

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QLocalServer>
#include <QLocalSocket>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

namespace stagecraft::tests {

/// One HTTP exchange: the request line and the reply bytes in the pieces they arrived in.
struct RecordedExchange
{
    QByteArray request; ///< "METHOD target" (no HTTP version)
    QList<QByteArray> chunks;
    bool clientClosed = false; ///< the client hung up before the engine finished
};

/// A list of exchanges in the order their connections were opened.
struct EngineRecording
{
    QList<RecordedExchange> exchanges;

    /// Loads `path`; false (with `error`) when it is missing or not a recording.
    bool load(const QString &path, QString *error = nullptr)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("cannot read %1").arg(path);
            return false;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        const QJsonArray list = doc.object().value(QStringLiteral("exchanges")).toArray();
        if (list.isEmpty()) {
            if (error)
                *error = QStringLiteral("%1 holds no exchanges").arg(path);
            return false;
        }
        exchanges.clear();
        for (const QJsonValue &value : list) {
            const QJsonObject object = value.toObject();
            RecordedExchange exchange;
            exchange.request = object.value(QStringLiteral("request")).toString().toUtf8();
            exchange.clientClosed = object.value(QStringLiteral("clientClosed")).toBool();
            const bool base64
                = object.value(QStringLiteral("encoding")).toString() == QLatin1String("base64");
            for (const QJsonValue &chunk : object.value(QStringLiteral("chunks")).toArray()) {
                const QString text = chunk.toString();
                exchange.chunks.append(base64 ? QByteArray::fromBase64(text.toLatin1())
                                              : text.toUtf8());
            }
            exchanges.append(exchange);
        }
        return true;
    }

    /// Writes the recording as indented JSON (text chunks when every chunk is UTF-8).
    bool save(const QString &path) const
    {
        QJsonArray list;
        for (const RecordedExchange &exchange : exchanges) {
            bool text = true;
            for (const QByteArray &chunk : exchange.chunks) {
                if (QString::fromUtf8(chunk).toUtf8() != chunk)
                    text = false;
            }
            QJsonArray chunks;
            for (const QByteArray &chunk : exchange.chunks)
                chunks.append(text ? QString::fromUtf8(chunk)
                                   : QString::fromLatin1(chunk.toBase64()));
            QJsonObject object{{QStringLiteral("request"), QString::fromUtf8(exchange.request)},
                               {QStringLiteral("chunks"), chunks}};
            if (!text)
                object.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
            if (exchange.clientClosed)
                object.insert(QStringLiteral("clientClosed"), true);
            list.append(object);
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("exchanges"), list}})
                       .toJson(QJsonDocument::Indented));
        return true;
    }
};

namespace detail {

/// The request line of a complete head in `buffer` ("" until the head is complete).
inline QByteArray requestLine(const QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return {};
    QByteArray line = buffer.left(buffer.indexOf("\r\n"));
    const qsizetype version = line.lastIndexOf(" HTTP/");
    if (version > 0)
        line.truncate(version);
    return line;
}

/// True when `buffer` holds a whole request: the head and its body (Content-Length or chunked).
inline bool requestComplete(const QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QByteArray head = buffer.left(headEnd).toLower();
    const qsizetype bodyStart = headEnd + 4;
    if (head.contains("\r\ntransfer-encoding: chunked"))
        return buffer.endsWith("\r\n0\r\n\r\n") || buffer.size() - bodyStart == 5;
    const qsizetype at = head.indexOf("\r\ncontent-length:");
    if (at < 0)
        return true;
    const qsizetype lineEnd = head.indexOf("\r\n", at + 2);
    const qint64 length
        = head.mid(at + 17, (lineEnd < 0 ? head.size() : lineEnd) - at - 17).trimmed().toLongLong();
    return buffer.size() - bodyStart >= length;
}

} // namespace detail

/// Proxy between the app and a real engine that records every exchange.
class EngineRecorder : public QObject
{
public:
    EngineRecorder(const QString &listenPath, const QString &enginePath)
        : m_enginePath(enginePath)
    {
        QLocalServer::removeServer(listenPath);
        m_ok = m_server.listen(listenPath);
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *client = m_server.nextPendingConnection())
                accept(client);
        });
    }
    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] const EngineRecording &recording() const { return m_recording; }

private:
    void accept(QLocalSocket *client)
    {
        client->setParent(this);
        auto *engine = new QLocalSocket(this);
        const auto index = m_recording.exchanges.size();
        m_recording.exchanges.append(RecordedExchange{});
        auto *pending = new QByteArray; // request bytes read before the engine answered
        auto *head = new QByteArray;    // the request until its head is complete
        connect(engine, &QLocalSocket::connected, this, [engine, pending] {
            engine->write(*pending);
            pending->clear();
        });
        connect(client, &QLocalSocket::readyRead, this, [=, this] {
            const QByteArray bytes = client->readAll();
            if (m_recording.exchanges[index].request.isEmpty()) {
                *head += bytes;
                m_recording.exchanges[index].request = detail::requestLine(*head);
            }
            if (engine->state() == QLocalSocket::ConnectedState)
                engine->write(bytes);
            else
                *pending += bytes;
        });
        connect(engine, &QLocalSocket::readyRead, this, [=, this] {
            const QByteArray bytes = engine->readAll();
            m_recording.exchanges[index].chunks.append(bytes);
            client->write(bytes);
        });
        connect(engine, &QLocalSocket::disconnected, this, [=] {
            client->flush();
            client->disconnectFromServer();
        });
        connect(client, &QLocalSocket::disconnected, this, [=, this] {
            if (engine->state() != QLocalSocket::UnconnectedState) {
                m_recording.exchanges[index].clientClosed = true;
                engine->abort();
            }
            delete pending;
            delete head;
        });
        engine->connectToServer(m_enginePath);
    }

    QLocalServer m_server;
    QString m_enginePath;
    EngineRecording m_recording;
    bool m_ok = false;
};

/// Replays a recording on a Unix socket.
class FakeEngineServer : public QObject
{
public:
    FakeEngineServer(const QString &path, EngineRecording recording, int chunkDelayMs = 2)
        : m_recording(std::move(recording))
        , m_used(m_recording.exchanges.size(), false)
        , m_delayMs(chunkDelayMs)
    {
        QLocalServer::removeServer(path);
        m_ok = m_server.listen(path);
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onRead(socket); });
            }
        });
    }
    [[nodiscard]] bool ok() const { return m_ok; }
    /// Request lines received, in order.
    [[nodiscard]] const QList<QByteArray> &requests() const { return m_requests; }
    /// Request lines that had no recording.
    [[nodiscard]] const QList<QByteArray> &unknownRequests() const { return m_unknown; }
    /// The whole last request whose line starts with `prefix` (head and body).
    [[nodiscard]] QByteArray lastRequest(const QByteArray &prefix) const
    {
        return m_full.value(prefix);
    }

private:
    void onRead(QLocalSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (m_answered.contains(socket) || !detail::requestComplete(buffer))
            return;
        m_answered.insert(socket);
        const QByteArray line = detail::requestLine(buffer);
        m_requests.append(line);
        m_full.insert(line.left(line.indexOf('?')), buffer.left(4096));
        qsizetype found = -1;
        for (qsizetype i = 0; i < m_recording.exchanges.size(); ++i) {
            if (m_recording.exchanges[i].request == line && !m_used[i]) {
                found = i;
                break;
            }
        }
        if (found < 0) { // a repeated call (a second ping): its last recorded reply
            for (qsizetype i = m_recording.exchanges.size() - 1; i >= 0; --i) {
                if (m_recording.exchanges[i].request == line) {
                    found = i;
                    break;
                }
            }
        }
        if (found < 0) {
            m_unknown.append(line);
            const QByteArray body = "{\"message\":\"no recorded reply for " + line + "\"}";
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n"
                          "Content-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromServer();
            return;
        }
        m_used[found] = true;
        send(socket, found, 0);
    }

    void send(QLocalSocket *socket, qsizetype exchange, qsizetype chunk)
    {
        const RecordedExchange &recorded = m_recording.exchanges[exchange];
        QPointer<QLocalSocket> guard(socket);
        if (chunk < recorded.chunks.size()) {
            socket->write(recorded.chunks[chunk]);
            socket->flush();
            QTimer::singleShot(m_delayMs, this, [this, guard, exchange, chunk] {
                if (guard && guard->state() == QLocalSocket::ConnectedState)
                    send(guard, exchange, chunk + 1);
            });
            return;
        }
        if (!recorded.clientClosed)
            socket->disconnectFromServer();
        // else: stall like the engine did, until the client hangs up.
    }

    QLocalServer m_server;
    EngineRecording m_recording;
    QList<bool> m_used;
    int m_delayMs;
    bool m_ok = false;
    QHash<QLocalSocket *, QByteArray> m_buffers;
    QSet<QLocalSocket *> m_answered;
    QList<QByteArray> m_requests;
    QList<QByteArray> m_unknown;
    QHash<QByteArray, QByteArray> m_full;
};

} // namespace stagecraft::tests

namespace stagecraft::tests {

/// A test's engine: replays `recordings/<name>.json` from the test data, or, when the
/// environment variable STAGECRAFT_RECORD_ENGINE names a real engine's socket
/// (e.g. /var/run/docker.sock), records the exchanges through EngineRecorder and writes that file
/// when the session ends. Either way the app talks to `socketPath()`.
class EngineSession
{
public:
    EngineSession(const QString &name, const QString &socketPath, int chunkDelayMs = 2)
        : m_socketPath(socketPath)
        , m_file(QStringLiteral(STAGECRAFT_TEST_DATA_DIR "/engine/recordings/") + name
                 + QStringLiteral(".json"))
    {
        const QString engine = qEnvironmentVariable("STAGECRAFT_RECORD_ENGINE");
        if (!engine.isEmpty()) {
            m_recorder = std::make_unique<EngineRecorder>(socketPath, engine);
            if (!m_recorder->ok())
                m_error = QStringLiteral("cannot listen on %1").arg(socketPath);
            return;
        }
        EngineRecording recording;
        if (!recording.load(m_file, &m_error))
            return;
        m_server = std::make_unique<FakeEngineServer>(socketPath, recording, chunkDelayMs);
        if (!m_server->ok())
            m_error = QStringLiteral("cannot listen on %1").arg(socketPath);
    }
    ~EngineSession()
    {
        if (!m_recorder)
            return;
        // Let the last hang-ups reach the recorder (a cancel closes the client side).
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 500)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        m_recorder->recording().save(m_file);
    }
    EngineSession(const EngineSession &) = delete;
    EngineSession &operator=(const EngineSession &) = delete;

    [[nodiscard]] bool ok() const { return m_error.isEmpty(); }
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] bool isRecording() const { return m_recorder != nullptr; }
    [[nodiscard]] const QString &socketPath() const { return m_socketPath; }
    /// The replaying server (nullptr while recording).
    [[nodiscard]] FakeEngineServer *server() const { return m_server.get(); }

private:
    QString m_socketPath;
    QString m_file;
    QString m_error;
    std::unique_ptr<EngineRecorder> m_recorder;
    std::unique_ptr<FakeEngineServer> m_server;
};

} // namespace stagecraft::tests
