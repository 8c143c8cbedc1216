// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Diagnostic.h"
#include "model/SyntaxTree.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace stagecraft::model {

struct TreeSplice;

/// Build-arg overrides (`--build-arg K=V`), applied to ARGs declared before the first FROM.
using BuildArgs = std::map<std::string, std::string>;

/// An ARG declared before the first FROM (a "meta" arg, usable in FROM lines).
struct MetaArg
{
    std::string name;
    std::optional<std::string> defaultValue; ///< as written (quotes removed), before expansion
    std::optional<std::string> value;        ///< effective value: override, else expanded default
    int instruction = -1;                    ///< index into SyntaxTree::instructions()
};

/// One FROM block.
struct Stage
{
    int index = 0;
    std::string name;         ///< as written after AS (empty when unnamed)
    std::string nameLower;    ///< BuildKit compares stage names case-insensitively
    std::string base;         ///< the image (or stage) reference as written
    std::string baseExpanded; ///< with meta ARGs and build-arg overrides expanded
    int baseStage = -1;       ///< index of the earlier stage FROM names, or -1
    std::string platform;     ///< --platform value as written (empty when none)
    int fromInstruction = -1; ///< index of the FROM instruction
    int endInstruction = -1;  ///< one past the stage's last instruction
    int line = 0;             ///< 1-based line of FROM
    Range nameRange;          ///< the name after AS (empty when unnamed)
    Range baseRange;          ///< the base reference
};

enum class EdgeKind : std::uint8_t { Copy, Mount, From };

[[nodiscard]] std::string_view edgeKindName(EdgeKind kind); ///< "copy", "mount", "from"

/// How messages and operations name a stage: its name as written, or its index when unnamed.
[[nodiscard]] std::string stageLabel(const Stage &stage);

/// An artifact arrow into stage `to`.
struct Edge
{
    EdgeKind kind = EdgeKind::Copy;
    int from = -1;                    ///< source stage index, or -1 when the source is an image
    std::string image;                ///< source image reference when from == -1 (expanded)
    std::string reference;            ///< the reference as written (`build`, `0`, `alpine:3`)
    int to = 0;                       ///< target stage index
    int instruction = -1;             ///< index of the COPY/ADD/RUN/FROM instruction
    int line = 0;                     ///< 1-based line of that instruction
    Range referenceRange;             ///< bytes of the reference value in the source
    std::vector<std::string> sources; ///< COPY/ADD source paths (empty for mount/from)
    std::string destination;          ///< COPY/ADD destination, or the mount target
};

/// The stage graph derived from a syntax tree. A value: cheap to rebuild on every reparse.
class StageGraph
{
public:
    [[nodiscard]] static StageGraph derive(const SyntaxTree &tree, const BuildArgs &overrides = {});
    /// derive(tree) from `previous`, derived (without overrides) from `previousTree`, when
    /// `tree` is `previousTree` with `splice` read again (model/IncrementalParse.h) and the
    /// instructions read again, before and after, are none the graph looks at (no FROM, ARG or
    /// ENV, no COPY/ADD --from, no RUN --mount=from=, no flag with a variable, none before the
    /// first FROM): `previous` with its offsets, lines and instruction indices moved. nullopt
    /// when it cannot tell (then derive()).
    [[nodiscard]] static std::optional<StageGraph> afterSplice(const StageGraph &previous,
                                                               const SyntaxTree &previousTree,
                                                               const SyntaxTree &tree,
                                                               const TreeSplice &splice);

    [[nodiscard]] const std::vector<Stage> &stages() const { return m_stages; }
    [[nodiscard]] const std::vector<Edge> &edges() const { return m_edges; }
    [[nodiscard]] const std::vector<MetaArg> &metaArgs() const { return m_metaArgs; }
    /// Distinct external images used as bases or sources, expanded, in first-use order.
    [[nodiscard]] const std::vector<std::string> &externalImages() const { return m_images; }
    /// Problems found while deriving (unknown stage, forward reference, cycles, …).
    [[nodiscard]] const std::vector<Diagnostic> &diagnostics() const { return m_diagnostics; }

    /// The default target: the last stage, or -1 when there is none.
    [[nodiscard]] int defaultTarget() const { return static_cast<int>(m_stages.size()) - 1; }
    /// Stage by name (case-insensitive) or by decimal index; -1 when not found.
    [[nodiscard]] int stageIndex(std::string_view nameOrIndex) const;
    /// Sorted indices of the stages a build of `target` needs (target included).
    [[nodiscard]] std::vector<int> neededFor(int target) const;
    /// The stage whose name, or a reference to which (a FROM base, a --from, a mount's from=),
    /// covers byte `offset`, or -1. The end is inclusive: a cursor right after a name is on it.
    [[nodiscard]] int stageReferencedAt(std::uint32_t offset) const;
    /// Index of the stage holding instruction `instruction`, or -1 (before the first FROM).
    [[nodiscard]] int stageOfInstruction(int instruction) const;
    /// True when it was derived with build-arg overrides (so it may differ from the defaults).
    [[nodiscard]] bool hasOverrides() const { return m_hasOverrides; }

private:
    class Builder; // derive() in named steps (StageGraph.cpp)

    std::vector<Stage> m_stages;
    std::vector<Edge> m_edges;
    std::vector<MetaArg> m_metaArgs;
    std::vector<std::string> m_images;
    std::vector<Diagnostic> m_diagnostics;
    bool m_hasOverrides = false;
};

} // namespace stagecraft::model
