// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Diagnostic.h"
#include "model/Lint.h"
#include "model/StageGraph.h"
#include "model/SyntaxTree.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::model {

class CheckContext;

/// The multi-stage advice: what a final image should and should not carry (docs/diagnostics.md,
/// "Multi-stage advice"). lint() calls it, so `# check=skip=` applies to these codes too.
///
/// Without a build context (LintOptions::context) only the text is judged: the final stage
/// copying the whole context or build leftovers, SDK and deprecated bases, unpinned bases. With
/// one, COPY sources are checked against the listing (missing, excluded) and likely secret files
/// a COPY would bring in are reported.
[[nodiscard]] std::vector<Diagnostic> advise(const SyntaxTree &tree, const StageGraph &graph,
                                             const LintOptions &options = {});
/// The same checks, reporting into `context` (how lint() runs them, over its own context).
void advise(CheckContext &context);

/// An image reference split into its parts (docker/distribution normalisation: `docker.io` and
/// `library/` dropped from `name`).
struct ImageName
{
    std::string domain; ///< registry host, empty for Docker Hub
    std::string name;   ///< repository path, e.g. "python", "gcr.io/…" is domain + name
    std::string tag;    ///< empty when untagged
    std::string digest; ///< "sha256:…", empty when none
};

/// Splits `reference` (no variables). Returns nullopt for an empty reference.
[[nodiscard]] std::optional<ImageName> splitImageName(std::string_view reference);

/// True when a file name (last path component) looks like it holds a secret: `.env` files
/// (not `.env.example` and the like), SSH private keys, `*.pem`, `*.key`, `*.p12`, `*.pfx`,
/// credentials files, `.netrc`, `.pypirc`, `.git-credentials`.
[[nodiscard]] bool looksLikeSecretFile(std::string_view fileName);

} // namespace stagecraft::model
