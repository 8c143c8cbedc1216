// SPDX-License-Identifier: GPL-3.0-or-later
#include "DockLayout.h"

#include "Settings.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSplitter>
#include <QTimer>

#include <algorithm>

namespace stagecraft::app {

namespace {

qint64 area(const QRect &rect)
{
    return rect.isValid() ? qint64(rect.width()) * rect.height() : 0;
}

} // namespace

DockLayout::DockLayout(QMainWindow *window, QSplitter *splitter, const Docks &docks)
    : QObject(window)
    , m_window(window)
    , m_splitter(splitter)
    , m_docks(docks)
{
    m_applying = true;
    // Hidden before they join the layout: docks stacked while the window is still being built
    // raise its height for good (too tall for a 768-px screen).
    for (QDockWidget *dock :
         {docks.palette, docks.build, docks.sizes, docks.diagnostics, docks.lessons, docks.files}) {
        dock->hide();
        dock->installEventFilter(this);
        connect(dock->toggleViewAction(), &QAction::triggered, this, &DockLayout::markCustomized);
        connect(dock, &QDockWidget::dockLocationChanged, this, &DockLayout::markCustomized);
        connect(dock, &QDockWidget::topLevelChanged, this, &DockLayout::markCustomized);
    }
    placeDocks();
    connect(splitter, &QSplitter::splitterMoved, this, &DockLayout::markCustomized);
    m_applying = false;
}

void DockLayout::markCustomized()
{
    if (!m_applying)
        m_customized = true;
}

bool DockLayout::eventFilter(QObject *watched, QEvent *event)
{
    // A dock's own close button (no toggle action is triggered), or a splitter between docks
    // dragged (the dock is resized while nothing else changed).
    if (event->type() == QEvent::Close)
        markCustomized();
    return QObject::eventFilter(watched, event);
}

void DockLayout::placeDocks()
{
    // The panels (Build, Sizes, Learn, Files: tall, a form over a log or a chart) share one
    // tabbed column on the right, which has the window's full height even on a 768-px screen;
    // the problem list, a few lines, sits under the canvas and the editor; the palette on the
    // left.
    m_window->addDockWidget(Qt::LeftDockWidgetArea, m_docks.palette);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_docks.build);
    for (QDockWidget *dock : {m_docks.sizes, m_docks.lessons, m_docks.files})
        m_window->tabifyDockWidget(m_docks.build, dock);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_docks.diagnostics);
}

void DockLayout::applyFirstStartLayout()
{
    m_applying = true;
    for (QDockWidget *dock : {m_docks.palette, m_docks.build, m_docks.sizes, m_docks.diagnostics,
                              m_docks.lessons, m_docks.files}) {
        dock->setFloating(false);
        dock->hide();
    }
    placeDocks();
    // The palette, narrow, is what a first drag onto the canvas starts from.
    m_docks.palette->show();
    const int paletteWidth = std::clamp(m_window->width() / 7, 150, 220);
    m_window->resizeDocks({m_docks.palette}, {paletteWidth}, Qt::Horizontal);
    // The canvas gets the larger share: it is what the application is for.
    const int width = std::max(m_window->width() - paletteWidth, 400);
    m_splitter->setSizes({width * 3 / 5, width * 2 / 5});
    m_applying = false;
}

void DockLayout::restore()
{
    const QByteArray geometry = Settings::windowGeometry();
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    keepOnScreen();
    applyFirstStartLayout();
    const QByteArray state = Settings::windowState();
    if (state.isEmpty())
        return;
    m_applying = true;
    // restoreState() refuses a state saved with another version: the first-start layout stays.
    const bool restored = m_window->restoreState(state, Version);
    if (restored) {
        const QByteArray splitter = Settings::splitterState();
        if (!splitter.isEmpty())
            m_splitter->restoreState(splitter);
    }
    m_customized = restored;
    m_applying = false;
}

void DockLayout::save()
{
    Settings::setWindowGeometry(m_window->saveGeometry());
    if (m_customized) {
        Settings::setWindowState(m_window->saveState(Version));
        Settings::setSplitterState(m_splitter->saveState());
    } else {
        Settings::setWindowState({});
        Settings::setSplitterState({});
    }
}

void DockLayout::reset()
{
    applyFirstStartLayout();
    m_customized = false;
    Settings::setWindowState({});
    Settings::setSplitterState({});
}

void DockLayout::reveal(QDockWidget *dock)
{
    const bool wasHidden = dock->isHidden();
    m_applying = true;
    dock->show();
    dock->raise();
    m_applying = false;
    // A dock opened for the first time takes a third of the width (on the right) or a fifth of
    // the height (at the bottom), no more: once the window has laid it out (its size hint first).
    if (!wasHidden || dock->isFloating())
        return;
    QTimer::singleShot(0, dock, [this, dock] {
        const Qt::DockWidgetArea area = m_window->dockWidgetArea(dock);
        if (area == Qt::RightDockWidgetArea || area == Qt::LeftDockWidgetArea)
            m_window->resizeDocks({dock}, {m_window->width() / 3}, Qt::Horizontal);
        else if (area == Qt::BottomDockWidgetArea || area == Qt::TopDockWidgetArea)
            m_window->resizeDocks({dock}, {m_window->height() / 5}, Qt::Vertical);
    });
}

void DockLayout::toggle(QDockWidget *dock)
{
    // Visible but behind another tab counts as hidden: the click brings it to the front.
    const bool onTop = dock->isVisible() && !dock->visibleRegion().isEmpty();
    if (onTop) {
        dock->hide();
        markCustomized();
        return;
    }
    reveal(dock);
}

QRect DockLayout::placeOnScreens(const QRect &frame, const QList<QRect> &available)
{
    if (available.isEmpty())
        return frame;
    const QRect *best = nullptr;
    qint64 bestOverlap = 0;
    for (const QRect &screen : available) {
        const qint64 overlap = area(screen.intersected(frame));
        if (overlap > bestOverlap) {
            bestOverlap = overlap;
            best = &screen;
        }
    }
    // Mostly on one screen (at least half of it, its title bar reachable): leave it there.
    if (best && bestOverlap * 2 >= area(frame) && best->contains(frame.topLeft() + QPoint(1, 1))
        && frame.width() <= best->width() && frame.height() <= best->height())
        return frame;
    const QRect &screen = best ? *best : available.first();
    QRect placed(frame.topLeft(), frame.size().boundedTo(screen.size()));
    placed.moveLeft(std::clamp(placed.left(), screen.left(), screen.right() - placed.width() + 1));
    placed.moveTop(std::clamp(placed.top(), screen.top(), screen.bottom() - placed.height() + 1));
    return placed;
}

void DockLayout::keepOnScreen()
{
    QList<QRect> available;
    for (const QScreen *screen : QGuiApplication::screens())
        available.append(screen->availableGeometry());
    // Before the first show a window's position is not known yet: only its size must fit the
    // screen it will open on (a first start at 1024×768).
    QRect frame = m_window->frameGeometry();
    if (!m_window->testAttribute(Qt::WA_Moved) && !available.isEmpty()) {
        const QScreen *screen
            = m_window->screen() ? m_window->screen() : QGuiApplication::primaryScreen();
        const QRect area = screen ? screen->availableGeometry() : available.first();
        frame.moveTopLeft(area.topLeft());
    }
    const QRect placed = placeOnScreens(frame, available);
    if (placed == frame)
        return;
    // The frame (title bar and borders) around the client area keeps its size.
    const QSize decoration = frame.size() - m_window->size();
    if (placed.size() != frame.size())
        m_window->resize((placed.size() - decoration).expandedTo(m_window->minimumSizeHint()));
    if (m_window->testAttribute(Qt::WA_Moved))
        m_window->move(placed.topLeft());
}

} // namespace stagecraft::app
