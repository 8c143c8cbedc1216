// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace stagecraft::views {

/// What the Build panel asks to build: the user's choices, before the app adds the file, the
/// context and the engine.
struct BuildRequest
{
    QString target;                   ///< stage name or index; empty: the last stage
    int targetStage = -1;             ///< the chosen stage's index (-1: none)
    QStringList tags;                 ///< "name:tag"
    QMap<QString, QString> buildArgs; ///< the ticked build args
    bool noCache = false;
    bool pull = false;
    friend bool operator==(const BuildRequest &, const BuildRequest &) = default;
};

} // namespace stagecraft::views
