// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BuildOptions.h"
#include "EngineEndpoint.h"
#include "EngineError.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

namespace stagecraft::engine {

class BuildJob;
class EngineCall;

/// The Docker Engine API client. Negotiates the API version once (HEAD /_ping, falling back to
/// GET), then prefixes every call with /v{min(engine, ours)}. Asynchronous calls return an
/// EngineCall / BuildJob owned by the caller-given parent; the *Sync helpers run a local event
/// loop and are meant for the CLI and tests (never for the GUI thread during long work).
class EngineClient : public QObject
{
    Q_OBJECT

public:
    /// The API version we speak (Docker 20.10), and the oldest we accept (Docker 1.12).
    static constexpr const char *kApiVersion = "1.41";
    static constexpr const char *kMinimumApiVersion = "1.24";

    explicit EngineClient(const EngineEndpoint &endpoint, QObject *parent = nullptr);

    [[nodiscard]] const EngineEndpoint &endpoint() const { return m_endpoint; }
    /// The negotiated version ("1.41"); empty before negotiate() succeeded.
    [[nodiscard]] const QString &apiVersion() const { return m_apiVersion; }
    /// The engine's own API version from the ping.
    [[nodiscard]] const QString &engineApiVersion() const { return m_engineApiVersion; }
    /// Connect and idle timeouts for plain calls (ms).
    void setTimeouts(int connectMs, int idleMs);

    /// An unstarted call to `path` ("/images/json") under the negotiated version prefix.
    [[nodiscard]] EngineCall *call(const QByteArray &method, const QString &path,
                                   const QUrlQuery &query = {}, QObject *parent = nullptr) const;
    /// An unstarted build under the negotiated version prefix, its builder resolved
    /// (resolveBuilder()). BuildKit asked of an engine without it: the job ends with
    /// BuilderUnavailable when started.
    [[nodiscard]] BuildJob *build(const BuildOptions &options, QObject *parent = nullptr) const;

    /// True when the engine can build with BuildKit: the ping's Builder-Version is "2", or it
    /// names no builder and the engine is a Docker engine (no Libpod-Api-Version) with API
    /// ≥ 1.39. False before negotiation.
    [[nodiscard]] bool offersBuildKit() const;
    /// The builder a build asking for `requested` gets: Auto becomes BuildKit when the engine
    /// offers it, the classic builder otherwise (Podman, a daemon with BuildKit switched off,
    /// an old engine); BuildKit and Classic stay.
    [[nodiscard]] Builder resolveBuilder(Builder requested) const;
    /// The engine's own version from the ping's Server header ("20.10.24+dfsg1" of
    /// "Docker/20.10.24+dfsg1 (linux)"); empty when it names none.
    [[nodiscard]] const QString &serverVersion() const { return m_serverVersion; }
    /// The ping's Builder-Version header ("2", "1", or empty).
    [[nodiscard]] const QString &builderVersion() const { return m_builderVersion; }

    /// Pings and picks the API version, blocking (CLI, tests): negotiateAsync() plus a local
    /// event loop. Errors: NotRunning, PermissionDenied, ApiTooOld, …
    EngineError negotiate();
    /// Starts the same negotiation without blocking: HEAD /_ping (GET when a proxy refuses HEAD),
    /// then GET /version when the ping has no Api-Version header. negotiated() follows exactly
    /// once, from a later event-loop turn. A negotiation still running is abandoned (its
    /// negotiated() never comes).
    void negotiateAsync();
    /// True while negotiateAsync() has not reported yet.
    [[nodiscard]] bool isNegotiating() const { return !m_negotiation.isNull() || m_reportPending; }

    /// Result of a blocking JSON call.
    struct Result
    {
        EngineError error;
        nlohmann::json json; ///< the body as JSON (null when it is not JSON)
        QByteArray body;
        [[nodiscard]] bool ok() const { return !error.isError(); }
    };

    Result versionSync();
    Result infoSync();
    Result inspectImageSync(const QString &image);
    Result imageHistorySync(const QString &image);
    Result removeImageSync(const QString &image, bool force = false);
    /// Creates (never starts) a container from `image`; json holds {"Id": …}.
    Result createContainerSync(const QString &image);
    /// GET /containers/{id}/archive?path=…: body holds the tar.
    Result archiveSync(const QString &container, const QString &path);
    Result removeContainerSync(const QString &container);
    /// GET /containers/json?all=1 (optionally filtered by ancestor image).
    Result listContainersSync();

    /// Image size as users understand it: the sum of the history's layer sizes (portable across
    /// the classic and containerd image stores), and inspect's Size.
    struct ImageSize
    {
        EngineError error;
        qint64 layersTotal = 0; ///< Σ history[].Size
        qint64 inspectSize = 0; ///< inspect .Size
        int layerCount = 0;     ///< history entries with Size > 0
    };
    ImageSize imageSizeSync(const QString &image);

    /// The paths inside a tar (as the archive API returns them), sorted.
    [[nodiscard]] static QStringList tarEntries(const QByteArray &tar);

Q_SIGNALS:
    /// The outcome of negotiateAsync(); no error means apiVersion() is set.
    void negotiated(const stagecraft::engine::EngineError &error);

private:
    void startPing(const QByteArray &method);
    void onPingFinished(EngineCall *ping);
    void onVersionFinished(EngineCall *versionCall);
    /// Picks the API version from the engine's; emits negotiated().
    void acceptEngineVersion(const QByteArray &version);
    /// Tracks `engineCall` as the running step of the negotiation and starts it.
    void startStep(EngineCall *engineCall, void (EngineClient::*onFinished)(EngineCall *));
    void finishNegotiation(const EngineError &error);

    Result runSync(EngineCall *call);
    [[nodiscard]] QString prefix() const;

    EngineEndpoint m_endpoint;
    QString m_apiVersion;
    QString m_engineApiVersion;
    QString m_builderVersion; ///< the ping's Builder-Version
    QString m_serverVersion;  ///< from the ping's Server header
    bool m_libpod = false;    ///< the ping came from Podman (Libpod-Api-Version)
    int m_connectTimeoutMs;
    int m_idleTimeoutMs;
    QPointer<EngineCall> m_negotiation;  ///< the running step of negotiateAsync()
    quint64 m_negotiationGeneration = 0; ///< which negotiateAsync() may still report
    bool m_reportPending = false;        ///< negotiated() is queued
};

} // namespace stagecraft::engine
