// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/StageGraph.h"

#include <string>

namespace stagecraft::model {

/// Graphviz DOT for the stage graph: one box per stage (label: name or `#index`, then the base),
/// one ellipse per external image, edges styled by kind (copy solid, mount dashed, from bold)
/// and labelled `sources → destination`. Stages the build of `target` does not need (and images
/// only they use) are drawn in gray. `target` < 0 draws everything as needed.
[[nodiscard]] std::string stageGraphToDot(const StageGraph &graph, int target);

/// The same drawing as a Mermaid `flowchart LR`; labels are quoted with Mermaid entity escapes.
[[nodiscard]] std::string stageGraphToMermaid(const StageGraph &graph, int target);

} // namespace stagecraft::model
