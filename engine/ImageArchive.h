// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/WasteAnalysis.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace stagecraft::engine {

/// One entry of an image config's history (oldest first).
struct ImageHistoryEntry
{
    std::string createdBy;
    bool emptyLayer = false; ///< a metadata-only step (ENV, CMD, …): no layer
};

/// What an image's `docker save` archive holds that the waste analysis needs: every layer's
/// file list (lowest first; whiteouts decoded) and the config's history.
struct ImageArchive
{
    std::vector<model::LayerFiles> layers;
    std::vector<ImageHistoryEntry> history;
    std::int64_t bytes = 0; ///< bytes of the outer archive read
};

/// Reads a `docker save` archive (GET /images/{name}/get) as a stream: the legacy layout
/// (`<id>/layer.tar`, `<config>.json`, `manifest.json`) and the OCI one (`blobs/sha256/…`,
/// possibly gzip'd). Each layer tar is read through libarchive from the outer entry's data
/// (nested read callbacks), headers only: no layer and no file is ever held whole in memory.
class ImageArchiveReader
{
public:
    /// Hands the next bytes of the archive: a pointer and a size; 0 at the end, -1 on failure
    /// or cancel (then `failure` tells which).
    using Source = std::function<std::int64_t(const void **buffer)>;
    /// Called now and then with the bytes read so far.
    using Progress = std::function<void(std::int64_t bytes)>;

    /// Reads the whole archive. False with `error` (libarchive's words, or what is missing) when
    /// it is not an image archive.
    [[nodiscard]] static bool read(const Source &source, ImageArchive &archive, QString &error,
                                   const Progress &progress = {});
    /// The same from bytes in memory (tests).
    [[nodiscard]] static bool readBytes(const QByteArray &bytes, ImageArchive &archive,
                                        QString &error);
    /// A layer tar's header path as a LayerEntry path ("./a/b/" → "/a/b"), with whiteouts
    /// decoded (".wh.x" → Whiteout of "x", ".wh..wh..opq" → OpaqueWhiteout of its directory).
    /// False for entries that carry no file (the root, aufs' ".wh..wh.*" bookkeeping).
    [[nodiscard]] static bool decodePath(std::string path, model::LayerEntry &entry);
};

} // namespace stagecraft::engine
