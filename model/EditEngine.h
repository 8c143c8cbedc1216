// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Diagnostic.h"
#include "model/EditOperation.h"
#include "model/StageGraph.h"
#include "model/SyntaxTree.h"

#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::model {

/// What the edit engine answers: the replacements that realise an operation, or a refusal with a
/// stable code and arguments (the UI translates them; see docs/edit-engine.md).
struct EditResult
{
    std::vector<TextEdit> edits; ///< sorted by range, non-overlapping, in original coordinates
    std::string refusal;         ///< empty when the operation can be applied
    std::vector<std::string> refusalArgs;

    [[nodiscard]] bool ok() const { return refusal.empty(); }
};

/// The file's own conventions, followed by every inserted line.
struct FileStyle
{
    bool lowercaseKeywords = false;
    std::string eol = "\n";
    std::string indent; ///< leading whitespace of instructions inside stages
    bool blankLineBetweenStages = true;
    bool endsWithNewline = true;

    [[nodiscard]] static FileStyle detect(const SyntaxTree &tree);
    /// "COPY" or "copy", as the file writes keywords.
    [[nodiscard]] std::string keyword(std::string_view upper) const;
};

/// Turns edit operations into minimal text replacements against a syntax tree. Text outside the
/// replaced ranges stays byte-identical.
class EditEngine
{
public:
    EditEngine(const SyntaxTree &tree, const StageGraph &graph);

    [[nodiscard]] EditResult apply(const EditOperation &op) const;

    [[nodiscard]] const FileStyle &style() const { return m_style; }

private:
    const SyntaxTree &m_tree;
    const StageGraph &m_graph;
    FileStyle m_style;
};

/// Apply non-overlapping edits (in original coordinates) to `text`.
[[nodiscard]] std::string applyEdits(std::string_view text, const std::vector<TextEdit> &edits);

} // namespace stagecraft::model
