// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>

#include <algorithm>
#include <array>

namespace stagecraft::common {

namespace {

struct Magic
{
    qsizetype offset;
    std::string_view bytes;
};

using namespace std::string_view_literals;

// Magic numbers of binary formats someone could open by mistake. Each is long or odd enough
// that no Dockerfile starts with it ("MZ" alone would reject a file starting with "MZ").
constexpr std::array kMagics = {
    Magic{0,
          "\x7f"
          "ELF"sv},
    Magic{0, "MZ\x90\x00"sv},       // PE/COFF (Windows .exe/.dll)
    Magic{0, "\xfe\xed\xfa\xce"sv}, // Mach-O 32-bit
    Magic{0, "\xfe\xed\xfa\xcf"sv}, // Mach-O 64-bit
    Magic{0, "\xce\xfa\xed\xfe"sv}, // Mach-O 32-bit, little endian
    Magic{0, "\xcf\xfa\xed\xfe"sv}, // Mach-O 64-bit, little endian
    Magic{0, "\xca\xfe\xba\xbe"sv}, // Mach-O universal / Java class
    Magic{0, "\x89PNG\r\n\x1a\n"sv},
    Magic{0, "\xff\xd8\xff"sv}, // JPEG
    Magic{0, "GIF87a"sv},
    Magic{0, "GIF89a"sv},
    Magic{0, "\x1f\x8b"sv}, // gzip
    Magic{0, "BZh"sv},      // bzip2 (followed by a digit, checked below)
    Magic{0,
          "\xfd"
          "7zXZ\x00"sv},            // xz
    Magic{0, "\x28\xb5\x2f\xfd"sv}, // zstd
    Magic{0, "PK\x03\x04"sv},       // zip, jar, docx
    Magic{0, "PK\x05\x06"sv},       // empty zip
    Magic{0, "7z\xbc\xaf\x27\x1c"sv},
    Magic{0, "%PDF-"sv},
    Magic{0,
          "\x00"
          "asm"sv},        // WebAssembly
    Magic{257, "ustar"sv}, // tar
};

bool hasMagic(QByteArrayView head)
{
    for (const Magic &magic : kMagics) {
        const QByteArrayView bytes(magic.bytes.data(), static_cast<qsizetype>(magic.bytes.size()));
        if (head.size() < magic.offset + bytes.size()
            || head.sliced(magic.offset, bytes.size()) != bytes)
            continue;
        if (magic.bytes == "BZh"sv) {
            // "BZh1".."BZh9" then the block magic 0x31 0x41 0x59: "BZh" alone is plain text.
            if (head.size() < 5 || head.at(3) < '1' || head.at(3) > '9' || head.at(4) != '\x31')
                continue;
        }
        return true;
    }
    return false;
}

bool isControlByte(unsigned char byte)
{
    return (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\v' && byte != '\f'
            && byte != '\r')
        || byte == 0x7f;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

bool FileLoader::looksBinary(QByteArrayView head)
{
    head = head.first(std::min<qsizetype>(head.size(), SniffSize));
    if (head.isEmpty())
        return false;
    if (hasMagic(head))
        return true;
    qsizetype controls = 0;
    for (const char c : head) {
        if (isControlByte(static_cast<unsigned char>(c)))
            ++controls;
    }
    // More than 30%: integer arithmetic, controls / size > 3 / 10.
    return controls * 10 > head.size() * 3;
}

FileLoader::Result FileLoader::failure(Error error, const QString &message)
{
    Result result;
    result.error = error;
    result.message = message;
    return result;
}

FileLoader::Result FileLoader::check(QByteArray data, const QString &displayName)
{
    if (data.size() > MaxSize) {
        return failure(Error::TooLarge,
                       //: %1 = file path
                       tr("File is larger than 64 MB: %1").arg(displayName));
    }
    if (looksBinary(data)) {
        return failure(Error::Binary,
                       //: %1 = file path
                       tr("File looks binary, not like a Dockerfile: %1").arg(displayName));
    }
    Result result;
    result.data = std::move(data);
    return result;
}

FileLoader::Result FileLoader::load(const QString &path)
{
    const QString shown = nativePath(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        //: %1 = file path
        return failure(Error::NotFound, tr("File not found: %1").arg(shown));
    }
    if (info.isDir()) {
        //: %1 = path of a directory given where a file was expected
        return failure(Error::IsDirectory, tr("Path is a directory, not a file: %1").arg(shown));
    }
    if (info.isFile() && info.size() > MaxSize) {
        //: %1 = file path
        return failure(Error::TooLarge, tr("File is larger than 64 MB: %1").arg(shown));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 = file path
        return failure(Error::Unreadable, tr("Cannot read file: %1").arg(shown));
    }
    if (!info.isFile() && !file.isSequential()) {
        //: %1 = path of a device or socket
        return failure(Error::NotAFile, tr("Not a regular file: %1").arg(shown));
    }
    return load(file, shown);
}

FileLoader::Result FileLoader::load(QIODevice &device, const QString &displayName)
{
    // Read at most one byte more than allowed, so a pipe or /dev/zero cannot exhaust memory.
    QByteArray data;
    constexpr qint64 chunkSize = 1024 * 1024;
    while (data.size() <= MaxSize) {
        const qsizetype before = data.size();
        const qint64 wanted = std::min<qint64>(chunkSize, MaxSize + 1 - before);
        data.resize(before + wanted);
        const qint64 got = device.read(data.data() + before, wanted);
        data.resize(before + std::max<qint64>(got, 0));
        if (got < 0) {
            //: %1 = file path
            return failure(Error::Unreadable, tr("Cannot read file: %1").arg(displayName));
        }
        // 0 bytes: the end of a file, or a sequential device with nothing buffered yet.
        if (got == 0 && !device.waitForReadyRead(-1))
            break;
    }
    return check(std::move(data), displayName);
}

} // namespace stagecraft::common
