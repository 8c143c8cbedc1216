// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/AutosaveManager.h"
#include "app/DocumentController.h"
#include "app/MainWindowActions.h"
#include "app/Theme.h"
#include "app/dialogs/DocumentPrompts.h"

#include "model/StageGraph.h"

#include <QMainWindow>
#include <QPointer>
#include <QString>

#include <functional>

class QAction;
class QDockWidget;
class QLabel;
class QSplitter;
class QToolButton;

namespace stagecraft::views {
class BuildPanel;
class DockerfileEditor;
class FilesPanel;
class SizesPanel;
class StageCanvas;
} // namespace stagecraft::views

namespace stagecraft::engine {
struct EngineEndpoint;
} // namespace stagecraft::engine

namespace stagecraft::app {

class BuildHighlighter;
class BuildSession;
class CompareDialog;
class DiagnosticsPanel;
class DockLayout;
class EngineConnection;
class EngineStatusWidget;
class LessonsPanel;
class PresenterMode;
class RecentFiles;
class PanelWiring;
class TemplateTrial;
class TextNavigator;

/// The main window: the stage canvas and the Dockerfile editor side by side (either can be
/// hidden), the docks, the menus (MainWindowActions), and the document's file flow (new, open,
/// save, reload, close, recovery; the questions are DocumentPrompts). The DocumentController
/// holds the text and publishes one immutable analysis per reparse, which the canvas, the
/// editor, the diagnostics and the panels each take; the window connects them, and every
/// gesture from them back to the controller. TextNavigator takes other views to the text,
/// BuildHighlighter shows a running build, FileDropHandler opens dropped files.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// The answer to "save your changes?".
    using UnsavedChoice = DocumentPrompts::UnsavedChoice;
    using UnsavedChangesHandler = std::function<UnsavedChoice()>;
    /// Asked for each recoverable autosave; true restores it.
    using RecoveryHandler = std::function<bool(const AutosaveManager::Entry &)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Loads the Dockerfile at `path` (no unsaved-changes prompt: the caller asks). On failure
    /// the current text stays, `errorString` (when given) receives the reason, and false is
    /// returned.
    bool openFile(const QString &path, QString *errorString = nullptr);
    /// Shows the built-in example (the Python template, `:/templates/python/Dockerfile`) as an
    /// untitled document.
    void openExample();
    /// Asks about unsaved changes, then shows `bytes` as an untitled example document (a lesson's
    /// template). False when the user cancelled.
    bool openText(const QByteArray &bytes);
    /// Asks about unsaved changes, then opens `path`, reporting failures in a message box.
    void openFileInteractively(const QString &path);

    /// The file shown, or an empty string for an untitled document or the example.
    [[nodiscard]] QString filePath() const;
    [[nodiscard]] const model::StageGraph &stageGraph() const;
    /// Number of diagnostics of the latest reparse.
    [[nodiscard]] int problemCount() const;
    /// Reparses now instead of at the next frame (tests).
    void reparseNow();

    [[nodiscard]] DocumentController *controller() const { return m_controller; }
    [[nodiscard]] views::StageCanvas *canvas() const { return m_canvas; }
    [[nodiscard]] views::DockerfileEditor *editor() const { return m_editor; }
    [[nodiscard]] DiagnosticsPanel *diagnosticsPanel() const { return m_diagnostics; }
    /// The Docker Engine the window talks to: panels take endpoint() and listen to changed().
    [[nodiscard]] EngineConnection *engineConnection() const { return m_engineConnection; }
    /// Opens the settings dialog (Edit → Preferences…, or a click on the engine indicator).
    void showSettings();
    [[nodiscard]] views::BuildPanel *buildPanel() const { return m_buildPanel; }
    [[nodiscard]] views::SizesPanel *sizesPanel() const { return m_sizesPanel; }
    /// The engine work behind the Build, Sizes and Files docks (builds, measurements, file
    /// listings), and what wires it to them.
    [[nodiscard]] BuildSession *buildSession() const { return m_session; }
    [[nodiscard]] PanelWiring *panelWiring() const { return m_wiring; }
    [[nodiscard]] QDockWidget *buildDock() const { return m_buildDock; }
    [[nodiscard]] QDockWidget *sizesDock() const { return m_sizesDock; }
    /// The engine the Build and Sizes panels use.
    void setEngineEndpoint(const engine::EngineEndpoint &endpoint);
    [[nodiscard]] LessonsPanel *lessonsPanel() const { return m_lessons; }
    [[nodiscard]] views::FilesPanel *filesPanel() const { return m_files; }
    [[nodiscard]] QDockWidget *filesDock() const { return m_filesDock; }
    [[nodiscard]] QDockWidget *lessonsDock() const { return m_lessonsDock; }
    [[nodiscard]] QDockWidget *diagnosticsDock() const { return m_diagnosticsDock; }
    /// The palette of base images and instructions dragged onto the canvas.
    [[nodiscard]] QDockWidget *paletteDock() const { return m_paletteDock; }
    /// Where the docks go, and what the window remembers of them.
    [[nodiscard]] DockLayout *dockLayout() const { return m_dockLayout; }
    [[nodiscard]] PresenterMode *presenterMode() const { return m_presenter; }
    /// Shows the files of stage `stageIndex` in the Files dock, from the Sizes panel's
    /// measurement of this Dockerfile (raising the dock when `raise`); without one, says to run
    /// Build & Measure first. The same image already shown is not read again.
    void showStageFiles(int stageIndex, bool raise = true);
    /// Learn's "Try it" for a template: builds its before and after variants and shows the
    /// saving (Sizes chart and the Compare dialog).
    void tryTemplate(const QString &templateId);
    /// Learn's "Try it" for the document: Build & Measure in the Sizes dock.
    void tryBuild();
    [[nodiscard]] TemplateTrial *templateTrial() const;
    /// The Compare dialog a template trial opened (null when none is open).
    [[nodiscard]] CompareDialog *trialCompareDialog() const;
    /// View → Presenter Mode (Ctrl+Shift+F5), Next Stage (Alt+PgDown), Previous Stage (Alt+PgUp).
    [[nodiscard]] QAction *presenterAction() const
    {
        return m_actions->action(MainWindowActions::Id::Presenter);
    }
    [[nodiscard]] QAction *nextStageAction() const
    {
        return m_actions->action(MainWindowActions::Id::NextStage);
    }
    [[nodiscard]] QAction *previousStageAction() const
    {
        return m_actions->action(MainWindowActions::Id::PreviousStage);
    }

    /// Replaces the "save changes?" dialog (tests).
    void setUnsavedChangesHandler(UnsavedChangesHandler handler);
    /// Replaces the crash-recovery question (tests).
    void setRecoveryHandler(RecoveryHandler handler);
    /// Offers the autosaved buffers that sessions left behind when they ended without a clean
    /// close. Restores at most one (this window holds one document); declined ones are removed.
    /// Returns true when one was restored.
    bool offerRecovery(const QString &directory = AutosaveManager::defaultDirectory());

    /// Asks about unsaved changes; true when it is fine to drop the document now.
    bool maybeSave();
    bool save();
    bool saveAs();

    /// Remembers geometry, visibility and (once the user changed it) the dock layout.
    void saveSettings();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    /// The engine indicator in the status bar, and the endpoint it resolves given to the session.
    void connectEngine();
    /// Document ⇄ views: the analysis readers, the controller's questions, and the gestures of
    /// the canvas, the editor and the diagnostics.
    void connectDocument();
    /// Each menu action to what it does.
    void connectActions();
    void retranslateUi();
    void restoreSettings();
    /// Connects every reader of the controller's analysis and gives each the current one.
    void connectAnalysisReaders();
    void updateStatus();
    void updateTitle();
    void showStatus(const QString &message);

    void newDocument();
    void newFromTemplate();
    void openFromDialog();
    void reloadFromDisk();
    void closeDocument();

    void connectBuildPanels();
    void onStageSelected(int stageIndex);
    void setCanvasVisible(bool visible);
    void setEditorVisible(bool visible);
    void setTheme(Theme::Mode mode);
    void setLanguage(const QString &language);

    DocumentController *m_controller = nullptr;
    DocumentPrompts *m_prompts = nullptr;
    TextNavigator *m_navigator = nullptr;
    BuildHighlighter *m_highlighter = nullptr;
    MainWindowActions *m_actions = nullptr;
    views::StageCanvas *m_canvas = nullptr;
    views::DockerfileEditor *m_editor = nullptr;
    QSplitter *m_splitter = nullptr;
    DiagnosticsPanel *m_diagnostics = nullptr;
    QDockWidget *m_diagnosticsDock = nullptr;
    views::BuildPanel *m_buildPanel = nullptr;
    QDockWidget *m_buildDock = nullptr;
    views::SizesPanel *m_sizesPanel = nullptr;
    QDockWidget *m_sizesDock = nullptr;
    /// The endpoint last taken from m_engineConnection and given to the panels.
    QString m_connectionEndpointUrl;
    LessonsPanel *m_lessons = nullptr;
    QDockWidget *m_lessonsDock = nullptr;
    views::FilesPanel *m_files = nullptr;
    QDockWidget *m_filesDock = nullptr;
    PresenterMode *m_presenter = nullptr;
    BuildSession *m_session = nullptr;
    PanelWiring *m_wiring = nullptr;
    QLabel *m_stageCountLabel = nullptr;
    QToolButton *m_problemCountButton = nullptr;
    QDockWidget *m_paletteDock = nullptr;
    DockLayout *m_dockLayout = nullptr;
    RecentFiles *m_recentFiles = nullptr;
    EngineConnection *m_engineConnection = nullptr;
    EngineStatusWidget *m_engineStatus = nullptr;

    UnsavedChangesHandler m_unsavedChangesHandler;
    RecoveryHandler m_recoveryHandler;
    bool m_isExample = false;
    int m_shownStage = -1;
};

} // namespace stagecraft::app
