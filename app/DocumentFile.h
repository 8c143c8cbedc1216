// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/TextFileFormat.h"

#include <QByteArray>
#include <QString>

#include <string>

namespace stagecraft::app {

/// The file behind the document: its path, its byte-level format (BOM, line ends, bytes that are
/// not UTF-8), and the bytes and model text as last read or written, so a save without changes
/// writes the file back byte for byte. Plus the atomic write a save needs. No watching, no
/// dialogs, no translated text (DocumentController words the failures).
class DocumentFile
{
public:
    /// Why write() failed.
    enum class WriteError { None, ReadOnly, NotAFile, CannotOpen, CannotWrite };
    struct WriteResult
    {
        WriteError error = WriteError::None;
        QString reason; ///< the system's reason (CannotOpen, CannotWrite)
        [[nodiscard]] bool ok() const { return error == WriteError::None; }
    };

    /// The file; empty for an untitled document.
    [[nodiscard]] const QString &path() const { return m_path; }
    void setPath(const QString &path) { m_path = path; }
    [[nodiscard]] const TextFileFormat &format() const { return m_format; }
    /// The file's bytes as last read or written.
    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }
    /// The model text the document made of bytes().
    [[nodiscard]] const std::string &text() const { return m_text; }

    /// The file holds `bytes` now (just read or written) and the document shows them as `text`.
    void remember(const QByteArray &bytes, std::string text);
    /// True when `text` is not what was read or written last (a save must encode it).
    [[nodiscard]] bool differs(const std::string &text) const { return text != m_text; }
    /// The bytes a save writes for `text`: the bytes read when it is unchanged, otherwise `text`
    /// with the file's BOM and line ends.
    [[nodiscard]] QByteArray encode(const std::string &text) const;

    /// Writes `bytes` to `path` atomically (QSaveFile), refusing a read-only file and anything
    /// that is not a regular file.
    [[nodiscard]] static WriteResult write(const QString &path, const QByteArray &bytes);

private:
    QString m_path;
    TextFileFormat m_format;
    QByteArray m_bytes;
    std::string m_text;
};

} // namespace stagecraft::app
