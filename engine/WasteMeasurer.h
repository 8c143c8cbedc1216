// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineEndpoint.h"
#include "EngineError.h"
#include "ImageArchive.h"

#include "model/Measurement.h"

#include <QObject>
#include <QPointer>

namespace stagecraft::engine {

class ImageLayerReader;

/// Analyses the wasted space of every built stage of a run, one stage image after the other:
/// its layers are streamed from the engine (ImageLayerReader, a worker thread), mapped to the
/// stage's instructions and measured by model::WasteAnalysis.
class WasteMeasurer : public QObject
{
    Q_OBJECT

public:
    explicit WasteMeasurer(const EngineEndpoint &endpoint, QObject *parent = nullptr);
    ~WasteMeasurer() override;

    /// Starts with the first built stage of `run`.
    void start(const model::MeasureRun &run);
    /// Stops; finished() follows with a Cancelled error.
    void cancel();

    /// The layers of `archive` (lowest first) with the instructions of `stage` (whose `layers`
    /// are the engine's history, newest first): the config history and the engine's history
    /// have one entry per step, and layer k belongs to the k-th step that made a layer.
    [[nodiscard]] static std::vector<model::LayerFiles> layersOf(ImageArchive archive,
                                                                 const model::StageMeasure &stage);

    /// layersOf() for stage `stage` of `run`, and the layers its base stage made (when the stage is
    /// based on an earlier stage, `baseStages[stage]` ≥ 0, and so on down) get that stage's lines
    /// too: the base stage's image is the lowest layers of this one. Without a measurement of
    /// `stage`, the layers carry only their history (`createdBy`).
    [[nodiscard]] static std::vector<model::LayerFiles>
    layersOfStage(ImageArchive archive, const model::MeasureRun &run, int stage,
                  const std::vector<int> &baseStages);

Q_SIGNALS:
    /// Reading stage `index`'s image: `bytes` of about `expected`.
    void progress(int index, qint64 bytes, qint64 expected);
    void stageAnalysed(int index, const stagecraft::model::StageWaste &waste);
    void finished(const stagecraft::engine::EngineError &error);

private:
    void next();
    void onRead();

    QPointer<ImageLayerReader> m_reader;
    std::vector<model::StageMeasure> m_stages; ///< the built stages still to analyse, in order
    std::size_t m_position = 0;
    bool m_done = false;
};

} // namespace stagecraft::engine
