// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowActions.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

#include <initializer_list>
#include <utility>

using namespace Qt::StringLiterals;

namespace stagecraft::app {

MainWindowActions::MainWindowActions(QMainWindow *window, const QList<QDockWidget *> &docks)
    : QObject(window)
{
    createActions();
    createThemeAndLanguageGroups();
    createMenus(window, docks);
}

QAction *MainWindowActions::add(Id id, QKeySequence::StandardKey key)
{
    auto *a = new QAction(this);
    if (key != QKeySequence::UnknownKey)
        a->setShortcut(key);
    m_actions[static_cast<std::size_t>(id)] = a;
    return a;
}

void MainWindowActions::createActions()
{
    add(Id::New, QKeySequence::New);
    add(Id::NewFromTemplate);
    add(Id::Open, QKeySequence::Open);
    add(Id::Save, QKeySequence::Save);
    add(Id::SaveAs, QKeySequence::SaveAs);
    add(Id::Reload, QKeySequence::Refresh);
    add(Id::Close, QKeySequence::Close);
    add(Id::Quit, QKeySequence::Quit)->setMenuRole(QAction::QuitRole);

    // Enabled by the window while the document has something to undo or redo.
    add(Id::Undo, QKeySequence::Undo)->setEnabled(false);
    add(Id::Redo, QKeySequence::Redo)->setEnabled(false);
    // Cut/Copy/Paste/Select All belong to whichever widget has focus (line edits, the find
    // bar, the canvas): only the editor gets them through these menu entries.
    for (const auto &[id, key] :
         {std::pair{Id::Cut, QKeySequence::Cut}, std::pair{Id::Copy, QKeySequence::Copy},
          std::pair{Id::Paste, QKeySequence::Paste},
          std::pair{Id::SelectAll, QKeySequence::SelectAll}})
        add(id, key)->setShortcutContext(Qt::WidgetShortcut);
    add(Id::Find, QKeySequence::Find);
    add(Id::Replace, QKeySequence::Replace);
    add(Id::GoToLine)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    add(Id::Preferences, QKeySequence::Preferences)->setMenuRole(QAction::PreferencesRole);

    for (const Id id : {Id::ShowCanvas, Id::ShowEditor}) {
        QAction *toggle = add(id);
        toggle->setCheckable(true);
        toggle->setChecked(true);
    }
    // Zoom acts on the canvas when it has focus, otherwise on the editor (the window decides).
    add(Id::ZoomIn, QKeySequence::ZoomIn);
    add(Id::ZoomOut, QKeySequence::ZoomOut);
    add(Id::ResetZoom)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    add(Id::Fit);
    add(Id::ResetLayout);

    // Presenter mode. F5 alone is Refresh (Reload) on several platforms, hence Ctrl+Shift+F5;
    // the stage steps use Alt+Page Down/Up, which neither the editor nor the canvas binds.
    QAction *presenter = add(Id::Presenter);
    presenter->setCheckable(true);
    presenter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5));
    add(Id::NextStage)->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown));
    add(Id::PreviousStage)->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp));

    add(Id::About)->setMenuRole(QAction::AboutRole);
    add(Id::AboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindowActions::createThemeAndLanguageGroups()
{
    m_themeGroup = new QActionGroup(this);
    const auto themeAction = [this](Theme::Mode mode) {
        auto *a = new QAction(m_themeGroup);
        a->setCheckable(true);
        a->setData(Theme::key(mode));
        connect(a, &QAction::triggered, this, [this, mode] { Q_EMIT themeChosen(mode); });
        return a;
    };
    m_themeSystemAction = themeAction(Theme::Mode::System);
    m_themeLightAction = themeAction(Theme::Mode::Light);
    m_themeDarkAction = themeAction(Theme::Mode::Dark);

    m_languageGroup = new QActionGroup(this);
    const auto languageAction = [this](const QString &language) {
        auto *a = new QAction(m_languageGroup);
        a->setCheckable(true);
        a->setData(language);
        connect(a, &QAction::triggered, this,
                [this, language] { Q_EMIT languageChosen(language); });
        return a;
    };
    m_languageSystemAction = languageAction(QString());
    // Language names are written in their own language, so anyone can find theirs.
    languageAction(u"en"_s)->setText(u"English"_s);
    languageAction(u"hi"_s)->setText(u"हिन्दी"_s);
}

void MainWindowActions::createMenus(QMainWindow *window, const QList<QDockWidget *> &docks)
{
    QMenuBar *bar = window->menuBar();
    const auto addActions = [this](QMenu *menu, std::initializer_list<Id> ids) {
        for (const Id id : ids)
            menu->addAction(action(id));
    };
    m_fileMenu = bar->addMenu(QString());
    addActions(m_fileMenu, {Id::New, Id::NewFromTemplate, Id::Open});
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    addActions(m_fileMenu, {Id::Save, Id::SaveAs, Id::Reload});
    m_fileMenu->addSeparator();
    addActions(m_fileMenu, {Id::Close, Id::Quit});

    m_editMenu = bar->addMenu(QString());
    addActions(m_editMenu, {Id::Undo, Id::Redo});
    m_editMenu->addSeparator();
    addActions(m_editMenu, {Id::Cut, Id::Copy, Id::Paste, Id::SelectAll});
    m_editMenu->addSeparator();
    addActions(m_editMenu, {Id::Find, Id::Replace, Id::GoToLine});
    m_editMenu->addSeparator();
    addActions(m_editMenu, {Id::Preferences});

    m_viewMenu = bar->addMenu(QString());
    addActions(m_viewMenu, {Id::ShowCanvas, Id::ShowEditor});
    for (QDockWidget *dock : docks)
        m_viewMenu->addAction(dock->toggleViewAction());
    addActions(m_viewMenu, {Id::ResetLayout});
    m_viewMenu->addSeparator();
    addActions(m_viewMenu, {Id::Presenter, Id::NextStage, Id::PreviousStage});
    m_viewMenu->addSeparator();
    addActions(m_viewMenu, {Id::ZoomIn, Id::ZoomOut, Id::ResetZoom, Id::Fit});
    m_viewMenu->addSeparator();
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->addActions(m_themeGroup->actions());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = bar->addMenu(QString());
    addActions(m_helpMenu, {Id::About, Id::AboutQt});
}

void MainWindowActions::setCheckedTheme(Theme::Mode mode)
{
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toString() == Theme::key(mode));
}

void MainWindowActions::setCheckedLanguage(const QString &language)
{
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == language);
}

void MainWindowActions::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    action(Id::New)->setText(tr("&New"));
    action(Id::NewFromTemplate)->setText(tr("New from &Template…"));
    action(Id::Open)->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    action(Id::Save)->setText(tr("&Save"));
    action(Id::SaveAs)->setText(tr("Save &As…"));
    action(Id::Reload)->setText(tr("Re&load"));
    action(Id::Close)->setText(tr("&Close"));
    action(Id::Quit)->setText(tr("&Quit"));

    m_editMenu->setTitle(tr("&Edit"));
    action(Id::Undo)->setText(tr("&Undo"));
    action(Id::Redo)->setText(tr("&Redo"));
    action(Id::Cut)->setText(tr("Cu&t"));
    action(Id::Copy)->setText(tr("&Copy"));
    action(Id::Paste)->setText(tr("&Paste"));
    action(Id::SelectAll)->setText(tr("Select &All"));
    action(Id::Find)->setText(tr("&Find…"));
    action(Id::Replace)->setText(tr("R&eplace…"));
    action(Id::GoToLine)->setText(tr("&Go to Line…"));
    action(Id::Preferences)->setText(tr("Pre&ferences…"));

    m_viewMenu->setTitle(tr("&View"));
    action(Id::ShowCanvas)->setText(tr("Stage &Canvas"));
    action(Id::ShowEditor)->setText(tr("Dockerfile &Editor"));
    action(Id::Presenter)->setText(tr("&Presenter Mode"));
    action(Id::NextStage)->setText(tr("Ne&xt Stage"));
    action(Id::PreviousStage)->setText(tr("Pre&vious Stage"));
    action(Id::ZoomIn)->setText(tr("Zoom &In"));
    action(Id::ZoomOut)->setText(tr("Zoom &Out"));
    action(Id::ResetZoom)->setText(tr("&Reset Zoom"));
    action(Id::Fit)->setText(tr("&Fit Canvas to Window"));
    //: View menu: back to the first-start arrangement of the canvas, the editor and the docks
    action(Id::ResetLayout)->setText(tr("Reset La&yout"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_themeSystemAction->setText(tr("&System"));
    m_themeLightAction->setText(tr("&Light"));
    m_themeDarkAction->setText(tr("&Dark"));
    m_languageMenu->setTitle(tr("&Language"));
    //: Language menu entry: use the system's language
    m_languageSystemAction->setText(tr("&System"));
    m_helpMenu->setTitle(tr("&Help"));
    action(Id::About)->setText(tr("&About Stagecraft"));
    action(Id::AboutQt)->setText(tr("About &Qt"));
}

} // namespace stagecraft::app
