// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/panels/BuildRequest.h"

#include "model/Analysis.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace stagecraft::views {

/// The Build dock: target (the parsed stages, final by default), tag, the builder (automatic,
/// BuildKit, classic; the same setting as Preferences), build args offered from the file's ARG
/// declarations with their defaults, no-cache and pull; Build and Cancel; the live log, which a
/// BuildKit build can narrow to one step's output, and a status line. A view: it shows the
/// document's stages and args and what the build reports (setBuilding(), setStatus(), appendLog()),
/// and asks for a build with buildRequested() — the app builds (app/BuildSession) and moves the
/// step highlights.
class BuildPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BuildPanel(QWidget *parent = nullptr);
    ~BuildPanel() override;

    /// The document's latest analysis. Keeps what the user chose (target by name, tag, args
    /// they edited) when it still fits.
    void setAnalysis(const std::shared_ptr<const model::Analysis> &analysis);

    /// The build the user's choices make now.
    [[nodiscard]] BuildRequest request() const;
    /// The stage index of the chosen target (-1: none).
    [[nodiscard]] int targetStage() const;
    /// True between setBuilding(true) and setBuilding(false).
    [[nodiscard]] bool isBuilding() const { return m_building; }

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
    /// Items: automatic, BuildKit, classic builder; data: engine::builderName().
    [[nodiscard]] QComboBox *builderBox() const { return m_builder; }
    /// "All steps", then each step of the build (data: the step's id, -1 for all).
    [[nodiscard]] QComboBox *stepBox() const { return m_stepBox; }
    /// The builder chosen ("auto", "buildkit", "classic").
    [[nodiscard]] QString builder() const;

public Q_SLOTS:
    /// A build runs (Build off, Cancel on, the choices locked) or not.
    void setBuilding(bool building);
    /// The status line; `error` shows it as an error.
    void setStatus(const QString &text, bool error = false);
    /// Empties the log (a new build).
    void clearLog();
    /// Adds a line to the log, following it when the view is at its end.
    void appendLog(const QString &line);
    /// Shows `name` ("auto", "buildkit", "classic") as the builder, without builderChosen().
    void setBuilder(const QString &name);
    /// A step of a BuildKit build (`step`: its id in this build) and its state, translated
    /// ("running", "cached", "1.2 s", "failed"): added to the step list, or updated there.
    void setStep(int step, const QString &name, const QString &state);
    /// A line of step `step`'s output (also given to appendLog()): kept for that step's log.
    void appendStepLog(int step, const QString &line);

Q_SIGNALS:
    /// Build was clicked.
    void buildRequested(const stagecraft::views::BuildRequest &request);
    /// Cancel was clicked.
    void cancelRequested();
    /// The user chose another builder ("auto", "buildkit", "classic").
    void builderChosen(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The analysis's graph and tree (an empty graph and null before the first analysis).
    [[nodiscard]] const model::StageGraph &graph() const;
    [[nodiscard]] const model::SyntaxTree *tree() const;
    void retranslateUi();
    void fillTargets();
    void fillArgs();
    /// Shows the whole log, or the chosen step's lines.
    void showLog();

    std::shared_ptr<const model::Analysis> m_analysis;
    bool m_building = false;

    QLabel *m_targetLabel = nullptr;
    QComboBox *m_target = nullptr;
    QLabel *m_builderLabel = nullptr;
    QComboBox *m_builder = nullptr;
    QLabel *m_tagLabel = nullptr;
    QLineEdit *m_tag = nullptr;
    QLabel *m_argsLabel = nullptr;
    QTableWidget *m_args = nullptr;
    QCheckBox *m_noCache = nullptr;
    QCheckBox *m_pull = nullptr;
    QPushButton *m_build = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_stepLabel = nullptr;
    QComboBox *m_stepBox = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QStringList m_lines;                 ///< the whole log
    QHash<int, QStringList> m_stepLines; ///< step id → its output
    QHash<int, QString> m_stepNames;     ///< step id → its name
};

} // namespace stagecraft::views
