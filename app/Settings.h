// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace stagecraft::app {

/// What the window remembers between runs, in QSettings (organization and application name
/// "Stagecraft"): geometry and dock layout, the splitter, which of canvas and editor are shown,
/// recent files, the interface language, the theme and the Docker Engine endpoint override.
class Settings
{
public:
    /// The engine endpoint chosen in the settings dialog. An empty host means automatic
    /// (DOCKER_HOST, the docker context, then the platform default).
    struct Engine
    {
        QString host;          ///< unix://…, tcp://…, npipe://…; empty = automatic
        bool tls = false;      ///< tcp:// over TLS
        bool tlsVerify = true; ///< verify the engine's certificate (TLS only)
        QString certPath;      ///< folder with ca.pem, cert.pem, key.pem; empty = none
        /// The builder: "auto" (BuildKit when the engine offers it), "buildkit", "classic"
        /// (engine::builderName()).
        QString builder = QStringLiteral("auto");
        bool operator==(const Engine &) const = default;
    };

    [[nodiscard]] static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    /// QMainWindow::saveState(): toolbars and docks.
    [[nodiscard]] static QByteArray windowState();
    static void setWindowState(const QByteArray &state);
    [[nodiscard]] static QByteArray splitterState();
    static void setSplitterState(const QByteArray &state);
    [[nodiscard]] static bool canvasVisible();
    static void setCanvasVisible(bool visible);
    [[nodiscard]] static bool editorVisible();
    static void setEditorVisible(bool visible);

    /// Most recent first.
    [[nodiscard]] static QStringList recentFiles();
    static void setRecentFiles(const QStringList &files);

    /// "hi", "en", or empty for the system language.
    [[nodiscard]] static QString language();
    static void setLanguage(const QString &language);

    /// "system", "light" or "dark" (see Theme).
    [[nodiscard]] static QString theme();
    static void setTheme(const QString &theme);

    [[nodiscard]] static Engine engine();
    static void setEngine(const Engine &engine);
};

} // namespace stagecraft::app
