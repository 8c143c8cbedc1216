// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace stagecraft::app {

/// The byte-level facts of a Dockerfile that a QTextDocument cannot hold: a UTF-8 byte order
/// mark, CRLF line ends, and bytes that are not UTF-8. decode() turns the file's bytes into the
/// document's text (BOM dropped, CRLF read as one line break, invalid bytes as U+FFFD, exactly as
/// QString::fromUtf8 does); encode() turns the document's text back into bytes with the same BOM
/// and line ends, so a file saved after an edit keeps its conventions.
class TextFileFormat
{
public:
    /// Reads the facts of `bytes`.
    [[nodiscard]] static TextFileFormat detect(QByteArrayView bytes);
    /// The text the document shows for `bytes`: no BOM, "\r\n" read as "\n".
    [[nodiscard]] static QString decode(QByteArrayView bytes);
    /// `text` (line ends "\n") as the file's bytes: BOM when the file had one, "\r\n" when it
    /// used CRLF. Characters that were not UTF-8 bytes (U+FFFD) are written as U+FFFD.
    [[nodiscard]] QByteArray encode(const QString &text) const;

    /// True when the file starts with the UTF-8 byte order mark EF BB BF.
    [[nodiscard]] bool hasBom() const { return m_bom; }
    /// True when most of the file's line ends are CRLF.
    [[nodiscard]] bool usesCrlf() const { return m_crlf; }
    /// True when some bytes of the file are not UTF-8 (they cannot be written back unchanged
    /// after an edit).
    [[nodiscard]] bool hasInvalidUtf8() const { return m_invalidUtf8; }

    void setBom(bool bom) { m_bom = bom; }
    void setCrlf(bool crlf) { m_crlf = crlf; }

private:
    bool m_bom = false;
    bool m_crlf = false;
    bool m_invalidUtf8 = false;
};

} // namespace stagecraft::app
