// SPDX-License-Identifier: GPL-3.0-or-later
#include "PanelWiring.h"

#include "app/BuildSession.h"
#include "app/TemplateTrial.h"
#include "app/dialogs/CompareDialog.h"
#include "common/EngineMessages.h"
#include "views/panels/BuildPanel.h"
#include "views/panels/FilesPanel.h"
#include "views/panels/SizesPanel.h"

#include <QFileInfo>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace stagecraft::app {

PanelWiring::PanelWiring(BuildSession *session, views::BuildPanel *build, views::SizesPanel *sizes,
                         views::FilesPanel *files, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_build(build)
    , m_sizes(sizes)
    , m_files(files)
{
    // Build.
    connect(build, &views::BuildPanel::buildRequested, session, &BuildSession::startBuild);
    connect(build, &views::BuildPanel::cancelRequested, session, &BuildSession::cancelBuild);
    connect(session, &BuildSession::buildStarted, build, &views::BuildPanel::clearLog);
    connect(session, &BuildSession::buildBusyChanged, build, &views::BuildPanel::setBuilding);
    connect(session, &BuildSession::buildStatus, build, &views::BuildPanel::setStatus);
    connect(session, &BuildSession::buildLog, build, &views::BuildPanel::appendLog);
    connect(session, &BuildSession::buildStep, build, &views::BuildPanel::setStep);
    connect(session, &BuildSession::buildStepLog, build, &views::BuildPanel::appendStepLog);

    // Sizes.
    sizes->setProblemText(&common::EngineMessages::problem);
    connect(sizes, &views::SizesPanel::measureRequested, session, &BuildSession::startMeasure);
    connect(sizes, &views::SizesPanel::cancelRequested, session, &BuildSession::cancelMeasure);
    connect(sizes, &views::SizesPanel::analyseWasteToggled, session,
            &BuildSession::setAnalyseWaste);
    connect(sizes, &views::SizesPanel::compareRequested, this, &PanelWiring::openCompare);
    connect(sizes, &views::SizesPanel::exportRequested, this, [this](const QString &path) {
        QString error;
        if (!exportSizes(path, error))
            QMessageBox::warning(m_sizes, views::SizesPanel::tr("Export Measurement"), error);
    });
    connect(session, &BuildSession::measureBusyChanged, sizes, &views::SizesPanel::setMeasuring);
    connect(session, &BuildSession::measureStatus, sizes, &views::SizesPanel::setStatus);
    connect(session, &BuildSession::measureProgressChanged, sizes, &views::SizesPanel::setProgress);
    connect(session, &BuildSession::runChanged, sizes, &views::SizesPanel::setRun);
    connect(session->templateTrial(), &TemplateTrial::finished, this,
            &PanelWiring::onTrialFinished);

    // Files.
    connect(files, &views::FilesPanel::imageRequested, session,
            [session](const QString &image) { session->readImage(image); });
    connect(files, &views::FilesPanel::imagesRequested, session, &BuildSession::listImages);
    connect(files, &views::FilesPanel::cancelRequested, session, &BuildSession::cancelFiles);
    connect(session, &BuildSession::filesStarted, files, &views::FilesPanel::showReading);
    connect(session, &BuildSession::filesProgress, files, &views::FilesPanel::showProgress);
    connect(session, &BuildSession::filesStatus, files, &views::FilesPanel::showStep);
    connect(session, &BuildSession::filesLoaded, files, &views::FilesPanel::showListing);
    connect(session, &BuildSession::filesFailed, files, &views::FilesPanel::showFailure);
    connect(session, &BuildSession::filesCancelled, files, &views::FilesPanel::showCancelled);
    connect(session, &BuildSession::filesNotice, files, &views::FilesPanel::showNotice);
    connect(session, &BuildSession::layersStarted, files, &views::FilesPanel::showLayersReading);
    connect(session, &BuildSession::layersProgress, files, &views::FilesPanel::showLayersProgress);
    connect(session, &BuildSession::layersLoaded, files, &views::FilesPanel::showLayers);
    connect(session, &BuildSession::layersFailed, files, &views::FilesPanel::showLayersFailed);
    connect(session, &BuildSession::imagesListed, files, &views::FilesPanel::setImages);
    connect(session, &BuildSession::imagesListFailed, files, &views::FilesPanel::showImagesFailed);
    connect(session, &BuildSession::endpointChanged, files, &views::FilesPanel::invalidateImages);
}

bool PanelWiring::exportSizes(const QString &path, QString &error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png"_s || suffix == u"svg"_s)
        return m_sizes->exportChart(path, error);
    return m_session->exportReport(path, error);
}

void PanelWiring::openCompare()
{
    CompareDialog dialog(m_sizes);
    dialog.setEndpoint(m_session->endpoint());
    QList<model::MeasureRun> runs = m_session->runs();
    const model::MeasureRun &shown = m_session->run();
    if (!shown.stages.empty() && !runs.contains(shown))
        runs.prepend(shown);
    dialog.setRuns(runs);
    dialog.exec();
}

void PanelWiring::onTrialFinished(bool succeeded)
{
    if (!succeeded)
        return;
    const TemplateTrial *trial = m_session->templateTrial();
    if (m_trialCompare)
        m_trialCompare->close();
    auto *dialog = new CompareDialog(m_sizes->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEndpoint(m_session->endpoint());
    //: %1 = template title
    dialog->setWindowTitle(tr("%1: Single-Stage vs Multi-Stage").arg(trial->title()));
    // Newest first: A (the before) defaults to the second, B (the after) to the first.
    dialog->setRuns({trial->afterRun(), trial->beforeRun()});
    m_trialCompare = dialog;
    dialog->show();
}

} // namespace stagecraft::app
