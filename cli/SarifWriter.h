// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Diagnostic.h"
#include "model/SyntaxTree.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace stagecraft::cli {

/// Writes lint results as a SARIF 2.1.0 log (one run, tool "stagecraft", rules from
/// model::diagnosticCatalog(), columns in Unicode code points). Result messages and fix
/// descriptions are in the current UI language.
class SarifWriter
{
public:
    /// Tool information written to `runs[0].tool.driver.informationUri`.
    static constexpr const char *InformationUri = "https://github.com/stagecraft/stagecraft";

    /// The SARIF document (UTF-8 JSON, indented, ending with a newline).
    [[nodiscard]] static QByteArray write(const model::SyntaxTree &tree,
                                          const std::vector<model::Diagnostic> &diagnostics,
                                          const QString &uri);
    /// The artifact URI for a path as given on the command line: a relative path stays relative
    /// (percent-encoded, '/' separators), an absolute path becomes a file:// URI, "-" is "stdin".
    [[nodiscard]] static QString artifactUri(const QString &path);
};

} // namespace stagecraft::cli
