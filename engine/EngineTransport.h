// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineEndpoint.h"
#include "EngineError.h"

#include <QByteArray>
#include <QObject>

namespace stagecraft::engine {

/// A byte stream to the engine: one connection, opened, written, read and closed. The HTTP
/// exchange on top (EngineCall) does not know what carries it, so the carrier can move to
/// QNetworkAccessManager (HTTP over local sockets since Qt 6.8) without touching the API layer.
class EngineTransport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~EngineTransport() override;

    /// Starts connecting; emits connected() or failed().
    virtual void open() = 0;
    /// Queues bytes for sending (only after connected()).
    virtual void write(const QByteArray &bytes) = 0;
    /// Everything received so far.
    [[nodiscard]] virtual QByteArray readAll() = 0;
    /// Bytes queued but not yet handed to the operating system.
    [[nodiscard]] virtual qint64 bytesToWrite() const = 0;
    /// Closes the connection at once (no more signals after this).
    virtual void close() = 0;

    /// A transport for the endpoint: QLocalSocket for unix:// and npipe://, QTcpSocket for
    /// tcp://, QSslSocket for tcp:// with TLS, an ssh process for ssh:// (SshTransport).
    /// nullptr for an invalid endpoint.
    [[nodiscard]] static EngineTransport *create(const EngineEndpoint &endpoint, QObject *parent);

Q_SIGNALS:
    void connected();
    void readyRead();
    void bytesWritten();
    /// The peer closed the connection (after connected()).
    void closed();
    /// Connecting failed, or the connection broke; `error` says why.
    void failed(const stagecraft::engine::EngineError &error);
};

} // namespace stagecraft::engine
