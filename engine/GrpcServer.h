// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GrpcFrameDecoder.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct nghttp2_session;

namespace stagecraft::engine {

/// The server side of gRPC over one HTTP/2 connection that we did not accept ourselves: a
/// BuildKit session, where the engine, after `101 Switching Protocols`, is the HTTP/2 client and
/// calls the services we expose. HTTP/2 framing, HPACK and flow control are nghttp2's (a server
/// session fed from memory, so any byte carrier fits and tests can feed it bytes directly);
/// gRPC's message framing is GrpcFrameDecoder. Pure: no I/O, no Qt, no threads. The owner feeds
/// received bytes with feed(), sends what takeOutput() returns, and answers calls through the
/// Handler. Garbage from the peer makes feed() fail with error(); it never blocks.
class GrpcServer
{
public:
    /// gRPC status codes we send (grpc/grpc doc/statuscodes.md).
    enum Status : int {
        Ok = 0,
        Cancelled = 1,
        Unknown = 2,
        InvalidArgument = 3,
        NotFound = 5,
        Internal = 13,
        Unimplemented = 12,
        Unavailable = 14,
    };

    /// One call: its stream, method ("/moby.filesync.v1.FileSync/DiffCopy") and metadata (the
    /// request's headers other than the pseudo-headers; a key may repeat).
    struct Call
    {
        std::int32_t stream = 0;
        std::string method;
        std::multimap<std::string, std::string> metadata;

        /// Every value of `key`, in the order received.
        [[nodiscard]] std::vector<std::string> values(const std::string &key) const;
    };

    class Handler
    {
    public:
        virtual ~Handler() = default;
        /// A call's headers arrived. Answer with sendMessage()/finish(), now or later.
        virtual void callStarted(const Call &call) = 0;
        /// One request message (protobuf bytes) of the call on `stream`.
        virtual void callMessage(std::int32_t stream, std::string message) = 0;
        /// The client sent its last message on `stream`.
        virtual void callHalfClosed(std::int32_t stream) = 0;
        /// The stream is gone (finished, reset by the peer, or the connection ended);
        /// `errorCode` is the HTTP/2 error code, 0 for a clean end.
        virtual void callClosed(std::int32_t stream, std::uint32_t errorCode) = 0;
    };

    explicit GrpcServer(Handler &handler);
    ~GrpcServer();
    GrpcServer(const GrpcServer &) = delete;
    GrpcServer &operator=(const GrpcServer &) = delete;

    /// Queues our SETTINGS (the server's connection preface). False with error() on failure.
    bool start();
    /// Received bytes. False with error() when the peer's bytes are not HTTP/2 (a wrong preface,
    /// a malformed frame, a protocol violation) or a call's gRPC framing is broken; after that
    /// the connection is unusable and the owner closes it.
    bool feed(std::string_view bytes);
    /// Bytes to send to the peer now (frames, window updates, acknowledgements).
    [[nodiscard]] std::string takeOutput();

    /// Queues one response message on `stream` (the response headers go first, once).
    void sendMessage(std::int32_t stream, std::string_view message);
    /// Ends the call with `status` after the queued messages (grpc-status and grpc-message as
    /// trailers, or a trailers-only response when nothing was sent).
    void finish(std::int32_t stream, int status, std::string_view message = {});
    /// Response bytes queued on `stream` that nghttp2 has not framed yet (flow control); the
    /// owner produces more only while this is low.
    [[nodiscard]] std::size_t pendingBytes(std::int32_t stream) const;
    /// The peer sent GOAWAY or the session can neither read nor write any more.
    [[nodiscard]] bool isClosed() const;
    [[nodiscard]] const std::string &error() const { return m_error; }

private:
    struct Stream
    {
        Call call;
        GrpcFrameDecoder decoder;
        std::string out; ///< framed response bytes not yet handed to nghttp2
        std::size_t outPos = 0;
        bool responded = false; ///< response headers submitted
        bool finished = false;  ///< finish() called
        bool deferred = false;  ///< the data source said "nothing yet"
        int status = Ok;
        std::string statusMessage;
    };
    struct Callbacks;
    friend struct Callbacks;

    Stream *stream(std::int32_t id);
    void submitResponse(std::int32_t id, Stream &s);
    void fail(std::string error);

    Handler &m_handler;
    nghttp2_session *m_session = nullptr;
    std::map<std::int32_t, std::unique_ptr<Stream>> m_streams;
    std::string m_output;
    std::string m_error;
};

} // namespace stagecraft::engine
