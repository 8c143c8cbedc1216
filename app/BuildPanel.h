// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/BuildStepMap.h"
#include "app/engine/BuildOptions.h"
#include "app/engine/EngineEndpoint.h"

#include "model/Analysis.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace stagecraft::app {

class BuildJob;
class EngineClient;

/// The Build dock: target (the parsed stages, final by default), tag, build args offered from
/// the file's ARG declarations with their defaults, no-cache and pull; Build and Cancel; the live
/// log. While the engine builds, "Step N/M" is mapped to the Dockerfile instruction
/// (BuildStepMap) and announced with stepStarted(); a failure announces the instruction it
/// failed at with the engine's message. The window moves the highlights in the canvas and the
/// editor. The build reads the Dockerfile from disk: a modified or untitled document is saved
/// first through the save handler.
class BuildPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BuildPanel(QWidget *parent = nullptr);
    ~BuildPanel() override;

    /// The engine to build with.
    void setEndpoint(const EngineEndpoint &endpoint);
    [[nodiscard]] const EngineEndpoint &endpoint() const { return m_endpoint; }
    /// The document: its file (empty when untitled) and its latest analysis. Keeps what the
    /// user chose (target by name, tag, args they edited) when it still fits.
    void setDocument(const QString &filePath,
                     const std::shared_ptr<const model::Analysis> &analysis);
    /// Asked before a build when the document must be written first (returns false to cancel).
    using SaveHandler = std::function<bool()>;
    void setSaveHandler(SaveHandler handler) { m_saveHandler = std::move(handler); }
    /// True when the document has unsaved changes (the window tells the panel).
    void setDocumentModified(bool modified) { m_modified = modified; }

    /// The options a Build would use now.
    [[nodiscard]] BuildOptions options() const;
    [[nodiscard]] bool isBuilding() const;
    /// The stage index of the chosen target (-1: none).
    [[nodiscard]] int targetStage() const;

    // For tests and the window.
    [[nodiscard]] QComboBox *targetBox() const { return m_target; }
    [[nodiscard]] QLineEdit *tagEdit() const { return m_tag; }
    /// Columns: use (check), name, value, declared in.
    [[nodiscard]] QTableWidget *argsTable() const { return m_args; }
    [[nodiscard]] QCheckBox *noCacheBox() const { return m_noCache; }
    [[nodiscard]] QCheckBox *pullBox() const { return m_pull; }
    [[nodiscard]] QPushButton *buildButton() const { return m_build; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }
    [[nodiscard]] QPlainTextEdit *logView() const { return m_log; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    /// Saves when needed, then builds with options(); reports problems in the status line.
    void startBuild();
    void cancelBuild();

Q_SIGNALS:
    /// A build began (the window clears old highlights).
    void buildStarted();
    /// The engine started step N: its stage (-1 for a meta ARG), 1-based line and bytes.
    void stepStarted(int stage, int line, stagecraft::model::Range range);
    /// The build failed at an instruction (line 0 when it is not known). `message` is
    /// translated and carries the engine's own text.
    void buildFailed(int stage, int line, stagecraft::model::Range range, const QString &message);
    /// The build ended (success, failure or cancel).
    void buildFinished(bool succeeded);
    /// The built image's ID after a success.
    void imageBuilt(const QString &imageId);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The analysis's graph and tree (an empty graph and null before the first analysis).
    [[nodiscard]] const model::StageGraph &graph() const;
    [[nodiscard]] const model::SyntaxTree *tree() const;
    void retranslateUi();
    void fillTargets();
    void fillArgs();
    void onStep(int step, int total, const QString &instruction);
    void onFinished();
    void setBuilding(bool building);
    /// Starts the build once `client` has negotiated the API version.
    void startJob(EngineClient *client);
    void setStatus(const QString &text, bool error = false);
    void appendLog(const QString &line);

    EngineEndpoint m_endpoint;
    QString m_filePath;
    std::shared_ptr<const model::Analysis> m_analysis;
    BuildStepMap m_map;
    bool m_mapMatches = true;
    bool m_modified = false;
    SaveHandler m_saveHandler;
    QPointer<BuildJob> m_job;
    QPointer<EngineClient> m_client; ///< negotiating, before m_job exists
    int m_currentStep = 0;

    QLabel *m_targetLabel = nullptr;
    QComboBox *m_target = nullptr;
    QLabel *m_tagLabel = nullptr;
    QLineEdit *m_tag = nullptr;
    QLabel *m_argsLabel = nullptr;
    QTableWidget *m_args = nullptr;
    QCheckBox *m_noCache = nullptr;
    QCheckBox *m_pull = nullptr;
    QPushButton *m_build = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_log = nullptr;
};

} // namespace stagecraft::app
