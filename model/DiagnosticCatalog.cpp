// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/DiagnosticCatalog.h"

#include <array>

namespace stagecraft::model {

namespace {

// URLs are string literals so that string_view members stay valid.
constexpr std::array<DiagnosticInfo, 48> kCatalog{{
    // Parser (SyntaxTree::diagnostics()).
    {"SyntaxEmptyFile", Severity::Error, "The Dockerfile is empty.",
     "docs/diagnostics.md#SyntaxEmptyFile"},
    {"SyntaxNoInstructions", Severity::Error, "The Dockerfile has no instructions.",
     "docs/diagnostics.md#SyntaxNoInstructions"},
    {"SyntaxEnvNoValue", Severity::Error, "ENV/LABEL in the legacy form needs a value.",
     "docs/diagnostics.md#SyntaxEnvNoValue"},
    {"SyntaxEnvMissingEquals", Severity::Error, "ENV/LABEL word without '=' in the key=value form.",
     "docs/diagnostics.md#SyntaxEnvMissingEquals"},
    {"SyntaxNestedJson", Severity::Error, "Exec-form JSON array holds a non-string element.",
     "docs/diagnostics.md#SyntaxNestedJson"},
    {"SyntaxUnterminatedHeredoc", Severity::Error, "Heredoc has no terminator line.",
     "docs/diagnostics.md#SyntaxUnterminatedHeredoc"},
    {"SyntaxInvalidEscape", Severity::Error, "The escape directive accepts only \\ or `.",
     "docs/diagnostics.md#SyntaxInvalidEscape"},
    {"SyntaxDuplicateDirective", Severity::Error, "A parser directive is given twice.",
     "docs/diagnostics.md#SyntaxDuplicateDirective"},
    {"SyntaxLineTooLong", Severity::Error, "A line is 64 KiB or longer.",
     "docs/diagnostics.md#SyntaxLineTooLong"},
    {"SyntaxInvalidUtf8", Severity::Error, "The text is not valid UTF-8.",
     "docs/diagnostics.md#SyntaxInvalidUtf8"},
    {"UnknownInstruction", Severity::Error, "Not a Dockerfile instruction.",
     "docs/diagnostics.md#UnknownInstruction"},
    // Stage graph (StageGraph::diagnostics()) and lint's target analysis.
    {"NoBuildStage", Severity::Error, "The Dockerfile has no FROM instruction.",
     "docs/diagnostics.md#NoBuildStage"},
    {"InstructionBeforeFrom", Severity::Error, "Only ARG may come before the first FROM.",
     "docs/diagnostics.md#InstructionBeforeFrom"},
    {"FromArgumentCount", Severity::Error, "FROM takes an image and optionally AS <name>.",
     "docs/diagnostics.md#FromArgumentCount"},
    {"InvalidStageName", Severity::Error,
     "Stage names must start with a letter and hold only letters, digits, '-', '_' and '.'.",
     "docs/diagnostics.md#InvalidStageName"},
    {"UnknownStage", Severity::Warning,
     "The reference names no stage and looks like a mistyped stage name.",
     "docs/diagnostics.md#UnknownStage"},
    {"ForwardStageReference", Severity::Warning,
     "The reference names a stage defined later in the file.",
     "docs/diagnostics.md#ForwardStageReference"},
    {"SelfReference", Severity::Error, "A stage copies or mounts from itself.",
     "docs/diagnostics.md#SelfReference"},
    {"CircularStageDependency", Severity::Error, "Stages depend on each other in a cycle.",
     "docs/diagnostics.md#CircularStageDependency"},
    {"IndexOutOfRange", Severity::Error, "A numeric stage reference is not the index of a stage.",
     "docs/diagnostics.md#IndexOutOfRange"},
    {"UnusedStage", Severity::Info, "The build target does not need this stage.",
     "docs/diagnostics.md#UnusedStage"},
    // BuildKit's checks.
    {"StageNameCasing", Severity::Warning, "Stage names should be lowercase.",
     "https://docs.docker.com/go/dockerfile/rule/stage-name-casing/"},
    {"FromAsCasing", Severity::Warning,
     "The 'as' keyword should match the case of the 'from' keyword.",
     "https://docs.docker.com/go/dockerfile/rule/from-as-casing/"},
    {"NoEmptyContinuation", Severity::Warning,
     "Empty continuation lines will become errors in a future release.",
     "https://docs.docker.com/go/dockerfile/rule/no-empty-continuation/"},
    {"ConsistentInstructionCasing", Severity::Warning,
     "All instructions should use the same casing (upper or lower).",
     "https://docs.docker.com/go/dockerfile/rule/consistent-instruction-casing/"},
    {"DuplicateStageName", Severity::Warning, "Stage names should be unique.",
     "https://docs.docker.com/go/dockerfile/rule/duplicate-stage-name/"},
    {"ReservedStageName", Severity::Warning, "Reserved words should not be used as stage names.",
     "https://docs.docker.com/go/dockerfile/rule/reserved-stage-name/"},
    {"JSONArgsRecommended", Severity::Warning,
     "JSON arguments are recommended for ENTRYPOINT/CMD to handle OS signals.",
     "https://docs.docker.com/go/dockerfile/rule/json-args-recommended/"},
    {"MaintainerDeprecated", Severity::Warning,
     "MAINTAINER is deprecated; use a label for the image author.",
     "https://docs.docker.com/go/dockerfile/rule/maintainer-deprecated/"},
    {"UndefinedArgInFrom", Severity::Warning,
     "FROM uses an ARG that is not declared before the first FROM.",
     "https://docs.docker.com/go/dockerfile/rule/undefined-arg-in-from/"},
    {"WorkdirRelativePath", Severity::Warning,
     "Relative WORKDIR without an earlier absolute WORKDIR.",
     "https://docs.docker.com/go/dockerfile/rule/workdir-relative-path/"},
    {"UndefinedVar", Severity::Warning, "Variables should be defined before their use.",
     "https://docs.docker.com/go/dockerfile/rule/undefined-var/"},
    {"MultipleInstructionsDisallowed", Severity::Warning,
     "Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect.",
     "https://docs.docker.com/go/dockerfile/rule/multiple-instructions-disallowed/"},
    {"LegacyKeyValueFormat", Severity::Warning,
     "Use ENV/LABEL key=value instead of the legacy key value form.",
     "https://docs.docker.com/go/dockerfile/rule/legacy-key-value-format/"},
    {"RedundantTargetPlatform", Severity::Warning,
     "--platform=$TARGETPLATFORM is the default and can be removed.",
     "https://docs.docker.com/go/dockerfile/rule/redundant-target-platform/"},
    {"SecretsUsedInArgOrEnv", Severity::Warning,
     "Sensitive data should not be passed in ARG or ENV.",
     "https://docs.docker.com/go/dockerfile/rule/secrets-used-in-arg-or-env/"},
    {"InvalidDefaultArgInFrom", Severity::Warning,
     "Default ARG values give an empty or invalid base image name.",
     "https://docs.docker.com/go/dockerfile/rule/invalid-default-arg-in-from/"},
    {"FromPlatformFlagConstDisallowed", Severity::Warning,
     "FROM --platform should not use a constant value.",
     "https://docs.docker.com/go/dockerfile/rule/from-platform-flag-const-disallowed/"},
    {"ExposeProtoCasing", Severity::Warning, "The protocol in EXPOSE should be lowercase.",
     "https://docs.docker.com/go/dockerfile/rule/expose-proto-casing/"},
    {"ExposeInvalidFormat", Severity::Warning,
     "EXPOSE should not give an IP address or a host port.",
     "https://docs.docker.com/go/dockerfile/rule/expose-invalid-format/"},
    // Multi-stage advice (model/Advice.cpp).
    {"FinalStageCopiesContext", Severity::Info,
     "The final stage copies the whole build context although a builder stage exists.",
     "docs/diagnostics.md#FinalStageCopiesContext"},
    {"FinalStageSdkBase", Severity::Warning,
     "The final stage is based on a full SDK image although a builder stage exists.",
     "docs/diagnostics.md#FinalStageSdkBase"},
    {"FinalStageCopiesBuildFiles", Severity::Warning,
     "The final stage copies Git history, node_modules, caches or build tools.",
     "docs/diagnostics.md#FinalStageCopiesBuildFiles"},
    {"SecretInContext", Severity::Warning,
     "A COPY brings likely secret files from the build context into an image.",
     "docs/diagnostics.md#SecretInContext"},
    {"CopySourceMissing", Severity::Warning, "A COPY source is not in the build context.",
     "docs/diagnostics.md#CopySourceMissing"},
    {"CopySourceExcluded", Severity::Warning, "A COPY source is excluded by .dockerignore.",
     "docs/diagnostics.md#CopySourceExcluded"},
    {"UnpinnedBaseImage", Severity::Info,
     "A base image has no tag or the 'latest' tag, so rebuilds can change it.",
     "docs/diagnostics.md#UnpinnedBaseImage"},
    {"DeprecatedBaseImage", Severity::Warning,
     "A base image is deprecated by its publisher; a successor exists.",
     "docs/diagnostics.md#DeprecatedBaseImage"},
}};

} // namespace

const std::vector<DiagnosticInfo> &diagnosticCatalog()
{
    static const std::vector<DiagnosticInfo> catalog(kCatalog.begin(), kCatalog.end());
    return catalog;
}

const DiagnosticInfo *diagnosticInfo(std::string_view code)
{
    for (const DiagnosticInfo &info : diagnosticCatalog())
        if (info.code == code)
            return &info;
    return nullptr;
}

} // namespace stagecraft::model
