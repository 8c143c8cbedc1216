// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "BuildSession.h"
#include "DiagnosticsPanel.h"
#include "EngineConnection.h"
#include "EngineStatusWidget.h"
#include "LessonsPanel.h"
#include "PanelWiring.h"
#include "PresenterMode.h"
#include "RecentFiles.h"
#include "Settings.h"
#include "TemplateTrial.h"
#include "app/dialogs/AboutDialog.h"
#include "app/dialogs/CompareDialog.h"
#include "app/dialogs/NewFromTemplateDialog.h"
#include "app/dialogs/SettingsDialog.h"
#include "common/DiagnosticMessages.h"
#include "common/EditMessages.h"
#include "common/Translation.h"
#include "engine/EngineEndpoint.h"
#include "model/Measurement.h"

#include "model/UnifiedDiff.h"
#include "views/LayoutSidecar.h"
#include "views/ModelMetaTypes.h"
#include "views/PresenterStepper.h"
#include "views/SizeFormat.h"
#include "views/canvas/StageCanvas.h"
#include "views/editor/DockerfileEditor.h"
#include "views/panels/BuildPanel.h"
#include "views/panels/FilesPanel.h"
#include "views/panels/SizesPanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace stagecraft::app {

namespace {

constexpr int statusTimeoutMs = 8000;

/// The local files among dropped URLs.
QStringList droppedFiles(const QMimeData *mime)
{
    QStringList files;
    if (mime == nullptr || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files.append(url.toLocalFile());
    }
    return files;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_canvas(new views::StageCanvas(this))
    , m_editor(new views::DockerfileEditor(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_diagnostics(new DiagnosticsPanel(this))
    , m_diagnosticsDock(new QDockWidget(this))
    , m_buildPanel(new views::BuildPanel(this))
    , m_buildDock(new QDockWidget(this))
    , m_sizesPanel(new views::SizesPanel(this))
    , m_sizesDock(new QDockWidget(this))
    , m_stageCountLabel(new QLabel(this))
    , m_problemCountLabel(new QLabel(this))
{
    m_canvas->setObjectName(u"canvas"_s);
    m_editor->setObjectName(u"editor"_s);
    // The controller works on the editor's own document (its highlighter lives on it).
    m_controller = new DocumentController(m_editor->document(), this);
    m_splitter->setObjectName(u"splitter"_s);
    m_splitter->addWidget(m_canvas);
    m_splitter->addWidget(m_editor);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    setCentralWidget(m_splitter);

    m_diagnosticsDock->setObjectName(u"diagnosticsDock"_s);
    m_diagnosticsDock->setWidget(m_diagnostics);
    addDockWidget(Qt::BottomDockWidgetArea, m_diagnosticsDock);
    m_buildDock->setObjectName(u"buildDock"_s);
    m_buildDock->setWidget(m_buildPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_buildDock);
    m_sizesDock->setObjectName(u"sizesDock"_s);
    m_sizesDock->setWidget(m_sizesPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_sizesDock);
    tabifyDockWidget(m_buildDock, m_sizesDock);
    m_buildDock->raise();

    // Learn (lessons) and Files (a stage's filesystem) share the right-hand dock area.
    m_lessons = new LessonsPanel(this, this);
    m_lessonsDock = new QDockWidget(this);
    m_lessonsDock->setObjectName(u"lessonsDock"_s);
    m_lessonsDock->setWidget(m_lessons);
    // Hidden before they join the layout: four docks stacked while the window is still being
    // built raised its height past 800 px for good (too tall for a 768-px laptop screen).
    m_lessonsDock->hide();
    addDockWidget(Qt::RightDockWidgetArea, m_lessonsDock);
    m_files = new views::FilesPanel(this);
    m_filesDock = new QDockWidget(this);
    m_filesDock->setObjectName(u"filesDock"_s);
    m_filesDock->setWidget(m_files);
    m_filesDock->hide();
    addDockWidget(Qt::RightDockWidgetArea, m_filesDock);
    tabifyDockWidget(m_lessonsDock, m_filesDock);
    // The docks' engine work, and how the panels reach it.
    m_session = new BuildSession(this);
    m_wiring = new PanelWiring(m_session, m_buildPanel, m_sizesPanel, m_files, this);
    m_presenter = new PresenterMode(m_canvas, m_editor, this);

    statusBar()->addPermanentWidget(m_stageCountLabel);
    statusBar()->addPermanentWidget(m_problemCountLabel);
    // The engine: checked from the first event-loop turn on, never blocking the window.
    m_engineConnection = new EngineConnection(this);
    m_engineStatus = new EngineStatusWidget(m_engineConnection, this);
    statusBar()->addPermanentWidget(m_engineStatus);
    connect(m_engineStatus, &EngineStatusWidget::settingsRequested, this,
            &MainWindow::showSettings);
    QTimer::singleShot(0, m_engineConnection, &EngineConnection::refresh);
    // The Build and Sizes panels use the endpoint the settings resolve to, and follow changes.
    m_connectionEndpointUrl = m_engineConnection->endpoint().url;
    setEngineEndpoint(m_engineConnection->endpoint());
    // Only a new endpoint is forwarded (changed() also reports every state change), so an
    // endpoint set by hand (tests, replayed engines) stays until the settings change it.
    connect(m_engineConnection, &EngineConnection::changed, this, [this] {
        const engine::EngineEndpoint &endpoint = m_engineConnection->endpoint();
        if (endpoint.url == m_connectionEndpointUrl)
            return;
        m_connectionEndpointUrl = endpoint.url;
        setEngineEndpoint(endpoint);
    });

    createActions();
    createMenus();
    m_recentFiles = new RecentFiles(m_recentMenu, this);
    connect(m_recentFiles, &RecentFiles::fileChosen, this, &MainWindow::openFileInteractively);

    // Document ⇄ views.
    connectAnalysisReaders();
    connect(m_controller, &DocumentController::statusMessage, this, &MainWindow::showStatus);
    connect(m_controller, &DocumentController::filePathChanged, this, [this](const QString &path) {
        m_canvas->setSidecarPath(path.isEmpty() ? QString() : views::LayoutSidecar::pathFor(path));
        updateTitle();
    });
    connect(m_controller, &DocumentController::fileVanished, this, &MainWindow::reportVanished);
    connect(m_controller->document(), &QTextDocument::modificationChanged, this,
            &QWidget::setWindowModified);
    m_controller->setExternalChangeHandler(
        [this](const QByteArray &disk) { return askAboutExternalChange(disk); });
    m_controller->setInvalidUtf8Handler([this] { return confirmInvalidUtf8(); });

    connect(m_canvas, &views::StageCanvas::operationRequested, m_controller,
            &DocumentController::applyOperation);
    connect(m_canvas, &views::StageCanvas::stageSelected, this, &MainWindow::onStageSelected);
    connect(m_canvas, &views::StageCanvas::rangeActivated, this, &MainWindow::revealRange);
    connect(m_canvas, &views::StageCanvas::statusMessage, this, &MainWindow::showStatus);
    connect(m_canvas, &views::StageCanvas::operationRefused, this,
            [this](const std::string &code, const std::vector<std::string> &args) {
                showStatus(common::EditMessages::refusal(code, args));
            });
    connect(m_editor, &views::DockerfileEditor::cursorStageChanged, m_canvas,
            &views::StageCanvas::selectStage);
    connect(m_editor, &views::DockerfileEditor::fixItRequested, m_controller,
            &DocumentController::applyFixIt);
    connect(m_editor, &views::DockerfileEditor::operationRequested, m_controller,
            &DocumentController::applyOperation);
    connect(m_editor, &views::DockerfileEditor::goToDefinitionRequested, this,
            &MainWindow::revealStage);
    connect(m_diagnostics, &DiagnosticsPanel::diagnosticActivated, this,
            &MainWindow::revealDiagnostic);
    connectBuildPanels();
    connect(m_lessons, &LessonsPanel::statusMessage, this, &MainWindow::showStatus);
    connect(m_files, &views::FilesPanel::statusMessage, this, &MainWindow::showStatus);
    // Learn's "Try it".
    connect(m_lessons, &LessonsPanel::tryBuildRequested, this, &MainWindow::tryBuild);
    connect(m_lessons, &LessonsPanel::tryCompareRequested, this, &MainWindow::tryTemplate);

    // Files dropped from a file manager open, wherever they land (the editor would otherwise
    // insert their URLs as text).
    setAcceptDrops(true);
    m_editor->viewport()->installEventFilter(this);
    m_canvas->viewport()->installEventFilter(this);

    resize(1280, 800);
    retranslateUi();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

// --- Actions and menus -----------------------------------------------------------------------

void MainWindow::createActions()
{
    const auto action = [this](QKeySequence::StandardKey key, auto slot) {
        auto *a = new QAction(this);
        if (key != QKeySequence::UnknownKey)
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_newAction = action(QKeySequence::New, &MainWindow::newDocument);
    m_newFromTemplateAction = action(QKeySequence::UnknownKey, &MainWindow::newFromTemplate);
    m_openAction = action(QKeySequence::Open, &MainWindow::openFromDialog);
    m_saveAction = action(QKeySequence::Save, [this] { save(); });
    m_saveAsAction = action(QKeySequence::SaveAs, [this] { saveAs(); });
    m_reloadAction = action(QKeySequence::Refresh, &MainWindow::reloadFromDisk);
    m_closeAction = action(QKeySequence::Close, &MainWindow::closeDocument);
    m_quitAction = action(QKeySequence::Quit, &QWidget::close);
    m_quitAction->setMenuRole(QAction::QuitRole);

    QTextDocument *document = m_controller->document();
    m_undoAction = action(QKeySequence::Undo, [document] { document->undo(); });
    m_redoAction = action(QKeySequence::Redo, [document] { document->redo(); });
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    connect(document, &QTextDocument::undoAvailable, m_undoAction, &QAction::setEnabled);
    connect(document, &QTextDocument::redoAvailable, m_redoAction, &QAction::setEnabled);
    m_cutAction = action(QKeySequence::Cut, [this] { m_editor->cut(); });
    m_copyAction = action(QKeySequence::Copy, [this] { m_editor->copy(); });
    m_pasteAction = action(QKeySequence::Paste, [this] { m_editor->paste(); });
    m_selectAllAction = action(QKeySequence::SelectAll, [this] { m_editor->selectAll(); });
    // Cut/Copy/Paste/Select All belong to whichever widget has focus (line edits, the find
    // bar, the canvas): only the editor gets them through these menu entries.
    for (QAction *a : {m_cutAction, m_copyAction, m_pasteAction, m_selectAllAction})
        a->setShortcutContext(Qt::WidgetShortcut);
    m_findAction = action(QKeySequence::Find, [this] {
        setEditorVisible(true);
        m_editor->showFindBar(false);
    });
    m_replaceAction = action(QKeySequence::Replace, [this] {
        setEditorVisible(true);
        m_editor->showFindBar(true);
    });
    m_goToLineAction = action(QKeySequence::UnknownKey, [this] {
        setEditorVisible(true);
        m_editor->goToLine();
    });
    m_goToLineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_preferencesAction = action(QKeySequence::Preferences, &MainWindow::showSettings);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);

    m_showCanvasAction = new QAction(this);
    m_showCanvasAction->setCheckable(true);
    m_showCanvasAction->setChecked(true);
    connect(m_showCanvasAction, &QAction::toggled, this, &MainWindow::setCanvasVisible);
    m_showEditorAction = new QAction(this);
    m_showEditorAction->setCheckable(true);
    m_showEditorAction->setChecked(true);
    connect(m_showEditorAction, &QAction::toggled, this, &MainWindow::setEditorVisible);

    // Zoom acts on the canvas when it has focus, otherwise on the editor.
    m_zoomInAction = action(QKeySequence::ZoomIn, [this] {
        m_canvas->hasFocus() ? m_canvas->zoomIn() : m_editor->zoomIn();
    });
    m_zoomOutAction = action(QKeySequence::ZoomOut, [this] {
        m_canvas->hasFocus() ? m_canvas->zoomOut() : m_editor->zoomOut();
    });
    m_resetZoomAction = action(QKeySequence::UnknownKey, [this] {
        m_canvas->hasFocus() ? m_canvas->resetZoom() : m_editor->resetZoom();
    });
    m_resetZoomAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_fitAction = action(QKeySequence::UnknownKey, [this] { m_canvas->fitToView(); });

    // Presenter mode. F5 alone is Refresh (Reload) on several platforms, hence Ctrl+Shift+F5;
    // the stage steps use Alt+Page Down/Up, which neither the editor nor the canvas binds.
    m_presenterAction = new QAction(this);
    m_presenterAction->setCheckable(true);
    m_presenterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5));
    connect(m_presenterAction, &QAction::toggled, m_presenter, &PresenterMode::setEnabled);
    m_nextStageAction
        = action(QKeySequence::UnknownKey, [this] { m_presenter->stepper()->next(); });
    m_nextStageAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown));
    m_previousStageAction
        = action(QKeySequence::UnknownKey, [this] { m_presenter->stepper()->previous(); });
    m_previousStageAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp));

    m_themeGroup = new QActionGroup(this);
    const auto themeAction = [this](Theme::Mode mode) {
        auto *a = new QAction(m_themeGroup);
        a->setCheckable(true);
        a->setData(Theme::key(mode));
        connect(a, &QAction::triggered, this, [this, mode] { setTheme(mode); });
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
        connect(a, &QAction::triggered, this, [this, language] { setLanguage(language); });
        return a;
    };
    m_languageSystemAction = languageAction(QString());
    m_languageEnglishAction = languageAction(u"en"_s);
    m_languageHindiAction = languageAction(u"hi"_s);
    // Language names are written in their own language, so anyone can find theirs.
    m_languageEnglishAction->setText(u"English"_s);
    m_languageHindiAction->setText(u"हिन्दी"_s);

    m_aboutAction = action(QKeySequence::UnknownKey, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = action(QKeySequence::UnknownKey, [] { QApplication::aboutQt(); });
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_newFromTemplateAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_saveAsAction);
    m_fileMenu->addAction(m_reloadAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_cutAction);
    m_editMenu->addAction(m_copyAction);
    m_editMenu->addAction(m_pasteAction);
    m_editMenu->addAction(m_selectAllAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);
    m_editMenu->addAction(m_replaceAction);
    m_editMenu->addAction(m_goToLineAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferencesAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_showCanvasAction);
    m_viewMenu->addAction(m_showEditorAction);
    m_viewMenu->addAction(m_diagnosticsDock->toggleViewAction());
    m_viewMenu->addAction(m_buildDock->toggleViewAction());
    m_viewMenu->addAction(m_sizesDock->toggleViewAction());
    m_viewMenu->addAction(m_lessonsDock->toggleViewAction());
    m_viewMenu->addAction(m_filesDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_presenterAction);
    m_viewMenu->addAction(m_nextStageAction);
    m_viewMenu->addAction(m_previousStageAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_resetZoomAction);
    m_viewMenu->addAction(m_fitAction);
    m_viewMenu->addSeparator();
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->addActions(m_themeGroup->actions());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New"));
    m_newFromTemplateAction->setText(tr("New from &Template…"));
    m_openAction->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_saveAction->setText(tr("&Save"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_reloadAction->setText(tr("Re&load"));
    m_closeAction->setText(tr("&Close"));
    m_quitAction->setText(tr("&Quit"));

    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_cutAction->setText(tr("Cu&t"));
    m_copyAction->setText(tr("&Copy"));
    m_pasteAction->setText(tr("&Paste"));
    m_selectAllAction->setText(tr("Select &All"));
    m_findAction->setText(tr("&Find…"));
    m_replaceAction->setText(tr("R&eplace…"));
    m_goToLineAction->setText(tr("&Go to Line…"));
    m_preferencesAction->setText(tr("Pre&ferences…"));

    m_viewMenu->setTitle(tr("&View"));
    m_showCanvasAction->setText(tr("Stage &Canvas"));
    m_showEditorAction->setText(tr("Dockerfile &Editor"));
    m_diagnosticsDock->setWindowTitle(tr("Diagnostics"));
    //: Dock title (View menu toggle)
    m_buildDock->setWindowTitle(tr("Build"));
    //: Dock title (View menu toggle): image sizes per stage
    m_sizesDock->setWindowTitle(tr("Sizes"));
    m_lessonsDock->setWindowTitle(tr("Learn"));
    m_filesDock->setWindowTitle(tr("Files"));
    m_presenterAction->setText(tr("&Presenter Mode"));
    m_nextStageAction->setText(tr("Ne&xt Stage"));
    m_previousStageAction->setText(tr("Pre&vious Stage"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_resetZoomAction->setText(tr("&Reset Zoom"));
    m_fitAction->setText(tr("&Fit Canvas to Window"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_themeSystemAction->setText(tr("&System"));
    m_themeLightAction->setText(tr("&Light"));
    m_themeDarkAction->setText(tr("&Dark"));
    m_languageMenu->setTitle(tr("&Language"));
    //: Language menu entry: use the system's language
    m_languageSystemAction->setText(tr("&System"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Stagecraft"));
    m_aboutQtAction->setText(tr("About &Qt"));

    m_canvas->setAccessibleName(tr("Stage canvas"));
    m_editor->setAccessibleName(tr("Dockerfile"));
    m_recentFiles->updateMenu();
    updateStatus();
    updateTitle();
}

// --- Settings --------------------------------------------------------------------------------

void MainWindow::restoreSettings()
{
    const QByteArray geometry = Settings::windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = Settings::windowState();
    if (!state.isEmpty())
        restoreState(state);
    const QByteArray splitter = Settings::splitterState();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    else
        m_splitter->setSizes({width() * 11 / 20, width() * 9 / 20});
    // The diagnostics list starts short: the canvas and the editor are the work area.
    if (state.isEmpty())
        resizeDocks({m_diagnosticsDock}, {height() / 6}, Qt::Vertical);
    m_showCanvasAction->setChecked(Settings::canvasVisible());
    m_showEditorAction->setChecked(Settings::editorVisible());

    const Theme::Mode mode = Theme::fromKey(Settings::theme());
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toString() == Theme::key(mode));
    // The language in use (--lang wins over the setting), not merely the stored one.
    const QString language = common::activeLanguage();
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == language);
}

void MainWindow::saveSettings()
{
    Settings::setWindowGeometry(saveGeometry());
    Settings::setWindowState(saveState());
    Settings::setSplitterState(m_splitter->saveState());
    Settings::setCanvasVisible(m_showCanvasAction->isChecked());
    Settings::setEditorVisible(m_showEditorAction->isChecked());
}

void MainWindow::setTheme(Theme::Mode mode)
{
    Theme::apply(mode);
    Settings::setTheme(Theme::key(mode));
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toString() == Theme::key(mode));
}

void MainWindow::setLanguage(const QString &language)
{
    Settings::setLanguage(language);
    // Every widget gets QEvent::LanguageChange and retranslates itself.
    common::installTranslator(*QCoreApplication::instance(), language);
    const QString active = common::activeLanguage();
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == active);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    connect(&dialog, &SettingsDialog::engineSettingsApplied, m_engineConnection,
            &EngineConnection::setEngineSettings);
    dialog.exec();
}

void MainWindow::setCanvasVisible(bool visible)
{
    // One of the two always stays: hiding the last one shows the other.
    if (!visible && !m_editor->isVisibleTo(this))
        m_showEditorAction->setChecked(true);
    m_canvas->setVisible(visible);
    m_showCanvasAction->setChecked(visible);
}

void MainWindow::setEditorVisible(bool visible)
{
    if (!visible && !m_canvas->isVisibleTo(this))
        m_showCanvasAction->setChecked(true);
    m_editor->setVisible(visible);
    m_showEditorAction->setChecked(visible);
}

// --- Document --------------------------------------------------------------------------------

bool MainWindow::openFile(const QString &path, QString *errorString)
{
    if (!m_controller->openFile(path, errorString))
        return false;
    m_isExample = false;
    m_recentFiles->add(m_controller->filePath());
    updateTitle();
    return true;
}

void MainWindow::openExample()
{
    QFile file(u":/templates/python/Dockerfile"_s);
    if (!file.open(QIODevice::ReadOnly))
        return;
    m_isExample = true;
    m_controller->openBytes(file.readAll(), QString());
    updateTitle();
}

bool MainWindow::openText(const QByteArray &bytes)
{
    if (!maybeSave())
        return false;
    m_isExample = true;
    m_controller->openBytes(bytes, QString());
    updateTitle();
    return true;
}

void MainWindow::openFileInteractively(const QString &path)
{
    if (!maybeSave())
        return;
    QString error;
    if (!openFile(path, &error)) {
        if (!QFileInfo::exists(path))
            m_recentFiles->remove(path);
        QMessageBox::warning(this, tr("Open Dockerfile"), error);
    }
}

QString MainWindow::filePath() const
{
    return m_controller->filePath();
}

const model::StageGraph &MainWindow::stageGraph() const
{
    return m_controller->analysis()->graph();
}

int MainWindow::problemCount() const
{
    return static_cast<int>(m_controller->analysis()->diagnostics().size());
}

void MainWindow::reparseNow()
{
    m_controller->reparseNow();
}

void MainWindow::newDocument()
{
    if (!maybeSave())
        return;
    m_isExample = false;
    m_controller->newDocument();
    updateTitle();
}

void MainWindow::newFromTemplate()
{
    if (!maybeSave())
        return;
    NewFromTemplateDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!openFile(dialog.dockerfilePath(), &error))
        QMessageBox::warning(this, tr("Open Dockerfile"), error);
}

void MainWindow::openFromDialog()
{
    if (!maybeSave())
        return;
    const QString current = m_controller->filePath();
    const QString directory
        = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Dockerfile"), directory,
        //: File dialog filter; keep the patterns in parentheses unchanged.
        tr("Dockerfiles (Dockerfile Dockerfile.* *.Dockerfile *.dockerfile Containerfile);;"
           "All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openFile(path, &error))
        QMessageBox::warning(this, tr("Open Dockerfile"), error);
}

bool MainWindow::save()
{
    if (m_controller->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!m_controller->save(&error)) {
        QMessageBox::warning(this, tr("Save Dockerfile"), error);
        return false;
    }
    m_recentFiles->add(m_controller->filePath());
    return true;
}

bool MainWindow::saveAs()
{
    const QString current = m_controller->filePath();
    const QString suggestion = current.isEmpty() ? QDir::home().filePath(u"Dockerfile"_s) : current;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Dockerfile As"), suggestion);
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_controller->saveAs(path, &error)) {
        QMessageBox::warning(this, tr("Save Dockerfile"), error);
        return false;
    }
    m_isExample = false;
    m_recentFiles->add(m_controller->filePath());
    updateTitle();
    return true;
}

void MainWindow::reloadFromDisk()
{
    if (m_controller->filePath().isEmpty())
        return;
    if (m_controller->isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Reload"),
            tr("Reload %1 from disk? Your unsaved changes are replaced; Undo brings them back.")
                .arg(m_controller->displayName()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    QString error;
    if (!m_controller->reload(&error))
        QMessageBox::warning(this, tr("Reload"), error);
}

void MainWindow::closeDocument()
{
    if (!maybeSave())
        return;
    m_isExample = false;
    m_controller->close();
    updateTitle();
}

void MainWindow::setUnsavedChangesHandler(UnsavedChangesHandler handler)
{
    m_unsavedChangesHandler = std::move(handler);
}

void MainWindow::setRecoveryHandler(RecoveryHandler handler)
{
    m_recoveryHandler = std::move(handler);
}

bool MainWindow::maybeSave()
{
    if (!m_controller->isModified())
        return true;
    UnsavedChoice choice = UnsavedChoice::Cancel;
    if (m_unsavedChangesHandler) {
        choice = m_unsavedChangesHandler();
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                        tr("%1 has unsaved changes. Save them?").arg(m_controller->displayName()),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setDefaultButton(QMessageBox::Save);
        const int answer = box.exec();
        choice = answer == QMessageBox::Save ? UnsavedChoice::Save
            : answer == QMessageBox::Discard ? UnsavedChoice::Discard
                                             : UnsavedChoice::Cancel;
    }
    switch (choice) {
    case UnsavedChoice::Save:
        return save();
    case UnsavedChoice::Discard:
        m_controller->autosave()->discard();
        return true;
    case UnsavedChoice::Cancel:
        break;
    }
    return false;
}

bool MainWindow::offerRecovery(const QString &directory)
{
    const QList<AutosaveManager::Entry> entries = AutosaveManager::recoverable(directory);
    for (const AutosaveManager::Entry &entry : entries) {
        bool restore = false;
        if (m_recoveryHandler) {
            restore = m_recoveryHandler(entry);
        } else {
            const QString name = entry.originalPath.isEmpty() ? tr("An untitled Dockerfile")
                                                              : nativePath(entry.originalPath);
            QMessageBox box(
                QMessageBox::Question, tr("Recover Unsaved Changes"),
                //: %1 = file path (or "An untitled Dockerfile"), %2 = date and time
                tr("%1 had unsaved changes when Stagecraft stopped unexpectedly "
                   "(autosaved %2). Recover them?")
                    .arg(name,
                         QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)),
                QMessageBox::NoButton, this);
            QPushButton *recoverButton = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
            box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
            box.setDefaultButton(recoverButton);
            box.exec();
            restore = box.clickedButton() == recoverButton;
        }
        if (!restore) {
            AutosaveManager::remove(directory, entry.id);
            continue;
        }
        m_isExample = false;
        m_controller->recover(entry.originalPath, entry.text);
        // The restored buffer gets a fresh autosave of its own before the old one goes.
        m_controller->autosaveNow();
        AutosaveManager::remove(directory, entry.id);
        if (!entry.originalPath.isEmpty())
            m_recentFiles->add(entry.originalPath);
        updateTitle();
        showStatus(tr("Recovered unsaved changes of %1.").arg(m_controller->displayName()));
        return true;
    }
    return false;
}

DocumentController::ExternalChoice MainWindow::askAboutExternalChange(const QByteArray &diskBytes)
{
    for (;;) {
        QMessageBox box(QMessageBox::Warning, tr("File Changed on Disk"),
                        //: %1 = file name
                        tr("Another program changed %1. Reload it from disk, or keep the text "
                           "shown here?")
                            .arg(m_controller->displayName()),
                        QMessageBox::NoButton, this);
        QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
        QPushButton *keep = box.addButton(tr("&Keep Mine"), QMessageBox::RejectRole);
        QPushButton *compare = box.addButton(tr("&Compare…"), QMessageBox::ActionRole);
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() == reload)
            return DocumentController::ExternalChoice::Reload;
        if (box.clickedButton() == compare) {
            showComparison(diskBytes);
            continue;
        }
        Q_UNUSED(keep);
        return DocumentController::ExternalChoice::KeepMine;
    }
}

void MainWindow::showComparison(const QByteArray &diskBytes)
{
    const std::string disk = TextFileFormat::decode(diskBytes).toStdString();
    const QString name = m_controller->displayName();
    const std::string diff = model::unifiedDiff(m_controller->modelText(), disk,
                                                tr("%1 (shown here)").arg(name).toStdString(),
                                                tr("%1 (on disk)").arg(name).toStdString());
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Compare with Disk"));
    auto *text = new QPlainTextEdit(&dialog);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(diff.empty() ? tr("The texts are the same.") : QString::fromStdString(diff));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(800, 600);
    dialog.exec();
}

bool MainWindow::confirmInvalidUtf8()
{
    const auto answer = QMessageBox::warning(
        this, tr("Save Dockerfile"),
        tr("%1 contains bytes that are not UTF-8. They are shown as � and will be saved as the "
           "character U+FFFD, not as the original bytes. Save anyway?")
            .arg(m_controller->displayName()),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Save;
}

void MainWindow::reportVanished(const QString &path)
{
    const QString message
        //: %1 = file path
        = tr("%1 was deleted or moved by another program. Your text is still here; save it to "
             "write the file again.")
              .arg(nativePath(path));
    showStatus(message);
    QMessageBox::warning(this, tr("File Missing"), message);
}

// --- Sync ------------------------------------------------------------------------------------

void MainWindow::connectAnalysisReaders()
{
    // The editor's markers read in the app's translated diagnostic texts.
    views::DockerfileEditor::DiagnosticTexts texts;
    texts.message
        = [](const model::Diagnostic &d) { return common::DiagnosticMessages::message(d); };
    texts.fixTitle
        = [](const std::string &code) { return common::DiagnosticMessages::fixTitle(code); };
    m_editor->setDiagnosticTexts(std::move(texts));
    // One immutable snapshot per reparse, published once: each reader takes it from the
    // controller's signal itself and keeps the pointer.
    using Analysis = std::shared_ptr<const model::Analysis>;
    const auto editorReads = qOverload<const Analysis &>(&views::DockerfileEditor::setAnalysis);
    connect(m_controller, &DocumentController::analysisChanged, m_canvas,
            &views::StageCanvas::setAnalysis);
    connect(m_controller, &DocumentController::analysisChanged, m_files,
            &views::FilesPanel::setAnalysis);
    connect(m_controller, &DocumentController::analysisChanged, m_editor, editorReads);
    connect(m_controller, &DocumentController::analysisChanged, m_diagnostics,
            &DiagnosticsPanel::setAnalysis);
    // The build and sizes panels also need the file the analysis belongs to.
    const auto panelsRead = [this](const Analysis &analysis) {
        m_buildPanel->setAnalysis(analysis);
        m_sizesPanel->setAnalysis(analysis);
        const QString filePath = m_controller->filePath();
        m_sizesPanel->setExportDirectory(filePath.isEmpty() ? QString()
                                                            : QFileInfo(filePath).absolutePath());
        m_session->setDocument(filePath, analysis);
        m_session->setDocumentModified(m_controller->isModified());
        updateStatus();
    };
    connect(m_controller, &DocumentController::analysisChanged, this, panelsRead);

    const Analysis first = m_controller->analysis();
    m_canvas->setAnalysis(first);
    m_files->setAnalysis(first);
    m_editor->setAnalysis(first);
    m_diagnostics->setAnalysis(first);
    panelsRead(first);
}

void MainWindow::setEngineEndpoint(const engine::EngineEndpoint &endpoint)
{
    m_session->setEndpoint(endpoint);
}

void MainWindow::connectBuildPanels()
{
    m_session->setSaveHandler([this] { return save(); });
    connect(m_controller->document(), &QTextDocument::modificationChanged, m_session,
            &BuildSession::setDocumentModified);
    connect(m_session, &BuildSession::buildStarted, this, &MainWindow::clearBuildHighlights);
    connect(m_session, &BuildSession::stepStarted, this, &MainWindow::showBuildStep);
    connect(m_session, &BuildSession::buildFailed, this, &MainWindow::showBuildFailure);
    // A failure keeps its mark (until the next build); success and cancel clear the highlight.
    connect(m_session, &BuildSession::buildFinished, this, [this](bool succeeded) {
        if (succeeded || !m_editor->buildHighlightFailed())
            clearBuildHighlights();
    });
    connect(m_session, &BuildSession::runChanged, this, &MainWindow::showMeasurements);
    connect(m_session, &BuildSession::measureFinished, this, &MainWindow::clearBuildHighlights);
    connect(m_session, &BuildSession::statusMessage, this, &MainWindow::showStatus);
    connect(m_sizesPanel, &views::SizesPanel::showFilesRequested, this,
            [this](int stage) { showStageFiles(stage, true); });
    connect(m_sizesPanel, &views::SizesPanel::lineActivated, this, [this](int line) {
        const std::shared_ptr<const model::Analysis> analysis = m_controller->analysis();
        const auto &instructions = analysis->tree()->instructions();
        for (std::size_t i = 0; i < instructions.size(); ++i) {
            if (instructions[i].startLine != line)
                continue;
            const int stage = analysis->graph().stageOfInstruction(static_cast<int>(i));
            m_canvas->selectStage(stage);
            setEditorVisible(true);
            revealRange(instructions[i].range);
            return;
        }
    });
}

void MainWindow::showMeasurements(const model::MeasureRun &run)
{
    // A measurement of another Dockerfile (a template's Try it) stays off the canvas.
    if (!run.stages.empty() && !m_session->runMatchesDocument(run)) {
        m_canvas->clearMeasurements();
        return;
    }
    QHash<int, qint64> stageBytes;
    for (const model::StageMeasure &stage : run.stages) {
        if (stage.built)
            stageBytes.insert(stage.index, stage.size);
    }
    QHash<int, qint64> arrowBytes;
    for (const model::ArrowMeasure &arrow : run.arrows) {
        if (arrow.measured)
            arrowBytes.insert(arrow.line, arrowBytes.value(arrow.line) + arrow.bytes);
    }
    m_canvas->setStageSizes(stageBytes);
    m_canvas->setArrowBytes(arrowBytes);
}

void MainWindow::showBuildStep(int stage, int line, model::Range range)
{
    m_canvas->setActiveStep(stage, line);
    if (line <= 0) {
        m_editor->setBuildHighlight(-1, -1);
        return;
    }
    const auto [begin, end] = m_controller->analysis()->offsets().toUtf16(range);
    m_editor->setBuildHighlight(begin, end);
    // Follow the build without taking the cursor away from the user.
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(begin);
    const QRect rect = m_editor->cursorRect(cursor);
    if (!m_editor->viewport()->rect().contains(rect))
        m_editor->goToLine(line);
}

void MainWindow::showBuildFailure(int stage, int line, model::Range range, const QString &message)
{
    showStatus(message);
    m_canvas->setActiveStep(stage, line);
    if (line <= 0)
        return;
    const auto [begin, end] = m_controller->analysis()->offsets().toUtf16(range);
    setEditorVisible(true);
    m_editor->setBuildHighlight(begin, end, true);
    m_editor->goToLine(line);
    m_canvas->selectStage(stage);
}

void MainWindow::clearBuildHighlights()
{
    m_canvas->setActiveStep(-1, 0);
    m_editor->setBuildHighlight(-1, -1);
}

void MainWindow::revealStage(int stageIndex)
{
    const std::shared_ptr<const model::Analysis> analysis = m_controller->analysis();
    const model::StageGraph &graph = analysis->graph();
    if (stageIndex < 0 || stageIndex >= static_cast<int>(graph.stages().size()))
        return;
    const model::Stage &stage = graph.stages()[static_cast<std::size_t>(stageIndex)];
    const auto &instructions = analysis->tree()->instructions();
    if (stage.fromInstruction < 0 || stage.fromInstruction >= static_cast<int>(instructions.size()))
        return;
    revealRange(instructions[static_cast<std::size_t>(stage.fromInstruction)].range);
}

void MainWindow::onStageSelected(int stageIndex)
{
    revealStage(stageIndex);
    if (stageIndex >= 0 && m_filesDock->isVisible())
        showStageFiles(stageIndex, false);
}

void MainWindow::showStageFiles(int stageIndex, bool raise)
{
    const std::shared_ptr<const model::Analysis> analysis = m_controller->analysis();
    const auto &stages = analysis->graph().stages();
    if (stageIndex < 0 || stageIndex >= static_cast<int>(stages.size()))
        return;
    if (raise) {
        m_filesDock->show();
        m_filesDock->raise();
    }
    m_session->showStageFiles(stageIndex);
}

void MainWindow::tryBuild()
{
    m_sizesDock->show();
    m_sizesDock->raise();
    m_session->startMeasure();
}

void MainWindow::tryTemplate(const QString &templateId)
{
    m_sizesDock->show();
    m_sizesDock->raise();
    m_session->tryTemplate(templateId);
}

TemplateTrial *MainWindow::templateTrial() const
{
    return m_session->templateTrial();
}

CompareDialog *MainWindow::trialCompareDialog() const
{
    return m_wiring->trialCompareDialog();
}

void MainWindow::revealRange(model::Range range)
{
    if (!m_editor->isVisibleTo(this))
        return;
    const auto [begin, end] = m_controller->analysis()->offsets().toUtf16(range);
    m_editor->revealRange(begin, end);
}

void MainWindow::revealDiagnostic(int index)
{
    const auto &diagnostics = m_diagnostics->diagnostics();
    if (index < 0 || index >= static_cast<int>(diagnostics.size()))
        return;
    setEditorVisible(true);
    revealRange(diagnostics[static_cast<std::size_t>(index)].range);
    m_editor->setFocus();
}

void MainWindow::updateStatus()
{
    const auto stages = static_cast<int>(m_controller->analysis()->graph().stages().size());
    m_stageCountLabel->setText(stages == 0 ? tr("No stages") : tr("%Ln stage(s)", nullptr, stages));
    const int problems = problemCount();
    m_problemCountLabel->setText(problems == 0 ? tr("No problems")
                                               : tr("%Ln problem(s)", nullptr, problems));
}

void MainWindow::updateTitle()
{
    QString name;
    if (m_isExample)
        name = tr("Example Dockerfile");
    else if (m_controller->filePath().isEmpty())
        name = tr("Untitled");
    else
        name = QFileInfo(m_controller->filePath()).fileName();
    // "[*]" is where Qt shows the unsaved-changes mark; Qt appends the application display name.
    setWindowTitle(name + u"[*]"_s);
    setWindowFilePath(m_controller->filePath());
    setWindowModified(m_controller->isModified());
    m_reloadAction->setEnabled(!m_controller->filePath().isEmpty());
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, statusTimeoutMs);
}

// --- Events ----------------------------------------------------------------------------------

void MainWindow::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslateUi();
        break;
    case QEvent::ActivationChange:
        // Back from another program: did it change our file? Asked after the event, so the
        // dialog does not open inside the activation.
        if (isActiveWindow())
            QTimer::singleShot(0, m_controller, [this] { m_controller->checkExternalChange(); });
        break;
    default:
        break;
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    m_controller->autosave()->discard();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = droppedFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    // Open after the drop finishes: a modal question inside a drop blocks the file manager.
    const QString path = files.constFirst();
    QTimer::singleShot(0, this, [this, path] { openFileInteractively(path); });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!droppedFiles(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!droppedFiles(drop->mimeData()).isEmpty()) {
            dropEvent(drop);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace stagecraft::app
