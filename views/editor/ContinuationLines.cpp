// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/editor/ContinuationLines.h"

#include <QStringList>
#include <QTextBlock>
#include <QTextCursor>

namespace stagecraft::views {

QString ContinuationLines::leadingBlanks(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t'))
        ++i;
    return line.left(i);
}

bool ContinuationLines::isCommentLine(const QString &line)
{
    return line.trimmed().startsWith(u'#');
}

bool ContinuationLines::continues(const QString &line, QChar escape)
{
    if (isCommentLine(line))
        return false;
    qsizetype end = line.size();
    while (end > 0 && line.at(end - 1).isSpace())
        --end;
    return end > 0 && line.at(end - 1) == escape;
}

bool ContinuationLines::isContinuationLine(const QTextBlock &block, QChar escape)
{
    QTextBlock prev = block.previous();
    // Comment lines inside a continued instruction are skipped by the parser.
    while (prev.isValid() && isCommentLine(prev.text()))
        prev = prev.previous();
    return prev.isValid() && continues(prev.text(), escape);
}

QTextBlock ContinuationLines::instructionFirstBlock(QTextBlock block, QChar escape)
{
    while (block.isValid() && isContinuationLine(block, escape)) {
        block = block.previous();
        while (block.isValid() && isCommentLine(block.text()))
            block = block.previous();
    }
    return block;
}

QString ContinuationLines::indentAfter(const QTextCursor &cursor, QChar escape)
{
    const QTextBlock block = cursor.block();
    const QString before = block.text().left(cursor.positionInBlock());
    const QString indent = leadingBlanks(block.text());
    if (continues(before, escape)) {
        // The first line of an instruction starts the continuation indent; later lines keep it.
        if (isContinuationLine(block, escape))
            return indent;
        return indent + QStringLiteral("    ");
    }
    if (isContinuationLine(block, escape)) {
        // The instruction ends here: back to where it started.
        return leadingBlanks(instructionFirstBlock(block, escape).text());
    }
    return indent;
}

QString ContinuationLines::instructionBefore(const QTextCursor &cursor, QChar escape)
{
    const QTextBlock block = cursor.block();
    const QString text = block.text().left(cursor.positionInBlock());
    if (!isContinuationLine(block, escape))
        return text;
    QStringList parts;
    for (QTextBlock b = instructionFirstBlock(block, escape); b.isValid() && b != block;
         b = b.next()) {
        if (isCommentLine(b.text()))
            continue;
        QString line = b.text().trimmed();
        if (line.endsWith(escape))
            line.chop(1);
        parts.append(line);
    }
    parts.append(text);
    return parts.join(u' ');
}

} // namespace stagecraft::views
