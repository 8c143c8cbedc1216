// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateTrial.h"

#include "common/EngineMessages.h"

#include "common/TemplateCatalog.h"

#include "engine/StageMeasurer.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace stagecraft::app {

TemplateTrial::TemplateTrial(QObject *parent)
    : QObject(parent)
{ }

TemplateTrial::~TemplateTrial()
{
    if (m_measurer) {
        m_measurer->disconnect(this);
        m_measurer->cancel();
    }
}

bool TemplateTrial::start(const QString &templateId)
{
    if (isRunning()) {
        m_error = tr("A template is already being built; wait for it or cancel it.");
        return false;
    }
    const std::optional<common::TemplateCatalog::Template> found
        = common::TemplateCatalog::find(templateId);
    if (!found) {
        m_error = tr("There is no template \"%1\".").arg(templateId);
        return false;
    }
    if (!m_temp) {
        m_temp = std::make_unique<QTemporaryDir>(
            QDir(QDir::tempPath()).filePath(u"stagecraft-try-XXXXXX"_s));
        if (!m_temp->isValid()) {
            m_error = tr("Cannot create a temporary folder for the template: %1")
                          .arg(m_temp->errorString());
            m_temp.reset();
            return false;
        }
    }
    // A fresh folder per trial: the template is written whole, never over an older copy.
    const QString directory
        = QDir(m_temp->path()).filePath(u"%1-%2"_s.arg(templateId).arg(++m_trials));
    const common::TemplateCatalog::WriteResult written
        = common::TemplateCatalog::write(templateId, directory);
    if (!written.ok) {
        m_error = written.message;
        return false;
    }
    return startInDirectory(directory, found->title);
}

bool TemplateTrial::startInDirectory(const QString &directory, const QString &title)
{
    if (isRunning()) {
        m_error = tr("A template is already being built; wait for it or cancel it.");
        return false;
    }
    const QDir dir(directory);
    for (const char *file :
         {common::TemplateCatalog::kDockerfileBefore, common::TemplateCatalog::kDockerfile}) {
        const QString path = dir.filePath(QString::fromLatin1(file));
        if (!QFileInfo(path).isFile()) {
            //: %1 = file path
            m_error = tr("%1 is missing.").arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
    m_directory = dir.absolutePath();
    m_title = title;
    m_before = {};
    m_after = {};
    m_error.clear();
    m_cancelled = false;
    measure(Step::Before);
    return true;
}

void TemplateTrial::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    if (m_measurer)
        m_measurer->cancel();
}

QString TemplateTrial::variantName(Step step) const
{
    if (step == Step::Before)
        //: %1 = template title, %2 = file name (Dockerfile.before)
        return tr("the single-stage \"before\" variant of %1 (%2)")
            .arg(m_title, QString::fromLatin1(common::TemplateCatalog::kDockerfileBefore));
    //: %1 = template title, %2 = file name (Dockerfile)
    return tr("the multi-stage \"after\" variant of %1 (%2)")
        .arg(m_title, QString::fromLatin1(common::TemplateCatalog::kDockerfile));
}

void TemplateTrial::fail(const QString &message)
{
    m_step = Step::Idle;
    m_error = message;
    Q_EMIT finished(false);
}

void TemplateTrial::measure(Step step)
{
    m_step = step;
    if (m_cancelled) {
        fail(tr("Cancelled building %1.").arg(variantName(step)));
        return;
    }
    const QString file
        = QString::fromLatin1(step == Step::Before ? common::TemplateCatalog::kDockerfileBefore
                                                   : common::TemplateCatalog::kDockerfile);
    const QString variant = variantName(step);
    //: %1 = which variant, e.g. the single-stage "before" variant of Python (Dockerfile.before)
    Q_EMIT progress(tr("Building %1…").arg(variant));
    engine::EngineError error;
    m_measurer = engine::StageMeasurer::forDockerfile(m_endpoint, QDir(m_directory).filePath(file),
                                                      this, error);
    if (!m_measurer) {
        //: %1 = which variant, %2 = the engine's message
        fail(tr("Could not build %1: %2").arg(variant, common::EngineMessages::message(error)));
        return;
    }
    connect(m_measurer, &engine::StageMeasurer::progress, this,
            [this, variant](const engine::MeasureProgress &progressed) {
                //: %1 = which variant, %2 = stage number, %3 = stage count, %4 = what happens
                Q_EMIT progress(tr("Building %1 — stage %2 of %3: %4")
                                    .arg(variant)
                                    .arg(progressed.stage + 1)
                                    .arg(progressed.stageCount)
                                    .arg(common::EngineMessages::progress(progressed)));
            });
    connect(m_measurer, &engine::StageMeasurer::finished, this,
            [this, step, variant](const model::MeasureRun &run, const engine::EngineError &result) {
                if (m_measurer)
                    m_measurer->deleteLater();
                m_measurer = nullptr;
                if (m_cancelled || result.kind() == engine::EngineError::Kind::Cancelled) {
                    m_cancelled = true;
                    fail(tr("Cancelled building %1.").arg(variant));
                    return;
                }
                if (result.isError()) {
                    fail(tr("Could not build %1: %2")
                             .arg(variant, common::EngineMessages::message(result)));
                    return;
                }
                const model::StageMeasure *final = run.finalStage();
                if (!final || !final->built) {
                    fail(tr("Could not build %1: the final stage was not built.").arg(variant));
                    return;
                }
                if (step == Step::Before) {
                    m_before = run;
                    // After this signal's emission: the next measurer negotiates in a local loop.
                    QMetaObject::invokeMethod(
                        this, [this] { measure(Step::After); }, Qt::QueuedConnection);
                    return;
                }
                m_after = run;
                m_step = Step::Idle;
                Q_EMIT finished(true);
            });
    m_measurer->start();
}

} // namespace stagecraft::app
