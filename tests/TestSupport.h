// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the QtTest suites: where ../shared is, and the one rule for it — required under CI
// (CI=true: a missing ../shared fails the test), optional on a user's fresh clone (skipped).

#include <QDir>
#include <QFile>
#include <QString>
#include <QtTest>

#include <string>

namespace stagecraft::tests {

/// The shared material beside the repository (../shared), as configured by CMake.
inline QString sharedDir()
{
    return QStringLiteral(STAGECRAFT_SHARED_DIR);
}

/// True when the shared material is there.
inline bool sharedAvailable()
{
    return QDir(sharedDir()).exists();
}

/// The bytes of a file (empty when it cannot be read).
inline std::string readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

} // namespace stagecraft::tests

/// In a test function: fail under CI=true, skip otherwise, when ../shared is missing.
#define STAGECRAFT_REQUIRE_SHARED()                                                                \
    do {                                                                                           \
        if (!stagecraft::tests::sharedAvailable()) {                                               \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                               \
                QFAIL("../shared not found (required under CI=true)");                             \
            QSKIP("skipped: ../shared not found");                                                 \
        }                                                                                          \
    } while (false)
