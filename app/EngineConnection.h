// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/Settings.h"
#include "engine/BuildOptions.h"
#include "engine/EngineEndpoint.h"
#include "engine/EngineError.h"
#include "engine/EngineInfo.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace stagecraft::engine {
class EngineCall;
class EngineClient;
} // namespace stagecraft::engine

namespace stagecraft::app {

/// The window's link to the Docker Engine: which endpoint (the settings override, else
/// DOCKER_HOST, the docker context or the platform default), whether the engine answers, and what
/// it is. Never blocks: a check is HEAD /_ping then GET /version, each bounded by short timeouts.
/// After a failure it checks again with a growing delay (2 s, 4 s, … up to a minute); while
/// connected it checks every 30 s, without showing "connecting" in between. Panels that talk to
/// the engine take endpoint() and listen to changed().
class EngineConnection : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Unknown,    ///< not checked yet
        Connecting, ///< a check started by refresh() is running
        Connected,  ///< the engine answered; info() and apiVersion() are set
        Failed,     ///< see error()
    };
    Q_ENUM(State)

    /// Takes the engine settings from Settings; the first check starts with refresh().
    explicit EngineConnection(QObject *parent = nullptr);
    ~EngineConnection() override;

    /// Uses `settings` instead of the stored ones (the settings dialog's "Test connection") and
    /// checks again.
    void setEngineSettings(const Settings::Engine &settings);
    [[nodiscard]] const Settings::Engine &engineSettings() const { return m_settings; }

    /// Resolves the endpoint again (settings, environment, docker context) and checks it now.
    void refresh();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const engine::EngineEndpoint &endpoint() const { return m_endpoint; }
    /// The engine's /version, valid when Connected.
    [[nodiscard]] const engine::EngineInfo &info() const { return m_info; }
    /// The API version used for calls (min(engine, ours)); empty unless Connected.
    [[nodiscard]] const QString &apiVersion() const { return m_apiVersion; }
    /// True when the engine offers BuildKit (EngineClient::offersBuildKit()); valid when Connected.
    [[nodiscard]] bool offersBuildKit() const { return m_offersBuildKit; }
    /// The engine's own version from the ping ("20.10.24+dfsg1"); empty unless Connected.
    [[nodiscard]] const QString &serverVersion() const { return m_serverVersion; }
    /// The builder a build gets now: the settings' choice, Auto resolved by what the engine
    /// offers (BuildKit, else the classic builder). Auto while not Connected.
    [[nodiscard]] engine::Builder builderInUse() const;
    /// Another builder chosen (the Build dock): kept in the settings, announced with changed();
    /// the engine is not checked again.
    void setBuilder(const QString &builderName);
    /// Why the last check failed (None unless Failed).
    [[nodiscard]] const engine::EngineError &error() const { return m_error; }

    /// The delay before the next automatic check (ms), 0 when none is planned.
    [[nodiscard]] int nextCheckMs() const;

    /// Automatic re-checks (on by default). Tests and the settings dialog turn them off.
    void setAutomaticChecks(bool enabled);
    /// The first retry delay after a failure and its cap (ms), and the interval of the checks
    /// while connected.
    void setCheckIntervals(int firstRetryMs, int maxRetryMs, int connectedMs);
    /// Connect and idle timeouts of each request (ms).
    void setTimeouts(int connectMs, int idleMs);

    /// The endpoint `settings` lead to on this system: the override with its TLS choices when
    /// set (tcp:// without a port gets 2375, or 2376 with TLS, as in the docker CLI), else
    /// EngineEndpoint::resolveFromSystem().
    [[nodiscard]] static engine::EngineEndpoint resolve(const Settings::Engine &settings);
    /// Where an endpoint came from, translated ("the DOCKER_HOST variable", …).
    [[nodiscard]] static QString describeSource(const QString &source);

    static constexpr int kDefaultFirstRetryMs = 2'000;
    static constexpr int kDefaultMaxRetryMs = 60'000;
    static constexpr int kDefaultConnectedCheckMs = 30'000;
    static constexpr int kDefaultConnectTimeoutMs = 5'000;
    static constexpr int kDefaultIdleTimeoutMs = 10'000;

Q_SIGNALS:
    /// State, endpoint, engine info or error changed.
    void changed();

private:
    void check(bool quiet);
    void onNegotiated(const engine::EngineError &error);
    void onVersionFinished(engine::EngineCall *call);
    void settle(State state, const engine::EngineInfo &info, const QString &apiVersion,
                const engine::EngineError &error);
    void scheduleNext();
    void abandon();

    Settings::Engine m_settings;
    engine::EngineEndpoint m_endpoint;
    State m_state = State::Unknown;
    engine::EngineInfo m_info;
    QString m_apiVersion;
    bool m_offersBuildKit = false;
    QString m_serverVersion;
    bool m_builderNews = false; ///< the ping's builder facts changed: settle() announces it
    engine::EngineError m_error;

    engine::EngineClient *m_client = nullptr;
    QPointer<engine::EngineCall> m_versionCall;
    QTimer m_timer;
    bool m_automatic = true;
    int m_firstRetryMs = kDefaultFirstRetryMs;
    int m_maxRetryMs = kDefaultMaxRetryMs;
    int m_connectedCheckMs = kDefaultConnectedCheckMs;
    int m_retryMs = 0; ///< current back-off step, 0 before the first failure
    int m_connectTimeoutMs = kDefaultConnectTimeoutMs;
    int m_idleTimeoutMs = kDefaultIdleTimeoutMs;
};

} // namespace stagecraft::app
