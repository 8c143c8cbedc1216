// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace stagecraft::common {

/// Reads a Dockerfile for the CLI and the GUI, refusing what cannot be one with a clear,
/// translated one-line message (context "FileLoader").
///
/// "Binary" rule: the model reads any bytes (NUL bytes included), so a few odd bytes are fine.
/// A file is refused as binary when its first 8 KiB start with the magic number of a common
/// binary format (ELF, PE/COFF "MZ\x90\0", Mach-O, PNG, JPEG, GIF, gzip, bzip2, xz, zstd, zip,
/// 7z, PDF, WebAssembly, Java class) or is a tar archive ("ustar" at offset 257), or when more
/// than 30% of those bytes are control bytes (0x00–0x08, 0x0E–0x1F, 0x7F; tab, line feed,
/// vertical tab, form feed and carriage return are text).
class FileLoader
{
    Q_DECLARE_TR_FUNCTIONS(FileLoader)

public:
    enum class Error {
        None,
        NotFound,
        IsDirectory,
        NotAFile, ///< a device, socket, … (FIFOs and stdin are read)
        Unreadable,
        Binary,
        TooLarge,
    };

    /// What load() returns: the bytes, or an error with its translated message.
    struct Result
    {
        QByteArray data;
        Error error = Error::None;
        QString message; ///< one line, translated; empty when ok

        [[nodiscard]] bool ok() const { return error == Error::None; }
    };

    /// Files larger than this (64 MiB) are refused.
    static constexpr qint64 MaxSize = qint64(64) * 1024 * 1024;
    /// How many leading bytes the binary check looks at.
    static constexpr qint64 SniffSize = 8 * 1024;

    /// Reads the file at `path`.
    [[nodiscard]] static Result load(const QString &path);
    /// Reads `device` (already open, e.g. stdin) to its end; `displayName` names it in messages.
    [[nodiscard]] static Result load(QIODevice &device, const QString &displayName);
    /// True when `head` (the first bytes of a file) looks like a binary file (see the class doc).
    [[nodiscard]] static bool looksBinary(QByteArrayView head);

private:
    [[nodiscard]] static Result check(QByteArray data, const QString &displayName);
    [[nodiscard]] static Result failure(Error error, const QString &message);
};

} // namespace stagecraft::common
