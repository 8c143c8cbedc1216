// SPDX-License-Identifier: GPL-3.0-or-later
#include "SocketTransport.h"

#include <QFile>
#include <QLocalSocket>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>

namespace stagecraft::engine {

SocketTransport::SocketTransport(const EngineEndpoint &endpoint, QObject *parent)
    : EngineTransport(parent)
    , m_endpoint(endpoint)
{
    if (endpoint.kind == EngineEndpoint::Kind::Unix
        || endpoint.kind == EngineEndpoint::Kind::NamedPipe) {
        m_local = new QLocalSocket(this);
        m_device = m_local;
        connect(m_local, &QLocalSocket::connected, this, [this] {
            m_connected = true;
            Q_EMIT connected();
        });
        connect(m_local, &QLocalSocket::errorOccurred, this, &SocketTransport::onLocalError);
        connect(m_local, &QLocalSocket::disconnected, this, &SocketTransport::onDisconnected);
    } else if (endpoint.tls) {
        auto *ssl = new QSslSocket(this);
        QSslConfiguration config = ssl->sslConfiguration();
        config.setPeerVerifyMode(endpoint.tlsVerify ? QSslSocket::VerifyPeer
                                                    : QSslSocket::VerifyNone);
        if (!endpoint.caFile.isEmpty()) {
            const QList<QSslCertificate> cas = QSslCertificate::fromPath(endpoint.caFile);
            if (!cas.isEmpty())
                config.setCaCertificates(cas);
        }
        if (!endpoint.certFile.isEmpty() && !endpoint.keyFile.isEmpty()) {
            const QList<QSslCertificate> certs = QSslCertificate::fromPath(endpoint.certFile);
            QFile keyFile(endpoint.keyFile);
            if (!certs.isEmpty() && keyFile.open(QIODevice::ReadOnly)) {
                const QByteArray pem = keyFile.readAll();
                QSslKey key(pem, QSsl::Rsa);
                if (key.isNull())
                    key = QSslKey(pem, QSsl::Ec);
                config.setLocalCertificate(certs.constFirst());
                config.setPrivateKey(key);
            }
        }
        ssl->setSslConfiguration(config);
        connect(ssl, &QSslSocket::encrypted, this, [this] {
            m_connected = true;
            Q_EMIT connected();
        });
        connect(ssl, &QSslSocket::sslErrors, this, [this, ssl](const QList<QSslError> &errors) {
            if (!m_endpoint.tlsVerify) {
                ssl->ignoreSslErrors(errors);
                return;
            }
            if (!errors.isEmpty())
                fail(EngineError(EngineError::Kind::TlsFailed, errors.constFirst().errorString()));
        });
        m_socket = ssl;
        m_device = ssl;
    } else {
        auto *tcp = new QTcpSocket(this);
        connect(tcp, &QTcpSocket::connected, this, [this] {
            m_connected = true;
            Q_EMIT connected();
        });
        m_socket = tcp;
        m_device = tcp;
    }
    if (m_socket) {
        connect(m_socket, &QAbstractSocket::errorOccurred, this, &SocketTransport::onSocketError);
        connect(m_socket, &QAbstractSocket::disconnected, this, &SocketTransport::onDisconnected);
    }
    connect(m_device, &QIODevice::readyRead, this, [this] {
        if (!m_closed)
            Q_EMIT readyRead();
    });
    connect(m_device, &QIODevice::bytesWritten, this, [this] {
        if (!m_closed)
            Q_EMIT bytesWritten();
    });
}

SocketTransport::~SocketTransport()
{
    m_closed = true;
    if (m_device)
        m_device->disconnect(this);
    if (m_local)
        m_local->abort();
    if (m_socket)
        m_socket->abort();
}

QString SocketTransport::where() const
{
    if (m_local)
        return m_endpoint.path;
    return m_endpoint.host + u':' + QString::number(m_endpoint.port);
}

void SocketTransport::open()
{
    if (m_local) {
        m_local->connectToServer(m_endpoint.path, QIODevice::ReadWrite);
    } else if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
        ssl->connectToHostEncrypted(m_endpoint.host, m_endpoint.port);
    } else if (m_socket) {
        m_socket->connectToHost(m_endpoint.host, m_endpoint.port);
    }
}

void SocketTransport::write(const QByteArray &bytes)
{
    if (!m_closed && m_device)
        m_device->write(bytes);
}

QByteArray SocketTransport::readAll()
{
    return m_device ? m_device->readAll() : QByteArray();
}

qint64 SocketTransport::bytesToWrite() const
{
    return m_device ? m_device->bytesToWrite() : 0;
}

void SocketTransport::close()
{
    if (m_closed)
        return;
    m_closed = true;
    if (m_local)
        m_local->abort();
    if (m_socket)
        m_socket->abort();
}

void SocketTransport::fail(const EngineError &error)
{
    if (m_closed)
        return;
    m_closed = true;
    Q_EMIT failed(error);
}

void SocketTransport::onLocalError()
{
    if (m_closed)
        return;
    switch (m_local->error()) {
    case QLocalSocket::PeerClosedError:
        if (m_connected)
            return; // disconnected() follows and reports the close
        fail(EngineError(EngineError::Kind::NotRunning, where()));
        return;
    case QLocalSocket::ServerNotFoundError:
    case QLocalSocket::ConnectionRefusedError:
        fail(EngineError(m_connected ? EngineError::Kind::ConnectionLost
                                     : EngineError::Kind::NotRunning,
                         where()));
        return;
    case QLocalSocket::SocketAccessError:
        fail(EngineError(EngineError::Kind::PermissionDenied, where()));
        return;
    default:
        break;
    }
    fail(EngineError(m_connected ? EngineError::Kind::ConnectionLost
                                 : EngineError::Kind::ConnectFailed,
                     m_local->errorString()));
}

void SocketTransport::onSocketError()
{
    if (m_closed)
        return;
    switch (m_socket->error()) {
    case QAbstractSocket::RemoteHostClosedError:
        if (m_connected)
            return; // disconnected() follows
        break;
    case QAbstractSocket::ConnectionRefusedError:
        if (!m_connected) {
            fail(EngineError(EngineError::Kind::NotRunning, where()));
            return;
        }
        break;
    case QAbstractSocket::SocketAccessError:
        fail(EngineError(EngineError::Kind::PermissionDenied, where()));
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        fail(EngineError(EngineError::Kind::TlsFailed, m_socket->errorString()));
        return;
    default:
        break;
    }
    fail(EngineError(m_connected ? EngineError::Kind::ConnectionLost
                                 : EngineError::Kind::ConnectFailed,
                     m_socket->errorString()));
}

void SocketTransport::onDisconnected()
{
    if (m_closed)
        return;
    // Anything still buffered is delivered before the close.
    if (m_device && m_device->bytesAvailable() > 0)
        Q_EMIT readyRead();
    if (m_closed)
        return;
    m_closed = true;
    if (m_connected)
        Q_EMIT closed();
    else
        Q_EMIT failed(EngineError(EngineError::Kind::NotRunning, where()));
}

} // namespace stagecraft::engine
