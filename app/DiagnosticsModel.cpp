// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosticsModel.h"

#include "common/DiagnosticMessages.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

#include <algorithm>

namespace stagecraft::app {

namespace {

bool sameDiagnostics(const std::vector<model::Diagnostic> &a,
                     const std::vector<model::Diagnostic> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const model::Diagnostic &x, const model::Diagnostic &y) {
                          return x.code == y.code && x.severity == y.severity && x.range == y.range
                              && x.args == y.args;
                      });
}

} // namespace

DiagnosticsModel::DiagnosticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DiagnosticsModel::setAnalysis(const std::shared_ptr<const model::Analysis> &analysis)
{
    // Typing elsewhere in the file keeps the list as it is: no reset, no lost selection.
    if (analysis && sameDiagnostics(analysis->diagnostics(), diagnostics())) {
        m_analysis = analysis;
        return;
    }
    beginResetModel();
    m_analysis = analysis;
    endResetModel();
}

const std::vector<model::Diagnostic> &DiagnosticsModel::diagnostics() const
{
    static const std::vector<model::Diagnostic> none;
    return m_analysis ? m_analysis->diagnostics() : none;
}

void DiagnosticsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!diagnostics().empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(diagnostics().size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const model::Diagnostic &d = diagnostics()[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return common::DiagnosticMessages::severityName(d.severity);
        case LineColumn:
            return m_analysis->tree()->lineIndex().line(d.range.begin);
        case MessageColumn:
            return common::DiagnosticMessages::message(d);
        case CodeColumn:
            return QString::fromStdString(d.code);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn)
            return {};
        switch (d.severity) {
        case model::Severity::Error:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        case model::Severity::Warning:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case model::Severity::Info:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        }
        return {};
    case Qt::ToolTipRole: {
        if (index.column() != MessageColumn)
            return {};
        QString tip = common::DiagnosticMessages::message(d);
        const QString why = common::DiagnosticMessages::explanation(d.code);
        if (!why.isEmpty())
            tip += QStringLiteral("\n\n") + why;
        if (d.fix) {
            //: Tooltip of a diagnostic with a fix-it: %1 = the message, %2 = the fix's title
            return tr("%1\nFix: %2").arg(tip, common::DiagnosticMessages::fixTitle(d.code));
        }
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        //: Column header in the diagnostics panel
        return tr("Severity");
    case LineColumn:
        //: Column header in the diagnostics panel
        return tr("Line");
    case MessageColumn:
        //: Column header in the diagnostics panel
        return tr("Message");
    case CodeColumn:
        //: Column header in the diagnostics panel: the rule's code, e.g. StageNameCasing
        return tr("Code");
    default:
        return {};
    }
}

} // namespace stagecraft::app
