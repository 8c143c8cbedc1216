// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/editor/DockerfileEditor.h"

#include "model/Analysis.h"

#include <QColor>
#include <QList>
#include <QTextEdit>

class QTextDocument;

namespace stagecraft::views {

/// The editor's diagnostic markers: made from an analysis's diagnostics (positions through its
/// offset table), found at a position, the lines that carry a fix-it, and their wavy
/// underlines (one extra selection per marker, in marker order, coloured by severity).
class EditorMarkers
{
public:
    using Marker = DockerfileEditor::Marker;

    /// One marker per diagnostic of `analysis`, in its order, worded by `texts` (the code when
    /// it has none).
    [[nodiscard]] static QList<Marker> fromAnalysis(const model::Analysis &analysis,
                                                    const DockerfileEditor::DiagnosticTexts &texts);
    /// Indices of the markers covering document position `position` (an empty range covers the
    /// character after it).
    [[nodiscard]] static QList<int> at(const QList<Marker> &markers, int position);
    /// The lines (0-based block numbers, sorted) holding a marker with a fix-it.
    [[nodiscard]] static QList<int> fixItLines(const QTextDocument &document,
                                               const QList<Marker> &markers);
    /// The colour of a severity in a light or dark palette.
    [[nodiscard]] static QColor severityColour(model::Severity severity, bool dark);
    /// The underlines of `markers` in `document`. Placing a cursor lays out its block, which
    /// costs more than everything else here on a big file, so a marker that still covers the
    /// characters of one of `previous` (their cursors moved with the text: typically all but the
    /// ones on the edited line) reuses its cursor. An empty range underlines the character
    /// after it (or before it at the end of a line).
    [[nodiscard]] static QList<QTextEdit::ExtraSelection>
    underlines(QTextDocument *document, const QList<Marker> &markers,
               const QList<QTextEdit::ExtraSelection> &previous, bool dark);
};

} // namespace stagecraft::views
