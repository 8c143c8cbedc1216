// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/StageGraph.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;
class QProcessEnvironment;

namespace stagecraft::model {
class SyntaxTree;
}

namespace stagecraft::cli {

/// The `stagecraft-cli` front end: parses the command line, reads the Dockerfile and writes the
/// requested report. All state is per run; tests drive it with in-memory devices or run the
/// executable. Messages are translated in context "Cli"; JSON, SARIF, DOT and Mermaid keys are
/// never translated. See docs/cli.md.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    /// Process exit codes.
    enum ExitCode : int {
        Success = 0,    ///< done, nothing wrong
        Findings = 1,   ///< lint found errors, or BuildKit would reject the file
        UsageError = 2, ///< bad command line, or the input cannot be read
    };

    /// `in` is read for the file name "-"; reports go to `out`, messages to `err`.
    Cli(QIODevice &in, QIODevice &out, QIODevice &err);

    /// Runs one command. `arguments` excludes the program name. Returns the exit code.
    [[nodiscard]] int run(const QStringList &arguments);

    /// The language `--lang` asks for (its value as given), or an empty string when the
    /// environment decides (LC_ALL, LC_MESSAGES, LANG: see installTranslator()).
    [[nodiscard]] static QString requestedLanguage(const QStringList &arguments);
    /// The translated `--help` text.
    [[nodiscard]] static QString helpText();
    /// The version string (STAGECRAFT_VERSION, or "unknown" when the build did not define it).
    [[nodiscard]] static QString version();

private:
    struct Options;

    int runParse(const Options &options);
    int runGraph(const Options &options);
    int runLint(const Options &options);
    int runPrint(const Options &options);

    /// Reads options.file; on failure writes the message and returns nullptr.
    std::shared_ptr<const model::SyntaxTree> readTree(const Options &options);
    /// Expands --build-arg values; a name without '=' takes its value from the environment.
    static model::BuildArgs buildArgs(const Options &options);
    /// The GCC-style `FILE:LINE:COL: severity: message [Code]` line (no newline).
    static QString diagnosticLine(const QString &file, const model::SyntaxTree &tree,
                                  const model::Diagnostic &diagnostic);

    int usageError(const QString &message);
    void writeOut(const QByteArray &bytes);
    void writeOut(const QString &text);
    void writeErrorLine(const QString &line);

    QIODevice &m_in;
    QIODevice &m_out;
    QIODevice &m_err;
};

} // namespace stagecraft::cli
