// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>

class QTextDocument;

namespace stagecraft::app {

/// The document's text as the model sees it, and a whole-text replacement that undo reverses.
class DocumentText
{
public:
    /// `document`'s text as UTF-8 with "\n" line ends and no BOM (what the model parses).
    [[nodiscard]] static std::string modelText(const QTextDocument &document);
    /// Replaces the whole text of `document` as one undo step (undo brings the old text back).
    static void replaceAll(QTextDocument &document, const QString &text);
};

} // namespace stagecraft::app
