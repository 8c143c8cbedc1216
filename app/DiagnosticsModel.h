// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Analysis.h"
#include "model/Diagnostic.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace stagecraft::app {

/// The diagnostics of an analysis as a table: severity, line, message, code. Messages are
/// translated when shown (DiagnosticMessages), so a language change only needs a repaint.
class DiagnosticsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, LineColumn, MessageColumn, CodeColumn, ColumnCount };

    explicit DiagnosticsModel(QObject *parent = nullptr);

    /// The diagnostics of `analysis` (line numbers come from its tree's line index).
    void setAnalysis(const std::shared_ptr<const model::Analysis> &analysis);
    /// The diagnostics shown (the analysis's, in its order).
    [[nodiscard]] const std::vector<model::Diagnostic> &diagnostics() const;
    /// Re-announces every row and header (after a language change).
    void retranslate();

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const model::Analysis> m_analysis;
};

} // namespace stagecraft::app
