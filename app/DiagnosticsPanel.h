// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/BuildKitFrontend.h"
#include "model/Analysis.h"
#include "model/Diagnostic.h"

#include <QWidget>

#include <memory>
#include <vector>

class QTreeView;

namespace stagecraft::app {

class DiagnosticsModel;

/// The diagnostics dock's content: one row per diagnostic (severity icon and word, line,
/// message, code). Activating a row (double click, Enter) asks the window to reveal its text.
class DiagnosticsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DiagnosticsPanel(QWidget *parent = nullptr);

    /// Shows the diagnostics of `analysis` (the controller publishes one per reparse).
    void setAnalysis(const std::shared_ptr<const stagecraft::model::Analysis> &analysis);
    /// What the engine's BuildKit frontend would refuse (DiagnosticsModel::setFrontendLimits()).
    void setFrontendLimits(const std::vector<engine::FrontendLimit> &limits);
    /// The diagnostics shown, in row order.
    [[nodiscard]] const std::vector<model::Diagnostic> &diagnostics() const;
    [[nodiscard]] DiagnosticsModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }

Q_SIGNALS:
    /// Row `index` (of diagnostics()) was activated.
    void diagnosticActivated(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    DiagnosticsModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace stagecraft::app
