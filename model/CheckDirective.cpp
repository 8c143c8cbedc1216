// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/CheckDirective.h"

#include "model/DiagnosticCatalog.h"
#include "model/Text.h"

#include <algorithm>
#include <string_view>

namespace stagecraft::model {

CheckDirective::CheckDirective(const SyntaxTree &tree)
{
    for (const Directive &d : tree.directives()) {
        if (d.name == "check")
            read(d.value);
    }
}

void CheckDirective::read(const std::string &v)
{
    std::size_t start = 0;
    while (start <= v.size()) {
        const auto end = v.find(';', start);
        const std::string_view part = text::trimSpace(std::string_view(v).substr(
            start, end == std::string::npos ? std::string::npos : end - start));
        const auto eq = part.find('=');
        if (eq != std::string_view::npos) {
            const std::string key = text::asciiLower(text::trimSpace(part.substr(0, eq)));
            const std::string_view value = text::trimSpace(part.substr(eq + 1));
            if (key == "skip") {
                std::size_t s = 0;
                while (s <= value.size()) {
                    const auto comma = value.find(',', s);
                    const std::string_view name = text::trimSpace(value.substr(
                        s, comma == std::string_view::npos ? std::string_view::npos : comma - s));
                    if (text::equalsIgnoreCase(name, "all"))
                        m_skipAll = true;
                    else if (!name.empty())
                        m_skip.insert(std::string(name));
                    if (comma == std::string_view::npos)
                        break;
                    s = comma + 1;
                }
            } else if (key == "error") {
                m_asErrors = text::equalsIgnoreCase(value, "true");
            }
        }
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
}

bool CheckDirective::apply(Diagnostic &d) const
{
    if (d.severity != Severity::Error && (m_skipAll || m_skip.count(d.code)))
        return false;
    if (m_asErrors && d.severity == Severity::Warning) {
        const DiagnosticInfo *info = diagnosticInfo(d.code);
        if (info != nullptr && info->url.starts_with("https://docs.docker.com/"))
            d.severity = Severity::Error;
    }
    return true;
}

std::vector<Diagnostic> lintOrder(std::vector<Diagnostic> out)
{
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.range.begin != b.range.begin)
            return a.range.begin < b.range.begin;
        return a.code < b.code;
    });
    // Drop exact duplicates (the parser and the linter may both see the same thing). Sorted by
    // (begin, code), a duplicate can only be among the kept ones with the same begin and code,
    // the last few: no search through all of them (quadratic: 278 diagnostics on the 5,000-line
    // file).
    std::vector<Diagnostic> unique;
    unique.reserve(out.size());
    for (Diagnostic &d : out) {
        bool dup = false;
        for (auto u = unique.rbegin(); u != unique.rend(); ++u) {
            if (u->range.begin != d.range.begin || u->code != d.code)
                break;
            if (u->range == d.range) {
                dup = true;
                break;
            }
        }
        if (!dup)
            unique.push_back(std::move(d));
    }
    return unique;
}

} // namespace stagecraft::model
