// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/DocumentFile.h"

#include <QFileInfo>
#include <QSaveFile>

#include <utility>

namespace stagecraft::app {

void DocumentFile::remember(const QByteArray &bytes, std::string text)
{
    m_format = TextFileFormat::detect(bytes);
    m_bytes = bytes;
    m_text = std::move(text);
}

QByteArray DocumentFile::encode(const std::string &text) const
{
    // Unchanged: the exact bytes that were read, whatever the document made of them.
    if (!differs(text))
        return m_bytes;
    return m_format.encode(QString::fromStdString(text));
}

DocumentFile::WriteResult DocumentFile::write(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    constexpr auto anyWrite
        = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (info.exists() && (!info.isWritable() || (info.permissions() & anyWrite) == 0))
        return {WriteError::ReadOnly, {}};
    if (info.exists() && !info.isFile())
        return {WriteError::NotAFile, {}};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {WriteError::CannotOpen, file.errorString()};
    if (file.write(bytes) != bytes.size() || !file.commit())
        return {WriteError::CannotWrite, file.errorString()};
    return {};
}

} // namespace stagecraft::app
