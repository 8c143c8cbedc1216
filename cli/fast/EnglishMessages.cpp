// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnglishMessages.h"

#include "common/DiagnosticTable.h"
#include "model/SyntaxTree.h"

#include <vector>

namespace stagecraft::cli::fast::english {

namespace {

/// DiagnosticMessages' fill(): %1…%99 in one pass, a placeholder without an argument becomes
/// empty. The English templates are ASCII, so bytes stand for Qt's characters.
std::string fill(std::string_view pattern, const std::vector<std::string> &args)
{
    std::string out;
    out.reserve(pattern.size() + 32);
    const std::size_t size = pattern.size();
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    for (std::size_t i = 0; i < size; ++i) {
        const char c = pattern[i];
        if (c == '%' && i + 1 < size && isDigit(pattern[i + 1]) && pattern[i + 1] != '0') {
            std::size_t number = static_cast<std::size_t>(pattern[i + 1] - '0');
            std::size_t end = i + 2;
            if (end < size && isDigit(pattern[end])) {
                number = number * 10 + static_cast<std::size_t>(pattern[end] - '0');
                ++end;
            }
            if (number >= 1 && number <= args.size())
                out += args[number - 1];
            i = end - 1;
            continue;
        }
        out += c;
    }
    return out;
}

std::string_view severityWord(model::Severity severity)
{
    switch (severity) {
    case model::Severity::Error:
        return "error";
    case model::Severity::Warning:
        return "warning";
    case model::Severity::Info:
        return "note";
    }
    return {};
}

/// "%Ln error(s)" through the English catalogue: "1 error", "2 errors". Qt's %Ln groups
/// thousands in English ("1,000"), so larger counts are left to the full CLI.
std::optional<std::string> counted(long count, std::string_view singular, std::string_view plural)
{
    if (count < 0 || count >= 1000)
        return std::nullopt;
    return std::to_string(count) + ' ' + std::string(count == 1 ? singular : plural);
}

} // namespace

bool validUtf8(std::string_view text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
            high = lead == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
        } else {
            return false;
        }
        if (i + length > size || bytes[i + 1] < low || bytes[i + 1] > high)
            return false;
        for (std::size_t k = 2; k < length; ++k) {
            if (bytes[i + k] < 0x80 || bytes[i + k] > 0xBF)
                return false;
        }
        i += length;
    }
    return true;
}

std::optional<std::string> message(const model::Diagnostic &diagnostic)
{
    std::vector<std::string> present = diagnostic.args;
    while (!present.empty() && present.back().empty())
        present.pop_back();
    std::string text;
    const common::DiagnosticTemplate *entry
        = common::findDiagnosticTemplate(diagnostic.code, static_cast<int>(present.size()));
    if (entry != nullptr) {
        for (std::string &arg : present) {
            for (const common::DiagnosticKeyedText &word : common::diagnosticArgumentWords()) {
                if (arg == word.key) {
                    arg = word.source;
                    break;
                }
            }
        }
        text = fill(entry->source, present);
    } else {
        // An unknown code: "code: arg1, arg2" (the arguments that are not empty), or the code.
        std::string joined;
        for (const std::string &arg : diagnostic.args) {
            if (!joined.empty())
                joined += ", ";
            joined += arg;
        }
        text = joined.empty() ? diagnostic.code : diagnostic.code + ": " + joined;
    }
    if (!validUtf8(text))
        return std::nullopt; // Qt would put U+FFFD in: the full CLI says it the same way
    return text;
}

std::optional<std::string> diagnosticLine(std::string_view shownFile, const model::SyntaxTree &tree,
                                          const model::Diagnostic &diagnostic)
{
    std::optional<std::string> text = message(diagnostic);
    if (!text || !validUtf8(diagnostic.code))
        return std::nullopt;
    const auto position = tree.lineIndex().position(tree.text(), diagnostic.range.begin);
    std::string line;
    line.reserve(shownFile.size() + text->size() + diagnostic.code.size() + 32);
    line.append(shownFile);
    line += ':';
    line += std::to_string(position.line);
    line += ':';
    line += std::to_string(position.column);
    line += ": ";
    line += severityWord(diagnostic.severity);
    line += ": ";
    line += *text;
    line += " [";
    line += diagnostic.code;
    line += ']';
    return line;
}

std::optional<std::string> lintSummary(long errors, long warnings, long notes)
{
    auto e = counted(errors, "error", "errors");
    auto w = counted(warnings, "warning", "warnings");
    auto n = counted(notes, "note", "notes");
    if (!e || !w || !n)
        return std::nullopt;
    return *e + ", " + *w + ", " + *n;
}

std::string_view noProblems()
{
    return "No problems found.";
}

std::string buildkitRejects(std::string_view shownFile)
{
    return std::string(shownFile) + ": BuildKit would reject this file.";
}

} // namespace stagecraft::cli::fast::english
