// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace stagecraft::engine {

/// Which builder of the engine runs a build.
enum class Builder {
    Auto,     ///< BuildKit when the engine offers it, the classic builder otherwise
    BuildKit, ///< `version=2`: BuildKit inside the engine (Docker ≥ 18.09, API ≥ 1.39)
    Classic,  ///< `version=1`: the classic builder (deprecated by Docker; Podman's only one)
};

/// "auto", "buildkit", "classic" (settings, the CLI's --builder, reports).
[[nodiscard]] inline QString builderName(Builder builder)
{
    switch (builder) {
    case Builder::BuildKit:
        return QStringLiteral("buildkit");
    case Builder::Classic:
        return QStringLiteral("classic");
    case Builder::Auto:
        break;
    }
    return QStringLiteral("auto");
}

/// The builder named `name` (builderName()); false when the name is unknown.
[[nodiscard]] inline bool builderFromName(const QString &name, Builder &builder)
{
    for (const Builder candidate : {Builder::Auto, Builder::BuildKit, Builder::Classic}) {
        if (name.compare(builderName(candidate), Qt::CaseInsensitive) == 0) {
            builder = candidate;
            return true;
        }
    }
    return false;
}

/// What to build: the parameters of POST /build.
struct BuildOptions
{
    QString contextDir;               ///< the build context directory
    QString dockerfile;               ///< absolute, or relative to contextDir; empty: "Dockerfile"
    QStringList tags;                 ///< `t`, repeatable ("name:tag")
    QMap<QString, QString> buildArgs; ///< `buildargs`
    QMap<QString, QString> labels;    ///< `labels`
    QString target;                   ///< `target`: the stage to stop at
    QString platform;                 ///< `platform` ("linux/amd64"), needs API 1.32
    QString networkMode;  ///< `networkmode` of RUN steps ("none", "host"); empty: default
    bool noCache = false; ///< `nocache`
    bool pull = false;    ///< `pull`
    int idleTimeoutMs = 30 * 60 * 1000; ///< silence allowed between stream messages (long RUNs)
    /// The builder; EngineClient::build() resolves Auto from what the engine offers.
    Builder builder = Builder::Auto;
    /// BuildKit: let the engine pull the context through a session (BuildKitSession), so a
    /// rebuild sends only what changed; false, or a session the engine refuses, sends a tar.
    bool useSession = true;
};

} // namespace stagecraft::engine
