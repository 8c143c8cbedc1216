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
    /// The whole status text; text() is elided in the middle when the status bar is too narrow
    /// for it (presenter mode's large font, Hindi).
    [[nodiscard]] const QString &fullText() const { return m_fullText; }
    /// As wide as the whole text; it may shrink to about a dozen characters.
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    void settingsRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateFromConnection();
    void setFullText(const QString &text);
    /// Shows fullText(), elided to the width the widget has (only once it is shown).
    void elide();
    /// The tooltip's line about the builder: which one and why.
    [[nodiscard]] QString builderDetails() const;

    EngineConnection *m_connection;
    QString m_fullText;
};

} // namespace stagecraft::app
