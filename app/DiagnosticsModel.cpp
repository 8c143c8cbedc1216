// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosticsModel.h"

#include "common/DiagnosticMessages.h"
#include "common/EngineMessages.h"

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
    m_analysis = analysis;
    // Typing elsewhere in the file keeps the list as it is: no reset, no lost selection.
    if (!rebuild() && analysis)
        return;
    beginResetModel();
    endResetModel();
}

void DiagnosticsModel::setFrontendLimits(const std::vector<engine::FrontendLimit> &limits)
{
    const bool same
        = std::equal(limits.begin(), limits.end(), m_limits.begin(), m_limits.end(),
                     [](const engine::FrontendLimit &a, const engine::FrontendLimit &b) {
                         return a.kind == b.kind && a.line == b.line && a.detail == b.detail;
                     });
    m_limits = limits;
    if (!rebuild() && same)
        return;
    beginResetModel();
    endResetModel();
}

bool DiagnosticsModel::rebuild()
{
    std::vector<model::Diagnostic> shown;
    if (m_analysis) {
        shown = m_analysis->diagnostics();
        const model::SyntaxTree &tree = *m_analysis->tree();
        for (const engine::FrontendLimit &limit : m_limits) {
            model::Diagnostic d;
            d.code = FrontendLimitCode;
            d.severity = model::Severity::Error;
            const auto &instructions = tree.instructions();
            if (limit.instruction >= 0 && limit.instruction < static_cast<int>(instructions.size()))
                d.range = instructions[std::size_t(limit.instruction)].range;
            else if (limit.line > 0 && limit.line <= tree.lineIndex().lineCount())
                d.range = {tree.lineIndex().lineStart(limit.line),
                           tree.lineIndex().lineStart(limit.line)};
            d.args = {std::to_string(int(limit.kind)), limit.detail.toStdString()};
            shown.push_back(std::move(d));
        }
    }
    const bool changed = !sameDiagnostics(shown, m_shown);
    m_shown = std::move(shown);
    return changed;
}

const engine::FrontendLimit *DiagnosticsModel::limitAt(int row) const
{
    const int first = m_analysis ? static_cast<int>(m_analysis->diagnostics().size()) : 0;
    const int at = row - first;
    return at >= 0 && at < static_cast<int>(m_limits.size()) ? &m_limits[std::size_t(at)] : nullptr;
}

const std::vector<model::Diagnostic> &DiagnosticsModel::diagnostics() const
{
    return m_shown;
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
            if (const engine::FrontendLimit *limit = limitAt(index.row()))
                return common::EngineMessages::frontendLimitReason(*limit);
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
        if (const engine::FrontendLimit *limit = limitAt(index.row()))
            return common::EngineMessages::frontendLimitReason(*limit);
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
