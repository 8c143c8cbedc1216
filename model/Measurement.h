// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StageWaste.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::model {

/// Why a stage was not built or an arrow not measured: a stable code and its arguments (as
/// model::Diagnostic has them). The UI and the CLI own the translated sentence for each code.
struct MeasureProblem
{
    std::string code;              ///< empty: no problem
    std::vector<std::string> args; ///< message arguments, in order

    [[nodiscard]] bool isEmpty() const { return code.empty(); }
    friend bool operator==(const MeasureProblem &, const MeasureProblem &) = default;

    // The codes the measurement uses. An engine error is "engine:<kind>" (see
    // engine::EngineError::toProblem()); "message" holds a sentence read from an older history.
    static constexpr std::string_view EarlierStageFailed = "earlier-stage-failed";
    static constexpr std::string_view NoImage = "no-image";
    static constexpr std::string_view SourceNotBuilt = "source-not-built";
    static constexpr std::string_view VariablePath = "variable-path"; ///< args: path
    static constexpr std::string_view NoSourcePath = "no-source-path";
    static constexpr std::string_view PathMissing = "path-missing"; ///< args: path
    static constexpr std::string_view BadArchive = "bad-archive";   ///< args: path
    static constexpr std::string_view Message = "message";          ///< args: text
    static constexpr std::string_view EnginePrefix = "engine:";
};

/// One image layer (one entry of the engine's image history) and the Dockerfile instruction
/// that made it.
struct LayerMeasure
{
    std::int64_t size = 0;     ///< bytes the layer adds (history `Size`)
    std::string createdBy;     ///< history `CreatedBy`, as the engine reports it
    int line = 0;              ///< 1-based Dockerfile line; 0 = from the base image
    int instructionIndex = -1; ///< index into SyntaxTree::instructions(); -1 = base image
    friend bool operator==(const LayerMeasure &, const LayerMeasure &) = default;
};

/// One stage, built as a target.
struct StageMeasure
{
    int index = 0;
    std::string name;                 ///< as written after AS (empty when unnamed)
    std::string imageId;              ///< "sha256:…"
    std::int64_t size = 0;            ///< Σ history sizes (the image size users see)
    std::int64_t inspectSize = 0;     ///< inspect `Size` (a second path to the same figure)
    std::int64_t baseSize = 0;        ///< the part that comes from the FROM image (base layers)
    std::vector<LayerMeasure> layers; ///< newest first, as the history lists them
    std::int64_t buildMs = 0;         ///< wall time of this stage's build (cached steps included)
    bool cached = false;              ///< BuildKit: every step of the stage came from the cache
    bool built = false;               ///< false when the build failed or was never reached
    MeasureProblem problem;           ///< why, when !built
    StageWaste waste;                 ///< wasted space (analysed only when asked for)
    friend bool operator==(const StageMeasure &, const StageMeasure &) = default;

    /// Bytes added by the stage's own instructions (size - baseSize).
    [[nodiscard]] std::int64_t ownSize() const { return size - baseSize; }
    /// "build" or "#2" for an unnamed stage.
    [[nodiscard]] std::string label() const;
};

/// The bytes one artifact arrow (COPY --from / ADD --from of a stage) carries: the sizes of the
/// regular files under its source paths, read from the source stage's image.
struct ArrowMeasure
{
    int fromStage = -1;
    int toStage = -1;
    int line = 0;                   ///< 1-based line of the COPY
    std::vector<std::string> paths; ///< source paths as written
    std::int64_t bytes = 0;         ///< Σ regular-file sizes in the archives of `paths`
    int files = 0;                  ///< regular files counted
    bool measured = false;
    MeasureProblem problem; ///< why, when !measured
    friend bool operator==(const ArrowMeasure &, const ArrowMeasure &) = default;
};

/// One measurement of every stage of one Dockerfile.
struct MeasureRun
{
    std::int64_t timestampMs = 0; ///< when it was measured, ms since the epoch (UTC)
    std::string dockerfilePath;
    std::string dockerfileSha256; ///< hex SHA-256 of the Dockerfile bytes measured
    std::string target;           ///< the final stage's name or index as asked ("" = last stage)
    std::string builder;          ///< "buildkit" or "classic" ("" in older histories)
    std::vector<std::string> buildArgs; ///< "K=V" as given
    std::vector<StageMeasure> stages;
    std::vector<ArrowMeasure> arrows;
    int finalIndex = -1;      ///< the stage whose image is the result
    std::int64_t totalMs = 0; ///< wall time of the whole measurement
    friend bool operator==(const MeasureRun &, const MeasureRun &) = default;

    /// The stage with index `index`, or nullptr.
    [[nodiscard]] const StageMeasure *stage(int index) const;
    [[nodiscard]] const StageMeasure *finalStage() const { return stage(finalIndex); }
    /// Index of the largest built stage (ties: the earliest); -1 when none was built.
    [[nodiscard]] int largestStage() const;
    /// Largest stage's size minus the final stage's (0 when either is missing).
    [[nodiscard]] std::int64_t savingBytes() const;
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
    std::string instruction; ///< the instruction text (CreatedBy without the shell prefix)
    std::int64_t sizeA = 0;  ///< 0 when added
    std::int64_t sizeB = 0;  ///< 0 when removed
    int lineA = 0;
    int lineB = 0;
    friend bool operator==(const LayerDifference &, const LayerDifference &) = default;
    [[nodiscard]] static std::string_view kindName(Kind kind); ///< "added", "removed", "resized"
};

/// Two stages compared (either side may be missing).
struct StageComparison
{
    std::string key; ///< "name" or "#index": what matched them
    int indexA = -1; ///< -1 when only in B
    int indexB = -1; ///< -1 when only in A
    std::int64_t sizeA = 0;
    std::int64_t sizeB = 0;
    std::vector<LayerDifference> layers;
    friend bool operator==(const StageComparison &, const StageComparison &) = default;
    [[nodiscard]] std::int64_t delta() const { return sizeB - sizeA; }
    /// delta() relative to sizeA, in percent (0 when sizeA is 0).
    [[nodiscard]] double deltaPercent() const;
};

/// Run B against run A: stages matched by name (case-insensitive), then unnamed ones by index;
/// the two final stages are always compared with each other, whatever their names.
struct RunComparison
{
    MeasureRun a;
    MeasureRun b;
    std::vector<StageComparison> stages;
    StageComparison final; ///< final stage of A vs final stage of B
    friend bool operator==(const RunComparison &, const RunComparison &) = default;

    [[nodiscard]] static RunComparison compare(const MeasureRun &a, const MeasureRun &b);
};

/// Why a run could not be read from JSON: a code, the JSON path of the bad field
/// ("stages[1].size") and, for some codes, the offending number. The UI words it.
struct MeasureReadError
{
    enum class Code {
        None,
        NotJson,            ///< the text is not JSON
        Missing,            ///< a required field is absent
        ExpectedInteger,    ///< wrong type
        ExpectedString,     ///< wrong type
        ExpectedBoolean,    ///< wrong type
        ExpectedArray,      ///< wrong type
        ExpectedObject,     ///< wrong type
        OutOfRange,         ///< an integer too large for its field
        UnsupportedVersion, ///< value: the version
        BadTimestamp,       ///< not an ISO 8601 date and time
        NoSuchStage,        ///< "final" names no stage (value: the index)
    };
    Code code = Code::None;
    std::string path; ///< "(top level)" for the document itself
    std::int64_t value = 0;

    [[nodiscard]] bool isError() const { return code != Code::None; }
    friend bool operator==(const MeasureReadError &, const MeasureReadError &) = default;
};

/// JSON (nlohmann_json) for runs and comparisons, and the pure helpers of the measurement. The
/// schema is in docs/measure.md.
class Measurement
{
public:
    /// The run as JSON: every stored field plus the derived "final", "largestStage" and "saving".
    [[nodiscard]] static nlohmann::ordered_json toJson(const MeasureRun &run);
    /// Reads a run written by toJson(). On failure the error names the bad field and `run` is
    /// left unchanged. Never throws.
    [[nodiscard]] static MeasureReadError fromJson(const nlohmann::json &json, MeasureRun &run);
    /// Parses JSON text and reads the run (the same rules as fromJson()).
    [[nodiscard]] static MeasureReadError fromJsonText(std::string_view text, MeasureRun &run);
    [[nodiscard]] static nlohmann::ordered_json toJson(const RunComparison &comparison);
    /// Pretty JSON text with a final newline (invalid UTF-8 becomes U+FFFD; never throws).
    [[nodiscard]] static std::string text(const nlohmann::ordered_json &json);

    /// "2025-03-04T05:06:07.089Z" for a time in ms since the epoch (UTC).
    [[nodiscard]] static std::string formatTimestamp(std::int64_t msSinceEpoch);
    /// Reads an ISO 8601 date and time, "YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM|±HHMM]" (no zone
    /// counts as UTC); nullopt when it is not one.
    [[nodiscard]] static std::optional<std::int64_t> parseTimestamp(std::string_view text);

    /// The Dockerfile keyword that made a classic-builder history entry: the word after
    /// "#(nop) " ("COPY", "CMD", …); "RUN" for any other command; "" for an empty string.
    [[nodiscard]] static std::string keywordOfCreatedBy(std::string_view createdBy);
    /// The instruction as the user wrote it, roughly: "COPY file:abc in /app", "RUN make".
    /// The shell prefix ("/bin/sh -c #(nop) ") and the build-arg prefix ("|2 A=1 B=2 ") go.
    [[nodiscard]] static std::string instructionOfCreatedBy(std::string_view createdBy);
};

} // namespace stagecraft::model
