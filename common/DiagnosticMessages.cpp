// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosticMessages.h"

#include "common/DiagnosticTable.h"

#include <array>

namespace stagecraft::common {

namespace {

/// A translatable text for a key (a code), context "Diagnostics".
using KeyedText = DiagnosticKeyedText;

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
    const DiagnosticTemplate *entry
        = findDiagnosticTemplate(code, static_cast<int>(present.size()));
    if (entry != nullptr) {
        for (std::string &arg : present) {
            for (const DiagnosticKeyedText &word : diagnosticArgumentWords()) {
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
    return findDiagnosticTemplate(code, 0) != nullptr;
}

std::vector<int> DiagnosticMessages::argumentCounts(std::string_view code)
{
    std::vector<int> counts;
    for (const DiagnosticTemplate &entry : diagnosticTemplates()) {
        if (code == entry.code)
            counts.push_back(entry.argumentCount);
    }
    return counts;
}

QString DiagnosticMessages::sourceTemplate(std::string_view code, int argumentCount)
{
    const DiagnosticTemplate *entry = findDiagnosticTemplate(code, argumentCount);
    return entry != nullptr ? QString::fromUtf8(entry->source) : QString();
}

} // namespace stagecraft::common
