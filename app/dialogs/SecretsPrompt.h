// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/BuildSession.h"

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace stagecraft::app {

/// The question before a build sends files that look like secrets (BuildSession's secrets
/// check): names them, and offers to add them to .dockerignore (the default), to send them this
/// once, or to cancel.
class SecretsPrompt
{
    Q_DECLARE_TR_FUNCTIONS(SecretsPrompt)

public:
    /// Asks over `parent` about `files` (paths relative to the build context).
    [[nodiscard]] static BuildSession::SecretsDecision ask(QWidget *parent,
                                                           const QStringList &files);
    /// The question's text (translated), naming the files.
    [[nodiscard]] static QString text(const QStringList &files);
};

} // namespace stagecraft::app
