// SPDX-License-Identifier: GPL-3.0-or-later
// BuildSession's Files part: a stage's (or any image's) file listing and, under it, the image's
// layers with dive's marks (the Files panel). The build and measure parts are in BuildSession.cpp.
#include "BuildSession.h"

#include "common/EngineMessages.h"
#include "engine/EngineError.h"
#include "engine/ImageLayerReader.h"
#include "engine/StageFilesystem.h"
#include "engine/WasteMeasurer.h"

using namespace Qt::StringLiterals;

namespace stagecraft::app {

// --- Files -----------------------------------------------------------------------------------

bool BuildSession::isReadingFiles() const
{
    return m_filesystem->isRunning();
}

const model::FileListing &BuildSession::fileListing() const
{
    return m_filesystem->listing();
}

void BuildSession::showStageFiles(int stageIndex)
{
    const auto &stages = graph().stages();
    if (stageIndex < 0 || stageIndex >= static_cast<int>(stages.size()))
        return;
    const model::Stage &stage = stages[static_cast<std::size_t>(stageIndex)];
    const QString label = stageTitle(stage);
    const bool matches = !m_run.stages.empty() && runMatchesDocument(m_run);
    const model::StageMeasure *measured = matches ? m_run.stage(stageIndex) : nullptr;
    // The file may have changed since: a stage now at this index under another name is not it.
    if (measured
        && QString::fromStdString(measured->name)
                .compare(QString::fromStdString(stage.name), Qt::CaseInsensitive)
            != 0)
        measured = nullptr;
    if (!measured || !measured->built || measured->imageId.empty()) {
        QString message;
        if (!m_run.stages.empty() && !matches)
            //: %1 = stage name or #index
            message = tr("The Sizes panel shows a measurement of another Dockerfile. To see the "
                         "files of stage %1, run \"Build & Measure All Stages\" on this one "
                         "first.")
                          .arg(label);
        else
            //: %1 = stage name or #index
            message = tr("Stage %1 has not been built yet. Run \"Build & Measure All Stages\" in "
                         "the Sizes panel first, then select the stage again.")
                          .arg(label);
        // A late finished(), failed() or cancelled() of a read is ignored from now on.
        m_filesystem->cancel();
        m_readingLayers = false;
        m_layerReader->cancel();
        m_filesState = FilesState::Failed;
        m_filesStage = -1;
        m_filesImage.clear();
        m_filesBase.clear();
        Q_EMIT filesNotice(message);
        Q_EMIT statusMessage(message);
        return;
    }
    // What the stage added is judged against the stage it is based on, or its FROM image.
    QString base;
    if (stage.baseStage >= 0) {
        const model::StageMeasure *baseStage = m_run.stage(stage.baseStage);
        if (baseStage && baseStage->built)
            base = QString::fromStdString(baseStage->imageId);
    } else {
        base = QString::fromStdString(stage.baseExpanded.empty() ? stage.base : stage.baseExpanded);
        if (base.compare(u"scratch"_s, Qt::CaseInsensitive) == 0)
            base.clear();
    }
    const QString image = QString::fromStdString(measured->imageId);
    if (stageIndex == m_filesStage && image == m_filesImage && base == m_filesBase
        && (m_filesState == FilesState::Running || m_filesState == FilesState::Done))
        return;
    startFiles(stageIndex, image, base);
}

void BuildSession::readImage(const QString &image, const QString &baseImage)
{
    startFiles(-1, image, baseImage);
}

void BuildSession::startFiles(int stage, const QString &image, const QString &baseImage)
{
    m_filesStage = stage;
    m_filesImage = image;
    m_filesBase = baseImage;
    m_filesState = FilesState::Running;
    if (m_readingLayers) {
        m_readingLayers = false;
        m_layerReader->cancel(); // its cancelled() is ignored
    }
    Q_EMIT filesStarted(stage, image, baseImage);
    m_filesystem->start(image, baseImage);
}

void BuildSession::cancelFiles()
{
    m_filesystem->cancel();
    m_layerReader->cancel(); // cancelled() follows when it was running
}

void BuildSession::makeLayerReader()
{
    delete m_layerReader; // waits for its worker; its result is dropped
    m_layerReader = new engine::ImageLayerReader(m_endpoint, this);
    connect(m_layerReader, &engine::ImageLayerReader::progress, this,
            [this](qint64 bytes, qint64 expected) {
                if (m_readingLayers)
                    Q_EMIT layersProgress(bytes, expected);
            });
    connect(m_layerReader, &engine::ImageLayerReader::finished, this, &BuildSession::onLayersRead);
    connect(m_layerReader, &engine::ImageLayerReader::failed, this,
            [this](const engine::EngineError &error) {
                if (!std::exchange(m_readingLayers, false))
                    return;
                Q_EMIT layersFailed(common::EngineMessages::message(error));
            });
    connect(m_layerReader, &engine::ImageLayerReader::cancelled, this, [this] {
        if (std::exchange(m_readingLayers, false))
            Q_EMIT filesCancelled();
    });
}

void BuildSession::startLayers()
{
    m_readingLayers = true;
    Q_EMIT layersStarted();
    m_layerReader->start(m_filesImage);
}

void BuildSession::onLayersRead()
{
    if (!std::exchange(m_readingLayers, false))
        return;
    std::vector<int> baseStages;
    for (const model::Stage &stage : graph().stages())
        baseStages.push_back(stage.baseStage);
    // Lines only for a stage of a measurement of this document (showStageFiles() checked).
    const model::MeasureRun none;
    Q_EMIT layersLoaded(engine::WasteMeasurer::layersOfStage(
        m_layerReader->takeArchive(), m_filesStage >= 0 ? m_run : none, m_filesStage, baseStages));
}

void BuildSession::listImages()
{
    m_filesystem->listImages();
}

} // namespace stagecraft::app
