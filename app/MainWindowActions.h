// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/Theme.h"

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>

#include <array>
#include <cstddef>

class QAction;
class QActionGroup;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace stagecraft::app {

/// The main window's menus and their actions: File, Edit, View (with Theme and Language) and
/// Help, built with their shortcuts, menu roles and initial check states, put in the window's
/// menu bar, and translated. It knows nothing of what they do: the window connects each action
/// (`action(Id)`) and listens to themeChosen() and languageChosen().
class MainWindowActions : public QObject
{
    Q_OBJECT

public:
    /// Every plain action of the menus (the theme and language entries are groups of their own).
    enum class Id {
        New,
        NewFromTemplate,
        Open,
        Save,
        SaveAs,
        Reload,
        Close,
        Quit,
        Undo,
        Redo,
        Cut,
        Copy,
        Paste,
        SelectAll,
        Find,
        Replace,
        GoToLine,
        Preferences,
        ShowCanvas,
        ShowEditor,
        Presenter,
        NextStage,
        PreviousStage,
        ZoomIn,
        ZoomOut,
        ResetZoom,
        Fit,
        ResetLayout,
        About,
        AboutQt,
    };

    /// Builds the actions and fills `window`'s menu bar; the View menu lists the toggles of
    /// `docks`, in that order, after the canvas and editor toggles. Texts are set by
    /// retranslateUi().
    MainWindowActions(QMainWindow *window, const QList<QDockWidget *> &docks);

    [[nodiscard]] QAction *action(Id id) const { return m_actions[static_cast<std::size_t>(id)]; }
    /// File → Open Recent, filled by RecentFiles.
    [[nodiscard]] QMenu *recentMenu() const { return m_recentMenu; }

    /// Checks the View → Theme entry of `mode` (and unchecks the others).
    void setCheckedTheme(Theme::Mode mode);
    /// Checks the View → Language entry of `language` ("" = the system's).
    void setCheckedLanguage(const QString &language);

    /// Sets every menu title and action text in the current language.
    void retranslateUi();

Q_SIGNALS:
    /// A View → Theme entry was chosen.
    void themeChosen(Theme::Mode mode);
    /// A View → Language entry was chosen ("" = the system's).
    void languageChosen(const QString &language);

private:
    static constexpr std::size_t idCount = static_cast<std::size_t>(Id::AboutQt) + 1;

    void createActions();
    void createThemeAndLanguageGroups();
    void createMenus(QMainWindow *window, const QList<QDockWidget *> &docks);
    /// A new action, with the platform's shortcut for `key` (none for UnknownKey).
    QAction *add(Id id, QKeySequence::StandardKey key = QKeySequence::UnknownKey);

    std::array<QAction *, idCount> m_actions{};
    QActionGroup *m_themeGroup = nullptr;
    QAction *m_themeSystemAction = nullptr;
    QAction *m_themeLightAction = nullptr;
    QAction *m_themeDarkAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_languageSystemAction = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};

} // namespace stagecraft::app
