// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/DocumentText.h"

#include <QByteArray>
#include <QTextCursor>
#include <QTextDocument>

#include <cstring>

namespace stagecraft::app {

std::string DocumentText::modelText(const QTextDocument &document)
{
    // toRawText() keeps every character at its document position (toPlainText() would turn
    // non-breaking spaces into spaces); blocks are separated by U+2029, which becomes "\n".
    // Converted first and fixed up in the UTF-8 bytes: QString::replace() of a character costs
    // more than the conversion itself on a large file, and this runs on every keystroke.
    const QByteArray utf8 = document.toRawText().toUtf8();
    std::string text;
    text.reserve(static_cast<std::size_t>(utf8.size()));
    const char *data = utf8.constData();
    const std::size_t size = static_cast<std::size_t>(utf8.size());
    std::size_t copied = 0;
    // U+2029 is E2 80 A9 in UTF-8; no other character's encoding contains that sequence.
    for (std::size_t from = 0; from < size;) {
        const auto *hit = static_cast<const char *>(std::memchr(data + from, '\xE2', size - from));
        if (hit == nullptr)
            break;
        const auto offset = static_cast<std::size_t>(hit - data);
        if (offset + 2 < size && data[offset + 1] == '\x80' && data[offset + 2] == '\xA9') {
            text.append(data + copied, offset - copied);
            text.push_back('\n');
            copied = offset + 3;
        }
        from = offset + 1;
    }
    text.append(data + copied, size - copied);
    return text;
}

void DocumentText::replaceAll(QTextDocument &document, const QString &text)
{
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    cursor.endEditBlock();
}

} // namespace stagecraft::app
