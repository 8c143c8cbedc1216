// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace stagecraft::engine {

/// One image layer (one entry of the engine's image history) and the Dockerfile instruction
/// that made it.
struct LayerMeasure
{
    qint64 size = 0;           ///< bytes the layer adds (history `Size`)
    QString createdBy;         ///< history `CreatedBy`, as the engine reports it
    int line = 0;              ///< 1-based Dockerfile line; 0 = from the base image
    int instructionIndex = -1; ///< index into SyntaxTree::instructions(); -1 = base image
    friend bool operator==(const LayerMeasure &, const LayerMeasure &) = default;
};

/// One stage, built as a target.
struct StageMeasure
{
    int index = 0;
    QString name;               ///< as written after AS (empty when unnamed)
    QString imageId;            ///< "sha256:…"
    qint64 size = 0;            ///< Σ history sizes (the image size users see)
    qint64 inspectSize = 0;     ///< inspect `Size` (a second path to the same figure)
    qint64 baseSize = 0;        ///< the part that comes from the FROM image (base layers)
    QList<LayerMeasure> layers; ///< newest first, as the history lists them
    qint64 buildMs = 0;         ///< wall time of this stage's build (cached steps included)
    bool built = false;         ///< false when the build failed or was never reached
    QString error;              ///< translated reason when !built
    friend bool operator==(const StageMeasure &, const StageMeasure &) = default;

    /// Bytes added by the stage's own instructions (size - baseSize).
    [[nodiscard]] qint64 ownSize() const { return size - baseSize; }
    /// "build" or "#2" for an unnamed stage.
    [[nodiscard]] QString label() const;
};

/// The bytes one artifact arrow (COPY --from / ADD --from of a stage) carries: the sizes of the
/// regular files under its source paths, read from the source stage's image.
struct ArrowMeasure
{
    int fromStage = -1;
    int toStage = -1;
    int line = 0;      ///< 1-based line of the COPY
    QStringList paths; ///< source paths as written
    qint64 bytes = 0;  ///< Σ regular-file sizes in the archives of `paths`
    int files = 0;     ///< regular files counted
    bool measured = false;
    QString error; ///< translated reason when !measured
    friend bool operator==(const ArrowMeasure &, const ArrowMeasure &) = default;
};

/// One measurement of every stage of one Dockerfile.
struct MeasureRun
{
    QDateTime timestamp; ///< UTC
    QString dockerfilePath;
    QString dockerfileSha256; ///< hex SHA-256 of the Dockerfile bytes measured
    QString target;           ///< the final stage's name or index as asked ("" = last stage)
    QStringList buildArgs;    ///< "K=V" as given
    QList<StageMeasure> stages;
    QList<ArrowMeasure> arrows;
    int finalIndex = -1; ///< the stage whose image is the result
    qint64 totalMs = 0;  ///< wall time of the whole measurement
    friend bool operator==(const MeasureRun &, const MeasureRun &) = default;

    /// The stage with index `index`, or nullptr.
    [[nodiscard]] const StageMeasure *stage(int index) const;
    [[nodiscard]] const StageMeasure *finalStage() const { return stage(finalIndex); }
    /// Index of the largest built stage (ties: the earliest); -1 when none was built.
    [[nodiscard]] int largestStage() const;
    /// Largest stage's size minus the final stage's (0 when either is missing).
    [[nodiscard]] qint64 savingBytes() const;
    /// savingBytes() as a percentage of the largest stage (0 when that is empty).
    [[nodiscard]] double savingPercent() const;
    /// True when every stage was built (and so every figure is known).
    [[nodiscard]] bool complete() const;
};

/// A layer that differs between two matched stages.
struct LayerDifference
{
    enum class Kind { Added, Removed, Resized };
    Kind kind = Kind::Added;
    QString instruction; ///< the instruction text (CreatedBy without the shell prefix)
    qint64 sizeA = 0;    ///< 0 when added
    qint64 sizeB = 0;    ///< 0 when removed
    int lineA = 0;
    int lineB = 0;
    [[nodiscard]] static QString kindName(Kind kind); ///< "added", "removed", "resized"
};

/// Two stages compared (either side may be missing).
struct StageComparison
{
    QString key;     ///< "name" or "#index": what matched them
    int indexA = -1; ///< -1 when only in B
    int indexB = -1; ///< -1 when only in A
    qint64 sizeA = 0;
    qint64 sizeB = 0;
    QList<LayerDifference> layers;
    [[nodiscard]] qint64 delta() const { return sizeB - sizeA; }
    /// delta() relative to sizeA, in percent (0 when sizeA is 0).
    [[nodiscard]] double deltaPercent() const;
};

/// Run B against run A: stages matched by name (case-insensitive), then unnamed ones by index;
/// the two final stages are always compared with each other, whatever their names.
struct RunComparison
{
    MeasureRun a;
    MeasureRun b;
    QList<StageComparison> stages;
    StageComparison final; ///< final stage of A vs final stage of B

    [[nodiscard]] static RunComparison compare(const MeasureRun &a, const MeasureRun &b);
};

/// JSON (nlohmann_json) for runs and comparisons, and the pure helpers of the measurement.
class Measurement
{
    Q_DECLARE_TR_FUNCTIONS(Measurement)

public:
    /// The run as JSON: every stored field plus the derived "final", "largestStage" and "saving"
    /// (see docs/measure.md for the schema).
    [[nodiscard]] static nlohmann::ordered_json toJson(const MeasureRun &run);
    /// Reads a run written by toJson(). Returns an empty string on success; otherwise a
    /// translated message naming the bad field ("stages[1].size: expected an integer"), and
    /// `run` is left unchanged. Never throws.
    [[nodiscard]] static QString fromJson(const nlohmann::json &json, MeasureRun &run);
    /// Parses JSON text and reads the run (the same rules as fromJson()).
    [[nodiscard]] static QString fromJsonText(const QByteArray &text, MeasureRun &run);
    [[nodiscard]] static nlohmann::ordered_json toJson(const RunComparison &comparison);
    /// Pretty JSON text with a final newline.
    [[nodiscard]] static QByteArray text(const nlohmann::ordered_json &json);

    /// The Dockerfile keyword that made a classic-builder history entry: the word after
    /// "#(nop) " ("COPY", "CMD", …); "RUN" for any other command; "" for an empty string.
    [[nodiscard]] static QString keywordOfCreatedBy(const QString &createdBy);
    /// The instruction as the user wrote it, roughly: "COPY file:abc in /app", "RUN make".
    /// The shell prefix ("/bin/sh -c #(nop) ") and the build-arg prefix ("|2 A=1 B=2 ") go.
    [[nodiscard]] static QString instructionOfCreatedBy(const QString &createdBy);
};

} // namespace stagecraft::engine
