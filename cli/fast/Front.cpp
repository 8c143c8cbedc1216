// SPDX-License-Identifier: GPL-3.0-or-later
#include "Front.h"

#include "cli/fast/EnglishMessages.h"
#include "cli/fast/InputReader.h"
#include "cli/fast/JsonStream.h"
#include "model/BuildkitDump.h"
#include "model/GraphExport.h"
#include "model/JsonExport.h"
#include "model/Lint.h"
#include "model/StageGraph.h"
#include "model/SyntaxTree.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>

namespace stagecraft::cli::fast {

namespace {

enum class Command { Parse, Graph, Lint, Print };

constexpr int success = 0;  // Cli::Success
constexpr int findings = 1; // Cli::Findings

const char *systemEnvironment(const char *name)
{
    return std::getenv(name);
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

/// Cli's optionValue(): the value of option `name` if `arguments[index]` is that option, as
/// "--name=value" or "--name value" (then `index` moves past the value). `missing` is set when
/// the value is missing.
std::optional<std::string> optionValue(const std::vector<std::string> &arguments,
                                       std::size_t &index, std::string_view name, bool &missing)
{
    const std::string &argument = arguments[index];
    if (argument == name) {
        if (index + 1 >= arguments.size()) {
            missing = true;
            return std::string();
        }
        ++index;
        return arguments[index];
    }
    if (startsWith(argument, name) && argument.size() > name.size() && argument[name.size()] == '=')
        return argument.substr(name.size() + 1);
    return std::nullopt;
}

/// Cli::run() first hands the commands with their own options (edit, build, …) to their
/// classes: true when the first word it looks at is one of the front's own commands.
bool ownCommandFirst(const std::vector<std::string> &arguments)
{
    static constexpr std::array<std::string_view, 4> ownCommands{"parse", "graph", "lint", "print"};
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == "--lang") {
            ++i;
            continue;
        }
        if (startsWith(arguments[i], "-") && arguments[i] != "-")
            continue;
        return std::find(ownCommands.begin(), ownCommands.end(), arguments[i]) != ownCommands.end();
    }
    return false;
}

/// The language, as Cli::requestedLanguage() finds it: the last --lang value before "--".
std::string requestedLanguage(const std::vector<std::string> &arguments)
{
    std::string language;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == "--")
            break;
        bool missing = false;
        if (auto value = optionValue(arguments, i, "--lang", missing))
            language = *value;
    }
    return language;
}

/// `name` is an English locale name ("en", "en_GB.UTF-8", "en-US"), or C / POSIX, which Qt
/// maps to the English catalogue too; `allowC` says whether C / POSIX count.
bool englishName(std::string_view name, bool allowC)
{
    if (allowC && (name == "C" || name == "POSIX" || startsWith(name, "C.")))
        return true;
    return startsWith(name, "en")
        && (name.size() == 2 || name[2] == '_' || name[2] == '-' || name[2] == '.'
            || name[2] == '@');
}

std::string shownFile(const std::string &file)
{
    return file == "-" ? std::string("<stdin>") : file;
}

/// Freeing the tree and the graph of a large file takes a noticeable share of a run (some 13 %
/// of `graph` on 1.6 MB), just before the process ends: they are left to the operating system,
/// as compilers do. Reachable from here, so leak checkers do not count them.
void keepUntilExit(std::shared_ptr<const void> object)
{
    static auto *kept = new std::vector<std::shared_ptr<const void>>();
    kept->push_back(std::move(object));
}

Front::Outcome handOver()
{
    Front::Outcome outcome;
    outcome.handOver = true;
    return outcome;
}

} // namespace

struct Front::Options
{
    Command command = Command::Print;
    std::string file;
    std::string format;
    std::string target;
    bool hasTarget = false;
    std::vector<std::string> buildArgs;
    std::string context;
};

Front::Front(std::vector<std::string> arguments, const char *(*environment)(const char *name))
    : m_arguments(std::move(arguments))
    , m_environment(environment != nullptr ? environment : &systemEnvironment)
{ }

bool Front::englishMessages(std::string_view requested,
                            const char *(*environment)(const char *name))
{
    if (!requested.empty())
        return englishName(requested, false);
    const auto variable = [environment](const char *name) {
        const char *value = environment(name);
        return std::string_view(value != nullptr ? value : "");
    };
    // Qt's system UI languages: LANGUAGE's list when set, else the messages locale.
    std::string_view languages = variable("LANGUAGE");
    while (!languages.empty()) {
        const std::size_t colon = languages.find(':');
        const std::string_view entry = languages.substr(0, colon);
        if (!entry.empty() && !englishName(entry, true))
            return false;
        languages
            = colon == std::string_view::npos ? std::string_view() : languages.substr(colon + 1);
    }
    std::string_view messages = variable("LC_ALL");
    if (messages.empty())
        messages = variable("LC_MESSAGES");
    if (messages.empty())
        messages = variable("LANG");
    return messages.empty() || englishName(messages, true);
}

bool Front::parseArguments(Options &options) const
{
    const std::vector<std::string> &arguments = m_arguments;
    if (!ownCommandFirst(arguments)
        || !englishMessages(requestedLanguage(arguments), m_environment))
        return false;

    // Cli::run()'s option loop; whatever it would reject (or answer with --help or --version)
    // goes to the full CLI, which says so in the user's language.
    bool optionsEnded = false;
    std::vector<std::string> positional;
    std::vector<std::string_view> seen;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string &argument = arguments[i];
        if (optionsEnded || argument == "-" || !startsWith(argument, "-")) {
            positional.push_back(argument);
            continue;
        }
        if (argument == "--") {
            optionsEnded = true;
            continue;
        }
        bool missing = false;
        if (auto value = optionValue(arguments, i, "--lang", missing)) {
            std::string code = value->substr(0, value->find('_'));
            code = code.substr(0, code.find('-'));
            std::transform(code.begin(), code.end(), code.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            if (missing || (code != "hi" && code != "en"))
                return false;
            continue;
        }
        struct Known
        {
            std::string_view name;
            std::string *single;
            std::vector<std::string> *list;
        };
        const std::array<Known, 4> known{{
            {"--format", &options.format, nullptr},
            {"--target", &options.target, nullptr},
            {"--build-arg", nullptr, &options.buildArgs},
            {"--context", &options.context, nullptr},
        }};
        bool matched = false;
        for (const Known &option : known) {
            auto value = optionValue(arguments, i, option.name, missing);
            if (!value)
                continue;
            if (missing)
                return false;
            if (option.single != nullptr)
                *option.single = *value;
            else
                option.list->push_back(*value);
            if (option.name == "--target")
                options.hasTarget = true;
            seen.push_back(option.name);
            matched = true;
            break;
        }
        if (!matched)
            return false; // an unknown option, --help, -h or --version
    }
    if (positional.size() != 2)
        return false;
    const std::string &command = positional.front();
    std::vector<std::string_view> allowed;
    std::vector<std::string_view> formats;
    if (command == "parse") {
        options.command = Command::Parse;
        allowed = {"--format"};
        formats = {"json", "buildkit"};
    } else if (command == "graph") {
        options.command = Command::Graph;
        allowed = {"--format", "--target", "--build-arg"};
        formats = {"json", "dot", "mermaid"};
    } else if (command == "lint") {
        options.command = Command::Lint;
        allowed = {"--format", "--target", "--build-arg", "--context"};
        formats = {"text", "json"}; // sarif: the full CLI (its URIs are Qt's)
    } else if (command == "print") {
        options.command = Command::Print;
    } else {
        return false;
    }
    for (std::string_view option : seen) {
        if (std::find(allowed.begin(), allowed.end(), option) == allowed.end())
            return false;
    }
    if (options.format.empty() && !formats.empty())
        options.format = formats.front();
    if (!formats.empty()
        && std::find(formats.begin(), formats.end(), options.format) == formats.end())
        return false;
    // lint --context lists the build context with the engine's ContextScanner (Qt).
    if (!options.context.empty())
        return false;
    options.file = positional.back();
    return true;
}

std::optional<std::string> Front::readInput(const Options &options)
{
    if (options.file == "-") {
        m_stdin = readStandardInput();
        if (m_stdin->failed || !acceptableInput(m_stdin->bytes))
            return std::nullopt;
        return m_stdin->bytes;
    }
    return readRegularFile(options.file);
}

Front::Outcome Front::run()
{
    for (const std::string &argument : m_arguments) {
        // Qt decodes the command line as UTF-8 and would repair anything else.
        if (!english::validUtf8(argument))
            return handOver();
    }
    Options options;
    if (!parseArguments(options))
        return handOver();
    std::optional<std::string> text = readInput(options);
    if (!text)
        return handOver(); // not found, unreadable, binary, too large: the full CLI says which
    return runCommand(options, std::move(*text));
}

Front::Outcome Front::runCommand(const Options &options, std::string text) const
{
    switch (options.command) {
    case Command::Parse:
        return runParse(options, std::move(text));
    case Command::Graph:
        return runGraph(options, std::move(text));
    case Command::Lint:
        return runLint(options, std::move(text));
    case Command::Print:
        break;
    }
    // Bytes straight from the tree, like Cli::runPrint().
    Outcome outcome;
    const auto tree = model::SyntaxTree::parse(std::move(text));
    keepUntilExit(tree);
    outcome.out = tree->print();
    return outcome;
}

Front::Outcome Front::runParse(const Options &options, std::string text) const
{
    const auto tree = model::SyntaxTree::parse(std::move(text));
    keepUntilExit(tree);
    Outcome outcome;
    if (options.format == "buildkit") {
        if (tree->buildkitRejects()) {
            bool any = false;
            for (const model::Diagnostic &diagnostic : tree->diagnostics()) {
                if (diagnostic.severity != model::Severity::Error)
                    continue;
                auto line = english::diagnosticLine(shownFile(options.file), *tree, diagnostic);
                if (!line)
                    return handOver();
                outcome.err += *line + '\n';
                any = true;
            }
            if (!any)
                outcome.err
                    = "stagecraft-cli: " + english::buildkitRejects(shownFile(options.file)) + '\n';
            outcome.exitCode = findings;
            return outcome;
        }
        outcome.out = model::buildkitDump(*tree);
        return outcome;
    }
    bool repaired = false;
    const auto message = [&repaired](const model::Diagnostic &diagnostic) {
        std::optional<std::string> sentence = english::message(diagnostic);
        repaired = repaired || !sentence;
        return sentence.value_or(std::string());
    };
    const nlohmann::ordered_json json = model::syntaxTreeToJson(*tree, options.file, message);
    if (repaired)
        return handOver();
    outcome.out = model::jsonText(json) + '\n';
    return outcome;
}

namespace {

/// Cli::buildArgs(): NAME=VALUE, or NAME alone with its value from the environment.
model::BuildArgs buildArgs(const std::vector<std::string> &given,
                           const char *(*environment)(const char *name))
{
    model::BuildArgs result;
    for (const std::string &argument : given) {
        const std::size_t equals = argument.find('=');
        if (equals != std::string::npos) {
            result[argument.substr(0, equals)] = argument.substr(equals + 1);
        } else if (const char *value = environment(argument.c_str()); value != nullptr) {
            result[argument] = value;
        }
    }
    return result;
}

} // namespace

Front::Outcome Front::runGraph(const Options &options, std::string text) const
{
    const auto tree = model::SyntaxTree::parse(std::move(text));
    for (const std::string &argument : options.buildArgs) {
        // A value from the environment that is not UTF-8 would be repaired by Qt.
        const char *value
            = argument.find('=') == std::string::npos ? m_environment(argument.c_str()) : nullptr;
        if (value != nullptr && !english::validUtf8(value))
            return handOver();
    }
    keepUntilExit(tree);
    const auto kept = std::make_shared<const model::StageGraph>(
        model::StageGraph::derive(*tree, buildArgs(options.buildArgs, m_environment)));
    keepUntilExit(kept);
    const model::StageGraph &graph = *kept;
    int target = graph.defaultTarget();
    if (options.hasTarget) {
        target = graph.stageIndex(options.target);
        if (target < 0)
            return handOver(); // "Unknown target stage", in the full CLI's words
    }
    Outcome outcome;
    if (options.format == "dot")
        outcome.out = model::stageGraphToDot(graph, target);
    else if (options.format == "mermaid")
        outcome.out = model::stageGraphToMermaid(graph, target);
    else if (!writeGraphJson(outcome.out, graph, target)) // the model's document repairs text
        outcome.out = model::jsonText(model::stageGraphToJson(graph, target)) + '\n';
    return outcome;
}

Front::Outcome Front::runLint(const Options &options, std::string text) const
{
    const auto tree = model::SyntaxTree::parse(std::move(text));
    for (const std::string &argument : options.buildArgs) {
        const char *value
            = argument.find('=') == std::string::npos ? m_environment(argument.c_str()) : nullptr;
        if (value != nullptr && !english::validUtf8(value))
            return handOver();
    }
    keepUntilExit(tree);
    const auto kept = std::make_shared<const model::StageGraph>(
        model::StageGraph::derive(*tree, buildArgs(options.buildArgs, m_environment)));
    keepUntilExit(kept);
    const model::StageGraph &graph = *kept;
    model::LintOptions lintOptions;
    if (options.hasTarget) {
        lintOptions.target = graph.stageIndex(options.target);
        if (lintOptions.target < 0)
            return handOver();
    }
    const std::vector<model::Diagnostic> diagnostics = model::lint(*tree, graph, lintOptions);
    long errors = 0;
    long warnings = 0;
    long notes = 0;
    for (const model::Diagnostic &diagnostic : diagnostics) {
        switch (diagnostic.severity) {
        case model::Severity::Error:
            ++errors;
            break;
        case model::Severity::Warning:
            ++warnings;
            break;
        case model::Severity::Info:
            ++notes;
            break;
        }
    }
    Outcome outcome;
    outcome.exitCode = errors > 0 ? findings : success;
    if (options.format == "json") {
        std::vector<std::string> messages;
        messages.reserve(diagnostics.size());
        for (const model::Diagnostic &diagnostic : diagnostics) {
            std::optional<std::string> message = english::message(diagnostic);
            if (!message)
                return handOver();
            messages.push_back(std::move(*message));
        }
        // Streamed; when a string needs repairing, through the model's document as the full CLI.
        if (!writeDiagnosticsJson(outcome.out, *tree, diagnostics, messages)) {
            nlohmann::ordered_json array = nlohmann::ordered_json::array();
            for (std::size_t i = 0; i < diagnostics.size(); ++i)
                array.push_back(model::diagnosticToJson(*tree, diagnostics[i], messages[i]));
            outcome.out = model::jsonText(array) + '\n';
        }
        return outcome;
    }
    const std::string shown = shownFile(options.file);
    for (const model::Diagnostic &diagnostic : diagnostics) {
        std::optional<std::string> line = english::diagnosticLine(shown, *tree, diagnostic);
        if (!line)
            return handOver();
        outcome.out += *line;
        outcome.out += '\n';
    }
    if (diagnostics.empty()) {
        outcome.out += english::noProblems();
        outcome.out += '\n';
    } else {
        std::optional<std::string> summary = english::lintSummary(errors, warnings, notes);
        if (!summary)
            return handOver();
        outcome.out += *summary + '\n';
    }
    return outcome;
}

} // namespace stagecraft::cli::fast
