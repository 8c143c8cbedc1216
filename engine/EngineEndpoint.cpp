// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineEndpoint.h"

#include "EngineJson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QUrl>

// The resolution order mirrors the docker CLI (cli/context/store, cli/command/cli.go:
// resolveContextName and the default context's endpoint from DOCKER_HOST / TLS variables).

namespace stagecraft::engine {

namespace {

QString joinPath(const QString &dir, const QString &name)
{
    if (dir.endsWith(u'/'))
        return dir + name;
    return dir + u'/' + name;
}

void applyTlsFiles(EngineEndpoint &endpoint, const QString &dir,
                   const EngineEndpoint::PathExists &exists)
{
    const QString ca = joinPath(dir, QStringLiteral("ca.pem"));
    const QString cert = joinPath(dir, QStringLiteral("cert.pem"));
    const QString key = joinPath(dir, QStringLiteral("key.pem"));
    if (exists(ca))
        endpoint.caFile = ca;
    if (exists(cert) && exists(key)) {
        endpoint.certFile = cert;
        endpoint.keyFile = key;
    }
}

EngineEndpoint platformDefault(const QHash<QString, QString> &env, const QString &home,
                               EngineEndpoint::Platform platform,
                               const EngineEndpoint::PathExists &exists)
{
    const QString source = QStringLiteral("default");
    if (platform == EngineEndpoint::Platform::Windows)
        return EngineEndpoint::fromUrl(QStringLiteral("npipe:////./pipe/docker_engine"), source);
    QStringList candidates;
    if (platform == EngineEndpoint::Platform::MacOS) {
        candidates << joinPath(home, QStringLiteral(".docker/run/docker.sock"))
                   << QStringLiteral("/var/run/docker.sock");
    } else {
        candidates << QStringLiteral("/var/run/docker.sock");
        const QString runtime = env.value(QStringLiteral("XDG_RUNTIME_DIR"));
        if (!runtime.isEmpty()) {
            candidates << joinPath(runtime, QStringLiteral("docker.sock"))
                       << joinPath(runtime, QStringLiteral("podman/podman.sock"));
        }
        candidates << QStringLiteral("/run/podman/podman.sock");
    }
    for (const QString &candidate : std::as_const(candidates)) {
        if (exists(candidate))
            return EngineEndpoint::fromUrl(QStringLiteral("unix://") + candidate, source);
    }
    // Nothing there: name the usual socket so the "not running" message points at it.
    return EngineEndpoint::fromUrl(QStringLiteral("unix://") + candidates.constFirst(), source);
}

} // namespace

EngineEndpoint EngineEndpoint::fromUrl(const QString &url, const QString &source)
{
    EngineEndpoint endpoint;
    endpoint.url = url;
    endpoint.source = source;
    const QString trimmed = url.trimmed();
    const qsizetype schemeEnd = trimmed.indexOf(QStringLiteral("://"));
    if (schemeEnd <= 0) {
        endpoint.error = EngineError(EngineError::Kind::InvalidEndpoint, url);
        return endpoint;
    }
    const QString scheme = trimmed.left(schemeEnd).toLower();
    const QString rest = trimmed.mid(schemeEnd + 3);
    if (scheme == QStringLiteral("unix")) {
        if (rest.isEmpty()) {
            endpoint.error = EngineError(EngineError::Kind::InvalidEndpoint, url);
            return endpoint;
        }
        endpoint.kind = Kind::Unix;
        endpoint.path = rest;
    } else if (scheme == QStringLiteral("npipe")) {
        // npipe:////./pipe/docker_engine -> //./pipe/docker_engine; QLocalSocket takes the
        // bare pipe name on Windows and strips the \\.\pipe\ prefix itself.
        if (rest.isEmpty()) {
            endpoint.error = EngineError(EngineError::Kind::InvalidEndpoint, url);
            return endpoint;
        }
        endpoint.kind = Kind::NamedPipe;
        QString pipe = rest;
        pipe.replace(u'\\', u'/');
        endpoint.path = pipe;
    } else if (scheme == QStringLiteral("tcp") || scheme == QStringLiteral("http")
               || scheme == QStringLiteral("https")) {
        const QUrl parsed(QStringLiteral("tcp://") + rest);
        if (!parsed.isValid() || parsed.host().isEmpty()) {
            endpoint.error = EngineError(EngineError::Kind::InvalidEndpoint, url);
            return endpoint;
        }
        endpoint.kind = Kind::Tcp;
        endpoint.host = parsed.host();
        endpoint.tls = scheme == QStringLiteral("https");
        const int port = parsed.port(-1);
        endpoint.port = port > 0 ? static_cast<quint16>(port) : quint16(0);
    } else if (scheme == QStringLiteral("ssh")) {
        // The docker CLI's form (cli/connhelper/ssh): ssh://[user@]host[:port][/socket path].
        const QUrl parsed(QStringLiteral("ssh://") + rest);
        if (!parsed.isValid() || parsed.host().isEmpty() || parsed.hasQuery()
            || parsed.hasFragment() || !parsed.password().isEmpty()) {
            endpoint.error = EngineError(EngineError::Kind::InvalidEndpoint, url);
            return endpoint;
        }
        endpoint.kind = Kind::Ssh;
        endpoint.host = parsed.host();
        endpoint.user = parsed.userName();
        const int port = parsed.port(-1);
        endpoint.port = port > 0 ? static_cast<quint16>(port) : quint16(0);
        const QString path = parsed.path();
        endpoint.path = path == QStringLiteral("/") ? QString() : path;
    } else if (scheme == QStringLiteral("fd")) {
        endpoint.error = EngineError(EngineError::Kind::UnsupportedEndpoint, url);
    } else {
        endpoint.error = EngineError(EngineError::Kind::InvalidEndpoint, url);
    }
    return endpoint;
}

EngineEndpoint EngineEndpoint::resolve(const QHash<QString, QString> &env, const QString &home,
                                       Platform platform, const FileReader &readFile,
                                       const PathExists &exists)
{
    const QString configDir = env.value(QStringLiteral("DOCKER_CONFIG")).isEmpty()
        ? joinPath(home, QStringLiteral(".docker"))
        : env.value(QStringLiteral("DOCKER_CONFIG"));

    // 1. DOCKER_HOST, with the TLS variables (the CLI's default context).
    const QString dockerHost = env.value(QStringLiteral("DOCKER_HOST")).trimmed();
    if (!dockerHost.isEmpty()) {
        EngineEndpoint endpoint = fromUrl(dockerHost, QStringLiteral("DOCKER_HOST"));
        if (endpoint.kind == Kind::Tcp) {
            const bool verify = !env.value(QStringLiteral("DOCKER_TLS_VERIFY")).isEmpty();
            const bool tls
                = verify || !env.value(QStringLiteral("DOCKER_TLS")).isEmpty() || endpoint.tls;
            endpoint.tls = tls;
            endpoint.tlsVerify = verify;
            if (tls) {
                const QString certPath = env.value(QStringLiteral("DOCKER_CERT_PATH")).isEmpty()
                    ? configDir
                    : env.value(QStringLiteral("DOCKER_CERT_PATH"));
                applyTlsFiles(endpoint, certPath, exists);
            }
            if (endpoint.port == 0)
                endpoint.port = tls ? 2376 : 2375;
        }
        return endpoint;
    }

    // 2./3. DOCKER_CONTEXT, then currentContext from config.json.
    QString context = env.value(QStringLiteral("DOCKER_CONTEXT")).trimmed();
    if (context.isEmpty()) {
        if (const auto config = readFile(joinPath(configDir, QStringLiteral("config.json")))) {
            context = jsonString(parseJson(*config), "currentContext").trimmed();
        }
    }
    if (!context.isEmpty() && context != QStringLiteral("default")) {
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(context.toUtf8(), QCryptographicHash::Sha256).toHex());
        const QString metaPath = joinPath(
            configDir, QStringLiteral("contexts/meta/") + hash + QStringLiteral("/meta.json"));
        const QString source = QStringLiteral("context ") + context;
        const auto meta = readFile(metaPath);
        if (!meta) {
            EngineEndpoint endpoint;
            endpoint.source = source;
            endpoint.url = context;
            endpoint.error = EngineError(EngineError::Kind::InvalidEndpoint,
                                         QStringLiteral("context ") + context);
            return endpoint;
        }
        const nlohmann::json document = parseJson(*meta);
        nlohmann::json docker = nlohmann::json::object();
        if (document.is_object() && document.contains("Endpoints")
            && document["Endpoints"].is_object() && document["Endpoints"].contains("docker"))
            docker = document["Endpoints"]["docker"];
        const QString host = jsonString(docker, "Host");
        EngineEndpoint endpoint = fromUrl(host, source);
        if (host.isEmpty()) {
            endpoint.url = context;
            endpoint.error = EngineError(EngineError::Kind::InvalidEndpoint,
                                         QStringLiteral("context ") + context);
            return endpoint;
        }
        if (endpoint.kind == Kind::Tcp) {
            const QString tlsDir = joinPath(
                configDir, QStringLiteral("contexts/tls/") + hash + QStringLiteral("/docker"));
            applyTlsFiles(endpoint, tlsDir, exists);
            if (!endpoint.caFile.isEmpty() || !endpoint.certFile.isEmpty())
                endpoint.tls = true;
            const auto skip = docker.is_object() ? docker.find("SkipTLSVerify") : docker.end();
            endpoint.tlsVerify = !(skip != docker.end() && skip->is_boolean() && skip->get<bool>());
            if (endpoint.port == 0)
                endpoint.port = endpoint.tls ? 2376 : 2375;
        }
        return endpoint;
    }

    // 4. The platform default.
    return platformDefault(env, home, platform, exists);
}

void EngineEndpoint::useTlsDirectory(const QString &directory, const PathExists &exists)
{
    applyTlsFiles(*this, directory, exists);
}

EngineEndpoint::Platform EngineEndpoint::currentPlatform()
{
#if defined(Q_OS_WIN)
    return Platform::Windows;
#elif defined(Q_OS_MACOS)
    return Platform::MacOS;
#else
    return Platform::Linux;
#endif
}

EngineEndpoint EngineEndpoint::resolveFromSystem(const QString &overrideUrl)
{
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    const QString sshConfig = system.value(QStringLiteral("STAGECRAFT_SSH_CONFIG"));
    if (!overrideUrl.trimmed().isEmpty()) {
        EngineEndpoint endpoint = fromUrl(overrideUrl.trimmed(), QStringLiteral("settings"));
        endpoint.sshConfigFile = sshConfig;
        return endpoint;
    }
    QHash<QString, QString> env;
    const QStringList keys = system.keys();
    for (const QString &key : keys)
        env.insert(key, system.value(key));
    const auto readFile = [](const QString &path) -> std::optional<QByteArray> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        return file.read(4 * 1024 * 1024);
    };
    const auto exists = [](const QString &path) { return QFileInfo::exists(path); };
    EngineEndpoint endpoint = resolve(env, QDir::homePath(), currentPlatform(), readFile, exists);
    endpoint.sshConfigFile = sshConfig;
    return endpoint;
}

} // namespace stagecraft::engine
