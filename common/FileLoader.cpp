// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileLoader.h"

#include "common/BinarySniff.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>

#include <algorithm>

namespace stagecraft::common {

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

bool FileLoader::looksBinary(QByteArrayView head)
{
    return common::looksBinary(
        std::string_view(head.data(), static_cast<std::size_t>(head.size())));
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
