// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Diagnostic.h"
#include "model/SyntaxTree.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace stagecraft::app {

/// The diagnostics of the latest reparse as a table: severity, line, message, code. Messages are
/// translated when shown (DiagnosticMessages), so a language change only needs a repaint.
class DiagnosticsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, LineColumn, MessageColumn, CodeColumn, ColumnCount };

    explicit DiagnosticsModel(QObject *parent = nullptr);

    /// New diagnostics for `tree` (line numbers come from its line index).
    void setDiagnostics(std::shared_ptr<const model::SyntaxTree> tree,
                        const std::vector<model::Diagnostic> &diagnostics);
    [[nodiscard]] const std::vector<model::Diagnostic> &diagnostics() const
    {
        return m_diagnostics;
    }
    /// Re-announces every row and header (after a language change).
    void retranslate();

    [[nodiscard]] int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const model::SyntaxTree> m_tree;
    std::vector<model::Diagnostic> m_diagnostics;
};

} // namespace stagecraft::app
