// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/BuildKitFrontend.h"
#include "model/Analysis.h"
#include "model/Diagnostic.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace stagecraft::app {

/// The diagnostics of an analysis as a table: severity, line, message, code; then what the
/// engine's BuildKit frontend cannot build (engine::FrontendLimit, code "BuildKitFrontend"), which
/// depends on the engine and the builder, not on the text alone. Messages are translated when
/// shown (DiagnosticMessages, EngineMessages), so a language change only needs a repaint.
class DiagnosticsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, LineColumn, MessageColumn, CodeColumn, ColumnCount };

    explicit DiagnosticsModel(QObject *parent = nullptr);

    /// The diagnostics of `analysis` (line numbers come from its tree's line index).
    void setAnalysis(const std::shared_ptr<const model::Analysis> &analysis);
    /// The lines the engine's built-in BuildKit frontend would refuse (found for this analysis's
    /// tree), shown after the analysis's diagnostics; empty when the build does not use BuildKit.
    void setFrontendLimits(const std::vector<engine::FrontendLimit> &limits);
    /// The diagnostics shown, in row order: the analysis's, then one per frontend limit (code
    /// "BuildKitFrontend", its line's range).
    [[nodiscard]] const std::vector<model::Diagnostic> &diagnostics() const;
    /// Re-announces every row and header (after a language change).
    void retranslate();

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /// The code of a frontend limit's row.
    static constexpr const char *FrontendLimitCode = "BuildKitFrontend";

private:
    /// m_shown from the analysis and the limits; true when it changed.
    bool rebuild();
    /// The frontend limit at `row`, or null for an analysis diagnostic.
    [[nodiscard]] const engine::FrontendLimit *limitAt(int row) const;

    std::shared_ptr<const model::Analysis> m_analysis;
    std::vector<engine::FrontendLimit> m_limits;
    std::vector<model::Diagnostic> m_shown;
};

} // namespace stagecraft::app
