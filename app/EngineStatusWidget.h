// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>

namespace stagecraft::app {

class EngineConnection;

/// The engine indicator in the status bar: a coloured dot (green connected, red failed, grey
/// checking) with "Docker 20.10.24 · BuildKit · unix:///var/run/docker.sock" (the engine, the
/// builder a build gets, the endpoint), details and the error's advice in the tooltip. Clicking it
/// asks for the settings.
class EngineStatusWidget : public QToolButton
{
    Q_OBJECT

public:
    explicit EngineStatusWidget(EngineConnection *connection, QWidget *parent = nullptr);

    /// The tooltip text (plain text, one fact per line).
    [[nodiscard]] QString details() const;
    /// The builder a build gets now, translated ("BuildKit", "classic builder").
    [[nodiscard]] QString builderText() const;

Q_SIGNALS:
    void settingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFromConnection();
    /// The tooltip's line about the builder: which one and why.
    [[nodiscard]] QString builderDetails() const;

    EngineConnection *m_connection;
};

} // namespace stagecraft::app
