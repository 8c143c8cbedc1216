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

/// True under CI (CI=true): there, a test that cannot get what it needs (../shared, a Docker
/// engine, a base image) fails instead of skipping.
inline bool onCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
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
            if (stagecraft::tests::onCi())                                                         \
                QFAIL("../shared not found (required under CI=true)");                             \
            QSKIP("skipped: ../shared not found");                                                 \
        }                                                                                          \
    } while (false)

/// In a test function: `message` (what is missing and how to get it) fails the test under
/// CI=true and skips it otherwise.
#define STAGECRAFT_FAIL_ON_CI_ELSE_SKIP(message)                                                   \
    do {                                                                                           \
        const QString stagecraftMissing = (message);                                               \
        if (stagecraft::tests::onCi())                                                             \
            QFAIL(qPrintable(stagecraftMissing));                                                  \
        QSKIP(qPrintable(QStringLiteral("skipped: ") + stagecraftMissing));                        \
    } while (false)
