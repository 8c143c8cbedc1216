// SPDX-License-Identifier: GPL-3.0-or-later
#include "GrpcServer.h"

#include <nghttp2/nghttp2.h>

#include <algorithm>
#include <cstring>

// gRPC over HTTP/2 (grpc/grpc doc/PROTOCOL-HTTP2.md), server side: a request is HEADERS
// (:method POST, :path /service/method, content-type application/grpc, metadata) then DATA with
// length-prefixed messages; the response is HEADERS (:status 200, content-type), DATA, and
// trailers carrying grpc-status and grpc-message. A call that fails at once gets a
// "trailers-only" response: one HEADERS frame with the status that ends the stream.

namespace stagecraft::engine {

namespace {

nghttp2_nv header(std::string_view name, std::string_view value)
{
    // nghttp2 copies names and values when the frame is submitted (no NO_COPY flag); until then
    // they must live: literals, or strings that outlive the submit call.
    return {reinterpret_cast<uint8_t *>(const_cast<char *>(name.data())),
            reinterpret_cast<uint8_t *>(const_cast<char *>(value.data())), name.size(),
            value.size(), NGHTTP2_NV_FLAG_NONE};
}

/// grpc-message is percent-encoded (printable ASCII except '%' stays as is).
std::string percentEncode(std::string_view text)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte < 0x7F && byte != '%') {
            out.push_back(c);
        } else {
            out.push_back('%');
            out.push_back(hex[byte >> 4]);
            out.push_back(hex[byte & 0xF]);
        }
    }
    return out;
}

} // namespace

std::vector<std::string> GrpcServer::Call::values(const std::string &key) const
{
    std::vector<std::string> out;
    const auto [begin, end] = metadata.equal_range(key);
    for (auto it = begin; it != end; ++it)
        out.push_back(it->second);
    return out;
}

/// nghttp2's callbacks, each forwarding to the GrpcServer in user_data.
struct GrpcServer::Callbacks
{
    static GrpcServer &self(void *userData) { return *static_cast<GrpcServer *>(userData); }

    static int beginHeaders(nghttp2_session *, const nghttp2_frame *frame, void *userData)
    {
        if (frame->hd.type == NGHTTP2_HEADERS && frame->headers.cat == NGHTTP2_HCAT_REQUEST) {
            auto s = std::make_unique<Stream>();
            s->call.stream = frame->hd.stream_id;
            self(userData).m_streams[frame->hd.stream_id] = std::move(s);
        }
        return 0;
    }

    static int onHeader(nghttp2_session *, const nghttp2_frame *frame, const uint8_t *name,
                        size_t nameLength, const uint8_t *value, size_t valueLength, uint8_t,
                        void *userData)
    {
        Stream *s = self(userData).stream(frame->hd.stream_id);
        if (!s || frame->hd.type != NGHTTP2_HEADERS)
            return 0;
        const std::string key(reinterpret_cast<const char *>(name), nameLength);
        std::string text(reinterpret_cast<const char *>(value), valueLength);
        if (key == ":path")
            s->call.method = std::move(text);
        else if (!key.empty() && key.front() != ':')
            s->call.metadata.emplace(key, std::move(text));
        return 0;
    }

    static int frameReceived(nghttp2_session *, const nghttp2_frame *frame, void *userData)
    {
        GrpcServer &server = self(userData);
        const std::int32_t id = frame->hd.stream_id;
        if (frame->hd.type == NGHTTP2_HEADERS && frame->headers.cat == NGHTTP2_HCAT_REQUEST) {
            if (Stream *s = server.stream(id))
                server.m_handler.callStarted(s->call);
        }
        if ((frame->hd.type == NGHTTP2_HEADERS || frame->hd.type == NGHTTP2_DATA)
            && (frame->hd.flags & NGHTTP2_FLAG_END_STREAM) && server.stream(id))
            server.m_handler.callHalfClosed(id);
        return 0;
    }

    static int dataChunk(nghttp2_session *, uint8_t, int32_t id, const uint8_t *data, size_t length,
                         void *userData)
    {
        GrpcServer &server = self(userData);
        Stream *s = server.stream(id);
        if (!s)
            return 0;
        std::vector<std::string> messages;
        if (!s->decoder.feed(std::string_view(reinterpret_cast<const char *>(data), length),
                             messages)) {
            server.finish(id, Internal, s->decoder.error());
            return 0;
        }
        for (std::string &message : messages) {
            server.m_handler.callMessage(id, std::move(message));
            if (!server.stream(id))
                break;
        }
        return 0;
    }

    static int streamClosed(nghttp2_session *, int32_t id, uint32_t errorCode, void *userData)
    {
        GrpcServer &server = self(userData);
        if (server.m_streams.erase(id) > 0)
            server.m_handler.callClosed(id, errorCode);
        return 0;
    }

    static ssize_t readData(nghttp2_session *session, int32_t id, uint8_t *buffer, size_t length,
                            uint32_t *flags, nghttp2_data_source *, void *userData)
    {
        GrpcServer &server = self(userData);
        Stream *s = server.stream(id);
        if (!s)
            return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;
        const std::size_t available = s->out.size() - s->outPos;
        if (available > 0) {
            const std::size_t n = std::min(length, available);
            std::memcpy(buffer, s->out.data() + s->outPos, n);
            s->outPos += n;
            if (s->outPos == s->out.size() || s->outPos > (1u << 20)) {
                s->out.erase(0, s->outPos);
                s->outPos = 0;
            }
            return static_cast<ssize_t>(n);
        }
        if (!s->finished) {
            s->deferred = true;
            return NGHTTP2_ERR_DEFERRED;
        }
        *flags |= NGHTTP2_DATA_FLAG_EOF | NGHTTP2_DATA_FLAG_NO_END_STREAM;
        const std::string status = std::to_string(s->status);
        const std::string message = percentEncode(s->statusMessage);
        std::vector<nghttp2_nv> trailers{header("grpc-status", status)};
        if (!message.empty())
            trailers.push_back(header("grpc-message", message));
        if (nghttp2_submit_trailer(session, id, trailers.data(), trailers.size()) != 0)
            return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;
        return 0;
    }
};

GrpcServer::GrpcServer(Handler &handler)
    : m_handler(handler)
{
    nghttp2_session_callbacks *callbacks = nullptr;
    if (nghttp2_session_callbacks_new(&callbacks) != 0) {
        m_error = "out of memory";
        return;
    }
    nghttp2_session_callbacks_set_on_begin_headers_callback(callbacks, &Callbacks::beginHeaders);
    nghttp2_session_callbacks_set_on_header_callback(callbacks, &Callbacks::onHeader);
    nghttp2_session_callbacks_set_on_frame_recv_callback(callbacks, &Callbacks::frameReceived);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(callbacks, &Callbacks::dataChunk);
    nghttp2_session_callbacks_set_on_stream_close_callback(callbacks, &Callbacks::streamClosed);
    if (nghttp2_session_server_new(&m_session, callbacks, this) != 0)
        m_error = "cannot create an HTTP/2 session";
    nghttp2_session_callbacks_del(callbacks);
}

GrpcServer::~GrpcServer()
{
    // Deleting the session calls no callbacks; the handler may already be half gone.
    if (m_session)
        nghttp2_session_del(m_session);
}

bool GrpcServer::start()
{
    if (!m_session)
        return false;
    // A larger receive window than the default 64 KiB: the engine sends little, but it must
    // never wait on us.
    const nghttp2_settings_entry settings[] = {
        {NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, 100},
        {NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE, 1u << 20},
    };
    const int rv = nghttp2_submit_settings(m_session, NGHTTP2_FLAG_NONE, settings,
                                           sizeof settings / sizeof settings[0]);
    if (rv != 0) {
        fail(nghttp2_strerror(rv));
        return false;
    }
    return true;
}

bool GrpcServer::feed(std::string_view bytes)
{
    if (!m_session || !m_error.empty())
        return false;
    const ssize_t used = nghttp2_session_mem_recv(
        m_session, reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
    if (used < 0) {
        fail(std::string("HTTP/2: ") + nghttp2_strerror(static_cast<int>(used)));
        return false;
    }
    return m_error.empty();
}

std::string GrpcServer::takeOutput()
{
    std::string out;
    if (!m_session)
        return out;
    for (;;) {
        const uint8_t *data = nullptr;
        const ssize_t n = nghttp2_session_mem_send(m_session, &data);
        if (n < 0) {
            fail(std::string("HTTP/2: ") + nghttp2_strerror(static_cast<int>(n)));
            break;
        }
        if (n == 0)
            break;
        out.append(reinterpret_cast<const char *>(data), static_cast<std::size_t>(n));
    }
    return out;
}

GrpcServer::Stream *GrpcServer::stream(std::int32_t id)
{
    const auto it = m_streams.find(id);
    return it == m_streams.end() ? nullptr : it->second.get();
}

void GrpcServer::submitResponse(std::int32_t id, Stream &s)
{
    s.responded = true;
    const std::vector<nghttp2_nv> headers{header(":status", "200"),
                                          header("content-type", "application/grpc")};
    nghttp2_data_provider provider{};
    provider.read_callback = &Callbacks::readData;
    const int rv
        = nghttp2_submit_response(m_session, id, headers.data(), headers.size(), &provider);
    if (rv != 0)
        fail(std::string("HTTP/2: ") + nghttp2_strerror(rv));
}

void GrpcServer::sendMessage(std::int32_t id, std::string_view message)
{
    Stream *s = stream(id);
    if (!s || s->finished || !m_session)
        return;
    s->out += GrpcFrameDecoder::encode(message);
    if (!s->responded) {
        submitResponse(id, *s);
    } else if (s->deferred) {
        s->deferred = false;
        nghttp2_session_resume_data(m_session, id);
    }
}

void GrpcServer::finish(std::int32_t id, int status, std::string_view message)
{
    Stream *s = stream(id);
    if (!s || s->finished || !m_session)
        return;
    s->finished = true;
    s->status = status;
    s->statusMessage = std::string(message);
    if (!s->responded) { // trailers-only
        s->responded = true;
        const std::string code = std::to_string(status);
        const std::string text = percentEncode(message);
        std::vector<nghttp2_nv> headers{header(":status", "200"),
                                        header("content-type", "application/grpc"),
                                        header("grpc-status", code)};
        if (!text.empty())
            headers.push_back(header("grpc-message", text));
        const int rv
            = nghttp2_submit_response(m_session, id, headers.data(), headers.size(), nullptr);
        if (rv != 0)
            fail(std::string("HTTP/2: ") + nghttp2_strerror(rv));
    } else if (s->deferred) {
        s->deferred = false;
        nghttp2_session_resume_data(m_session, id);
    }
}

std::size_t GrpcServer::pendingBytes(std::int32_t id) const
{
    const auto it = m_streams.find(id);
    return it == m_streams.end() ? 0 : it->second->out.size() - it->second->outPos;
}

bool GrpcServer::isClosed() const
{
    return !m_session || !m_error.empty()
        || (!nghttp2_session_want_read(m_session) && !nghttp2_session_want_write(m_session));
}

void GrpcServer::fail(std::string error)
{
    if (m_error.empty())
        m_error = std::move(error);
}

} // namespace stagecraft::engine
