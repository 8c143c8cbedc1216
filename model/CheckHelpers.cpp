// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/CheckHelpers.h"

#include "model/Text.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace stagecraft::model::check {

namespace {

/// Optimal string alignment distance of `la` (lower case) and `b` (compared as if lower case),
/// or some value above `bound` as soon as the distance is known to be above it. Three rolling
/// rows of the table; `rows` is scratch space.
std::size_t lowerDistance(std::string_view la, std::string_view b, std::size_t bound,
                          std::vector<std::size_t> &rows)
{
    const std::size_t n = la.size();
    const std::size_t m = b.size();
    const std::size_t width = m + 1;
    rows.assign(3 * width, 0);
    std::size_t *before = rows.data();    // row i - 2
    std::size_t *above = before + width;  // row i - 1
    std::size_t *current = above + width; // row i
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
    for (std::size_t j = 0; j <= m; ++j)
        above[j] = j;
    std::size_t aboveMin = 0;
    for (std::size_t i = 1; i <= n; ++i) {
        current[0] = i;
        std::size_t currentMin = i;
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = la[i - 1] == lower(b[j - 1]) ? 0 : 1;
            std::size_t d = std::min({above[j] + 1, current[j - 1] + 1, above[j - 1] + cost});
            if (i > 1 && j > 1 && la[i - 1] == lower(b[j - 2]) && la[i - 2] == lower(b[j - 1]))
                d = std::min(d, before[j - 2] + 1);
            current[j] = d;
            currentMin = std::min(currentMin, d);
        }
        // Every later row is at least the smaller of this row's minimum and the one before's
        // plus one (a transposition reaches back two rows).
        if (currentMin > bound && aboveMin >= bound)
            return bound + 1;
        aboveMin = currentMin;
        std::swap(before, above);
        std::swap(above, current);
    }
    return above[m];
}

} // namespace

std::size_t editDistance(std::string_view a, std::string_view b)
{
    // Optimal string alignment distance: insertions, deletions, substitutions and transpositions
    // of adjacent characters ("PAHT" is one edit from "PATH").
    std::vector<std::size_t> rows;
    return lowerDistance(text::asciiLower(a), b, std::numeric_limits<std::size_t>::max() - 1, rows);
}

std::string closestName(std::string_view name, const std::vector<std::string> &candidates,
                        std::size_t maxDistance)
{
    std::string best;
    std::size_t bestDistance = maxDistance + 1;
    const std::string lowerName = text::asciiLower(name);
    std::vector<std::size_t> rows;
    for (const auto &c : candidates) {
        if (c.empty())
            continue;
        // The distance is at least the difference in length: a candidate that cannot beat the
        // best so far, or that would be rejected as too short, needs no computing.
        const std::size_t lengthGap
            = c.size() > name.size() ? c.size() - name.size() : name.size() - c.size();
        if (lengthGap >= bestDistance || lengthGap >= c.size() || lengthGap >= name.size())
            continue;
        // Very short names are too easy to match by accident: the distance must stay below both
        // lengths, and below the best so far.
        const std::size_t bound = std::min({bestDistance, c.size(), name.size()}) - 1;
        const std::size_t d = lowerDistance(lowerName, c, bound, rows);
        if (d <= bound) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

namespace {

bool isLowerAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// path-component := [a-z0-9]+ (separator [a-z0-9]+)*, separator := [_.] | __ | [-]+
bool isPathComponent(std::string_view s)
{
    if (s.empty() || !isLowerAlnum(s.front()) || !isLowerAlnum(s.back()))
        return false;
    std::size_t i = 0;
    while (i < s.size()) {
        if (isLowerAlnum(s[i])) {
            ++i;
            continue;
        }
        // a separator
        std::size_t j = i;
        if (s[i] == '.') {
            j = i + 1;
        } else if (s[i] == '_') {
            j = (i + 1 < s.size() && s[i + 1] == '_') ? i + 2 : i + 1;
        } else if (s[i] == '-') {
            while (j < s.size() && s[j] == '-')
                ++j;
        } else {
            return false;
        }
        if (j >= s.size() || !isLowerAlnum(s[j]))
            return false;
        i = j;
    }
    return true;
}

bool isDomain(std::string_view s)
{
    if (s.empty())
        return false;
    std::string_view host = s;
    const auto colon = s.rfind(':');
    if (colon != std::string_view::npos && s.front() != '[') {
        host = s.substr(0, colon);
        const auto port = s.substr(colon + 1);
        if (port.empty()
            || !std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return false;
    }
    if (host.empty())
        return false;
    if (host.front() == '[')
        return host.back() == ']';
    for (char c : host) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '.';
        if (!ok)
            return false;
    }
    return host.front() != '-' && host.back() != '-' && host.front() != '.';
}

bool isTag(std::string_view s)
{
    if (s.empty() || s.size() > 128)
        return false;
    auto word = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '_';
    };
    if (!word(s.front()))
        return false;
    return std::all_of(s.begin(), s.end(), [&](char c) { return word(c) || c == '.' || c == '-'; });
}

bool isDigest(std::string_view s)
{
    const auto colon = s.find(':');
    if (colon == std::string_view::npos || colon == 0)
        return false;
    const auto algo = s.substr(0, colon);
    const auto hex = s.substr(colon + 1);
    if (!((algo.front() >= 'a' && algo.front() <= 'z')
          || (algo.front() >= 'A' && algo.front() <= 'Z')))
        return false;
    for (char c : algo) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_' || c == '+' || c == '.';
        if (!ok)
            return false;
    }
    if (hex.size() < 32)
        return false;
    return std::all_of(hex.begin(), hex.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

} // namespace

bool isValidImageReference(std::string_view ref)
{
    if (ref.empty())
        return false;
    std::string_view rest = ref;
    if (const auto at = rest.find('@'); at != std::string_view::npos) {
        if (!isDigest(rest.substr(at + 1)))
            return false;
        rest = rest.substr(0, at);
    }
    // The tag is after the last ':' that follows the last '/'.
    const auto slash = rest.rfind('/');
    const auto colon = rest.rfind(':');
    if (colon != std::string_view::npos && (slash == std::string_view::npos || colon > slash)) {
        if (!isTag(rest.substr(colon + 1)))
            return false;
        rest = rest.substr(0, colon);
    }
    if (rest.empty() || rest.size() > 255)
        return false;
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const auto next = rest.find('/', start);
        parts.push_back(rest.substr(
            start, next == std::string_view::npos ? std::string_view::npos : next - start));
        if (next == std::string_view::npos)
            break;
        start = next + 1;
    }
    std::size_t first = 0;
    if (parts.size() > 1) {
        const auto d = parts.front();
        if (d.find('.') != std::string_view::npos || d.find(':') != std::string_view::npos
            || d == "localhost" || (!d.empty() && d.front() == '[')) {
            if (!isDomain(d))
                return false;
            first = 1;
        }
    }
    for (std::size_t i = first; i < parts.size(); ++i)
        if (!isPathComponent(parts[i]))
            return false;
    return true;
}

const std::vector<std::string> &platformArgs()
{
    static const std::vector<std::string> names = {
        "BUILDPLATFORM",  "BUILDOS",  "BUILDARCH",  "BUILDVARIANT",
        "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT",
    };
    return names;
}

bool isPlatformArg(std::string_view name)
{
    const auto &names = platformArgs();
    return std::find(names.begin(), names.end(), name) != names.end();
}

std::vector<CsvField> parseCsv(std::string_view value)
{
    std::vector<CsvField> fields;
    fields.reserve(static_cast<std::size_t>(std::count(value.begin(), value.end(), ',')) + 1);
    std::size_t i = 0;
    const std::size_t n = value.size();
    while (i <= n) {
        if (i == n || value[i] != '"') {
            // Unquoted field (the usual case): a plain slice, no per-byte bookkeeping.
            const std::size_t comma = std::min(value.find(',', i), n);
            const std::string_view field = value.substr(i, comma - i);
            if (!field.empty()) {
                CsvField f;
                const std::size_t eq = field.find('=');
                f.key = text::asciiLower(text::trimSpace(field.substr(0, eq)));
                if (eq != std::string_view::npos) {
                    f.value = std::string(field.substr(eq + 1));
                    f.valueBegin = static_cast<std::uint32_t>(i + eq + 1);
                    f.valueEnd = static_cast<std::uint32_t>(comma);
                } else {
                    f.valueBegin = f.valueEnd = static_cast<std::uint32_t>(i);
                }
                fields.push_back(std::move(f));
            }
            i = comma + 1;
            continue;
        }
        std::string field;
        std::uint32_t contentBegin = static_cast<std::uint32_t>(i);
        std::vector<std::uint32_t> offsets; // source offset of each byte of `field`
        if (i < n && value[i] == '"') {
            ++i;
            contentBegin = static_cast<std::uint32_t>(i);
            while (i < n) {
                if (value[i] == '"') {
                    if (i + 1 < n && value[i + 1] == '"') {
                        field.push_back('"');
                        offsets.push_back(static_cast<std::uint32_t>(i));
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field.push_back(value[i]);
                offsets.push_back(static_cast<std::uint32_t>(i));
                ++i;
            }
            // anything up to the comma is kept (lazy quotes)
            while (i < n && value[i] != ',') {
                field.push_back(value[i]);
                offsets.push_back(static_cast<std::uint32_t>(i));
                ++i;
            }
        } else {
            while (i < n && value[i] != ',') {
                field.push_back(value[i]);
                offsets.push_back(static_cast<std::uint32_t>(i));
                ++i;
            }
        }
        CsvField f;
        const auto eq = field.find('=');
        f.key = text::asciiLower(text::trimSpace(field.substr(0, eq)));
        if (eq != std::string::npos) {
            f.value = field.substr(eq + 1);
            if (eq + 1 < offsets.size()) {
                f.valueBegin = offsets[eq + 1];
                f.valueEnd = offsets.back() + 1;
            } else {
                f.valueBegin = f.valueEnd = eq < offsets.size() ? offsets[eq] + 1 : contentBegin;
            }
        } else {
            f.valueBegin = f.valueEnd = contentBegin;
        }
        if (!field.empty())
            fields.push_back(std::move(f));
        ++i; // skip ','
    }
    return fields;
}

Range subRange(const std::string &source, const Argument &arg, std::uint32_t begin,
               std::uint32_t end)
{
    if (arg.range.end <= source.size()
        && std::string_view(source).substr(arg.range.begin, arg.range.size()) == arg.value
        && end <= arg.value.size() && begin <= end)
        return {arg.range.begin + begin, arg.range.begin + end};
    return arg.range;
}

namespace {

std::string_view stripQuotes(std::string_view s, std::uint32_t &offset)
{
    if (s.size() >= 2 && (s.front() == '"' || s.front() == '\'') && s.back() == s.front()) {
        ++offset;
        return s.substr(1, s.size() - 2);
    }
    return s;
}

} // namespace

Range flagValueRange(const std::string &source, const Flag &flag)
{
    if (flag.range.end > source.size())
        return flag.range;
    const std::string_view raw
        = std::string_view(source).substr(flag.range.begin, flag.range.size());
    const auto eq = raw.find('=');
    if (eq == std::string_view::npos)
        return {flag.range.end, flag.range.end};
    std::uint32_t offset = static_cast<std::uint32_t>(eq + 1);
    const std::string_view value = stripQuotes(raw.substr(eq + 1), offset);
    return {flag.range.begin + offset,
            flag.range.begin + offset + static_cast<std::uint32_t>(value.size())};
}

Range csvFieldValueRange(const std::string &source, const Flag &flag, std::string_view key)
{
    const Range valueRange = flagValueRange(source, flag);
    if (valueRange.end > source.size() || valueRange.isEmpty())
        return flag.range;
    const std::string_view raw
        = std::string_view(source).substr(valueRange.begin, valueRange.size());
    for (const auto &f : parseCsv(raw)) {
        if (f.key == key)
            return {valueRange.begin + f.valueBegin, valueRange.begin + f.valueEnd};
    }
    return flag.range;
}

bool isDecimal(std::string_view s)
{
    if (!s.empty() && (s.front() == '+' || s.front() == '-'))
        s.remove_prefix(1);
    return !s.empty()
        && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isHeredocWord(const Instruction &ins, std::string_view word)
{
    if (ins.heredocs.empty())
        return false;
    if (std::any_of(ins.heredocs.begin(), ins.heredocs.end(),
                    [&](const Heredoc &h) { return h.word == word; }))
        return true;
    std::size_t i = 0;
    while (i < word.size() && word[i] >= '0' && word[i] <= '9')
        ++i;
    return word.substr(i).starts_with("<<");
}

} // namespace stagecraft::model::check
