// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosticTable.h"

#include <array>

// lupdate reads the macro by name; without Qt it only marks the text.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif

namespace stagecraft::common {

namespace {

// One row per code and argument count, in the order of model::diagnosticCatalog(). The argument
// meanings are those the model emits. Optional trailing arguments (a "did you mean" suggestion)
// come as empty strings: they are dropped before the template is chosen.
constexpr std::array kMessages = {
    // Parser (model/Parser.cpp, model/InstructionReader.cpp).
    DiagnosticTemplate{"SyntaxEmptyFile", 0,
                       QT_TRANSLATE_NOOP("Diagnostics", "The Dockerfile is empty.")},
    DiagnosticTemplate{
        "SyntaxNoInstructions", 0,
        QT_TRANSLATE_NOOP("Diagnostics",
                          "The Dockerfile has no instructions, only comments or blank lines.")},
    //: %1 = ENV or LABEL
    DiagnosticTemplate{"SyntaxEnvNoValue", 1,
                       QT_TRANSLATE_NOOP("Diagnostics", "%1 needs a value: write %1 name=value.")},
    //: %1 = the word without '='
    DiagnosticTemplate{
        "SyntaxEnvMissingEquals", 1,
        QT_TRANSLATE_NOOP("Diagnostics",
                          "Cannot find '=' in '%1': it must have the form name=value.")},
    DiagnosticTemplate{
        "SyntaxNestedJson", 0,
        QT_TRANSLATE_NOOP("Diagnostics", "The JSON array may only contain strings.")},
    //: %1 = heredoc delimiter
    DiagnosticTemplate{"SyntaxUnterminatedHeredoc", 1,
                       QT_TRANSLATE_NOOP("Diagnostics", "Heredoc '%1' has no terminator line.")},
    //: %1 = the escape value found
    DiagnosticTemplate{
        "SyntaxInvalidEscape", 1,
        QT_TRANSLATE_NOOP("Diagnostics", "Invalid escape character '%1': use \\ or `.")},
    //: %1 = directive name (escape, syntax, check)
    DiagnosticTemplate{
        "SyntaxDuplicateDirective", 1,
        QT_TRANSLATE_NOOP("Diagnostics", "The '%1' parser directive may only be given once.")},
    //: %1 = the maximum line length in bytes (65535)
    DiagnosticTemplate{
        "SyntaxLineTooLong", 1,
        QT_TRANSLATE_NOOP("Diagnostics", "The line is longer than the maximum of %1 bytes.")},
    DiagnosticTemplate{"SyntaxInvalidUtf8", 0,
                       QT_TRANSLATE_NOOP("Diagnostics", "The text is not valid UTF-8.")},
    //: %1 = the unknown keyword as written
    DiagnosticTemplate{"UnknownInstruction", 1,
                       QT_TRANSLATE_NOOP("Diagnostics", "Unknown instruction: %1.")},

    // Stage graph (model/StageGraph.cpp) and the target analysis in model/Lint.cpp.
    DiagnosticTemplate{
        "NoBuildStage", 0,
        QT_TRANSLATE_NOOP(
            "Diagnostics",
            "The Dockerfile has no FROM instruction, so there is no stage to build.")},
    //: %1 = instruction keyword as written
    DiagnosticTemplate{
        "InstructionBeforeFrom", 1,
        QT_TRANSLATE_NOOP("Diagnostics", "%1 cannot come before the first FROM: only ARG can.")},
    //: %1 = the number of arguments FROM has
    DiagnosticTemplate{
        "FromArgumentCount", 1,
        QT_TRANSLATE_NOOP(
            "Diagnostics",
            "FROM takes an image and optionally AS and a stage name, but has %1 arguments.")},
    //: %1 = stage name as written
    DiagnosticTemplate{"InvalidStageName", 1,
                       QT_TRANSLATE_NOOP("Diagnostics",
                                         "Invalid stage name '%1': it must start with a letter and "
                                         "contain only letters, digits, '-', '_' and '.'.")},
    //: %1 = the reference as written (COPY --from, RUN --mount from=, FROM)
    DiagnosticTemplate{
        "UnknownStage", 1,
        QT_TRANSLATE_NOOP("Diagnostics", "No stage is named '%1', so it is used as an image.")},
    //: %1 = the reference as written, %2 = the stage name it probably means
    DiagnosticTemplate{
        "UnknownStage", 2,
        QT_TRANSLATE_NOOP("Diagnostics", "No stage is named '%1'. Did you mean '%2'?")},
    //: %1 = the reference as written, %2 = the later stage's name or index
    DiagnosticTemplate{
        "ForwardStageReference", 2,
        QT_TRANSLATE_NOOP("Diagnostics",
                          "'%1' refers to stage '%2', which is defined later in the file.")},
    //: %1 = the reference as written
    DiagnosticTemplate{
        "SelfReference", 1,
        QT_TRANSLATE_NOOP("Diagnostics", "Stage '%1' copies or mounts from itself.")},
    //: %1 and %2 = the two stages (name or index) that depend on each other
    DiagnosticTemplate{
        "CircularStageDependency", 2,
        QT_TRANSLATE_NOOP("Diagnostics", "Stages '%1' and '%2' depend on each other in a cycle.")},
    //: %1 = the numeric reference as written, %2 = the number of stages in the file
    DiagnosticTemplate{
        "IndexOutOfRange", 2,
        QT_TRANSLATE_NOOP("Diagnostics", "Stage index %1 is out of range (number of stages: %2).")},
    //: %1 = stage name, or its index when it has no name
    DiagnosticTemplate{
        "UnusedStage", 1,
        QT_TRANSLATE_NOOP("Diagnostics", "Stage '%1' is not needed to build the target.")},

    // BuildKit's checks (model/Lint.cpp); wording after frontend/dockerfile/linter/ruleset.go.
    //: %1 = stage name as written
    DiagnosticTemplate{"StageNameCasing", 1,
                       QT_TRANSLATE_NOOP("Diagnostics", "Stage name '%1' should be lowercase.")},
    //: %1 = the AS keyword as written, %2 = the FROM keyword as written
    DiagnosticTemplate{
        "FromAsCasing", 2,
        QT_TRANSLATE_NOOP("Diagnostics", "'%1' and '%2' keywords' casing do not match.")},
    DiagnosticTemplate{
        "NoEmptyContinuation", 0,
        QT_TRANSLATE_NOOP("Diagnostics",
                          "Empty continuation line: empty continuation lines will become "
                          "errors in a future release.")},
    //: %1 = instruction keyword as written, %2 = "lowercase" or "uppercase" (translated separately)
    DiagnosticTemplate{
        "ConsistentInstructionCasing", 2,
        QT_TRANSLATE_NOOP(
            "Diagnostics",
            "Instruction '%1' should match the case of the other instructions (%2).")},
    //: %1 = stage name
    DiagnosticTemplate{
        "DuplicateStageName", 1,
        QT_TRANSLATE_NOOP("Diagnostics",
                          "Duplicate stage name '%1': stage names should be unique.")},
    //: %1 = reserved name (scratch, context)
    DiagnosticTemplate{
        "ReservedStageName", 1,
        QT_TRANSLATE_NOOP("Diagnostics", "Stage name '%1' is reserved and should not be used.")},
    //: %1 = instruction keyword (CMD, ENTRYPOINT)
    DiagnosticTemplate{
        "JSONArgsRecommended", 1,
        QT_TRANSLATE_NOOP("Diagnostics",
                          "JSON arguments are recommended for %1 to prevent unintended "
                          "behavior related to OS signals.")},
    DiagnosticTemplate{
        "MaintainerDeprecated", 0,
        QT_TRANSLATE_NOOP("Diagnostics",
                          "MAINTAINER is deprecated: use LABEL maintainer=… instead.")},
    //: %1 = ARG name used in FROM
    DiagnosticTemplate{"UndefinedArgInFrom", 1,
                       QT_TRANSLATE_NOOP("Diagnostics", "FROM argument '%1' is not declared.")},
    //: %1 = ARG name used in FROM, %2 = a declared ARG with a similar name
    DiagnosticTemplate{
        "UndefinedArgInFrom", 2,
        QT_TRANSLATE_NOOP("Diagnostics", "FROM argument '%1' is not declared. Did you mean '%2'?")},
    //: %1 = the WORKDIR path
    DiagnosticTemplate{
        "WorkdirRelativePath", 1,
        QT_TRANSLATE_NOOP(
            "Diagnostics",
            "Relative WORKDIR '%1' can give unexpected results if the base image changes.")},
    //: %1 = variable name (without $)
    DiagnosticTemplate{"UndefinedVar", 1,
                       QT_TRANSLATE_NOOP("Diagnostics", "Usage of undefined variable '$%1'.")},
    //: %1 = variable name (without $), %2 = a defined variable with a similar name
    DiagnosticTemplate{
        "UndefinedVar", 2,
        QT_TRANSLATE_NOOP("Diagnostics", "Usage of undefined variable '$%1'. Did you mean '$%2'?")},
    //: %1 = instruction keyword (CMD, ENTRYPOINT, HEALTHCHECK)
    DiagnosticTemplate{
        "MultipleInstructionsDisallowed", 1,
        QT_TRANSLATE_NOOP("Diagnostics",
                          "Multiple %1 instructions should not be used in the same stage "
                          "because only the last one is used.")},
    //: %1 = instruction keyword (ENV, LABEL)
    DiagnosticTemplate{
        "LegacyKeyValueFormat", 1,
        QT_TRANSLATE_NOOP("Diagnostics",
                          "Use \"%1 key=value\" instead of the legacy \"%1 key value\" format.")},
    //: %1 = the platform value (e.g. $TARGETPLATFORM)
    DiagnosticTemplate{"RedundantTargetPlatform", 1,
                       QT_TRANSLATE_NOOP("Diagnostics",
                                         "Setting the platform to the predefined %1 in FROM is "
                                         "redundant: this is the default.")},
    //: %1 = instruction keyword (ARG or ENV), %2 = the variable name
    DiagnosticTemplate{
        "SecretsUsedInArgOrEnv", 2,
        QT_TRANSLATE_NOOP("Diagnostics",
                          "Do not use ARG or ENV instructions for sensitive data (%1 '%2').")},
    //: %1 = the base image reference as written (e.g. ${BASE})
    DiagnosticTemplate{
        "InvalidDefaultArgInFrom", 1,
        QT_TRANSLATE_NOOP(
            "Diagnostics",
            "The default ARG values in '%1' give an empty or invalid base image name.")},
    //: %1 = the platform value (e.g. linux/amd64)
    DiagnosticTemplate{
        "FromPlatformFlagConstDisallowed", 1,
        QT_TRANSLATE_NOOP("Diagnostics",
                          "FROM --platform should not use the constant value '%1'.")},
    //: %1 = the EXPOSE port specification (e.g. 80/TCP)
    DiagnosticTemplate{
        "ExposeProtoCasing", 1,
        QT_TRANSLATE_NOOP("Diagnostics", "The protocol in EXPOSE '%1' should be lowercase.")},
    //: %1 = the EXPOSE port specification (e.g. 127.0.0.1:80:80)
    DiagnosticTemplate{
        "ExposeInvalidFormat", 1,
        QT_TRANSLATE_NOOP(
            "Diagnostics",
            "EXPOSE should not define an IP address or a host-port mapping, found '%1'.")},

    // Multi-stage advice (model/Advice.cpp).
    //: %1 = the COPY source as written (".", "./", "*"), %2 = the builder stage's name or index
    DiagnosticTemplate{
        "FinalStageCopiesContext", 2,
        QT_TRANSLATE_NOOP("Diagnostics",
                          "The final stage copies the whole build context ('%1') although "
                          "stage '%2' already builds from it: copy only what the app "
                          "needs to run.")},
    //: %1 = the base image as written, %2 = the builder stage's name or index, %3 = suggested
    //: runtime images (image references, not translated)
    DiagnosticTemplate{
        "FinalStageSdkBase", 3,
        QT_TRANSLATE_NOOP("Diagnostics",
                          "The final stage is based on '%1', a full SDK image, although "
                          "the build happens in stage '%2': use a smaller runtime image "
                          "such as %3.")},
    //: %1 = the COPY source as written, %2 = what it is (translated separately: the Git history,
    //: a cache, …)
    DiagnosticTemplate{
        "FinalStageCopiesBuildFiles", 2,
        QT_TRANSLATE_NOOP("Diagnostics",
                          "The final stage copies '%1' (%2): the app does not need it "
                          "to run.")},
    //: %1 = the COPY source as written, %2 = the files that look secret (paths, comma-separated)
    DiagnosticTemplate{
        "SecretInContext", 2,
        QT_TRANSLATE_NOOP("Diagnostics",
                          "COPY '%1' brings files that look secret into the image: %2. "
                          "List them in .dockerignore.")},
    //: %1 = the COPY source as written
    DiagnosticTemplate{"CopySourceMissing", 1,
                       QT_TRANSLATE_NOOP("Diagnostics", "'%1' is not in the build context.")},
    //: %1 = the COPY source as written, %2 = an existing path with a similar name
    DiagnosticTemplate{
        "CopySourceMissing", 2,
        QT_TRANSLATE_NOOP("Diagnostics", "'%1' is not in the build context. Did you mean '%2'?")},
    //: %1 = the COPY source as written
    DiagnosticTemplate{
        "CopySourceExcluded", 1,
        QT_TRANSLATE_NOOP("Diagnostics",
                          "'%1' is excluded by .dockerignore, so the build cannot copy "
                          "it.")},
    //: %1 = the base image as written (without a tag, or with :latest)
    DiagnosticTemplate{
        "UnpinnedBaseImage", 1,
        QT_TRANSLATE_NOOP("Diagnostics",
                          "Base image '%1' follows 'latest', so a rebuild can change it "
                          "without notice: pin a version tag.")},
    //: %1 = the base image as written, %2 = the image that replaces it (e.g. eclipse-temurin)
    DiagnosticTemplate{
        "DeprecatedBaseImage", 2,
        QT_TRANSLATE_NOOP("Diagnostics",
                          "Base image '%1' is deprecated and gets no updates: use '%2' "
                          "instead.")},
};

constexpr std::array kArgumentWords = {
    DiagnosticKeyedText{"lowercase", QT_TRANSLATE_NOOP("Diagnostics", "lowercase")},
    DiagnosticKeyedText{"uppercase", QT_TRANSLATE_NOOP("Diagnostics", "uppercase")},
    // What FinalStageCopiesBuildFiles found (%2 of its message).
    DiagnosticKeyedText{"git-history", QT_TRANSLATE_NOOP("Diagnostics", "the Git history")},
    DiagnosticKeyedText{
        "host-node-modules",
        QT_TRANSLATE_NOOP("Diagnostics",
                          "node_modules from the build context, installed for your computer")},
    DiagnosticKeyedText{
        "node-modules",
        QT_TRANSLATE_NOOP("Diagnostics", "node_modules, which a static web server never uses")},
    DiagnosticKeyedText{"cache", QT_TRANSLATE_NOOP("Diagnostics", "a package or build cache")},
    DiagnosticKeyedText{"toolchain", QT_TRANSLATE_NOOP("Diagnostics", "a build toolchain")},
};

} // namespace

std::span<const DiagnosticTemplate> diagnosticTemplates()
{
    return kMessages;
}

std::span<const DiagnosticKeyedText> diagnosticArgumentWords()
{
    return kArgumentWords;
}

const DiagnosticTemplate *findDiagnosticTemplate(std::string_view code, int argumentCount)
{
    const DiagnosticTemplate *fitting = nullptr;
    const DiagnosticTemplate *smallest = nullptr;
    for (const DiagnosticTemplate &entry : kMessages) {
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

} // namespace stagecraft::common
