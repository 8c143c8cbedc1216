// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Measurement.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::model {

/// The canvas layout of one block or image node, as kept in the sidecar.
struct LayoutEntry
{
    double x = 0;
    double y = 0;
    bool collapsed = false; ///< stages only; image nodes never collapse
    friend bool operator==(const LayoutEntry &, const LayoutEntry &) = default;
};

/// Layout entries keyed by stage name (lower case, `#index` for unnamed stages) or by
/// `image:<reference>` for image nodes.
using LayoutEntries = std::map<std::string, LayoutEntry>;

/// Why a sidecar text could not be read or written: a code and its arguments, turned into words
/// by the UI.
struct SidecarError
{
    enum class Code {
        None,
        NotJson,              ///< the text is not valid JSON
        NotObject,            ///< the top level is not an object
        UnsupportedVersion,   ///< "version" missing or not 1
        SectionNotObject,     ///< "stages" or "images" is not an object (argument: its name)
        BadEntry,             ///< an entry lacks finite x/y within ±1e6 (argument: its key)
        MeasurementsNotArray, ///< "measurements" is not an array
        BadMeasurement,       ///< run `index` of "measurements" cannot be read (`measurement`)
    };
    Code code = Code::None;
    std::string argument;
    int index = -1;               ///< BadMeasurement: position in the history, 0 = oldest
    MeasureReadError measurement; ///< BadMeasurement: why

    [[nodiscard]] bool isError() const { return code != Code::None; }
    /// A short English description ("not valid JSON"), for logs and untranslated detail.
    [[nodiscard]] std::string describe() const;
    friend bool operator==(const SidecarError &, const SidecarError &) = default;
};

/// The JSON sidecar kept next to a Dockerfile, `<Dockerfile>.stagecraft.json` (never inside the
/// Dockerfile): the canvas layout under "stages" and "images", the measurement history under
/// "measurements" (see MeasureHistory in the engine), and any key a later version adds, which
/// every writer keeps. Pure text in, text out: reading and writing the file (atomically) is the
/// caller's job.
///
/// ```json
/// {"version": 1,
///  "stages": {"build": {"x": 0, "y": 40, "collapsed": false}},
///  "images": {"image:golang:1.22": {"x": -300, "y": 40}},
///  "measurements": [ … ]}
/// ```
class Sidecar
{
public:
    static constexpr int kVersion = 1;
    /// Appended to the Dockerfile's path.
    static constexpr std::string_view kSuffix = ".stagecraft.json";
    /// Prefix of the keys of image nodes.
    static constexpr std::string_view kImagePrefix = "image:";

    /// `<dockerfile>.stagecraft.json`.
    [[nodiscard]] static std::string pathFor(std::string_view dockerfilePath);

    /// Reads the layout of a sidecar text. False with `error` set when the text is not a valid
    /// sidecar; `entries` is then empty. A sidecar without layout sections gives no entries.
    [[nodiscard]] static bool parseLayout(std::string_view text, LayoutEntries &entries,
                                          SidecarError &error);
    /// The sidecar text with `entries` as its layout (coordinates rounded to whole pixels, keys
    /// sorted so the file diffs well). Keys of `existing` (the file's current text) other than
    /// version/stages/images are kept, e.g. "measurements"; an `existing` text that is not a JSON
    /// object is replaced. Ends with a newline.
    [[nodiscard]] static std::string serializeLayout(const LayoutEntries &entries,
                                                     std::string_view existing = {});

    /// How many runs the history keeps by default.
    static constexpr int kMaxRuns = 50;
    /// Reads the runs of the "measurements" array, oldest first. A sidecar without it gives no
    /// runs and no error. Otherwise the runs that could be read, and the error of the first that
    /// could not (BadMeasurement), or of a text that is not a sidecar at all (NotJson, NotObject,
    /// MeasurementsNotArray).
    [[nodiscard]] static SidecarError parseMeasurements(std::string_view text,
                                                        std::vector<MeasureRun> &runs);
    /// The sidecar text with `run` appended to "measurements", the oldest dropped beyond `cap`
    /// (at least 1). Every other key is kept, and every stored entry, even one
    /// parseMeasurements() cannot read; "version" is added when missing (the layout reader wants
    /// it). `existing` is the current text, nullopt when there is no file yet. Refuses (NotJson,
    /// NotObject, MeasurementsNotArray; `text` untouched) rather than overwrite what it cannot
    /// read: the user may want it back.
    [[nodiscard]] static SidecarError appendMeasurement(std::optional<std::string_view> existing,
                                                        const MeasureRun &run, int cap,
                                                        std::string &text);
};

} // namespace stagecraft::model
