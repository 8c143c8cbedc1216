// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/fast/InputReader.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::cli::fast {

/// The Qt-free front of `stagecraft-cli` (docs/cli.md, "How the CLI starts"). It runs `parse`,
/// `graph`, `lint` and `print` itself when the messages are English and the command line is
/// well-formed: the model alone, no Qt library loaded, so a process starts in a few
/// milliseconds. Everything else — the other commands, --help, usage errors, files that cannot
/// be read, Hindi or any other non-English language, `lint --context`, SARIF — goes to the full
/// CLI (`stagecraft-cli-full`, cli/main.cpp), which the front executes in its place with the
/// same arguments (FullCli.h). Output, messages and exit codes are the same either way.
class Front
{
public:
    /// What run() decided.
    struct Outcome
    {
        bool handOver = false; ///< true: nothing was written, run the full CLI instead
        int exitCode = 0;
        std::string out; ///< for standard output
        std::string err; ///< for standard error
    };

    /// `arguments` excludes the program name. `environment` looks a variable up (getenv).
    explicit Front(std::vector<std::string> arguments,
                   const char *(*environment)(const char *name) = nullptr);

    /// Decides and, when the front can do the work, does it (reading the file or stdin).
    [[nodiscard]] Outcome run();

    /// What was read from standard input ("-"), which the full CLI must get again when the run
    /// is handed over after reading it; std::nullopt when stdin was not read.
    [[nodiscard]] const std::optional<StandardInput> &standardInput() const { return m_stdin; }

    /// True when the language the full CLI would choose is certainly English: `requested` is the
    /// last --lang value (empty: none), else LANGUAGE, LC_ALL, LC_MESSAGES, LANG as Qt reads them.
    [[nodiscard]] static bool englishMessages(std::string_view requested,
                                              const char *(*environment)(const char *name));

private:
    struct Options;

    [[nodiscard]] bool parseArguments(Options &options) const;
    [[nodiscard]] std::optional<std::string> readInput(const Options &options);
    [[nodiscard]] Outcome runCommand(const Options &options, std::string text) const;
    [[nodiscard]] Outcome runParse(const Options &options, std::string text) const;
    [[nodiscard]] Outcome runGraph(const Options &options, std::string text) const;
    [[nodiscard]] Outcome runLint(const Options &options, std::string text) const;

    std::vector<std::string> m_arguments;
    const char *(*m_environment)(const char *name);
    std::optional<StandardInput> m_stdin;
};

} // namespace stagecraft::cli::fast
