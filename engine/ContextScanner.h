// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/BuildContext.h"

#include <QString>

#include <atomic>
#include <memory>

namespace stagecraft::engine {

/// Lists a build context directory for lint's context checks (model::BuildContext): every file
/// and directory, breadth first, each marked excluded or not by the directory's `.dockerignore`
/// (engine/DockerIgnore, the rules the build itself applies). Bounded: at most `maxEntries`
/// entries and `maxDepth` directory levels; a directory cut short is not marked complete, so lint
/// never calls a file "missing" that the listing simply did not reach. Symbolic links are listed
/// and never followed. Blocking: the desktop app runs it on a worker thread.
class ContextScanner
{
public:
    struct Limits
    {
        int maxEntries = 20000;
        int maxDepth = 12;
    };

    /// Lists `directory` (the context root). `dockerfile` (absolute, may be empty) is kept in
    /// the context whatever `.dockerignore` says, as the docker CLI does. Returns null when the
    /// directory cannot be read, when `.dockerignore` cannot be read or is malformed (the build
    /// would fail on it first), or when `cancelled` becomes true.
    [[nodiscard]] static std::shared_ptr<const model::BuildContext>
    scan(const QString &directory, const QString &dockerfile, const Limits &limits,
         const std::atomic<bool> *cancelled = nullptr);
    /// scan() with the default limits.
    [[nodiscard]] static std::shared_ptr<const model::BuildContext>
    scan(const QString &directory, const QString &dockerfile = QString());
};

} // namespace stagecraft::engine
