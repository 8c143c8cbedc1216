// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeSessionEngine.h"

#include <cstring>
#include <memory>

namespace stagecraft::tests {

namespace {

FakeSessionEngine &self(void *userData)
{
    return *static_cast<FakeSessionEngine *>(userData);
}

nghttp2_nv nv(const std::string &name, const std::string &value)
{
    return {reinterpret_cast<uint8_t *>(const_cast<char *>(name.data())),
            reinterpret_cast<uint8_t *>(const_cast<char *>(value.data())), name.size(),
            value.size(), NGHTTP2_NV_FLAG_NONE};
}

} // namespace

struct FakeCallbacks
{
    static int onHeader(nghttp2_session *, const nghttp2_frame *frame, const uint8_t *name,
                        size_t nameLength, const uint8_t *value, size_t valueLength, uint8_t,
                        void *userData)
    {
        auto &reply
            = const_cast<FakeSessionEngine::Reply &>(self(userData).reply(frame->hd.stream_id));
        reply.headers[std::string(reinterpret_cast<const char *>(name), nameLength)]
            = std::string(reinterpret_cast<const char *>(value), valueLength);
        return 0;
    }
    static int onData(nghttp2_session *, uint8_t, int32_t id, const uint8_t *data, size_t length,
                      void *userData)
    {
        auto &reply = const_cast<FakeSessionEngine::Reply &>(self(userData).reply(id));
        reply.data.append(reinterpret_cast<const char *>(data), length);
        return 0;
    }
    static int onClose(nghttp2_session *, int32_t id, uint32_t, void *userData)
    {
        const_cast<FakeSessionEngine::Reply &>(self(userData).reply(id)).closed = true;
        return 0;
    }
    static ssize_t read(nghttp2_session *, int32_t id, uint8_t *buffer, size_t length,
                        uint32_t *flags, nghttp2_data_source *, void *userData)
    {
        auto &reply = const_cast<FakeSessionEngine::Reply &>(self(userData).reply(id));
        if (reply.request.empty()) {
            if (!reply.requestEnded)
                return NGHTTP2_ERR_DEFERRED;
            *flags |= NGHTTP2_DATA_FLAG_EOF;
            return 0;
        }
        const std::size_t n = std::min(length, reply.request.size());
        std::memcpy(buffer, reply.request.data(), n);
        reply.request.erase(0, n);
        return static_cast<ssize_t>(n);
    }
};

FakeSessionEngine::FakeSessionEngine(Mode mode, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_path(m_dir.filePath(QStringLiteral("engine.sock")))
{
    connect(&m_server, &QLocalServer::newConnection, this, &FakeSessionEngine::onConnection);
    m_server.listen(m_path);
    nghttp2_session_callbacks *callbacks = nullptr;
    nghttp2_session_callbacks_new(&callbacks);
    nghttp2_session_callbacks_set_on_header_callback(callbacks, &FakeCallbacks::onHeader);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(callbacks, &FakeCallbacks::onData);
    nghttp2_session_callbacks_set_on_stream_close_callback(callbacks, &FakeCallbacks::onClose);
    nghttp2_session_client_new(&m_client, callbacks, this);
    nghttp2_session_callbacks_del(callbacks);
}

FakeSessionEngine::~FakeSessionEngine()
{
    nghttp2_session_del(m_client);
}

void FakeSessionEngine::onConnection()
{
    QLocalSocket *socket = m_server.nextPendingConnection();
    if (!m_socket) {
        m_socket = socket;
        connect(m_socket, &QLocalSocket::readyRead, this, &FakeSessionEngine::onReadyRead);
        return;
    }
    // Later connections (a build falling back to a tar): their request line, and a 404.
    auto head = std::make_shared<QByteArray>();
    connect(socket, &QLocalSocket::readyRead, this, [this, socket, head] {
        if (head->contains("\r\n\r\n")) {
            (void)socket->readAll();
            return;
        }
        *head += socket->readAll();
        if (!head->contains("\r\n\r\n"))
            return;
        m_laterRequests << head->left(head->indexOf("\r\n"));
        const QByteArray body = "{\"message\":\"not here\"}\n";
        socket->write("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n"
                      "Content-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromServer();
    });
}

void FakeSessionEngine::onReadyRead()
{
    if (!m_upgraded) {
        m_head += m_socket->readAll();
        if (!m_head.contains("\r\n\r\n"))
            return;
        m_upgraded = true;
        if (m_mode == Mode::Refuse) {
            const QByteArray body = "{\"message\":\"page not found\"}\n";
            m_socket->write("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n"
                            "Content-Length: "
                            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            return;
        }
        m_socket->write("HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\n");
        if (m_mode == Mode::Garbage) {
            m_socket->write("GET / HTTP/1.1\r\nHost: nowhere\r\n\r\nnot HTTP/2 at all\r\n");
            return;
        }
        nghttp2_submit_settings(m_client, NGHTTP2_FLAG_NONE, nullptr, 0);
        flush();
        return;
    }
    const QByteArray bytes = m_socket->readAll();
    if (m_mode == Mode::Serve)
        nghttp2_session_mem_recv(m_client, reinterpret_cast<const uint8_t *>(bytes.constData()),
                                 static_cast<std::size_t>(bytes.size()));
    flush();
}

void FakeSessionEngine::flush()
{
    if (!m_socket || m_mode != Mode::Serve)
        return;
    for (;;) {
        const uint8_t *data = nullptr;
        const ssize_t n = nghttp2_session_mem_send(m_client, &data);
        if (n <= 0)
            break;
        m_socket->write(reinterpret_cast<const char *>(data), n);
    }
}

std::int32_t
FakeSessionEngine::call(const std::string &method,
                        const std::vector<std::pair<std::string, std::string>> &metadata,
                        const std::vector<std::string> &messages, bool end)
{
    const std::string post = "POST", scheme = "http", authority = "localhost",
                      contentType = "application/grpc", te = "trailers";
    std::vector<nghttp2_nv> headers{
        nv(":method", post),         nv(":scheme", scheme),           nv(":path", method),
        nv(":authority", authority), nv("content-type", contentType), nv("te", te)};
    for (const auto &[key, value] : metadata)
        headers.push_back(nv(key, value));
    std::string body;
    for (const std::string &message : messages)
        body += engine::GrpcFrameDecoder::encode(message);
    nghttp2_data_provider provider{};
    provider.read_callback = &FakeCallbacks::read;
    const std::int32_t id = nghttp2_submit_request(m_client, nullptr, headers.data(),
                                                   headers.size(), &provider, this);
    m_replies[id].request = body;
    m_replies[id].requestEnded = end;
    flush();
    return id;
}

void FakeSessionEngine::send(std::int32_t stream, const std::string &message, bool end)
{
    Reply &r = m_replies[stream];
    r.request += engine::GrpcFrameDecoder::encode(message);
    r.requestEnded = r.requestEnded || end;
    nghttp2_session_resume_data(m_client, stream);
    flush();
}

std::vector<std::string> FakeSessionEngine::messages(std::int32_t stream)
{
    engine::GrpcFrameDecoder decoder(64 * 1024 * 1024);
    std::vector<std::string> out;
    decoder.feed(m_replies[stream].data, out);
    return out;
}

void FakeSessionEngine::abort()
{
    if (m_socket)
        m_socket->abort();
}

} // namespace stagecraft::tests
