// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Diagnostic.h"

#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::model {
class StageGraph;
class SyntaxTree;
} // namespace stagecraft::model

namespace stagecraft::cli::fast {

/// Writes JSON straight into a string, laid out exactly as model::jsonText() lays out a
/// document (nlohmann's dump with an indent of 2, UTF-8 kept as is), without building the
/// document first. A string that is not valid UTF-8 (which jsonText() would repair) makes
/// valid() false; the caller then uses the model's document instead.
class JsonStream
{
public:
    explicit JsonStream(std::string &out)
        : m_out(out)
    { }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    /// The key of the next member of the current object.
    void key(std::string_view name);
    void string(std::string_view text);
    void number(long long value);
    void null();

    [[nodiscard]] bool valid() const { return m_valid; }

private:
    void open(char bracket);
    void close(char bracket);
    void beforeValue();
    void newLine();
    void escaped(std::string_view text);

    std::string &m_out;
    std::vector<int> m_counts; ///< members written so far, per open container
    bool m_afterKey = false;
    bool m_valid = true;
};

/// The `graph --format json` document (model::stageGraphToJson()) into `out`, with a final
/// newline; false (and `out` unusable) when a string needs repairing.
[[nodiscard]] bool writeGraphJson(std::string &out, const model::StageGraph &graph, int target);

/// The `lint --format json` array (model::diagnosticToJson() per diagnostic, `messages[i]` the
/// message of `diagnostics[i]`) into `out`, with a final newline; false when a string needs
/// repairing.
[[nodiscard]] bool writeDiagnosticsJson(std::string &out, const model::SyntaxTree &tree,
                                        const std::vector<model::Diagnostic> &diagnostics,
                                        const std::vector<std::string> &messages);

} // namespace stagecraft::cli::fast
