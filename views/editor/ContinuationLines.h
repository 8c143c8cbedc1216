// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>

class QTextBlock;
class QTextCursor;

namespace stagecraft::views {

/// The logical lines of a Dockerfile in the editor's document: which text blocks continue an
/// instruction (the line before ends with the escape character; comment lines in between are
/// skipped, as the parser does), the indent Enter gives the next line, and an instruction's text
/// up to the cursor. Text only, so it works while the document is ahead of the last parse.
class ContinuationLines
{
public:
    /// The blanks (spaces and tabs) `line` starts with.
    [[nodiscard]] static QString leadingBlanks(const QString &line);
    [[nodiscard]] static bool isCommentLine(const QString &line);
    /// True when `line` ends with `escape` (blanks after it allowed): the instruction continues.
    [[nodiscard]] static bool continues(const QString &line, QChar escape);
    /// True when the instruction holding `block` started on an earlier block.
    [[nodiscard]] static bool isContinuationLine(const QTextBlock &block, QChar escape);
    /// The block the instruction holding `block` starts on.
    [[nodiscard]] static QTextBlock instructionFirstBlock(QTextBlock block, QChar escape);
    /// The indent of the line Enter opens at `cursor`: one step in after an instruction's first
    /// continued line, the same on later continued lines, back to the instruction's own indent
    /// when it ends, else the current line's.
    [[nodiscard]] static QString indentAfter(const QTextCursor &cursor, QChar escape);
    /// The instruction's text from its keyword up to `cursor`: its earlier lines (comments left
    /// out) without their escape characters, joined by blanks.
    [[nodiscard]] static QString instructionBefore(const QTextCursor &cursor, QChar escape);
};

} // namespace stagecraft::views
