// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineError.h"

#include <QString>
#include <QStringList>

namespace stagecraft::engine {

/// Secrets never leave the machine unasked: the files a build would send that look like secrets
/// — the one rule, model::looksLikeSecretFile(), that lint's SecretInContext uses too — and the
/// way out, adding them to `.dockerignore`. The GUI (app/BuildSession) asks before a build; the
/// CLI refuses unless `--allow-secrets`.
class ContextSecrets
{
public:
    /// The files of the context `contextDir` that the build would send (ContextPacker's walk:
    /// `.dockerignore` applied, the Dockerfile kept) and whose names look like secrets; paths
    /// relative to the context, '/'-separated, sorted. `error` is set when the context cannot
    /// be read.
    [[nodiscard]] static QStringList find(const QString &contextDir, const QString &dockerfile,
                                          EngineError *error = nullptr);

    /// The `.dockerignore` line that excludes exactly `path` (anchored at the context root, its
    /// wildcard characters escaped, never read as a comment or an exception).
    [[nodiscard]] static QString ignorePattern(const QString &path);

    /// Adds ignorePattern() lines for `paths` to `contextDir`/.dockerignore: the existing bytes
    /// stay as they are (a line end is added first when the file does not end with one; its
    /// CRLF style is kept), the file is created when missing. Written atomically. Returns the
    /// error (FileUnwritable, FileUnreadable) or None.
    [[nodiscard]] static EngineError excludeInDockerIgnore(const QString &contextDir,
                                                           const QStringList &paths);
};

} // namespace stagecraft::engine
