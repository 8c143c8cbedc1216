// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>
#include <string_view>

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
        NotJson,             ///< the text is not valid JSON
        NotObject,           ///< the top level is not an object
        UnsupportedVersion,  ///< "version" missing or not 1
        SectionNotObject,    ///< "stages" or "images" is not an object (argument: its name)
        BadEntry,            ///< an entry lacks finite x/y within ±1e6 (argument: its key)
        MeasurementsNotArray ///< "measurements" is not an array
    };
    Code code = Code::None;
    std::string argument;

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
};

} // namespace stagecraft::model
