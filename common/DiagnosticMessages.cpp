// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosticMessages.h"

#include <array>

namespace stagecraft::common {

namespace {

struct MessageEntry
{
    const char *code;
    int argumentCount;
    const char *source;
};

/// A translatable text for a key (a code, or an argument word).
struct KeyedText
{
    const char *key;
    const char *source;
};

// One row per code and argument count, in the order of model::diagnosticCatalog(). The argument
// meanings are those the model emits. Optional trailing arguments (a "did you mean" suggestion)
// come as empty strings: they are dropped before the template is chosen.
constexpr std::array kMessages = {
    // Parser (model/Parser.cpp, model/InstructionReader.cpp).
    MessageEntry{"SyntaxEmptyFile", 0,
                 QT_TRANSLATE_NOOP("Diagnostics", "The Dockerfile is empty.")},
    MessageEntry{
        "SyntaxNoInstructions", 0,
        QT_TRANSLATE_NOOP("Diagnostics",
                          "The Dockerfile has no instructions, only comments or blank lines.")},
    //: %1 = ENV or LABEL
    MessageEntry{"SyntaxEnvNoValue", 1,
                 QT_TRANSLATE_NOOP("Diagnostics", "%1 needs a value: write %1 name=value.")},
    //: %1 = the word without '='
    MessageEntry{"SyntaxEnvMissingEquals", 1,
                 QT_TRANSLATE_NOOP("Diagnostics",
                                   "Cannot find '=' in '%1': it must have the form name=value.")},
    MessageEntry{"SyntaxNestedJson", 0,
                 QT_TRANSLATE_NOOP("Diagnostics", "The JSON array may only contain strings.")},
    //: %1 = heredoc delimiter
    MessageEntry{"SyntaxUnterminatedHeredoc", 1,
                 QT_TRANSLATE_NOOP("Diagnostics", "Heredoc '%1' has no terminator line.")},
    //: %1 = the escape value found
    MessageEntry{"SyntaxInvalidEscape", 1,
                 QT_TRANSLATE_NOOP("Diagnostics", "Invalid escape character '%1': use \\ or `.")},
    //: %1 = directive name (escape, syntax, check)
    MessageEntry{
        "SyntaxDuplicateDirective", 1,
        QT_TRANSLATE_NOOP("Diagnostics", "The '%1' parser directive may only be given once.")},
    //: %1 = the maximum line length in bytes (65535)
    MessageEntry{
        "SyntaxLineTooLong", 1,
        QT_TRANSLATE_NOOP("Diagnostics", "The line is longer than the maximum of %1 bytes.")},
    MessageEntry{"SyntaxInvalidUtf8", 0,
                 QT_TRANSLATE_NOOP("Diagnostics", "The text is not valid UTF-8.")},
    //: %1 = the unknown keyword as written
    MessageEntry{"UnknownInstruction", 1,
                 QT_TRANSLATE_NOOP("Diagnostics", "Unknown instruction: %1.")},

    // Stage graph (model/StageGraph.cpp) and the target analysis in model/Lint.cpp.
    MessageEntry{"NoBuildStage", 0,
                 QT_TRANSLATE_NOOP(
                     "Diagnostics",
                     "The Dockerfile has no FROM instruction, so there is no stage to build.")},
    //: %1 = instruction keyword as written
    MessageEntry{
        "InstructionBeforeFrom", 1,
        QT_TRANSLATE_NOOP("Diagnostics", "%1 cannot come before the first FROM: only ARG can.")},
    //: %1 = the number of arguments FROM has
    MessageEntry{
        "FromArgumentCount", 1,
        QT_TRANSLATE_NOOP(
            "Diagnostics",
            "FROM takes an image and optionally AS and a stage name, but has %1 arguments.")},
    //: %1 = stage name as written
    MessageEntry{"InvalidStageName", 1,
                 QT_TRANSLATE_NOOP("Diagnostics",
                                   "Invalid stage name '%1': it must start with a letter and "
                                   "contain only letters, digits, '-', '_' and '.'.")},
    //: %1 = the reference as written (COPY --from, RUN --mount from=, FROM)
    MessageEntry{
        "UnknownStage", 1,
        QT_TRANSLATE_NOOP("Diagnostics", "No stage is named '%1', so it is used as an image.")},
    //: %1 = the reference as written, %2 = the stage name it probably means
    MessageEntry{"UnknownStage", 2,
                 QT_TRANSLATE_NOOP("Diagnostics", "No stage is named '%1'. Did you mean '%2'?")},
    //: %1 = the reference as written, %2 = the later stage's name or index
    MessageEntry{
        "ForwardStageReference", 2,
        QT_TRANSLATE_NOOP("Diagnostics",
                          "'%1' refers to stage '%2', which is defined later in the file.")},
    //: %1 = the reference as written
    MessageEntry{"SelfReference", 1,
                 QT_TRANSLATE_NOOP("Diagnostics", "Stage '%1' copies or mounts from itself.")},
    //: %1 and %2 = the two stages (name or index) that depend on each other
    MessageEntry{
        "CircularStageDependency", 2,
        QT_TRANSLATE_NOOP("Diagnostics", "Stages '%1' and '%2' depend on each other in a cycle.")},
    //: %1 = the numeric reference as written, %2 = the number of stages in the file
    MessageEntry{
        "IndexOutOfRange", 2,
        QT_TRANSLATE_NOOP("Diagnostics", "Stage index %1 is out of range (number of stages: %2).")},
    //: %1 = stage name, or its index when it has no name
    MessageEntry{"UnusedStage", 1,
                 QT_TRANSLATE_NOOP("Diagnostics", "Stage '%1' is not needed to build the target.")},

    // BuildKit's checks (model/Lint.cpp); wording after frontend/dockerfile/linter/ruleset.go.
    //: %1 = stage name as written
    MessageEntry{"StageNameCasing", 1,
                 QT_TRANSLATE_NOOP("Diagnostics", "Stage name '%1' should be lowercase.")},
    //: %1 = the AS keyword as written, %2 = the FROM keyword as written
    MessageEntry{"FromAsCasing", 2,
                 QT_TRANSLATE_NOOP("Diagnostics", "'%1' and '%2' keywords' casing do not match.")},
    MessageEntry{"NoEmptyContinuation", 0,
                 QT_TRANSLATE_NOOP("Diagnostics",
                                   "Empty continuation line: empty continuation lines will become "
                                   "errors in a future release.")},
    //: %1 = instruction keyword as written, %2 = "lowercase" or "uppercase" (translated separately)
    MessageEntry{"ConsistentInstructionCasing", 2,
                 QT_TRANSLATE_NOOP(
                     "Diagnostics",
                     "Instruction '%1' should match the case of the other instructions (%2).")},
    //: %1 = stage name
    MessageEntry{"DuplicateStageName", 1,
                 QT_TRANSLATE_NOOP("Diagnostics",
                                   "Duplicate stage name '%1': stage names should be unique.")},
    //: %1 = reserved name (scratch, context)
    MessageEntry{
        "ReservedStageName", 1,
        QT_TRANSLATE_NOOP("Diagnostics", "Stage name '%1' is reserved and should not be used.")},
    //: %1 = instruction keyword (CMD, ENTRYPOINT)
    MessageEntry{"JSONArgsRecommended", 1,
                 QT_TRANSLATE_NOOP("Diagnostics",
                                   "JSON arguments are recommended for %1 to prevent unintended "
                                   "behavior related to OS signals.")},
    MessageEntry{"MaintainerDeprecated", 0,
                 QT_TRANSLATE_NOOP("Diagnostics",
                                   "MAINTAINER is deprecated: use LABEL maintainer=… instead.")},
    //: %1 = ARG name used in FROM
    MessageEntry{"UndefinedArgInFrom", 1,
                 QT_TRANSLATE_NOOP("Diagnostics", "FROM argument '%1' is not declared.")},
    //: %1 = ARG name used in FROM, %2 = a declared ARG with a similar name
    MessageEntry{
        "UndefinedArgInFrom", 2,
        QT_TRANSLATE_NOOP("Diagnostics", "FROM argument '%1' is not declared. Did you mean '%2'?")},
    //: %1 = the WORKDIR path
    MessageEntry{
        "WorkdirRelativePath", 1,
        QT_TRANSLATE_NOOP(
            "Diagnostics",
            "Relative WORKDIR '%1' can give unexpected results if the base image changes.")},
    //: %1 = variable name (without $)
    MessageEntry{"UndefinedVar", 1,
                 QT_TRANSLATE_NOOP("Diagnostics", "Usage of undefined variable '$%1'.")},
    //: %1 = variable name (without $), %2 = a defined variable with a similar name
    MessageEntry{
        "UndefinedVar", 2,
        QT_TRANSLATE_NOOP("Diagnostics", "Usage of undefined variable '$%1'. Did you mean '$%2'?")},
    //: %1 = instruction keyword (CMD, ENTRYPOINT, HEALTHCHECK)
    MessageEntry{"MultipleInstructionsDisallowed", 1,
                 QT_TRANSLATE_NOOP("Diagnostics",
                                   "Multiple %1 instructions should not be used in the same stage "
                                   "because only the last one is used.")},
    //: %1 = instruction keyword (ENV, LABEL)
    MessageEntry{
        "LegacyKeyValueFormat", 1,
        QT_TRANSLATE_NOOP("Diagnostics",
                          "Use \"%1 key=value\" instead of the legacy \"%1 key value\" format.")},
    //: %1 = the platform value (e.g. $TARGETPLATFORM)
    MessageEntry{"RedundantTargetPlatform", 1,
                 QT_TRANSLATE_NOOP("Diagnostics",
                                   "Setting the platform to the predefined %1 in FROM is "
                                   "redundant: this is the default.")},
    //: %1 = instruction keyword (ARG or ENV), %2 = the variable name
    MessageEntry{
        "SecretsUsedInArgOrEnv", 2,
        QT_TRANSLATE_NOOP("Diagnostics",
                          "Do not use ARG or ENV instructions for sensitive data (%1 '%2').")},
    //: %1 = the base image reference as written (e.g. ${BASE})
    MessageEntry{"InvalidDefaultArgInFrom", 1,
                 QT_TRANSLATE_NOOP(
                     "Diagnostics",
                     "The default ARG values in '%1' give an empty or invalid base image name.")},
    //: %1 = the platform value (e.g. linux/amd64)
    MessageEntry{"FromPlatformFlagConstDisallowed", 1,
                 QT_TRANSLATE_NOOP("Diagnostics",
                                   "FROM --platform should not use the constant value '%1'.")},
    //: %1 = the EXPOSE port specification (e.g. 80/TCP)
    MessageEntry{
        "ExposeProtoCasing", 1,
        QT_TRANSLATE_NOOP("Diagnostics", "The protocol in EXPOSE '%1' should be lowercase.")},
    //: %1 = the EXPOSE port specification (e.g. 127.0.0.1:80:80)
    MessageEntry{"ExposeInvalidFormat", 1,
                 QT_TRANSLATE_NOOP(
                     "Diagnostics",
                     "EXPOSE should not define an IP address or a host-port mapping, found '%1'.")},

    // Multi-stage advice (model/Advice.cpp).
    //: %1 = the COPY source as written (".", "./", "*"), %2 = the builder stage's name or index
    MessageEntry{"FinalStageCopiesContext", 2,
                 QT_TRANSLATE_NOOP("Diagnostics",
                                   "The final stage copies the whole build context ('%1') although "
                                   "stage '%2' already builds from it: copy only what the app "
                                   "needs to run.")},
    //: %1 = the base image as written, %2 = the builder stage's name or index, %3 = suggested
    //: runtime images (image references, not translated)
    MessageEntry{"FinalStageSdkBase", 3,
                 QT_TRANSLATE_NOOP("Diagnostics",
                                   "The final stage is based on '%1', a full SDK image, although "
                                   "the build happens in stage '%2': use a smaller runtime image "
                                   "such as %3.")},
    //: %1 = the COPY source as written, %2 = what it is (translated separately: the Git history,
    //: a cache, …)
    MessageEntry{"FinalStageCopiesBuildFiles", 2,
                 QT_TRANSLATE_NOOP("Diagnostics",
                                   "The final stage copies '%1' (%2): the app does not need it "
                                   "to run.")},
    //: %1 = the COPY source as written, %2 = the files that look secret (paths, comma-separated)
    MessageEntry{"SecretInContext", 2,
                 QT_TRANSLATE_NOOP("Diagnostics",
                                   "COPY '%1' brings files that look secret into the image: %2. "
                                   "List them in .dockerignore.")},
    //: %1 = the COPY source as written
    MessageEntry{"CopySourceMissing", 1,
                 QT_TRANSLATE_NOOP("Diagnostics", "'%1' is not in the build context.")},
    //: %1 = the COPY source as written, %2 = an existing path with a similar name
    MessageEntry{
        "CopySourceMissing", 2,
        QT_TRANSLATE_NOOP("Diagnostics", "'%1' is not in the build context. Did you mean '%2'?")},
    //: %1 = the COPY source as written
    MessageEntry{"CopySourceExcluded", 1,
                 QT_TRANSLATE_NOOP("Diagnostics",
                                   "'%1' is excluded by .dockerignore, so the build cannot copy "
                                   "it.")},
    //: %1 = the base image as written (without a tag, or with :latest)
    MessageEntry{"UnpinnedBaseImage", 1,
                 QT_TRANSLATE_NOOP("Diagnostics",
                                   "Base image '%1' follows 'latest', so a rebuild can change it "
                                   "without notice: pin a version tag.")},
    //: %1 = the base image as written, %2 = the image that replaces it (e.g. eclipse-temurin)
    MessageEntry{"DeprecatedBaseImage", 2,
                 QT_TRANSLATE_NOOP("Diagnostics",
                                   "Base image '%1' is deprecated and gets no updates: use '%2' "
                                   "instead.")},
};

/// Argument values the model emits as English words; translated before they are filled in.
constexpr std::array kArgumentWords = {
    KeyedText{"lowercase", QT_TRANSLATE_NOOP("Diagnostics", "lowercase")},
    KeyedText{"uppercase", QT_TRANSLATE_NOOP("Diagnostics", "uppercase")},
    // What FinalStageCopiesBuildFiles found (%2 of its message).
    KeyedText{"git-history", QT_TRANSLATE_NOOP("Diagnostics", "the Git history")},
    KeyedText{
        "host-node-modules",
        QT_TRANSLATE_NOOP("Diagnostics",
                          "node_modules from the build context, installed for your computer")},
    KeyedText{
        "node-modules",
        QT_TRANSLATE_NOOP("Diagnostics", "node_modules, which a static web server never uses")},
    KeyedText{"cache", QT_TRANSLATE_NOOP("Diagnostics", "a package or build cache")},
    KeyedText{"toolchain", QT_TRANSLATE_NOOP("Diagnostics", "a build toolchain")},
};

constexpr std::array kFixes = {
    KeyedText{"StageNameCasing", QT_TRANSLATE_NOOP("Diagnostics", "Make the stage name lowercase")},
    KeyedText{"FromAsCasing", QT_TRANSLATE_NOOP("Diagnostics", "Match the casing of AS to FROM")},
    KeyedText{"ConsistentInstructionCasing",
              QT_TRANSLATE_NOOP("Diagnostics", "Match the casing of the other instructions")},
    KeyedText{"JSONArgsRecommended", QT_TRANSLATE_NOOP("Diagnostics", "Use the JSON form")},
    KeyedText{"NoEmptyContinuation",
              QT_TRANSLATE_NOOP("Diagnostics", "Remove the empty continuation lines")},
    KeyedText{"MaintainerDeprecated",
              QT_TRANSLATE_NOOP("Diagnostics", "Replace with LABEL maintainer")},
    KeyedText{"LegacyKeyValueFormat", QT_TRANSLATE_NOOP("Diagnostics", "Use the key=value format")},
    KeyedText{"ExposeProtoCasing", QT_TRANSLATE_NOOP("Diagnostics", "Make the protocol lowercase")},
    KeyedText{"RedundantTargetPlatform",
              QT_TRANSLATE_NOOP("Diagnostics", "Remove the --platform flag")},
    KeyedText{"UndefinedArgInFrom", QT_TRANSLATE_NOOP("Diagnostics", "Use the suggested ARG name")},
    KeyedText{"UndefinedVar", QT_TRANSLATE_NOOP("Diagnostics", "Use the suggested variable name")},
    KeyedText{"UnknownStage", QT_TRANSLATE_NOOP("Diagnostics", "Use the suggested stage name")},
    KeyedText{"DuplicateStageName", QT_TRANSLATE_NOOP("Diagnostics", "Rename the stage")},
    KeyedText{"ReservedStageName", QT_TRANSLATE_NOOP("Diagnostics", "Rename the stage")},
    KeyedText{"UnusedStage", QT_TRANSLATE_NOOP("Diagnostics", "Remove the stage")},
    KeyedText{"WorkdirRelativePath", QT_TRANSLATE_NOOP("Diagnostics", "Make the path absolute")},
    KeyedText{"FinalStageSdkBase", QT_TRANSLATE_NOOP("Diagnostics", "Use the runtime image")},
    KeyedText{"FinalStageCopiesBuildFiles", QT_TRANSLATE_NOOP("Diagnostics", "Do not copy it")},
    KeyedText{"CopySourceMissing", QT_TRANSLATE_NOOP("Diagnostics", "Use the suggested path")},
    KeyedText{"DeprecatedBaseImage", QT_TRANSLATE_NOOP("Diagnostics", "Use the maintained image")},
};

/// Why a finding matters, for codes whose message alone does not teach it.
constexpr std::array kExplanations = {
    KeyedText{"FinalStageCopiesContext",
              QT_TRANSLATE_NOOP("Diagnostics",
                                "The builder stage already has the sources. Copying the whole "
                                "context again puts source code, tests and stray files into the "
                                "image you ship. Copy the built artifact, or only the files the "
                                "app reads when it runs.")},
    KeyedText{"FinalStageSdkBase",
              QT_TRANSLATE_NOOP("Diagnostics",
                                "An SDK image carries compilers, package managers and headers "
                                "that only the build needs. The final stage only runs the "
                                "artifact, so a runtime image (slim, alpine, distroless, a JRE, "
                                "nginx, or scratch for a static binary) is often hundreds of "
                                "megabytes smaller.")},
    KeyedText{"FinalStageCopiesBuildFiles",
              QT_TRANSLATE_NOOP("Diagnostics",
                                "Git history, dependency caches, node_modules from your computer "
                                "and toolchains make the image bigger and can leak information. "
                                "Keep them in the builder stage and copy only the result.")},
    KeyedText{"SecretInContext",
              QT_TRANSLATE_NOOP("Diagnostics",
                                "COPY of a folder takes every file in it. A key, .env file or "
                                "credential copied into a layer stays in the image even when a "
                                "later step deletes it. Exclude such files in .dockerignore and "
                                "pass secrets to the build with RUN --mount=type=secret.")},
    KeyedText{"CopySourceMissing",
              QT_TRANSLATE_NOOP("Diagnostics",
                                "COPY reads from the build context, the folder sent to Docker. "
                                "A path that is not there makes the build fail.")},
    KeyedText{"CopySourceExcluded",
              QT_TRANSLATE_NOOP("Diagnostics",
                                "Files that .dockerignore excludes are not sent to Docker, so "
                                "COPY cannot find them. Remove the matching pattern, or copy "
                                "something else.")},
    KeyedText{"UnpinnedBaseImage",
              QT_TRANSLATE_NOOP("Diagnostics",
                                "'latest' moves whenever the publisher releases a new version, so "
                                "the same Dockerfile can build a different image tomorrow. A "
                                "version tag (alpine:3.20) or a digest keeps builds repeatable.")},
    KeyedText{"DeprecatedBaseImage",
              QT_TRANSLATE_NOOP("Diagnostics",
                                "A deprecated image gets no more security updates. Its publisher "
                                "names a maintained successor.")},
};

/// Fills %1…%99 in one pass, so an argument that itself contains "%1" is never re-expanded
/// (QString::arg chains would). A placeholder without an argument becomes empty.
QString fill(const QString &pattern, const std::vector<std::string> &args)
{
    QString out;
    out.reserve(pattern.size() + 32);
    const qsizetype size = pattern.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < size && pattern.at(i + 1).isDigit() && pattern.at(i + 1) != u'0') {
            int number = pattern.at(i + 1).digitValue();
            qsizetype end = i + 2;
            if (end < size && pattern.at(end).isDigit()) {
                number = number * 10 + pattern.at(end).digitValue();
                ++end;
            }
            if (number >= 1 && static_cast<std::size_t>(number) <= args.size())
                out += QString::fromUtf8(args[static_cast<std::size_t>(number) - 1]);
            i = end - 1;
            continue;
        }
        out += c;
    }
    return out;
}

/// The template for `code`: the one for exactly `argumentCount` arguments, else the one with the
/// most arguments that are all present, else the one with the fewest.
const MessageEntry *findMessage(std::string_view code, int argumentCount)
{
    const MessageEntry *fitting = nullptr;
    const MessageEntry *smallest = nullptr;
    for (const MessageEntry &entry : kMessages) {
        if (code != entry.code)
            continue;
        if (entry.argumentCount == argumentCount)
            return &entry;
        if (entry.argumentCount < argumentCount
            && (fitting == nullptr || entry.argumentCount > fitting->argumentCount))
            fitting = &entry;
        if (smallest == nullptr || entry.argumentCount < smallest->argumentCount)
            smallest = &entry;
    }
    return fitting != nullptr ? fitting : smallest;
}

QString translated(const char *source)
{
    return QCoreApplication::translate("Diagnostics", source);
}

} // namespace

QString DiagnosticMessages::message(const model::Diagnostic &diagnostic)
{
    return message(diagnostic.code, diagnostic.args);
}

QString DiagnosticMessages::message(std::string_view code, const std::vector<std::string> &args)
{
    std::vector<std::string> present = args;
    while (!present.empty() && present.back().empty())
        present.pop_back();
    const MessageEntry *entry = findMessage(code, static_cast<int>(present.size()));
    if (entry != nullptr) {
        for (std::string &arg : present) {
            for (const KeyedText &word : kArgumentWords) {
                if (arg == word.key) {
                    arg = translated(word.source).toStdString();
                    break;
                }
            }
        }
        return fill(translated(entry->source), present);
    }
    QString joined;
    for (const std::string &arg : args) {
        if (!joined.isEmpty())
            joined += QStringLiteral(", ");
        joined += QString::fromUtf8(arg);
    }
    const QString name = QString::fromUtf8(code.data(), static_cast<qsizetype>(code.size()));
    if (joined.isEmpty())
        return name;
    //: Message for a diagnostic code the table does not know: %1 = code, %2 = its arguments
    return tr("%1: %2").arg(name, joined);
}

QString DiagnosticMessages::explanation(std::string_view code)
{
    for (const KeyedText &entry : kExplanations) {
        if (code == entry.key)
            return translated(entry.source);
    }
    return {};
}

QString DiagnosticMessages::fixTitle(std::string_view code)
{
    for (const KeyedText &entry : kFixes) {
        if (code == entry.key)
            return translated(entry.source);
    }
    return tr("Apply the suggested fix");
}

QString DiagnosticMessages::severityName(model::Severity severity)
{
    switch (severity) {
    case model::Severity::Error:
        //: Severity word in "file:line:column: error: message" output
        return tr("error");
    case model::Severity::Warning:
        //: Severity word in "file:line:column: warning: message" output
        return tr("warning");
    case model::Severity::Info:
        //: Severity word in "file:line:column: note: message" output
        return tr("note");
    }
    return {};
}

bool DiagnosticMessages::hasMessage(std::string_view code)
{
    return findMessage(code, 0) != nullptr;
}

std::vector<int> DiagnosticMessages::argumentCounts(std::string_view code)
{
    std::vector<int> counts;
    for (const MessageEntry &entry : kMessages) {
        if (code == entry.code)
            counts.push_back(entry.argumentCount);
    }
    return counts;
}

QString DiagnosticMessages::sourceTemplate(std::string_view code, int argumentCount)
{
    const MessageEntry *entry = findMessage(code, argumentCount);
    return entry != nullptr ? QString::fromUtf8(entry->source) : QString();
}

} // namespace stagecraft::common
