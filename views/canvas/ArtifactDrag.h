// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/EditOperation.h"
#include "model/StageGraph.h"

#include <QString>

#include <optional>

class QMimeData;

namespace stagecraft::views {

/// A file or folder of a built stage (or of any local image) dragged from the Files panel onto
/// a block of the canvas. Dropping it on a later stage becomes
/// `COPY --from=<stage> <path> <path>`: the destination is the same path, so what the source
/// stage built lands where the same commands expect it (edit the destination afterwards when the
/// target lays files out differently).
class ArtifactDrag
{
public:
    /// MIME type of the drag; the payload is JSON {"stage", "image", "path", "directory"}.
    static constexpr const char *MimeType = "application/x-stagecraft-artifact";

    QString stage; ///< source stage (name, or index as text); empty when the source is an image
    QString image; ///< source image reference when `stage` is empty
    QString path;  ///< absolute path inside the source
    bool directory = false;

    /// The payload; the caller owns it. Its text form is the path.
    [[nodiscard]] QMimeData *toMimeData() const;
    /// The drag in `mime`, or nothing when `mime` carries none (or a malformed one).
    [[nodiscard]] static std::optional<ArtifactDrag> fromMimeData(const QMimeData *mime);

    /// Why a drop cannot become an operation.
    enum class Refusal { None, NoSource, SameStage, LaterStage, NoTarget };
    /// The operation for a drop on stage `targetStage` of `graph`; nothing (and `refusal`) when
    /// the source stage is unknown, is the target itself, or comes after it.
    [[nodiscard]] std::optional<model::AddCopy>
    operationFor(const model::StageGraph &graph, int targetStage, Refusal *refusal = nullptr) const;
};

} // namespace stagecraft::views
