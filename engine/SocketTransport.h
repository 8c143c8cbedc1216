// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineTransport.h"

#include <QPointer>

class QAbstractSocket;
class QIODevice;
class QLocalSocket;

namespace stagecraft::engine {

/// EngineTransport over a QLocalSocket (Unix socket, Windows named pipe), a QTcpSocket, or a
/// QSslSocket (tcp:// with TLS: client certificate, CA file, optional verification).
class SocketTransport : public EngineTransport
{
    Q_OBJECT

public:
    SocketTransport(const EngineEndpoint &endpoint, QObject *parent);
    ~SocketTransport() override;

    void open() override;
    void write(const QByteArray &bytes) override;
    [[nodiscard]] QByteArray readAll() override;
    [[nodiscard]] qint64 bytesToWrite() const override;
    void close() override;

private:
    void onLocalError();
    void onSocketError();
    void onDisconnected();
    void fail(const EngineError &error);
    [[nodiscard]] QString where() const;

    EngineEndpoint m_endpoint;
    QLocalSocket *m_local = nullptr;
    QAbstractSocket *m_socket = nullptr;
    QIODevice *m_device = nullptr;
    bool m_connected = false;
    bool m_closed = false;
};

} // namespace stagecraft::engine
