// SPDX-License-Identifier: GPL-3.0-or-later
#include "WasteMeasurer.h"

#include "ImageLayerReader.h"

#include "model/WasteAnalysis.h"

namespace stagecraft::engine {

WasteMeasurer::WasteMeasurer(const EngineEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_reader(new ImageLayerReader(endpoint, this))
{
    connect(m_reader, &ImageLayerReader::progress, this, [this](qint64 bytes, qint64 expected) {
        if (m_position < m_stages.size())
            Q_EMIT progress(m_stages[m_position].index, bytes, expected);
    });
    connect(m_reader, &ImageLayerReader::finished, this, &WasteMeasurer::onRead);
    connect(m_reader, &ImageLayerReader::failed, this, [this](const EngineError &error) {
        m_done = true;
        Q_EMIT finished(error);
    });
    connect(m_reader, &ImageLayerReader::cancelled, this, [this] {
        m_done = true;
        Q_EMIT finished(EngineError(EngineError::Kind::Cancelled));
    });
}

WasteMeasurer::~WasteMeasurer() = default;

void WasteMeasurer::start(const model::MeasureRun &run)
{
    m_stages.clear();
    for (const model::StageMeasure &stage : run.stages) {
        if (stage.built && !stage.imageId.empty())
            m_stages.push_back(stage);
    }
    m_position = 0;
    m_done = false;
    next();
}

void WasteMeasurer::cancel()
{
    if (m_done)
        return;
    if (m_reader->isRunning()) {
        m_reader->cancel(); // cancelled() follows
        return;
    }
    m_done = true;
    Q_EMIT finished(EngineError(EngineError::Kind::Cancelled));
}

void WasteMeasurer::next()
{
    if (m_position >= m_stages.size()) {
        m_done = true;
        Q_EMIT finished({});
        return;
    }
    m_reader->start(QString::fromStdString(m_stages[m_position].imageId));
}

void WasteMeasurer::onRead()
{
    const model::StageMeasure &stage = m_stages[m_position];
    const std::vector<model::LayerFiles> layers = layersOf(m_reader->takeArchive(), stage);
    const model::WasteReport report = model::WasteAnalysis::analyse(layers);
    Q_EMIT stageAnalysed(stage.index,
                         model::StageWaste::from(report, layers, stage.size, stage.baseSize));
    ++m_position;
    next();
}

namespace {

/// Gives the layers made by the first `stage.layers.size()` steps of `history` the lines of
/// `stage` (whose `layers` are its engine history, newest first), where they have none yet.
void nameLayers(std::vector<model::LayerFiles> &layers,
                const std::vector<ImageHistoryEntry> &history, const model::StageMeasure &stage)
{
    const std::size_t steps = stage.layers.size();
    if (steps > history.size())
        return;
    std::size_t layer = 0;
    for (std::size_t step = 0; step < steps && layer < layers.size(); ++step) {
        if (history[step].emptyLayer)
            continue;
        model::LayerFiles &files = layers[layer++];
        if (files.instructionIndex >= 0)
            continue;
        const model::LayerMeasure &measure = stage.layers[steps - 1 - step];
        files.line = measure.line;
        files.instructionIndex = measure.instructionIndex;
    }
}

} // namespace

std::vector<model::LayerFiles> WasteMeasurer::layersOf(ImageArchive archive,
                                                       const model::StageMeasure &stage)
{
    std::vector<model::LayerFiles> layers = std::move(archive.layers);
    const std::size_t steps = archive.history.size();
    std::size_t layer = 0;
    for (std::size_t step = 0; step < steps && layer < layers.size(); ++step) {
        if (!archive.history[step].emptyLayer)
            layers[layer++].createdBy = archive.history[step].createdBy;
    }
    if (steps == stage.layers.size())
        nameLayers(layers, archive.history, stage);
    return layers;
}

std::vector<model::LayerFiles> WasteMeasurer::layersOfStage(ImageArchive archive,
                                                            const model::MeasureRun &run, int stage,
                                                            const std::vector<int> &baseStages)
{
    const std::vector<ImageHistoryEntry> history = archive.history;
    const model::StageMeasure *measure = run.stage(stage);
    std::vector<model::LayerFiles> layers
        = layersOf(std::move(archive), measure ? *measure : model::StageMeasure{});
    // Down the chain of base stages; a stage can only be based on an earlier one, so it ends.
    for (int at = stage; at >= 0 && at < static_cast<int>(baseStages.size());) {
        const int base = baseStages[static_cast<std::size_t>(at)];
        if (base < 0 || base >= at)
            break;
        const model::StageMeasure *baseMeasure = run.stage(base);
        if (!baseMeasure || !baseMeasure->built)
            break;
        nameLayers(layers, history, *baseMeasure);
        at = base;
    }
    return layers;
}

} // namespace stagecraft::engine
