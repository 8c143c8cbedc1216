// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineEndpoint.h"
#include "model/Measurement.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace stagecraft::engine {
class StageMeasurer;
} // namespace stagecraft::engine

namespace stagecraft::app {

/// The Learn panel's "Try it" for a template: writes the template into a fresh folder of a
/// temporary directory kept for the session, then builds and measures its single-stage
/// `Dockerfile.before` and its multi-stage `Dockerfile` in turn (StageMeasurer, asynchronous), so
/// the two final images can be compared. progress() tells what runs; finished() ends every
/// start(), also after a failure or cancel().
class TemplateTrial : public QObject
{
    Q_OBJECT

public:
    explicit TemplateTrial(QObject *parent = nullptr);
    ~TemplateTrial() override;

    void setEndpoint(const engine::EngineEndpoint &endpoint) { m_endpoint = endpoint; }

    /// Writes template `templateId` (TemplateCatalog) and measures both variants. False (with
    /// errorMessage() set, and no finished()) when it cannot start: another trial runs, the
    /// template is unknown, or it cannot be written.
    bool start(const QString &templateId);
    /// Measures `Dockerfile.before` and `Dockerfile` of `directory` (the build context).
    /// `title` names the pair in messages. False (errorMessage() set) when it cannot start.
    bool startInDirectory(const QString &directory, const QString &title);
    /// Stops the running measurement; finished(false) follows.
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_step != Step::Idle; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] const model::MeasureRun &beforeRun() const { return m_before; }
    [[nodiscard]] const model::MeasureRun &afterRun() const { return m_after; }
    /// Translated: why the last trial failed or could not start ("" after a success).
    [[nodiscard]] QString errorMessage() const { return m_error; }
    /// True when the last trial was cancelled.
    [[nodiscard]] bool wasCancelled() const { return m_cancelled; }

Q_SIGNALS:
    /// A translated note about the current step.
    void progress(const QString &text);
    /// Both variants were measured (true), or the trial failed or was cancelled (false).
    void finished(bool succeeded);

private:
    enum class Step { Idle, Before, After };
    void measure(Step step);
    void fail(const QString &message);
    [[nodiscard]] QString variantName(Step step) const;

    engine::EngineEndpoint m_endpoint;
    std::unique_ptr<QTemporaryDir> m_temp;
    int m_trials = 0;
    QString m_directory;
    QString m_title;
    Step m_step = Step::Idle;
    QPointer<engine::StageMeasurer> m_measurer;
    model::MeasureRun m_before;
    model::MeasureRun m_after;
    QString m_error;
    bool m_cancelled = false;
};

} // namespace stagecraft::app
