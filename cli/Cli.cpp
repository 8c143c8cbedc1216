// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "cli/DiffCommand.h"
#include "cli/EditCommand.h"
#include "cli/EngineCli.h"
#include "cli/MeasureCommand.h"
#include "cli/RenderLauncher.h"
#include "cli/SarifWriter.h"
#include "cli/TemplateCommand.h"
#include "common/DiagnosticMessages.h"
#include "common/FileLoader.h"
#include "engine/ContextScanner.h"
#include "model/BuildkitDump.h"
#include "model/GraphExport.h"
#include "model/JsonExport.h"
#include "model/Lint.h"
#include "model/SyntaxTree.h"

#include <QFileInfo>
#include <QIODevice>
#include <QProcessEnvironment>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>

namespace stagecraft::cli {

namespace {

enum class Command { None, Parse, Graph, Lint, Print };

QString displayName(const QString &file)
{
    return file == QStringLiteral("-") ? QStringLiteral("<stdin>") : file;
}

/// The value of option `name` if `arguments[index]` is that option, given as "--name=value" or
/// as "--name value" (then `index` moves past the value); std::nullopt for any other argument.
/// When the value is missing (the option is the last argument), `missing` is set.
std::optional<QString> optionValue(const QStringList &arguments, qsizetype &index,
                                   QLatin1StringView name, bool &missing)
{
    const QString &argument = arguments.at(index);
    if (argument == name) {
        if (index + 1 >= arguments.size()) {
            missing = true;
            return QString();
        }
        ++index;
        return arguments.at(index);
    }
    if (argument.startsWith(name) && argument.size() > name.size()
        && argument.at(name.size()) == u'=')
        return argument.mid(name.size() + 1);
    return std::nullopt;
}

} // namespace

struct Cli::Options
{
    Command command = Command::None;
    QString commandName;
    QString file;
    QString format;
    QString target;
    bool hasTarget = false;
    QStringList buildArgs;
    QString context; ///< lint --context DIR (empty: no context checks)
};

Cli::Cli(QIODevice &in, QIODevice &out, QIODevice &err)
    : m_in(in)
    , m_out(out)
    , m_err(err)
{ }

QString Cli::version()
{
#ifdef STAGECRAFT_VERSION
    return QStringLiteral(STAGECRAFT_VERSION);
#else
    return QStringLiteral("unknown");
#endif
}

QString Cli::requestedLanguage(const QStringList &arguments)
{
    QString language;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QStringLiteral("--"))
            break;
        bool missing = false;
        if (auto value = optionValue(arguments, i, QLatin1StringView("--lang"), missing))
            language = *value;
    }
    return language;
}

QString Cli::helpText()
{
    //: The --help text. Keep the command names, options, FILE, STAGE, NAME=VALUE and the
    //: format names in English; align the descriptions as you like.
    return tr("Usage: stagecraft-cli COMMAND FILE [OPTIONS]\n"
              "\n"
              "Reads a Dockerfile (FILE, or - for standard input) and reports on it.\n"
              "\n"
              "Commands:\n"
              "  parse FILE [--format json|buildkit]\n"
              "      Print the instructions as JSON, or the syntax tree as BuildKit dumps it.\n"
              "  graph FILE [--format json|dot|mermaid] [--target STAGE]\n"
              "             [--build-arg NAME=VALUE]...\n"
              "      Print the stage graph. STAGE is a stage name or index.\n"
              "  lint FILE [--format text|json|sarif] [--target STAGE]\n"
              "            [--build-arg NAME=VALUE]... [--context DIR]\n"
              "      Report problems in the Dockerfile. With --context, also check COPY\n"
              "      sources and secret files against the build context DIR.\n"
              "  print FILE\n"
              "      Parse the file and print it back unchanged.\n"
              "  edit FILE OPERATION [ARGUMENTS]...\n"
              "      Change the Dockerfile through the edit engine\n"
              "      (see stagecraft-cli edit --help).\n"
              "  build FILE [--target STAGE] [--tag TAG] [--build-arg NAME=VALUE]...\n"
              "             [--builder auto|buildkit|classic] [--network MODE] [--host URL]\n"
              "             [--allow-secrets]\n"
              "      Build the image with the Docker Engine and show the build log. The\n"
              "      builder: BuildKit when the engine offers it (auto), or the one named.\n"
              "      Files that look like secrets (keys, .env, credentials) and are not in\n"
              "      .dockerignore stop the build, unless --allow-secrets.\n"
              "  measure FILE [--context DIR] [--target STAGE] [--build-arg NAME=VALUE]...\n"
              "               [--builder auto|buildkit|classic] [--network MODE]\n"
              "               [--no-cache] [--format text|json|markdown|csv] [--no-history]\n"
              "               [--allow-secrets] [--waste] [--min-efficiency R]\n"
              "               [--max-wasted SIZE] [--budget STAGE=SIZE]...\n"
              "      Build every stage and measure it: image, size, layers by Dockerfile\n"
              "      line, build time (and, under BuildKit, whether it came from the cache),\n"
              "      bytes per artifact arrow, and the saving. The run is kept in the\n"
              "      history in FILE.stagecraft.json. --waste adds each stage's wasted\n"
              "      space (as dive counts it); a broken gate (--min-efficiency,\n"
              "      --max-wasted, --budget, or the sidecar's) exits with 1.\n"
              "  compare A B [--format text|json|markdown|csv]\n"
              "      Compare two measurements (measure --format json files, or measured\n"
              "      Dockerfiles: their latest run), stage by stage.\n"

              "  engine [--host URL]\n"
              "      Show the Docker Engine in use: endpoint, version and API version.\n"
              "  render FILE -o OUT.svg|OUT.png [--target STAGE] [--build-arg NAME=VALUE]...\n"
              "      Draw the stage canvas offscreen, as on screen, for docs and slides.\n"
              "\n"
              "Options:\n"
              "  --lang hi|en   Language of the messages (default: from LC_ALL, LC_MESSAGES\n"
              "                 or LANG).\n"
              "  -h, --help     Show this help.\n"
              "  --version      Show the version.\n"
              "\n"
              "Exit status: 0 when all is well, 1 when errors were found (lint errors,\n"
              "BuildKit would reject the file, or a build failed), 2 for a usage error, a\n"
              "file that cannot be read or an engine that cannot be reached.\n")
        + u'\n' + DiffCommand::helpText() + u'\n' + TemplateCommand::helpText();
}

int Cli::run(const QStringList &arguments)
{
    // `edit` (cli/EditCommand), `build` and `engine` (cli/EngineCli), `measure` and `compare`
    // (cli/MeasureCommand), `diff` (cli/DiffCommand), `render` (cli/RenderLauncher), `templates`
    // and `new` (cli/TemplateCommand) have their own options: hand them everything but the command
    // word (and --lang, for build and engine).
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QStringLiteral("--lang")) {
            ++i; // skip its value
            continue;
        }
        if (argument.startsWith(u'-') && argument != QStringLiteral("-"))
            continue;
        QStringList rest = arguments;
        rest.removeAt(i);
        if (argument == QStringLiteral("edit")) {
            EditCommand edit(m_in, m_out, m_err);
            return edit.run(rest);
        }
        if (argument == QStringLiteral("build") || argument == QStringLiteral("engine")
            || argument == QStringLiteral("render") || argument == QStringLiteral("measure")
            || argument == QStringLiteral("compare") || argument == QStringLiteral("templates")
            || argument == QStringLiteral("new") || argument == QStringLiteral("diff")) {
            rest.removeIf([](const QString &a) { return a.startsWith(QStringLiteral("--lang=")); });
            const qsizetype lang = rest.indexOf(QStringLiteral("--lang"));
            if (lang >= 0)
                rest.remove(lang, std::min<qsizetype>(2, rest.size() - lang));
            if (argument == QStringLiteral("render"))
                return RenderLauncher::run(rest, requestedLanguage(arguments), m_out, m_err);
            if (argument == QStringLiteral("templates"))
                return TemplateCommand::runList(rest, m_out, m_err);
            if (argument == QStringLiteral("new"))
                return TemplateCommand::runNew(rest, m_out, m_err);
            QTextStream out(&m_out);
            QTextStream err(&m_err);
            if (argument == QStringLiteral("measure"))
                return MeasureCommand::runMeasure(rest, out, err);
            if (argument == QStringLiteral("compare"))
                return MeasureCommand::runCompare(rest, out, err);
            if (argument == QStringLiteral("diff"))
                return DiffCommand::run(rest, out, err);
            return argument == QStringLiteral("build") ? runBuildCommand(rest, out, err)
                                                       : runEngineCommand(rest, out, err);
        }
        break;
    }

    Options options;
    bool help = false;
    bool showVersion = false;
    bool optionsEnded = false;
    QStringList positional;
    QStringList seenOptions; // options given, for the per-command check below

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (optionsEnded || argument == QStringLiteral("-") || !argument.startsWith(u'-')) {
            positional.append(argument);
            continue;
        }
        if (argument == QStringLiteral("--")) {
            optionsEnded = true;
            continue;
        }
        if (argument == QStringLiteral("-h") || argument == QStringLiteral("--help")) {
            help = true;
            continue;
        }
        if (argument == QStringLiteral("--version")) {
            showVersion = true;
            continue;
        }
        bool missing = false;
        if (auto value = optionValue(arguments, i, QLatin1StringView("--lang"), missing)) {
            const QString language = value->section(u'_', 0, 0).section(u'-', 0, 0).toLower();
            if (missing)
                return usageError(tr("Option %1 needs a value.").arg(QStringLiteral("--lang")));
            if (language != QStringLiteral("hi") && language != QStringLiteral("en")) {
                //: %1 = the value given to --lang
                return usageError(tr("Unsupported language: %1 (use hi or en).").arg(*value));
            }
            continue;
        }
        struct Known
        {
            const char *name;
            QString *single;
            QStringList *list;
        };
        const Known known[] = {
            {"--format", &options.format, nullptr},
            {"--target", &options.target, nullptr},
            {"--build-arg", nullptr, &options.buildArgs},
            {"--context", &options.context, nullptr},
        };
        bool matched = false;
        for (const Known &option : known) {
            const QLatin1StringView name(option.name);
            auto value = optionValue(arguments, i, name, missing);
            if (!value)
                continue;
            if (missing) {
                //: %1 = option name, e.g. --format
                return usageError(tr("Option %1 needs a value.").arg(name));
            }
            if (option.single != nullptr)
                *option.single = *value;
            else
                option.list->append(*value);
            if (name == QLatin1StringView("--target"))
                options.hasTarget = true;
            seenOptions.append(name);
            matched = true;
            break;
        }
        if (!matched) {
            //: %1 = the option as given
            return usageError(tr("Unknown option: %1").arg(argument));
        }
    }

    if (help) {
        writeOut(helpText());
        return Success;
    }
    if (showVersion) {
        writeOut(QStringLiteral("stagecraft-cli %1\n").arg(version()));
        return Success;
    }
    if (positional.isEmpty())
        return usageError(tr("Missing command: use parse, graph, lint, print, edit, build, "
                             "measure, compare or engine."));

    options.commandName = positional.takeFirst();
    if (options.commandName == QStringLiteral("parse"))
        options.command = Command::Parse;
    else if (options.commandName == QStringLiteral("graph"))
        options.command = Command::Graph;
    else if (options.commandName == QStringLiteral("lint"))
        options.command = Command::Lint;
    else if (options.commandName == QStringLiteral("print"))
        options.command = Command::Print;
    else {
        //: %1 = the command as given
        return usageError(tr("Unknown command: %1 (use parse, graph, lint, print, edit, build, "
                             "measure, compare or "
                             "engine).")
                              .arg(options.commandName));
    }
    if (positional.isEmpty())
        return usageError(tr("Missing file: give a Dockerfile path, or - for standard input."));
    if (positional.size() > 1) {
        //: %1 = the first unexpected argument
        return usageError(tr("Too many arguments: %1").arg(positional.at(1)));
    }
    options.file = positional.first();

    // Which options and formats each command takes.
    QStringList allowedOptions;
    QStringList formats;
    switch (options.command) {
    case Command::Parse:
        allowedOptions = {QStringLiteral("--format")};
        formats = {QStringLiteral("json"), QStringLiteral("buildkit")};
        break;
    case Command::Graph:
        allowedOptions = {QStringLiteral("--format"), QStringLiteral("--target"),
                          QStringLiteral("--build-arg")};
        formats = {QStringLiteral("json"), QStringLiteral("dot"), QStringLiteral("mermaid")};
        break;
    case Command::Lint:
        allowedOptions = {QStringLiteral("--format"), QStringLiteral("--target"),
                          QStringLiteral("--build-arg"), QStringLiteral("--context")};
        formats = {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("sarif")};
        break;
    case Command::Print:
    case Command::None:
        break;
    }
    for (const QString &option : std::as_const(seenOptions)) {
        if (!allowedOptions.contains(option)) {
            //: %1 = option name, %2 = command name
            return usageError(tr("Option %1 cannot be used with the %2 command.")
                                  .arg(option, options.commandName));
        }
    }
    if (options.format.isEmpty() && !formats.isEmpty())
        options.format = formats.first();
    if (!formats.isEmpty() && !formats.contains(options.format)) {
        //: %1 = the format given, %2 = command name, %3 = the accepted formats
        return usageError(
            tr("Unknown format %1 for the %2 command (use %3).")
                .arg(options.format, options.commandName, formats.join(QStringLiteral(", "))));
    }

    switch (options.command) {
    case Command::Parse:
        return runParse(options);
    case Command::Graph:
        return runGraph(options);
    case Command::Lint:
        return runLint(options);
    case Command::Print:
        return runPrint(options);
    case Command::None:
        break;
    }
    return UsageError;
}

std::shared_ptr<const model::SyntaxTree> Cli::readTree(const Options &options)
{
    const common::FileLoader::Result loaded = options.file == QStringLiteral("-")
        ? common::FileLoader::load(m_in, displayName(options.file))
        : common::FileLoader::load(options.file);
    if (!loaded.ok()) {
        writeErrorLine(loaded.message);
        return nullptr;
    }
    return model::SyntaxTree::parse(loaded.data.toStdString());
}

model::BuildArgs Cli::buildArgs(const Options &options)
{
    model::BuildArgs result;
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &argument : options.buildArgs) {
        const qsizetype equals = argument.indexOf(u'=');
        if (equals >= 0) {
            result[argument.left(equals).toStdString()] = argument.mid(equals + 1).toStdString();
        } else if (environment.contains(argument)) {
            // Like `docker build --build-arg NAME`: the value comes from the environment.
            result[argument.toStdString()] = environment.value(argument).toStdString();
        }
    }
    return result;
}

QString Cli::diagnosticLine(const QString &file, const model::SyntaxTree &tree,
                            const model::Diagnostic &diagnostic)
{
    const auto position = tree.lineIndex().position(tree.text(), diagnostic.range.begin);
    //: One lint finding, GCC style. %1 = file, %2 = line, %3 = column, %4 = severity word
    //: (error/warning/note), %5 = message, %6 = code. Keep the colons and the [%6] so editors
    //: and CI tools can read it.
    return tr("%1:%2:%3: %4: %5 [%6]")
        .arg(displayName(file), QString::number(position.line), QString::number(position.column),
             common::DiagnosticMessages::severityName(diagnostic.severity),
             common::DiagnosticMessages::message(diagnostic),
             QString::fromStdString(diagnostic.code));
}

int Cli::runParse(const Options &options)
{
    const auto tree = readTree(options);
    if (!tree)
        return UsageError;
    if (options.format == QStringLiteral("buildkit")) {
        if (tree->buildkitRejects()) {
            bool any = false;
            for (const model::Diagnostic &diagnostic : tree->diagnostics()) {
                if (diagnostic.severity == model::Severity::Error) {
                    m_err.write((diagnosticLine(options.file, *tree, diagnostic) + u'\n').toUtf8());
                    any = true;
                }
            }
            if (!any) {
                //: %1 = file
                writeErrorLine(
                    tr("%1: BuildKit would reject this file.").arg(displayName(options.file)));
            }
            return Findings;
        }
        writeOut(QByteArray::fromStdString(model::buildkitDump(*tree)));
        return Success;
    }
    const auto message = [](const model::Diagnostic &diagnostic) {
        return common::DiagnosticMessages::message(diagnostic).toStdString();
    };
    const nlohmann::ordered_json json
        = model::syntaxTreeToJson(*tree, options.file.toStdString(), message);
    writeOut(QByteArray::fromStdString(model::jsonText(json) + '\n'));
    return Success;
}

int Cli::runGraph(const Options &options)
{
    const auto tree = readTree(options);
    if (!tree)
        return UsageError;
    const model::StageGraph graph = model::StageGraph::derive(*tree, buildArgs(options));
    int target = graph.defaultTarget();
    if (options.hasTarget) {
        target = graph.stageIndex(options.target.toStdString());
        if (target < 0) {
            //: %1 = the --target value as given
            writeErrorLine(tr("Unknown target stage: %1").arg(options.target));
            return UsageError;
        }
    }
    std::string text;
    if (options.format == QStringLiteral("dot"))
        text = model::stageGraphToDot(graph, target);
    else if (options.format == QStringLiteral("mermaid"))
        text = model::stageGraphToMermaid(graph, target);
    else
        text = model::jsonText(model::stageGraphToJson(graph, target)) + '\n';
    writeOut(QByteArray::fromStdString(text));
    return Success;
}

int Cli::runLint(const Options &options)
{
    const auto tree = readTree(options);
    if (!tree)
        return UsageError;
    const model::StageGraph graph = model::StageGraph::derive(*tree, buildArgs(options));
    model::LintOptions lintOptions;
    if (options.hasTarget) {
        lintOptions.target = graph.stageIndex(options.target.toStdString());
        if (lintOptions.target < 0) {
            writeErrorLine(tr("Unknown target stage: %1").arg(options.target));
            return UsageError;
        }
    }
    if (!options.context.isEmpty()) {
        if (!QFileInfo(options.context).isDir()) {
            //: %1 = the --context value as given
            writeErrorLine(tr("Context directory not found: %1").arg(options.context));
            return UsageError;
        }
        const QString dockerfile = options.file == QStringLiteral("-") ? QString() : options.file;
        lintOptions.context = engine::ContextScanner::scan(options.context, dockerfile);
        if (!lintOptions.context) {
            //: %1 = the --context directory
            writeErrorLine(tr("Cannot list the build context %1: a directory or its "
                              ".dockerignore cannot be read, or .dockerignore is malformed.")
                               .arg(options.context));
            return UsageError;
        }
    }
    const std::vector<model::Diagnostic> diagnostics = model::lint(*tree, graph, lintOptions);
    bool hasErrors = false;
    qsizetype errors = 0;
    qsizetype warnings = 0;
    qsizetype notes = 0;
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
    hasErrors = errors > 0;

    if (options.format == QStringLiteral("json")) {
        nlohmann::ordered_json array = nlohmann::ordered_json::array();
        for (const model::Diagnostic &diagnostic : diagnostics) {
            array.push_back(model::diagnosticToJson(
                *tree, diagnostic, common::DiagnosticMessages::message(diagnostic).toStdString()));
        }
        writeOut(QByteArray::fromStdString(model::jsonText(array) + '\n'));
    } else if (options.format == QStringLiteral("sarif")) {
        writeOut(SarifWriter::write(*tree, diagnostics, SarifWriter::artifactUri(options.file)));
    } else {
        QString text;
        for (const model::Diagnostic &diagnostic : diagnostics)
            text += diagnosticLine(options.file, *tree, diagnostic) + u'\n';
        if (diagnostics.empty()) {
            text += tr("No problems found.") + u'\n';
        } else {
            const int e = static_cast<int>(errors);
            const int w = static_cast<int>(warnings);
            const int n = static_cast<int>(notes);
            //: Lint summary. %1 = "N error(s)", %2 = "N warning(s)", %3 = "N note(s)"
            text += tr("%1, %2, %3")
                        .arg(tr("%Ln error(s)", nullptr, e), tr("%Ln warning(s)", nullptr, w),
                             tr("%Ln note(s)", nullptr, n))
                + u'\n';
        }
        writeOut(text);
    }
    return hasErrors ? Findings : Success;
}

int Cli::runPrint(const Options &options)
{
    const auto tree = readTree(options);
    if (!tree)
        return UsageError;
    // Bytes straight from the tree: never through QString, so NUL bytes, a BOM, CRLF and
    // invalid UTF-8 survive unchanged.
    writeOut(QByteArray::fromStdString(tree->print()));
    return Success;
}

int Cli::usageError(const QString &message)
{
    writeErrorLine(message);
    writeErrorLine(tr("Run 'stagecraft-cli --help' for usage."));
    return UsageError;
}

void Cli::writeOut(const QByteArray &bytes)
{
    m_out.write(bytes);
}

void Cli::writeOut(const QString &text)
{
    m_out.write(text.toUtf8());
}

void Cli::writeErrorLine(const QString &line)
{
    m_err.write(QStringLiteral("stagecraft-cli: %1\n").arg(line).toUtf8());
}

} // namespace stagecraft::cli
