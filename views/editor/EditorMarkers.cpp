// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/editor/EditorMarkers.h"

#include <QHash>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <tuple>
#include <utility>

namespace stagecraft::views {

QList<EditorMarkers::Marker>
EditorMarkers::fromAnalysis(const model::Analysis &analysis,
                            const DockerfileEditor::DiagnosticTexts &texts)
{
    QList<Marker> markers;
    markers.reserve(static_cast<qsizetype>(analysis.diagnostics().size()));
    for (const model::Diagnostic &d : analysis.diagnostics()) {
        Marker marker;
        std::tie(marker.begin, marker.end) = analysis.offsets().toUtf16(d.range);
        marker.severity = d.severity;
        marker.code = QString::fromStdString(d.code);
        marker.message = texts.message ? texts.message(d) : marker.code;
        if (d.fix)
            marker.fixTitle = texts.fixTitle ? texts.fixTitle(d.code) : marker.code;
        markers.append(marker);
    }
    return markers;
}

QList<int> EditorMarkers::at(const QList<Marker> &markers, int position)
{
    QList<int> out;
    for (qsizetype i = 0; i < markers.size(); ++i) {
        const Marker &m = markers.at(i);
        const int end = std::max(m.end, m.begin + 1);
        if (position >= m.begin && position < end)
            out.append(static_cast<int>(i));
    }
    return out;
}

QList<int> EditorMarkers::fixItLines(const QTextDocument &document, const QList<Marker> &markers)
{
    QList<int> lines;
    for (const Marker &m : markers) {
        if (m.fixTitle.isEmpty())
            continue;
        const int line = document.findBlock(m.begin).blockNumber();
        if (!lines.contains(line))
            lines.append(line);
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

QColor EditorMarkers::severityColour(model::Severity severity, bool dark)
{
    switch (severity) {
    case model::Severity::Error:
        return dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xd7, 0x1a, 0x1a);
    case model::Severity::Warning:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0xc2, 0x7c, 0x00);
    case model::Severity::Info:
        return dark ? QColor(0x58, 0xa6, 0xff) : QColor(0x1f, 0x6f, 0xeb);
    }
    return {};
}

QList<QTextEdit::ExtraSelection>
EditorMarkers::underlines(QTextDocument *document, const QList<Marker> &markers,
                          const QList<QTextEdit::ExtraSelection> &previous, bool dark)
{
    QHash<std::pair<int, int>, QTextCursor> reusable;
    for (const QTextEdit::ExtraSelection &s : previous) {
        if (s.cursor.document() == document)
            reusable.insert({s.cursor.anchor(), s.cursor.position()}, s.cursor);
    }
    QList<QTextEdit::ExtraSelection> underlines;
    underlines.reserve(markers.size());
    const int length = document->characterCount() - 1;
    for (qsizetype i = 0; i < markers.size(); ++i) {
        const Marker &m = markers.at(i);
        QTextEdit::ExtraSelection s;
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(severityColour(m.severity, dark));
        s.format.setProperty(DockerfileEditor::SelectionKindProperty,
                             static_cast<int>(DockerfileEditor::SelectionKind::Diagnostic));
        s.format.setProperty(DockerfileEditor::MarkerIndexProperty, static_cast<int>(i));
        int begin = std::clamp(m.begin, 0, length);
        int end = std::clamp(m.end, begin, length);
        if (end == begin) {
            if (end < length && document->characterAt(end) != QChar::ParagraphSeparator)
                ++end;
            else if (begin > 0)
                --begin;
        }
        const auto reused = reusable.constFind({begin, end});
        if (reused != reusable.cend()) {
            s.cursor = *reused;
        } else {
            s.cursor = QTextCursor(document);
            s.cursor.setPosition(begin);
            s.cursor.setPosition(end, QTextCursor::KeepAnchor);
        }
        underlines.append(s);
    }
    return underlines;
}

} // namespace stagecraft::views
