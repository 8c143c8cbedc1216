// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/panels/BuildRequest.h"

#include "model/Analysis.h"

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

/// The Build dock: target (the parsed stages, final by default), tag, build args offered from
/// the file's ARG declarations with their defaults, no-cache and pull; Build and Cancel; the live
/// log and a status line. A view: it shows the document's stages and args and what the build
/// reports (setBuilding(), setStatus(), appendLog()), and asks for a build with
/// buildRequested() — the app builds (app/BuildSession) and moves the step highlights.
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

public Q_SLOTS:
    /// A build runs (Build off, Cancel on, the choices locked) or not.
    void setBuilding(bool building);
    /// The status line; `error` shows it as an error.
    void setStatus(const QString &text, bool error = false);
    /// Empties the log (a new build).
    void clearLog();
    /// Adds a line to the log, following it when the view is at its end.
    void appendLog(const QString &line);

Q_SIGNALS:
    /// Build was clicked.
    void buildRequested(const stagecraft::views::BuildRequest &request);
    /// Cancel was clicked.
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The analysis's graph and tree (an empty graph and null before the first analysis).
    [[nodiscard]] const model::StageGraph &graph() const;
    [[nodiscard]] const model::SyntaxTree *tree() const;
    void retranslateUi();
    void fillTargets();
    void fillArgs();

    std::shared_ptr<const model::Analysis> m_analysis;
    bool m_building = false;

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

} // namespace stagecraft::views
