// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosticsPanel.h"

#include "DiagnosticsModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace stagecraft::app {

DiagnosticsPanel::DiagnosticsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new DiagnosticsModel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(u"diagnosticsPanel"_s);
    m_view->setObjectName(u"diagnosticsView"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DiagnosticsModel::SeverityColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(DiagnosticsModel::LineColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(DiagnosticsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(DiagnosticsModel::CodeColumn,
                                           QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view, &QTreeView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT diagnosticActivated(index.row()); });
    retranslateUi();
}

void DiagnosticsPanel::setAnalysis(const std::shared_ptr<const model::Analysis> &analysis)
{
    m_model->setAnalysis(analysis);
}

void DiagnosticsPanel::setFrontendLimits(const std::vector<engine::FrontendLimit> &limits)
{
    m_model->setFrontendLimits(limits);
}

const std::vector<model::Diagnostic> &DiagnosticsPanel::diagnostics() const
{
    return m_model->diagnostics();
}

void DiagnosticsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DiagnosticsPanel::retranslateUi()
{
    m_view->setAccessibleName(tr("Diagnostics"));
    m_model->retranslate();
}

} // namespace stagecraft::app
