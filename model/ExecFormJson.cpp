// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExecFormJson.h"

#include "Text.h"

#include <utility>

// Exec form is JSON read by Go's encoding/json in BuildKit (parseJSON in line_parsers.go): the
// same grammar, nesting limit and string decoding here, so a line is exec form exactly when
// BuildKit takes it as one.

namespace stagecraft::model {

namespace {

using text::appendUtf8;
using text::decodeUtf8;

using Word = InstructionReader::Word;

class JsonReader
{
public:
    explicit JsonReader(std::string_view s)
        : m_s(s)
    { }

    /// Reads one JSON array; the whole input (after trailing JSON whitespace) must be consumed.
    JsonResult readArray(std::vector<Word> &out)
    {
        skipWs();
        if (m_pos >= m_s.size() || m_s[m_pos] != '[')
            return JsonResult::NotJson;
        bool allStrings = true;
        ++m_pos;
        skipWs();
        if (peek() == ']') {
            ++m_pos;
        } else {
            for (;;) {
                skipWs();
                if (peek() == '"') {
                    Word w;
                    w.begin = static_cast<std::uint32_t>(m_pos);
                    if (!readString(&w.value))
                        return JsonResult::NotJson;
                    w.end = static_cast<std::uint32_t>(m_pos);
                    out.push_back(std::move(w));
                } else {
                    if (!readValue(1))
                        return JsonResult::NotJson;
                    allStrings = false;
                }
                skipWs();
                const char c = peek();
                ++m_pos;
                if (c == ',')
                    continue;
                if (c == ']')
                    break;
                return JsonResult::NotJson;
            }
        }
        skipWs();
        if (m_pos != m_s.size())
            return JsonResult::NotJson;
        return allStrings ? JsonResult::StringArray : JsonResult::NotStringArray;
    }

private:
    static constexpr int MaxDepth = 10000; // encoding/json's nesting limit

    char peek() const { return m_pos < m_s.size() ? m_s[m_pos] : '\0'; }
    bool atEnd() const { return m_pos >= m_s.size(); }

    void skipWs()
    {
        while (m_pos < m_s.size()) {
            const char c = m_s[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    bool literal(std::string_view word)
    {
        if (m_s.substr(m_pos, word.size()) != word)
            return false;
        m_pos += word.size();
        return true;
    }

    bool digits()
    {
        const std::size_t start = m_pos;
        while (!atEnd() && m_s[m_pos] >= '0' && m_s[m_pos] <= '9')
            ++m_pos;
        return m_pos > start;
    }

    bool readNumber()
    {
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0') {
            ++m_pos;
        } else if (peek() >= '1' && peek() <= '9') {
            digits();
        } else {
            return false;
        }
        if (peek() == '.') {
            ++m_pos;
            if (!digits())
                return false;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!digits())
                return false;
        }
        return true;
    }

    bool readHex4(char32_t &out)
    {
        if (m_pos + 4 > m_s.size())
            return false;
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const int v = text::hexDigitValue(m_s[m_pos + static_cast<std::size_t>(i)]);
            if (v < 0)
                return false;
            out = (out << 4) | static_cast<char32_t>(v);
        }
        m_pos += 4;
        return true;
    }

    /// Reads a string literal; decodes into *out when given (Go semantics: invalid UTF-8 and
    /// lone surrogates become U+FFFD).
    bool readString(std::string *out)
    {
        ++m_pos; // opening quote
        while (!atEnd()) {
            const auto c = static_cast<unsigned char>(m_s[m_pos]);
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == '\\') {
                ++m_pos;
                if (atEnd())
                    return false;
                const char e = m_s[m_pos++];
                char32_t r = 0;
                switch (e) {
                case '"':
                    r = U'"';
                    break;
                case '\\':
                    r = U'\\';
                    break;
                case '/':
                    r = U'/';
                    break;
                case 'b':
                    r = U'\b';
                    break;
                case 'f':
                    r = U'\f';
                    break;
                case 'n':
                    r = U'\n';
                    break;
                case 'r':
                    r = U'\r';
                    break;
                case 't':
                    r = U'\t';
                    break;
                case 'u': {
                    if (!readHex4(r))
                        return false;
                    if (r >= 0xD800 && r < 0xDC00) {
                        // A high surrogate: combine with a following low one, else U+FFFD.
                        const std::size_t save = m_pos;
                        char32_t low = 0;
                        if (m_s.substr(m_pos, 2) == "\\u") {
                            m_pos += 2;
                            if (readHex4(low) && low >= 0xDC00 && low < 0xE000) {
                                r = 0x10000 + ((r - 0xD800) << 10) + (low - 0xDC00);
                                break;
                            }
                        }
                        m_pos = save;
                        r = 0xFFFD;
                    } else if (r >= 0xDC00 && r < 0xE000) {
                        r = 0xFFFD;
                    }
                    break;
                }
                default:
                    return false;
                }
                if (out)
                    appendUtf8(*out, r);
                continue;
            }
            if (c < 0x80) {
                // A run of plain ASCII bytes is copied at once.
                std::size_t end = m_pos + 1;
                while (end < m_s.size()) {
                    const auto b = static_cast<unsigned char>(m_s[end]);
                    if (b == '"' || b == '\\' || b < 0x20 || b >= 0x80)
                        break;
                    ++end;
                }
                if (out)
                    out->append(m_s.substr(m_pos, end - m_pos));
                m_pos = end;
                continue;
            }
            const text::Decoded d = decodeUtf8(m_s, m_pos);
            if (out) {
                if (d.valid)
                    out->append(m_s.substr(m_pos, d.width));
                else
                    appendUtf8(*out, 0xFFFD);
            }
            m_pos += d.width;
        }
        return false;
    }

    bool readValue(int depth)
    {
        if (depth > MaxDepth)
            return false;
        skipWs();
        const char c = peek();
        switch (c) {
        case '"':
            return readString(nullptr);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        case '[': {
            ++m_pos;
            skipWs();
            if (peek() == ']') {
                ++m_pos;
                return true;
            }
            for (;;) {
                if (!readValue(depth + 1))
                    return false;
                skipWs();
                const char d = peek();
                ++m_pos;
                if (d == ',')
                    continue;
                return d == ']';
            }
        }
        case '{': {
            ++m_pos;
            skipWs();
            if (peek() == '}') {
                ++m_pos;
                return true;
            }
            for (;;) {
                skipWs();
                if (peek() != '"' || !readString(nullptr))
                    return false;
                skipWs();
                if (peek() != ':')
                    return false;
                ++m_pos;
                if (!readValue(depth + 1))
                    return false;
                skipWs();
                const char d = peek();
                ++m_pos;
                if (d == ',')
                    continue;
                return d == '}';
            }
        }
        default:
            return readNumber();
        }
    }

    std::string_view m_s;
    std::size_t m_pos = 0;
};

} // namespace

JsonResult readExecFormJson(std::string_view s, std::vector<Word> &out)
{
    return JsonReader(s).readArray(out);
}

} // namespace stagecraft::model
