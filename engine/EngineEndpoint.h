// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineError.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>

namespace stagecraft::engine {

/// Where the Docker Engine listens, and how to reach it. A value; resolve() is pure (the
/// environment and the file system come in as arguments) so it is tested without touching the
/// real home directory.
struct EngineEndpoint
{
    enum class Kind { Invalid, Unix, NamedPipe, Tcp, Ssh };
    enum class Platform { Linux, MacOS, Windows };

    /// Reads a file, or nullopt when it cannot be read.
    using FileReader = std::function<std::optional<QByteArray>(const QString &path)>;
    /// True when something exists at the path.
    using PathExists = std::function<bool(const QString &path)>;

    Kind kind = Kind::Invalid;
    QString url;           ///< as the user would write it: unix:///var/run/docker.sock
    QString path;          ///< Unix socket path or pipe name (Unix, NamedPipe); Ssh: the
                           ///< engine's socket on the remote machine, empty for its default
    QString host;          ///< Tcp, Ssh
    quint16 port = 0;      ///< Tcp, Ssh (0: ssh's default or its config's Port)
    QString user;          ///< Ssh: the login name, empty for ssh's default
    QString sshConfigFile; ///< Ssh: `ssh -F` file; empty for ~/.ssh/config (from
                           ///< STAGECRAFT_SSH_CONFIG in resolveFromSystem())
    bool tls = false;      ///< Tcp over TLS
    bool tlsVerify = true; ///< verify the engine's certificate (against caFile when given)
    QString caFile;        ///< PEM files; empty when not used
    QString certFile;
    QString keyFile;
    QString source;    ///< where it came from: "DOCKER_HOST", "context NAME", "default", "settings"
    EngineError error; ///< set when kind is Invalid (InvalidEndpoint or UnsupportedEndpoint)

    [[nodiscard]] bool isValid() const { return kind != Kind::Invalid; }

    /// Takes ca.pem, and cert.pem with key.pem, from `directory` where they exist (the layout
    /// of DOCKER_CERT_PATH).
    void useTlsDirectory(const QString &directory, const PathExists &exists);

    /// Parses unix://, tcp://, npipe:// and ssh://[user@]host[:port][/socket] URLs (fd:// gives
    /// UnsupportedEndpoint). TLS settings are left for the caller.
    [[nodiscard]] static EngineEndpoint fromUrl(const QString &url, const QString &source);

    /// The docker CLI's order: `DOCKER_HOST`, then `DOCKER_CONTEXT`, then `currentContext` in
    /// `$DOCKER_CONFIG/config.json` (default ~/.docker; context metadata in
    /// `contexts/meta/<sha256 of the name>/meta.json`), then the platform default — Linux:
    /// /var/run/docker.sock, $XDG_RUNTIME_DIR/docker.sock (rootless), Podman's
    /// $XDG_RUNTIME_DIR/podman/podman.sock and /run/podman/podman.sock, the first that exists;
    /// macOS: ~/.docker/run/docker.sock then /var/run/docker.sock; Windows:
    /// //./pipe/docker_engine. TLS for tcp:// from DOCKER_TLS_VERIFY / DOCKER_TLS and
    /// DOCKER_CERT_PATH (ca.pem, cert.pem, key.pem), or the context's TLS directory.
    [[nodiscard]] static EngineEndpoint resolve(const QHash<QString, QString> &environment,
                                                const QString &homeDir, Platform platform,
                                                const FileReader &readFile,
                                                const PathExists &exists);

    /// resolve() with this process's environment, home directory and file system. A non-empty
    /// `overrideUrl` (from the settings) wins over everything.
    [[nodiscard]] static EngineEndpoint resolveFromSystem(const QString &overrideUrl = {});

    [[nodiscard]] static Platform currentPlatform();
};

} // namespace stagecraft::engine
