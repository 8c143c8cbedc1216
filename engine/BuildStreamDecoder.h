// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpressionMatch>
#include <QString>
#include <QStringList>

namespace stagecraft::engine {

/// One typed event of a /build progress stream (classic builder, or BuildKit: see
/// BuildKitStreamDecoder).
struct BuildEvent
{
    enum class Type {
        Log,        ///< a complete output line (text)
        Step,       ///< "Step N/M : INSTRUCTION" (step, total, text = instruction)
        StageImage, ///< a stage's image is known (stage, id); may repeat with a fuller id
        Error,      ///< the build failed (text = message, step = current step)
        Vertex,     ///< BuildKit: vertex `vertex` started, completed or failed
        VertexLog,  ///< BuildKit: output of vertex `vertex` (text, without its line end)
    };
    Type type = Type::Log;
    QString text;
    int step = 0;
    int total = 0;
    int stage = -1; ///< 0-based stage index (FROM order); -1 for steps before the first FROM
    QString id;
    int vertex = -1; ///< BuildKit: index into BuildKitTrace::vertices()
};

/// Turns the JSON objects of the build stream (one per line: {"stream"}, {"status"},
/// {"aux":{"ID"}}, {"error","errorDetail"}) into BuildEvents. Pure: no I/O, fed line by line.
///
/// Stage images: a step whose instruction is FROM opens a new stage. An `aux` ID (sent per
/// stage by Docker ≥ 20.10, at the end otherwise) belongs to the stage of the latest step; the
/// last " ---> <id>" line after a stage's steps is its image otherwise (classic builder).
///
/// Podman's compatible API (buildah) writes "[S/N] STEP i/n: INSTRUCTION" (or "STEP i/n: …"
/// for one stage), steps counted per stage, "--> <11 hex>" and "--> Using cache <64 hex>":
/// S is the Dockerfile's stage (stages a target does not need are skipped, their images stay
/// empty), its steps become the classic builder's global numbers (setStageFirstSteps()) and
/// its image lines stage images, so the rest is the same.
class BuildStreamDecoder
{
public:
    /// The classic builder's step number of each stage's FROM (1-based, meta ARGs counted), from
    /// the Dockerfile: Podman numbers steps per stage, skips the stages a target does not need
    /// and never counts meta ARGs, so its steps are renumbered with these.
    void setStageFirstSteps(const QList<int> &steps) { m_stageFirstSteps = steps; }

    /// Decodes one line (a JSON object). Malformed lines become Log events with the raw text.
    QList<BuildEvent> feedLine(const QByteArray &line);
    /// End of stream: flushes a partial output line.
    QList<BuildEvent> finish();

    [[nodiscard]] int currentStep() const { return m_step; }
    [[nodiscard]] int totalSteps() const { return m_total; }
    [[nodiscard]] int stageCount() const { return m_stage + 1; }
    [[nodiscard]] const QString &currentInstruction() const { return m_instruction; }
    /// Best image ID per stage so far (full sha256 from aux, or the short ID).
    [[nodiscard]] const QStringList &stageImages() const { return m_stageImages; }
    /// The last aux ID (the final image for a successful build).
    [[nodiscard]] const QString &finalImageId() const { return m_finalId; }
    [[nodiscard]] bool failed() const { return m_failed; }
    [[nodiscard]] const QString &errorMessage() const { return m_errorMessage; }

private:
    void onText(const QString &text, QList<BuildEvent> &events);
    void onLine(const QString &line, QList<BuildEvent> &events);
    void setStageImage(const QString &id, bool full, QList<BuildEvent> &events);
    /// A Podman "STEP" line: sets the step, total, instruction and stage.
    void onPodmanStep(const QRegularExpressionMatch &match);

    QString m_partial;
    QList<int> m_stageFirstSteps;
    int m_step = 0;
    int m_total = 0;
    int m_stage = -1;
    QString m_instruction;
    QStringList m_stageImages;
    QList<bool> m_stageHasFullId;
    QString m_finalId;
    bool m_failed = false;
    QString m_errorMessage;
};

} // namespace stagecraft::engine
