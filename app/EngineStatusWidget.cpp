// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineStatusWidget.h"
#include "common/EngineMessages.h"

#include "EngineConnection.h"

#include "engine/EngineClient.h"

#include <QEvent>
#include <QResizeEvent>

#include <QPainter>
#include <QPixmap>
#include <algorithm>

namespace stagecraft::app {

namespace {

QIcon dot(const QColor &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour.darker(140), 1));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(3.5, 3.5, 9, 9));
    return QIcon(pixmap);
}

} // namespace

EngineStatusWidget::EngineStatusWidget(EngineConnection *connection, QWidget *parent)
    : QToolButton(parent)
    , m_connection(connection)
{
    setObjectName(QStringLiteral("engineStatus"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setFocusPolicy(Qt::TabFocus);
    connect(this, &QToolButton::clicked, this, &EngineStatusWidget::settingsRequested);
    connect(m_connection, &EngineConnection::changed, this,
            &EngineStatusWidget::updateFromConnection);
    updateFromConnection();
}

void EngineStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateFromConnection();
    QToolButton::changeEvent(event);
}

void EngineStatusWidget::updateFromConnection()
{
    const engine::EngineEndpoint &endpoint = m_connection->endpoint();
    switch (m_connection->state()) {
    case EngineConnection::State::Unknown:
    case EngineConnection::State::Connecting:
        setIcon(dot(QColor(0x9e, 0x9e, 0x9e)));
        //: Status bar, while Stagecraft checks whether the Docker engine answers
        setFullText(tr("Engine: checking…"));
        break;
    case EngineConnection::State::Connected: {
        const engine::EngineInfo &info = m_connection->info();
        setIcon(dot(QColor(0x2e, 0x9d, 0x4f)));
        //: Status bar: %1 = Docker or Podman, %2 = its version, %3 = the builder in use
        //: ("BuildKit", "classic builder"), %4 = endpoint URL
        setFullText(
            tr("%1 %2 · %3 · %4").arg(info.product, info.version, builderText(), endpoint.url));
        break;
    }
    case EngineConnection::State::Failed:
        setIcon(dot(QColor(0xd3, 0x2f, 0x2f)));
        //: Status bar: %1 = endpoint URL (unix:///var/run/docker.sock)
        setFullText(
            tr("No engine · %1").arg(endpoint.url.isEmpty() ? tr("no endpoint") : endpoint.url));
        break;
    }
    setToolTip(details());
    setAccessibleName(tr("Docker engine status"));
    setAccessibleDescription(toolTip());
}

void EngineStatusWidget::setFullText(const QString &text)
{
    m_fullText = text;
    elide();
    updateGeometry();
}

void EngineStatusWidget::elide()
{
    const int overhead = QToolButton::sizeHint().width() - fontMetrics().horizontalAdvance(text());
    const int room = width() - overhead;
    if (!isVisible() || room >= fontMetrics().horizontalAdvance(m_fullText))
        setText(m_fullText);
    else
        setText(fontMetrics().elidedText(m_fullText, Qt::ElideMiddle, std::max(room, 0)));
}

void EngineStatusWidget::resizeEvent(QResizeEvent *event)
{
    QToolButton::resizeEvent(event);
    elide();
}

QSize EngineStatusWidget::sizeHint() const
{
    const QSize shown = QToolButton::sizeHint();
    return {shown.width() + fontMetrics().horizontalAdvance(m_fullText)
                - fontMetrics().horizontalAdvance(text()),
            shown.height()};
}

QSize EngineStatusWidget::minimumSizeHint() const
{
    const QSize shown = QToolButton::sizeHint();
    const int least = fontMetrics().averageCharWidth() * 12;
    return {std::min(sizeHint().width(),
                     shown.width() - fontMetrics().horizontalAdvance(text()) + least),
            shown.height()};
}

QString EngineStatusWidget::builderText() const
{
    switch (m_connection->builderInUse()) {
    case engine::Builder::BuildKit:
        //: Status bar: the builder in use. BuildKit is a product name.
        return m_connection->offersBuildKit() ? tr("BuildKit") : tr("BuildKit (not offered)");
    case engine::Builder::Classic:
        //: Status bar: the builder in use (Docker's legacy builder; Podman's only one)
        return tr("classic builder");
    case engine::Builder::Auto:
        break;
    }
    return {};
}

QString EngineStatusWidget::builderDetails() const
{
    const bool automatic = m_connection->engineSettings().builder.isEmpty()
        || m_connection->engineSettings().builder == engine::builderName(engine::Builder::Auto);
    if (m_connection->builderInUse() == engine::Builder::BuildKit
        && !m_connection->offersBuildKit())
        return tr("Builder: BuildKit, which this engine does not offer: builds will fail. Choose "
                  "\"Automatic\" or the classic builder in the Build dock.");
    if (!automatic)
        //: %1 = "BuildKit" or "classic builder"
        return tr("Builder: %1 (chosen in the Build dock or the settings)").arg(builderText());
    return m_connection->offersBuildKit()
        ? tr("Builder: BuildKit (automatic: the engine offers it)")
        : tr("Builder: classic builder (automatic: the engine does not offer BuildKit)");
}

QString EngineStatusWidget::details() const
{
    const engine::EngineEndpoint &endpoint = m_connection->endpoint();
    QStringList lines;
    switch (m_connection->state()) {
    case EngineConnection::State::Unknown:
    case EngineConnection::State::Connecting:
        lines << tr("Checking the Docker engine…");
        break;
    case EngineConnection::State::Connected: {
        const engine::EngineInfo &info = m_connection->info();
        //: %1 engine name, %2 version, %3 operating system, %4 architecture
        lines << tr("%1 %2 on %3/%4").arg(info.name, info.version, info.os, info.arch);
        lines << tr("API version %1 (engine %2, Stagecraft %3)")
                     .arg(m_connection->apiVersion(), info.apiVersion,
                          QString::fromLatin1(engine::EngineClient::kApiVersion));
        lines << builderDetails();
        break;
    }
    case EngineConnection::State::Failed:
        lines << common::EngineMessages::message(m_connection->error());
        break;
    }
    //: %1 = endpoint URL, %2 = where it came from ("the DOCKER_HOST variable", …)
    lines << tr("Endpoint: %1 (from %2)")
                 .arg(endpoint.url, EngineConnection::describeSource(endpoint.source));
    if (m_connection->state() == EngineConnection::State::Failed) {
        const int seconds = (m_connection->nextCheckMs() + 999) / 1000;
        if (seconds > 0)
            lines << tr("Stagecraft checks again in %n second(s).", nullptr, seconds);
    }
    lines << tr("Click to choose the engine in the settings.");
    return lines.join(u'\n');
}

} // namespace stagecraft::app
