// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Analysis.h"
#include "model/BuildContext.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QTextDocument;
class QTimer;

namespace stagecraft::app {

/// Turns the document's text into analyses: while the text changes it is reparsed at most once
/// per frame, and each reparse builds one model::Analysis (tree, graph, diagnostics, offset
/// table, stage ids carried over from the previous one) and publishes it once through
/// analysisChanged(). Every reader (canvas, editor, panels) takes that shared, immutable
/// snapshot. Another build target or build context lints the same analysis again and
/// publishes the result.
class AnalysisPublisher : public QObject
{
    Q_OBJECT

public:
    /// Follows the edits of `document`, which must outlive the publisher's use of it. Analyses
    /// the current text at once, so analysis() is never null.
    explicit AnalysisPublisher(QTextDocument *document, QObject *parent = nullptr);

    /// The latest analysis.
    [[nodiscard]] const std::shared_ptr<const model::Analysis> &analysis() const
    {
        return m_analysis;
    }
    /// Reparses now when a reparse is pending (or the text differs from the analysis).
    void reparseNow();
    [[nodiscard]] bool isReparsePending() const;

    /// The build target lint uses (-1: the last stage).
    void setTarget(int target);
    [[nodiscard]] int target() const { return m_target; }
    /// The build context lint's context checks use (null: those checks are off).
    void setContext(std::shared_ptr<const model::BuildContext> context);

Q_SIGNALS:
    /// A new analysis: from a reparse, or the same text linted with new options.
    void analysisChanged(const std::shared_ptr<const stagecraft::model::Analysis> &analysis);

private:
    void reparse();
    void publish(std::shared_ptr<const model::Analysis> analysis);
    [[nodiscard]] model::LintOptions lintOptions() const;

    QPointer<QTextDocument> m_document;
    QTimer *m_timer = nullptr;
    std::shared_ptr<const model::Analysis> m_analysis;
    std::shared_ptr<const model::BuildContext> m_context;
    int m_target = -1;
};

} // namespace stagecraft::app
