// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "BuildHighlighter.h"
#include "BuildSession.h"
#include "BuilderWiring.h"
#include "DiagnosticsPanel.h"
#include "DockLayout.h"
#include "EngineConnection.h"
#include "EngineStatusWidget.h"
#include "FileDropHandler.h"
#include "FirstFrame.h"
#include "LessonsPanel.h"
#include "MainWindowActions.h"
#include "PanelWiring.h"
#include "PresenterMode.h"
#include "RecentFiles.h"
#include "Settings.h"
#include "TemplateTrial.h"
#include "TextNavigator.h"
#include "app/dialogs/AboutDialog.h"
#include "app/dialogs/CompareDialog.h"
#include "app/dialogs/DocumentPrompts.h"
#include "app/dialogs/NewFromTemplateDialog.h"
#include "app/dialogs/SecretsPrompt.h"
#include "app/dialogs/SettingsDialog.h"
#include "common/DiagnosticMessages.h"
#include "common/EditMessages.h"
#include "common/Translation.h"
#include "engine/EngineEndpoint.h"
#include "views/LayoutSidecar.h"
#include "views/ModelMetaTypes.h"
#include "views/PresenterStepper.h"
#include "views/SizeFormat.h"
#include "views/canvas/CanvasEmptyState.h"
#include "views/canvas/CanvasPalette.h"
#include "views/canvas/StageCanvas.h"
#include "views/editor/DockerfileEditor.h"
#include "views/panels/BuildPanel.h"
#include "views/panels/FilesPanel.h"
#include "views/panels/SizesPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace stagecraft::app {

namespace {

constexpr int statusTimeoutMs = 8000;

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
    , m_problemCountButton(new QToolButton(this))
{
    m_canvas->setObjectName(u"canvas"_s);
    m_editor->setObjectName(u"editor"_s);
    // The controller works on the editor's own document (its highlighter lives on it).
    m_controller = new DocumentController(m_editor->document(), this);
    m_prompts = new DocumentPrompts(m_controller, this);
    m_navigator = new TextNavigator(m_controller, m_canvas, m_editor, m_diagnostics, this);
    m_splitter->setObjectName(u"splitter"_s);
    m_splitter->addWidget(m_canvas);
    m_splitter->addWidget(m_editor);
    m_splitter->setChildrenCollapsible(false);
    // The canvas takes the larger share of any new width.
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);
    createDocks();
    // The docks' engine work, and how the panels reach it.
    m_session = new BuildSession(this);
    m_wiring = new PanelWiring(m_session, m_buildPanel, m_sizesPanel, m_files, this);
    m_presenter = new PresenterMode(m_canvas, m_editor, this);

    statusBar()->addPermanentWidget(m_stageCountLabel);
    // The problem count opens the list (a click), which otherwise stays out of the way.
    m_problemCountButton->setObjectName(u"problemCount"_s);
    m_problemCountButton->setAutoRaise(true);
    statusBar()->addPermanentWidget(m_problemCountButton);
    connect(m_problemCountButton, &QToolButton::clicked, this,
            [this] { m_dockLayout->toggle(m_diagnosticsDock); });
    connectEngine();

    m_actions = new MainWindowActions(
        this,
        {m_paletteDock, m_diagnosticsDock, m_buildDock, m_sizesDock, m_lessonsDock, m_filesDock});
    connectActions();
    m_recentFiles = new RecentFiles(m_actions->recentMenu(), this);
    connect(m_recentFiles, &RecentFiles::fileChosen, this, &MainWindow::openFileInteractively);

    connectDocument();
    connectBuildPanels();
    connect(m_lessons, &LessonsPanel::statusMessage, this, &MainWindow::showStatus);
    connect(m_files, &views::FilesPanel::statusMessage, this, &MainWindow::showStatus);
    // Learn's "Try it".
    connect(m_lessons, &LessonsPanel::tryBuildRequested, this, &MainWindow::tryBuild);
    connect(m_lessons, &LessonsPanel::tryCompareRequested, this, &MainWindow::tryTemplate);

    // Files dropped from a file manager open, wherever they land (the editor would otherwise
    // insert their URLs as text).
    setAcceptDrops(true);
    auto *drops = new FileDropHandler(this);
    drops->watch(this);
    drops->watch(m_editor->viewport());
    drops->watch(m_canvas->viewport());
    connect(drops, &FileDropHandler::fileDropped, this, &MainWindow::openFileInteractively);

    resize(1280, 800);
    retranslateUi();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_diagnosticsDock->setObjectName(u"diagnosticsDock"_s);
    m_diagnosticsDock->setWidget(m_diagnostics);
    m_buildDock->setObjectName(u"buildDock"_s);
    m_buildDock->setWidget(m_buildPanel);
    m_sizesDock->setObjectName(u"sizesDock"_s);
    m_sizesDock->setWidget(m_sizesPanel);
    m_lessons = new LessonsPanel(this, this);
    m_lessonsDock = new QDockWidget(this);
    m_lessonsDock->setObjectName(u"lessonsDock"_s);
    m_lessonsDock->setWidget(m_lessons);
    m_files = new views::FilesPanel(this);
    m_filesDock = new QDockWidget(this);
    m_filesDock->setObjectName(u"filesDock"_s);
    m_filesDock->setWidget(m_files);
    m_paletteDock = new QDockWidget(this);
    m_paletteDock->setObjectName(u"paletteDock"_s);
    m_paletteDock->setWidget(new views::CanvasPalette(m_paletteDock));
    m_dockLayout = new DockLayout(
        this, m_splitter,
        {m_paletteDock, m_diagnosticsDock, m_buildDock, m_sizesDock, m_lessonsDock, m_filesDock});
    // The empty canvas's ways to start.
    views::CanvasEmptyState *empty = m_canvas->emptyState();
    connect(empty, &views::CanvasEmptyState::newFromTemplateRequested, this,
            &MainWindow::newFromTemplate);
    connect(empty, &views::CanvasEmptyState::openRequested, this, &MainWindow::openFromDialog);
    connect(empty, &views::CanvasEmptyState::lessonRequested, this, [this] {
        m_dockLayout->reveal(m_lessonsDock);
        m_lessons->setLesson(0);
        m_lessons->setStep(0);
        m_lessons->loadStep();
    });
}

void MainWindow::connectEngine()
{
    // The engine, never blocking the window: first checked after the window's first frame
    // (talking to it is not needed to paint), or on the first event-loop turn when the window is
    // not shown by then (tests, headless use).
    m_engineConnection = new EngineConnection(this);
    m_engineStatus = new EngineStatusWidget(m_engineConnection, this);
    statusBar()->addPermanentWidget(m_engineStatus);
    connect(m_engineStatus, &EngineStatusWidget::settingsRequested, this,
            &MainWindow::showSettings);
    const auto firstCheck = [connection = m_engineConnection, done = std::make_shared<bool>()] {
        if (!std::exchange(*done, true))
            connection->refresh();
    };
    afterFirstFrame(this, firstCheck);
    QTimer::singleShot(0, m_engineConnection, [this, firstCheck] {
        if (!isVisible())
            firstCheck();
    });
    new BuilderWiring(m_engineConnection, m_controller, m_buildPanel, m_diagnostics, this);
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
}

void MainWindow::connectDocument()
{
    connectAnalysisReaders();
    connect(m_controller, &DocumentController::statusMessage, this, &MainWindow::showStatus);
    connect(m_controller, &DocumentController::filePathChanged, this, [this](const QString &path) {
        m_canvas->setSidecarPath(path.isEmpty() ? QString() : views::LayoutSidecar::pathFor(path));
        updateTitle();
    });
    connect(m_controller, &DocumentController::fileVanished, m_prompts,
            &DocumentPrompts::reportVanished);
    connect(m_prompts, &DocumentPrompts::statusMessage, this, &MainWindow::showStatus);
    connect(m_controller->document(), &QTextDocument::modificationChanged, this,
            &QWidget::setWindowModified);
    m_controller->setExternalChangeHandler(
        [this](const QByteArray &disk) { return m_prompts->askAboutExternalChange(disk); });
    m_controller->setInvalidUtf8Handler([this] { return m_prompts->confirmInvalidUtf8(); });

    connect(m_canvas, &views::StageCanvas::operationRequested, m_controller,
            &DocumentController::applyOperation);
    connect(m_canvas, &views::StageCanvas::stageSelected, this, &MainWindow::onStageSelected);
    connect(m_canvas, &views::StageCanvas::rangeActivated, m_navigator,
            &TextNavigator::revealRange);
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
    connect(m_editor, &views::DockerfileEditor::goToDefinitionRequested, m_navigator,
            &TextNavigator::revealStage);
    connect(m_diagnostics, &DiagnosticsPanel::diagnosticActivated, m_navigator,
            &TextNavigator::revealDiagnostic);
    connect(m_navigator, &TextNavigator::editorNeeded, this, [this] { setEditorVisible(true); });
}

// --- Actions ---------------------------------------------------------------------------------

void MainWindow::connectActions()
{
    using Id = MainWindowActions::Id;
    const auto on = [this](Id id, auto slot) {
        connect(m_actions->action(id), &QAction::triggered, this, slot);
    };
    on(Id::New, &MainWindow::newDocument);
    on(Id::NewFromTemplate, &MainWindow::newFromTemplate);
    on(Id::Open, &MainWindow::openFromDialog);
    on(Id::Save, [this] { save(); });
    on(Id::SaveAs, [this] { saveAs(); });
    on(Id::Reload, &MainWindow::reloadFromDisk);
    on(Id::Close, &MainWindow::closeDocument);
    on(Id::Quit, &QWidget::close);

    QTextDocument *document = m_controller->document();
    on(Id::Undo, [document] { document->undo(); });
    on(Id::Redo, [document] { document->redo(); });
    connect(document, &QTextDocument::undoAvailable, m_actions->action(Id::Undo),
            &QAction::setEnabled);
    connect(document, &QTextDocument::redoAvailable, m_actions->action(Id::Redo),
            &QAction::setEnabled);
    on(Id::Cut, [this] { m_editor->cut(); });
    on(Id::Copy, [this] { m_editor->copy(); });
    on(Id::Paste, [this] { m_editor->paste(); });
    on(Id::SelectAll, [this] { m_editor->selectAll(); });
    on(Id::Find, [this] {
        setEditorVisible(true);
        m_editor->showFindBar(false);
    });
    on(Id::Replace, [this] {
        setEditorVisible(true);
        m_editor->showFindBar(true);
    });
    on(Id::GoToLine, [this] {
        setEditorVisible(true);
        m_editor->goToLine();
    });
    on(Id::Preferences, &MainWindow::showSettings);

    connect(m_actions->action(Id::ShowCanvas), &QAction::toggled, this,
            &MainWindow::setCanvasVisible);
    connect(m_actions->action(Id::ShowEditor), &QAction::toggled, this,
            &MainWindow::setEditorVisible);
    // Zoom acts on the canvas when it has focus, otherwise on the editor.
    on(Id::ZoomIn, [this] { m_canvas->hasFocus() ? m_canvas->zoomIn() : m_editor->zoomIn(); });
    on(Id::ZoomOut, [this] { m_canvas->hasFocus() ? m_canvas->zoomOut() : m_editor->zoomOut(); });
    on(Id::ResetZoom,
       [this] { m_canvas->hasFocus() ? m_canvas->resetZoom() : m_editor->resetZoom(); });
    on(Id::Fit, [this] { m_canvas->fitToView(); });
    on(Id::ResetLayout, [this] { m_dockLayout->reset(); });

    connect(m_actions->action(Id::Presenter), &QAction::toggled, m_presenter,
            &PresenterMode::setEnabled);
    on(Id::NextStage, [this] { m_presenter->stepper()->next(); });
    on(Id::PreviousStage, [this] { m_presenter->stepper()->previous(); });
    connect(m_actions, &MainWindowActions::themeChosen, this, &MainWindow::setTheme);
    connect(m_actions, &MainWindowActions::languageChosen, this, &MainWindow::setLanguage);

    on(Id::About, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    on(Id::AboutQt, [] { QApplication::aboutQt(); });
}

void MainWindow::retranslateUi()
{
    m_actions->retranslateUi();
    m_diagnosticsDock->setWindowTitle(tr("Diagnostics"));
    //: Dock title (View menu toggle)
    m_buildDock->setWindowTitle(tr("Build"));
    //: Dock title (View menu toggle): image sizes per stage
    m_sizesDock->setWindowTitle(tr("Sizes"));
    m_lessonsDock->setWindowTitle(tr("Learn"));
    m_filesDock->setWindowTitle(tr("Files"));
    //: Dock title (View menu toggle): base images and instructions to drag onto the canvas
    m_paletteDock->setWindowTitle(tr("Palette"));
    m_problemCountButton->setToolTip(tr("Show or hide the list of problems"));

    m_canvas->setAccessibleName(tr("Stage canvas"));
    m_editor->setAccessibleName(tr("Dockerfile"));
    m_recentFiles->updateMenu();
    updateStatus();
    updateTitle();
}

// --- Settings --------------------------------------------------------------------------------

void MainWindow::restoreSettings()
{
    m_dockLayout->restore();
    m_actions->action(MainWindowActions::Id::ShowCanvas)->setChecked(Settings::canvasVisible());
    m_actions->action(MainWindowActions::Id::ShowEditor)->setChecked(Settings::editorVisible());
    m_actions->setCheckedTheme(Theme::fromKey(Settings::theme()));
    // The language in use (--lang wins over the setting), not merely the stored one.
    m_actions->setCheckedLanguage(common::activeLanguage());
}

void MainWindow::saveSettings()
{
    m_dockLayout->save();
    Settings::setCanvasVisible(m_actions->action(MainWindowActions::Id::ShowCanvas)->isChecked());
    Settings::setEditorVisible(m_actions->action(MainWindowActions::Id::ShowEditor)->isChecked());
}

void MainWindow::setTheme(Theme::Mode mode)
{
    Theme::apply(mode);
    Settings::setTheme(Theme::key(mode));
    m_actions->setCheckedTheme(mode);
}

void MainWindow::setLanguage(const QString &language)
{
    Settings::setLanguage(language);
    // Every widget gets QEvent::LanguageChange and retranslates itself.
    common::installTranslator(*QCoreApplication::instance(), language);
    m_actions->setCheckedLanguage(common::activeLanguage());
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
        m_actions->action(MainWindowActions::Id::ShowEditor)->setChecked(true);
    m_canvas->setVisible(visible);
    m_actions->action(MainWindowActions::Id::ShowCanvas)->setChecked(visible);
}

void MainWindow::setEditorVisible(bool visible)
{
    if (!visible && !m_canvas->isVisibleTo(this))
        m_actions->action(MainWindowActions::Id::ShowCanvas)->setChecked(true);
    m_editor->setVisible(visible);
    m_actions->action(MainWindowActions::Id::ShowEditor)->setChecked(visible);
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
    const UnsavedChoice choice
        = m_unsavedChangesHandler ? m_unsavedChangesHandler() : m_prompts->askUnsavedChanges();
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
        const bool restore
            = m_recoveryHandler ? m_recoveryHandler(entry) : m_prompts->askRecover(entry);
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
    m_session->setSecretsHandler(
        [this](const QStringList &files) { return SecretsPrompt::ask(this, files); });
    connect(m_controller->document(), &QTextDocument::modificationChanged, m_session,
            &BuildSession::setDocumentModified);
    m_highlighter = new BuildHighlighter(m_session, m_controller, m_canvas, m_editor, this);
    connect(m_highlighter, &BuildHighlighter::statusMessage, this, &MainWindow::showStatus);
    connect(m_highlighter, &BuildHighlighter::editorNeeded, this,
            [this] { setEditorVisible(true); });
    connect(m_session, &BuildSession::statusMessage, this, &MainWindow::showStatus);
    // A dock opens when it has something to show.
    connect(m_session, &BuildSession::buildStarted, this,
            [this] { m_dockLayout->reveal(m_buildDock); });
    connect(m_session, &BuildSession::measureBusyChanged, this, [this](bool measuring) {
        if (measuring)
            m_dockLayout->reveal(m_sizesDock);
    });
    connect(m_sizesPanel, &views::SizesPanel::showFilesRequested, this,
            [this](int stage) { showStageFiles(stage, true); });
    connect(m_sizesPanel, &views::SizesPanel::lineActivated, m_navigator,
            &TextNavigator::revealInstructionAt);
    connect(m_files, &views::FilesPanel::lineActivated, m_navigator,
            &TextNavigator::revealInstructionAt);
}

void MainWindow::onStageSelected(int stageIndex)
{
    m_navigator->revealStage(stageIndex);
    // A layer chosen in the Files panel reveals its line, maybe in another stage: the panel
    // keeps the image it shows.
    const QWidget *focus = QApplication::focusWidget();
    if (stageIndex >= 0 && m_filesDock->isVisible() && !(focus && m_files->isAncestorOf(focus)))
        showStageFiles(stageIndex, false);
}

void MainWindow::showStageFiles(int stageIndex, bool raise)
{
    const std::shared_ptr<const model::Analysis> analysis = m_controller->analysis();
    const auto &stages = analysis->graph().stages();
    if (stageIndex < 0 || stageIndex >= static_cast<int>(stages.size()))
        return;
    if (raise)
        m_dockLayout->reveal(m_filesDock);
    m_session->showStageFiles(stageIndex);
}

void MainWindow::tryBuild()
{
    m_dockLayout->reveal(m_sizesDock);
    m_session->startMeasure();
}

void MainWindow::tryTemplate(const QString &templateId)
{
    m_dockLayout->reveal(m_sizesDock);
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

void MainWindow::updateStatus()
{
    const auto stages = static_cast<int>(m_controller->analysis()->graph().stages().size());
    m_stageCountLabel->setText(stages == 0 ? tr("No stages") : tr("%Ln stage(s)", nullptr, stages));
    const int problems = problemCount();
    m_problemCountButton->setText(problems == 0 ? tr("No problems")
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
    m_actions->action(MainWindowActions::Id::Reload)
        ->setEnabled(!m_controller->filePath().isEmpty());
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

} // namespace stagecraft::app
