// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QRect>

class QDockWidget;
class QMainWindow;
class QSplitter;

namespace stagecraft::app {

/// Where the main window's docks go and what the window remembers of them. The canvas comes
/// first: on a first start (or after View → Reset Layout) the canvas and the editor share the
/// window beside a narrow palette, and every other dock is hidden where it opens (Build, Sizes,
/// Learn and Files tabbed on the right, Diagnostics at the bottom) until it has something to
/// show (reveal()). The layout
/// is remembered (QMainWindow::saveState() with a layout version, in Settings) only once the
/// user changed it: moved, opened, closed or resized a dock, or moved the splitter. The window's
/// geometry is always remembered, and restored onto a screen it fits.
class DockLayout : public QObject
{
    Q_OBJECT

public:
    /// The version saved with the state; a state of another version (an older layout) is
    /// ignored and the first-start layout is used.
    static constexpr int Version = 2;

    struct Docks
    {
        QDockWidget *palette = nullptr;
        QDockWidget *diagnostics = nullptr;
        QDockWidget *build = nullptr;
        QDockWidget *sizes = nullptr;
        QDockWidget *lessons = nullptr;
        QDockWidget *files = nullptr;
    };

    /// Adds `docks` to `window` (hidden, tabbed) and watches them and `splitter` for changes by
    /// the user. Call restore() once the window has its initial size.
    DockLayout(QMainWindow *window, QSplitter *splitter, const Docks &docks);

    /// Restores the remembered geometry (moved onto an available screen) and, when the user had
    /// changed it, the remembered dock layout of this version; otherwise the first-start layout.
    void restore();
    /// Remembers the geometry, and the dock layout when the user changed it (else forgets it).
    void save();
    /// The first-start layout: canvas and editor share the window, every dock hidden; the
    /// remembered layout is forgotten.
    void reset();
    /// Shows and raises `dock` because it has something to show (a build started, a problem
    /// list was asked for). Not a change by the user: it does not make the layout remembered.
    void reveal(QDockWidget *dock);
    /// Shows `dock` when hidden or not on top, else hides it (the status bar's problem count).
    void toggle(QDockWidget *dock);
    /// True once the user changed the layout since the first-start layout.
    [[nodiscard]] bool isCustomized() const { return m_customized; }

    /// Where a window of frame `frame` goes so it is on one of the `available` screen areas:
    /// unchanged when it lies mostly on one; otherwise moved (and shrunk when larger) onto the
    /// area it overlaps most, or the first one.
    [[nodiscard]] static QRect placeOnScreens(const QRect &frame, const QList<QRect> &available);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Puts every dock in its first-start area and tab group.
    void placeDocks();
    void applyFirstStartLayout();
    void markCustomized();
    /// Moves the window onto an available screen when its restored frame is off every screen.
    void keepOnScreen();

    QMainWindow *m_window = nullptr;
    QSplitter *m_splitter = nullptr;
    Docks m_docks;
    bool m_customized = false;
    /// True while the layout is changed by the program (restore, reset, reveal).
    bool m_applying = false;
};

} // namespace stagecraft::app
