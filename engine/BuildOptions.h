// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace stagecraft::engine {

/// What to build: the parameters of POST /build (classic builder, `version=1`).
struct BuildOptions
{
    QString contextDir;               ///< the build context directory
    QString dockerfile;               ///< absolute, or relative to contextDir; empty: "Dockerfile"
    QStringList tags;                 ///< `t`, repeatable ("name:tag")
    QMap<QString, QString> buildArgs; ///< `buildargs`
    QMap<QString, QString> labels;    ///< `labels`
    QString target;                   ///< `target`: the stage to stop at
    QString platform;                 ///< `platform` ("linux/amd64"), needs API 1.32
    bool noCache = false;             ///< `nocache`
    bool pull = false;                ///< `pull`
    QString networkMode;              ///< `networkmode` for RUN ("none", "host"); empty: default
    int idleTimeoutMs = 30 * 60 * 1000; ///< silence allowed between stream messages (long RUNs)
};

} // namespace stagecraft::engine
