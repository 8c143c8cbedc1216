// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/BuildkitDump.h"

#include "model/Text.h"

namespace stagecraft::model {

namespace {

/// Go's unicode.IsPrint for code points >= 0x80: letters, marks, numbers, punctuation and
/// symbols are printable; spaces other than U+0020, controls, format characters, private use,
/// surrogates and noncharacters are not. Unassigned code points outside these ranges are
/// treated as printable (close enough for Dockerfiles).
bool isPrintNonAscii(char32_t c)
{
    if (c < 0xA0)
        return false; // C1 controls
    switch (c) {
    case 0xA0:
    case 0xAD:
    case 0x061C:
    case 0x06DD:
    case 0x070F:
    case 0x08E2:
    case 0x180E:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
    case 0x110BD:
    case 0x110CD:
    case 0xE0001:
        return false;
    default:
        break;
    }
    if ((c >= 0x0600 && c <= 0x0605) || (c >= 0x0890 && c <= 0x0891) || (c >= 0x2000 && c <= 0x200F)
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x206F)
        || (c >= 0xFFF9 && c <= 0xFFFB) || (c >= 0x13430 && c <= 0x1343F)
        || (c >= 0x1BCA0 && c <= 0x1BCA3) || (c >= 0x1D173 && c <= 0x1D17A)
        || (c >= 0xE0020 && c <= 0xE007F))
        return false;
    if ((c >= 0xD800 && c <= 0xDFFF) || (c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000)
        return false;
    if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE)
        return false;
    return true;
}

void appendHex(std::string &out, std::uint32_t value, int digits)
{
    static constexpr char Hex[] = "0123456789abcdef";
    for (int i = digits - 1; i >= 0; --i)
        out.push_back(Hex[(value >> (4 * i)) & 0xF]);
}

void dumpNode(std::string &out, const Instruction &ins)
{
    // Node.Dump: lower(keyword), then " [flags]", then " arg" for each argument node.
    std::string s = text::asciiLower(ins.keyword);
    if (!ins.flags.empty()) {
        s += " [";
        for (std::size_t i = 0; i < ins.flags.size(); ++i) {
            if (i)
                s += ' ';
            s += goQuote(ins.flags[i].text);
        }
        s += ']';
    }
    if (ins.sub) {
        std::string inner;
        dumpNode(inner, *ins.sub);
        s += " (";
        s += inner;
        s += ')';
    }
    for (const Argument &a : ins.args) {
        s += ' ';
        s += goQuote(a.value);
    }
    // strings.TrimSpace: only the keyword can leave leading/trailing blanks here.
    const std::string_view trimmed = text::trimSpace(s);
    out.append(trimmed);
}

} // namespace

std::string goQuote(std::string_view s)
{
    std::string out;
    out.reserve(s.size() + 2);
    out.push_back('"');
    std::size_t pos = 0;
    while (pos < s.size()) {
        const auto b = static_cast<unsigned char>(s[pos]);
        if (b < 0x80) {
            ++pos;
            switch (b) {
            case '"':
                out += "\\\"";
                continue;
            case '\\':
                out += "\\\\";
                continue;
            case '\a':
                out += "\\a";
                continue;
            case '\b':
                out += "\\b";
                continue;
            case '\f':
                out += "\\f";
                continue;
            case '\n':
                out += "\\n";
                continue;
            case '\r':
                out += "\\r";
                continue;
            case '\t':
                out += "\\t";
                continue;
            case '\v':
                out += "\\v";
                continue;
            default:
                break;
            }
            if (b < 0x20 || b == 0x7F) {
                out += "\\x";
                appendHex(out, b, 2);
            } else {
                out.push_back(static_cast<char>(b));
            }
            continue;
        }
        const text::Decoded d = text::decodeUtf8(s, pos);
        if (!d.valid) {
            out += "\\x";
            appendHex(out, b, 2);
            ++pos;
            continue;
        }
        if (isPrintNonAscii(d.rune)) {
            out.append(s.substr(pos, d.width));
        } else if (d.rune < 0x10000) {
            out += "\\u";
            appendHex(out, d.rune, 4);
        } else {
            out += "\\U";
            appendHex(out, d.rune, 8);
        }
        pos += d.width;
    }
    out.push_back('"');
    return out;
}

std::string buildkitDump(const SyntaxTree &tree)
{
    std::string out;
    for (const Instruction &ins : tree.instructions()) {
        out += '(';
        dumpNode(out, ins);
        out += ")\n";
    }
    return out;
}

} // namespace stagecraft::model
