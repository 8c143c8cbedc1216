// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SyntaxTree.h"

#include <QString>

#include <vector>

namespace stagecraft::engine {

/// A line the engine's built-in Dockerfile frontend cannot build under BuildKit.
struct FrontendLimit
{
    enum class Kind {
        SyntaxDirective, ///< `# syntax=`: the frontend image must be fetched from a registry
        Heredoc,         ///< `RUN <<EOF`: needs Dockerfile frontend ≥ 1.4
        CopyLink,        ///< `COPY --link` / `ADD --link`: needs Dockerfile frontend ≥ 1.4
    };
    Kind kind = Kind::Heredoc;
    int instruction = -1; ///< index into instructions(); -1 for the directive
    int line = 0;         ///< 1-based
    QString detail;       ///< the directive's value, or the instruction's keyword
};

/// What a BuildKit build on this engine will refuse, before sending anything. `engineVersion` is
/// the engine's own version ("20.10.24+dfsg1", from the ping's Server header): Docker before 23
/// has BuildKit 0.8 with Dockerfile frontend 1.2 built in (checked against dockerd 20.10: a
/// heredoc fails with "unknown instruction", COPY --link with "Unknown flag: link"); 23 and later
/// have 1.4 or newer. A `# syntax=` line always needs the frontend image from a registry. An
/// empty version (not known) assumes the old frontend.
[[nodiscard]] std::vector<FrontendLimit> builtinFrontendLimits(const model::SyntaxTree &tree,
                                                               const QString &engineVersion);

} // namespace stagecraft::engine
