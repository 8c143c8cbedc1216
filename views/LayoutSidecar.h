// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointF>
#include <QString>

namespace stagecraft::views {

/// The canvas layout kept beside a Dockerfile in `<Dockerfile>.stagecraft.json` (never inside the
/// Dockerfile), in the canvas's own terms (QPointF, QString keys): block positions and collapsed
/// state keyed by stage name (lower case, `#index` for unnamed stages), and image node positions
/// keyed by `image:<reference>`. The data and its JSON are the model's (model::Sidecar); this
/// adapter converts and reads or writes the file (atomically, with QSaveFile).
class LayoutSidecar
{
public:
    struct Entry
    {
        QPointF position;
        bool collapsed = false;
        friend bool operator==(const Entry &, const Entry &) = default;
    };
    using Entries = QHash<QString, Entry>;

    /// `<dockerfile>.stagecraft.json`.
    [[nodiscard]] static QString pathFor(const QString &dockerfilePath);

    /// Reads a sidecar. A missing file gives an empty layout and true. A file that is not a valid
    /// sidecar gives false with `error` set (untranslated detail) and leaves `entries` empty.
    [[nodiscard]] static bool load(const QString &path, Entries &entries, QString &error);
    /// Parses sidecar JSON text (the same rules as load()).
    [[nodiscard]] static bool parse(const QByteArray &json, Entries &entries, QString &error);
    /// Serialises entries (sorted keys, so the file diffs well). Keys of `existing` (the file's
    /// current text) other than version/stages/images are kept, e.g. "measurements".
    [[nodiscard]] static QByteArray serialize(const Entries &entries,
                                              const QByteArray &existing = {});
    /// Writes atomically (QSaveFile), keeping the file's other keys; false with `error` set on
    /// failure.
    [[nodiscard]] static bool save(const QString &path, const Entries &entries, QString &error);
};

} // namespace stagecraft::views
