// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
//
// A stand-in for the Docker engine's side of a BuildKit session, for tst_buildkitsession: a
// local socket that answers POST /session as told (refuse, garbage after 101, or a real HTTP/2
// client made with nghttp2 that calls the session's gRPC methods the way the engine does).

#include "engine/GrpcFrameDecoder.h"

#include <QList>
#include <QLocalServer>
#include <QLocalSocket>
#include <QObject>
#include <QTemporaryDir>

#include <nghttp2/nghttp2.h>

#include <map>
#include <string>
#include <vector>

namespace stagecraft::tests {

class FakeSessionEngine : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Refuse, Garbage, Serve };

    struct Reply
    {
        std::string data;                           ///< response DATA, gRPC-framed
        std::map<std::string, std::string> headers; ///< headers and trailers
        bool closed = false;
        std::string request; ///< request bytes not yet sent
        bool requestEnded = false;
    };

    explicit FakeSessionEngine(Mode mode, QObject *parent = nullptr);
    ~FakeSessionEngine() override;

    [[nodiscard]] QString url() const { return QStringLiteral("unix://") + m_path; }
    [[nodiscard]] bool upgraded() const { return m_upgraded; }
    /// The POST /session request as received.
    [[nodiscard]] const QByteArray &requestHead() const { return m_head; }
    /// The request lines of the connections after the first (each answered with a 404).
    [[nodiscard]] const QList<QByteArray> &laterRequests() const { return m_laterRequests; }

    /// Starts a call; `messages` are protobuf bytes sent framed; `end` closes our side.
    std::int32_t call(const std::string &method,
                      const std::vector<std::pair<std::string, std::string>> &metadata,
                      const std::vector<std::string> &messages, bool end);
    /// Sends one more message on `stream` (and optionally ends our side).
    void send(std::int32_t stream, const std::string &message, bool end = false);
    [[nodiscard]] const Reply &reply(std::int32_t stream) { return m_replies[stream]; }
    /// The reply's messages so far (protobuf bytes).
    [[nodiscard]] std::vector<std::string> messages(std::int32_t stream);
    /// Drops the connection at once.
    void abort();

private:
    void onConnection();
    void onReadyRead();
    void flush();

    Mode m_mode;
    QTemporaryDir m_dir;
    QString m_path;
    QLocalServer m_server;
    QLocalSocket *m_socket = nullptr;
    QByteArray m_head;
    QList<QByteArray> m_laterRequests;
    bool m_upgraded = false;
    nghttp2_session *m_client = nullptr;
    std::map<std::int32_t, Reply> m_replies;
};

} // namespace stagecraft::tests
