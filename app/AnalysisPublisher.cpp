// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AnalysisPublisher.h"

#include "app/DocumentText.h"

#include <QTextDocument>
#include <QTimer>

#include <utility>

namespace stagecraft::app {

namespace {

/// One reparse per frame at most while typing (DESIGN.md: reparse coalesced to once per frame).
constexpr int reparseIntervalMs = 16;

} // namespace

AnalysisPublisher::AnalysisPublisher(QTextDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
{
    // Not restarted on every keystroke: while someone types, the text is reparsed once per frame
    // rather than only after they stop.
    m_timer->setSingleShot(true);
    m_timer->setInterval(reparseIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &AnalysisPublisher::reparse);
    // The highlighter's format changes arrive here too; reparse() sees that the text is the same.
    connect(document, &QTextDocument::contentsChange, this, [this] {
        if (!m_timer->isActive())
            m_timer->start();
    });
    reparse();
}

void AnalysisPublisher::reparseNow()
{
    m_timer->stop();
    reparse();
}

bool AnalysisPublisher::isReparsePending() const
{
    return m_timer->isActive();
}

void AnalysisPublisher::reparse()
{
    if (!m_document)
        return;
    std::string text = DocumentText::modelText(*m_document);
    if (m_analysis && text == m_analysis->text())
        return;
    publish(model::Analysis::build(std::move(text), lintOptions(), m_analysis.get()));
}

void AnalysisPublisher::setTarget(int target)
{
    if (target == m_target)
        return;
    m_target = target;
    publish(model::Analysis::relint(*m_analysis, lintOptions()));
}

void AnalysisPublisher::setContext(std::shared_ptr<const model::BuildContext> context)
{
    m_context = std::move(context);
    publish(model::Analysis::relint(*m_analysis, lintOptions()));
}

void AnalysisPublisher::publish(std::shared_ptr<const model::Analysis> analysis)
{
    m_analysis = std::move(analysis);
    Q_EMIT analysisChanged(m_analysis);
}

model::LintOptions AnalysisPublisher::lintOptions() const
{
    model::LintOptions options(m_target);
    options.context = m_context;
    return options;
}

} // namespace stagecraft::app
