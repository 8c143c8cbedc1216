// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstructionReader.h"

#include "ExecFormJson.h"
#include "Text.h"

#include <algorithm>
#include <utility>

namespace stagecraft::model {

namespace {

using text::appendUtf8;
using text::decodeUtf8;
using text::isGoSpace;
using text::isGoSpaceByte;
using text::isSplitSpace;

using Word = InstructionReader::Word;

/// Bytes that end a run of plain ASCII in a word: Go's space bytes, quotes, and every byte
/// >= 0x80 (those are decoded one by one). The escape character is checked apart.
struct WordRunStops
{
    bool table[256] = {};
    constexpr WordRunStops()
    {
        for (int b = 0; b < 256; ++b)
            table[b] = b >= 0x80 || text::isGoSpaceByte(static_cast<unsigned char>(b)) || b == '\''
                || b == '"';
    }
};
constexpr WordRunStops RunStops;

/// BuildKit's reWhitespace bytes [\t\v\f\r ] as a table.
struct SplitSpaces
{
    bool table[256] = {};
    constexpr SplitSpaces()
    {
        for (int b = 0; b < 256; ++b)
            table[b] = text::isSplitSpace(static_cast<char>(b));
    }
};
constexpr SplitSpaces SplitSpace;

/// Go's `word += string(rune(b))` for a single byte: bytes >= 0x80 become U+0080..U+00FF.
void appendByteRune(std::string &out, unsigned char b)
{
    appendUtf8(out, static_cast<char32_t>(b));
}

enum class Phase { Spaces, InWord, InQuote };

/// BuildKit's extractBuilderFlags: leading `--` words with quotes and escapes removed, appended
/// to `flags` (`word`: scratch). Returns the offset in `line` where the remaining arguments start.
std::uint32_t extractBuilderFlags(std::string_view line, char escape, std::vector<Word> &flags,
                                  std::string &word)
{
    const auto n = static_cast<std::uint32_t>(line.size());
    Phase phase = Phase::Spaces;
    word.clear();
    unsigned char quote = 0;
    bool blankOk = false;
    unsigned char ch = 0;
    std::uint32_t wordStart = 0;
    for (std::uint32_t pos = 0; pos <= n; ++pos) {
        if (pos != n)
            ch = static_cast<unsigned char>(line[pos]);
        if (phase == Phase::Spaces) {
            if (pos == n)
                break;
            if (isGoSpaceByte(ch))
                continue;
            if (ch != '-' || pos + 1 == n || line[pos + 1] != '-')
                return pos;
            phase = Phase::InWord;
            wordStart = pos;
        }
        if ((phase == Phase::InWord || phase == Phase::InQuote) && pos == n) {
            if (word != "--" && (blankOk || !word.empty()))
                flags.push_back({word, wordStart, n});
            break;
        }
        if (phase == Phase::InWord) {
            if (isGoSpaceByte(ch)) {
                phase = Phase::Spaces;
                if (word == "--")
                    return pos;
                if (blankOk || !word.empty())
                    flags.push_back({word, wordStart, pos});
                word.clear();
                blankOk = false;
                continue;
            }
            if (ch == '\'' || ch == '"') {
                quote = ch;
                blankOk = true;
                phase = Phase::InQuote;
                continue;
            }
            if (ch == static_cast<unsigned char>(escape)) {
                if (pos + 1 == n)
                    continue;
                ++pos;
                ch = static_cast<unsigned char>(line[pos]);
            } else if (ch < 0x80) {
                // Fast path: a run of plain ASCII bytes is copied as is (appendByteRune of an
                // ASCII byte is the byte itself).
                std::uint32_t e = pos + 1;
                while (e < n) {
                    const auto b = static_cast<unsigned char>(line[e]);
                    if (RunStops.table[b] || b == static_cast<unsigned char>(escape))
                        break;
                    ++e;
                }
                word.append(line.data() + pos, e - pos);
                pos = e - 1;
                continue;
            }
            appendByteRune(word, ch);
            continue;
        }
        // Phase::InQuote
        if (ch == quote) {
            phase = Phase::InWord;
            continue;
        }
        if (ch == static_cast<unsigned char>(escape)) {
            if (pos + 1 == n) {
                phase = Phase::InWord;
                continue;
            }
            ++pos;
            ch = static_cast<unsigned char>(line[pos]);
        }
        appendByteRune(word, ch);
    }
    return n;
}

/// BuildKit's parseWords: whitespace-separated words, quotes and escapes kept, into `words`
/// (`word`: scratch).
void parseWords(std::string_view rest, char escape, std::vector<Word> &words, std::string &word)
{
    words.clear();
    word.clear();
    const auto n = static_cast<std::uint32_t>(rest.size());
    Phase phase = Phase::Spaces;
    char32_t quote = 0;
    bool blankOk = false;
    char32_t ch = 0;
    std::uint32_t width = 0;
    std::uint32_t start = 0;
    auto decodeAt = [&](std::uint32_t pos) {
        const text::Decoded d = decodeUtf8(rest, pos);
        ch = d.valid ? d.rune : 0xFFFD;
        width = d.width;
    };
    const auto esc = static_cast<char32_t>(static_cast<unsigned char>(escape));
    for (std::uint32_t pos = 0; pos <= n; pos += width) {
        if (pos != n)
            decodeAt(pos);
        if (phase == Phase::Spaces) {
            if (pos == n)
                break;
            if (isGoSpace(ch))
                continue;
            phase = Phase::InWord;
            start = pos;
        }
        if ((phase == Phase::InWord || phase == Phase::InQuote) && pos == n) {
            if (blankOk || !word.empty())
                words.push_back({word, start, n});
            break;
        }
        if (phase == Phase::InWord) {
            if (isGoSpace(ch)) {
                phase = Phase::Spaces;
                if (blankOk || !word.empty())
                    words.push_back({word, start, pos});
                word.clear();
                blankOk = false;
                continue;
            }
            if (ch < 0x80 && ch != U'\'' && ch != U'"' && ch != esc) {
                // Fast path: copy a run of plain ASCII bytes without decoding each one.
                std::uint32_t e = pos + 1;
                while (e < n) {
                    const auto b = static_cast<unsigned char>(rest[e]);
                    if (RunStops.table[b] || b == esc)
                        break;
                    ++e;
                }
                word.append(rest.data() + pos, e - pos);
                width = e - pos;
                continue;
            }
            if (ch == U'\'' || ch == U'"') {
                quote = ch;
                blankOk = true;
                phase = Phase::InQuote;
            }
            if (ch == esc) {
                if (pos + width == n)
                    continue;
                appendUtf8(word, ch);
                pos += width;
                decodeAt(pos);
            }
            appendUtf8(word, ch);
            continue;
        }
        // Phase::InQuote
        if (ch < 0x80 && ch != quote && ch != esc) {
            // Fast path: a run of plain ASCII bytes inside the quotes is kept as is.
            std::uint32_t e = pos + 1;
            while (e < n) {
                const auto b = static_cast<unsigned char>(rest[e]);
                if (b >= 0x80 || b == quote || b == esc)
                    break;
                ++e;
            }
            word.append(rest.data() + pos, e - pos);
            width = e - pos;
            continue;
        }
        if (ch == quote)
            phase = Phase::InWord;
        if (ch == esc && quote != U'\'') {
            if (pos + width == n) {
                phase = Phase::InWord;
                continue;
            }
            pos += width;
            appendUtf8(word, ch);
            decodeAt(pos);
        }
        appendUtf8(word, ch);
    }
}

/// Split on runs of [\t\v\f\r ] (BuildKit's reWhitespace) into `out`; `s` is already trimmed.
void splitWhitespace(std::string_view s, std::vector<Word> &out)
{
    out.clear();
    const auto n = static_cast<std::uint32_t>(s.size());
    const auto space
        = [&](std::uint32_t i) { return SplitSpace.table[static_cast<unsigned char>(s[i])]; };
    std::uint32_t pos = 0;
    while (pos < n) {
        std::uint32_t end = pos;
        while (end < n && !space(end))
            ++end;
        out.push_back({std::string(s.substr(pos, end - pos)), pos, end});
        pos = end;
        while (pos < n && space(pos))
            ++pos;
    }
}

// ---- shell-style word lexing used only to find heredocs ---------------------------------

bool isShellSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/// BuildKit's shell lexer, reduced to what heredoc detection needs. With `raw` (its RawQuotes +
/// RawEscapes mode) quotes and escapes stay in the words, a "<<" followed by blanks keeps them and
/// sticks to the next word, and ${...} is one unit; without it quotes are removed and escapes
/// applied. $VAR is kept either way (SkipUnsetEnv). Returns false when `s` does not lex
/// (an unbalanced quote, an unterminated ${).
bool shellWords(std::string_view s, bool raw, std::vector<std::string> &words)
{
    std::string cur;
    bool inWord = false;
    const std::size_t n = s.size();
    for (std::size_t i = 0; i < n; ++i) {
        const char c = s[i];
        if (isShellSpace(c)) {
            if (raw && inWord && cur.size() >= 2 && cur.compare(cur.size() - 2, 2, "<<") == 0) {
                while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')) {
                    cur.push_back(s[i]);
                    ++i;
                }
                --i;
                continue;
            }
            if (inWord) {
                words.push_back(std::move(cur));
                cur.clear();
                inWord = false;
            }
            continue;
        }
        inWord = true;
        if (c == '\\') {
            if (raw)
                cur.push_back(c);
            if (i + 1 < n)
                cur.push_back(s[++i]);
            continue;
        }
        if (c == '\'') {
            const std::size_t close = s.find('\'', i + 1);
            if (close == std::string_view::npos)
                return false;
            cur.append(raw ? s.substr(i, close - i + 1) : s.substr(i + 1, close - i - 1));
            i = close;
            continue;
        }
        if (c == '"') {
            if (raw)
                cur.push_back(c);
            std::size_t j = i + 1;
            for (; j < n && s[j] != '"'; ++j) {
                if (s[j] == '\\' && j + 1 < n
                    && (raw || s[j + 1] == '"' || s[j + 1] == '$' || s[j + 1] == '\\')) {
                    if (raw)
                        cur.push_back(s[j]);
                    ++j;
                }
                cur.push_back(s[j]);
            }
            if (j >= n)
                return false;
            if (raw)
                cur.push_back('"');
            i = j;
            continue;
        }
        if (raw && c == '$' && i + 1 < n && s[i + 1] == '{') {
            const std::size_t close = s.find('}', i + 2);
            if (close == std::string_view::npos)
                return false;
            cur.append(s.substr(i, close - i + 1));
            i = close;
            continue;
        }
        cur.push_back(c);
    }
    if (inWord)
        words.push_back(std::move(cur));
    return true;
}

std::size_t countQuotes(std::string_view s)
{
    return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\'')
                                    + std::count(s.begin(), s.end(), '"'));
}

/// BuildKit's ParseHeredoc for one raw word: ^(\d*)<<(-?)\s*([^<]*)$
bool parseHeredocWord(const std::string &word, Heredoc &out)
{
    std::size_t i = 0;
    unsigned fd = 0;
    while (i < word.size() && word[i] >= '0' && word[i] <= '9') {
        fd = fd * 10 + static_cast<unsigned>(word[i] - '0');
        ++i;
    }
    if (word.compare(i, 2, "<<") != 0)
        return false;
    i += 2;
    bool chomp = false;
    if (i < word.size() && word[i] == '-') {
        chomp = true;
        ++i;
    }
    while (i < word.size()
           && (word[i] == ' ' || word[i] == '\t' || word[i] == '\n' || word[i] == '\f'
               || word[i] == '\r'))
        ++i;
    const std::string_view rest = std::string_view(word).substr(i);
    if (rest.empty() || rest.find('<') != std::string_view::npos)
        return false;
    std::vector<std::string> words;
    if (!shellWords(rest, false, words) || words.size() != 1)
        return false;
    out.name = words.front();
    out.word = word;
    out.fileDescriptor = fd;
    out.chomp = chomp;
    out.expand = countQuotes(words.front()) == countQuotes(rest);
    return true;
}

} // namespace

InstructionReader::InstructionReader(const std::vector<Parser::Segment> &segments)
    : m_segments(segments)
{ }

std::uint32_t InstructionReader::toSource(std::uint32_t logical) const
{
    if (m_segments.empty())
        return 0;
    if (m_segments.size() == 1) // one physical line: no search
        return m_segments.front().source + std::min(logical, m_segments.front().length);
    // Segments are sorted by logical offset; find the last one starting at or before `logical`.
    // Calls mostly move forward through the line: try the segment of the last call first.
    const auto count = m_segments.size();
    std::size_t at = m_lastSegment < count ? m_lastSegment : 0;
    if (!(m_segments[at].logical <= logical
          && (at + 1 == count || logical < m_segments[at + 1].logical))) {
        const auto it = std::upper_bound(
            m_segments.begin(), m_segments.end(), logical,
            [](std::uint32_t value, const Parser::Segment &s) { return value < s.logical; });
        at = it == m_segments.begin() ? 0 : static_cast<std::size_t>(it - m_segments.begin()) - 1;
        m_lastSegment = at;
    }
    const Parser::Segment &segment = m_segments[at];
    const std::uint32_t delta = logical - std::min(logical, segment.logical);
    return segment.source + std::min(delta, segment.length);
}

Range InstructionReader::toSource(std::uint32_t begin, std::uint32_t end) const
{
    if (end <= begin) {
        const std::uint32_t at = toSource(begin);
        return {at, at};
    }
    // Map the last byte, not the end, so a range ending at a segment boundary does not
    // stretch over the continuation that follows it.
    return {toSource(begin), toSource(end - 1) + 1};
}

void InstructionReader::error(std::string code, std::uint32_t begin, std::uint32_t end,
                              std::vector<std::string> args)
{
    m_errors.push_back({std::move(code), begin, end, std::move(args)});
}

void InstructionReader::read(std::string_view logical, char escape, Instruction &ins)
{
    m_escape = escape;
    m_errors.clear();
    m_lastSegment = 0;
    readNode(logical, 0, ins);
}

// The steps below run for every instruction (pushArg for every argument): inlined where used.
#if defined(__GNUC__)
#define STAGECRAFT_READER_INLINE [[gnu::always_inline]] inline
#else
#define STAGECRAFT_READER_INLINE inline
#endif

STAGECRAFT_READER_INLINE std::uint32_t
InstructionReader::readFlags(std::string_view rest, std::uint32_t restOff, Instruction &ins)
{
    std::vector<Word> &flags = m_words;
    flags.clear();
    const std::uint32_t argsRel = extractBuilderFlags(rest, m_escape, flags, m_word);
    if (!flags.empty())
        ins.flags.reserve(flags.size());
    for (Word &w : flags) {
        Flag f;
        f.range = toSource(restOff + w.begin, restOff + w.end);
        const std::string_view body = std::string_view(w.value).substr(w.value.size() >= 2 ? 2 : 0);
        const std::size_t eq = body.find('=');
        f.name = std::string(body.substr(0, eq));
        if (eq != std::string_view::npos) {
            f.value = std::string(body.substr(eq + 1));
            f.hasValue = true;
        }
        f.text = std::move(w.value);
        ins.flags.push_back(std::move(f));
    }
    return argsRel;
}

STAGECRAFT_READER_INLINE void InstructionReader::pushArg(const Args &args, Instruction &ins,
                                                         std::string value, std::uint32_t b,
                                                         std::uint32_t e)
{
    // All of the arguments (RUN, CMD, WORKDIR, … in shell form): their range is known.
    const bool whole = b == 0 && e == args.text.size();
    ins.args.push_back(
        {std::move(value), whole ? ins.argsRange : toSource(args.begin + b, args.begin + e)});
}

STAGECRAFT_READER_INLINE void InstructionReader::pushWords(const Args &args, Instruction &ins,
                                                           std::uint32_t wordsOff)
{
    ins.args.reserve(ins.args.size() + m_words.size());
    for (Word &w : m_words)
        pushArg(args, ins, std::move(w.value), wordsOff + w.begin, wordsOff + w.end);
}

bool InstructionReader::readMaybeJson(const Args &args, Instruction &ins, std::string_view s,
                                      std::uint32_t sOff, bool toList)
{
    std::vector<Word> &words = m_words;
    words.clear();
    switch (readExecFormJson(s, words)) {
    case JsonResult::StringArray:
        ins.json = true;
        pushWords(args, ins, sOff);
        return true;
    case JsonResult::NotStringArray:
        error("SyntaxNestedJson", args.begin + sOff, args.end, {});
        return false;
    case JsonResult::NotJson:
        break;
    }
    if (toList) {
        splitWhitespace(s, words);
        pushWords(args, ins, sOff);
    } else if (!s.empty()) {
        ins.args.reserve(1);
        pushArg(args, ins, std::string(s), sOff, sOff + static_cast<std::uint32_t>(s.size()));
    }
    return true;
}

void InstructionReader::readKeyValues(const Args &args, Instruction &ins)
{
    const std::string_view text = args.text;
    std::vector<Word> &words = m_words;
    parseWords(text, m_escape, words, m_word);
    if (words.empty())
        return;
    if (words.front().value.find('=') == std::string::npos) {
        // The old form `ENV key value`: the first word is the key, the rest of the line the value.
        std::uint32_t kEnd = 0;
        while (kEnd < text.size() && !isSplitSpace(text[kEnd]))
            ++kEnd;
        if (kEnd == text.size()) {
            error("SyntaxEnvNoValue", args.begin, args.end,
                  {text::asciiLower(ins.keyword) == "env" ? "ENV" : "LABEL"});
            return;
        }
        ins.args.reserve(3);
        std::uint32_t vBegin = kEnd;
        while (vBegin < text.size() && isSplitSpace(text[vBegin]))
            ++vBegin;
        const auto n = static_cast<std::uint32_t>(text.size());
        pushArg(args, ins, std::string(text.substr(0, kEnd)), 0, kEnd);
        pushArg(args, ins, std::string(text.substr(vBegin)), vBegin, n);
        pushArg(args, ins, std::string(), n, n);
        return;
    }
    ins.args.reserve(3 * words.size()); // key, value, "=" per word
    for (Word &w : words) {
        const std::size_t eq = w.value.find('=');
        if (eq == std::string::npos) {
            error("SyntaxEnvMissingEquals", args.begin + w.begin, args.begin + w.end, {w.value});
            break;
        }
        // The word is the raw text (escapes kept), so '=' sits at the same offset in the source
        // unless invalid UTF-8 was replaced before it; clamp to the word.
        const auto eqOff = std::min(w.begin + static_cast<std::uint32_t>(eq), w.end);
        pushArg(args, ins, w.value.substr(0, eq), w.begin, eqOff);
        pushArg(args, ins, w.value.substr(eq + 1), std::min(eqOff + 1, w.end), w.end);
        pushArg(args, ins, "=", eqOff, std::min(eqOff + 1, w.end));
    }
}

void InstructionReader::readHealthcheck(const Args &args, Instruction &ins)
{
    const std::string_view text = args.text;
    std::uint32_t sep = 0;
    while (sep < text.size() && !isGoSpaceByte(static_cast<unsigned char>(text[sep])))
        ++sep;
    std::uint32_t next = sep;
    while (next < text.size() && isGoSpaceByte(static_cast<unsigned char>(text[next])))
        ++next;
    if (sep == 0)
        return;
    pushArg(args, ins, std::string(text.substr(0, sep)), 0, sep);
    const std::string_view cmd = text.substr(next);
    if (!cmd.empty())
        readMaybeJson(args, ins, cmd, next, false);
}

void InstructionReader::readArgs(const Args &args, Instruction &ins)
{
    const std::string_view text = args.text;
    const auto size = static_cast<std::uint32_t>(text.size());
    switch (ins.kind) {
    case InstructionKind::Add:
    case InstructionKind::Copy:
    case InstructionKind::Volume:
        readMaybeJson(args, ins, text, 0, true);
        break;
    case InstructionKind::Cmd:
    case InstructionKind::Entrypoint:
    case InstructionKind::Run:
    case InstructionKind::Shell:
        if (!text.empty())
            readMaybeJson(args, ins, text, 0, false);
        break;
    case InstructionKind::Arg:
        parseWords(text, m_escape, m_words, m_word);
        pushWords(args, ins, 0);
        break;
    case InstructionKind::Env:
    case InstructionKind::Label:
        readKeyValues(args, ins);
        break;
    case InstructionKind::Expose:
    case InstructionKind::From:
        splitWhitespace(text, m_words);
        pushWords(args, ins, 0);
        break;
    case InstructionKind::Healthcheck:
        readHealthcheck(args, ins);
        break;
    case InstructionKind::Maintainer:
    case InstructionKind::Stopsignal:
    case InstructionKind::User:
    case InstructionKind::Workdir:
        if (!text.empty())
            pushArg(args, ins, std::string(text), 0, size);
        break;
    case InstructionKind::Onbuild:
        if (!text.empty()) {
            ins.sub = std::make_unique<Instruction>();
            readNode(text, args.begin, *ins.sub);
            ins.sub->range = ins.argsRange;
        }
        break;
    case InstructionKind::Unknown:
        pushArg(args, ins, std::string(), size, size);
        break;
    }
}

void InstructionReader::readNode(std::string_view line, std::uint32_t base, Instruction &ins)
{
    const std::string_view trimmed = text::trimSpace(line);
    const auto off = base + static_cast<std::uint32_t>(trimmed.data() - line.data());
    std::uint32_t k = 0;
    while (k < trimmed.size() && !isSplitSpace(trimmed[k]))
        ++k;
    ins.keyword = std::string(trimmed.substr(0, k));
    ins.keywordRange = toSource(off, off + k);
    ins.kind = instructionKindFromKeyword(ins.keyword);

    Args args;
    args.begin = off + static_cast<std::uint32_t>(trimmed.size());
    if (k < trimmed.size()) {
        std::uint32_t r = k;
        while (r < trimmed.size() && isSplitSpace(trimmed[r]))
            ++r;
        const std::string_view rest = trimmed.substr(r);
        const std::uint32_t argsRel = readFlags(rest, off + r, ins);
        const std::string_view raw = rest.substr(argsRel);
        args.text = text::trimSpace(raw);
        args.begin = off + r + argsRel + static_cast<std::uint32_t>(args.text.data() - raw.data());
    }
    args.end = args.begin + static_cast<std::uint32_t>(args.text.size());
    ins.argsRange = toSource(args.begin, args.end);
    readArgs(args, ins);
}

bool InstructionReader::canContainHeredoc(const Instruction &ins)
{
    const Instruction *node = &ins;
    if (node->kind == InstructionKind::Onbuild && node->sub)
        node = node->sub.get();
    if (node->kind != InstructionKind::Run && node->kind != InstructionKind::Copy
        && node->kind != InstructionKind::Add)
        return false;
    return !node->json;
}

std::vector<Heredoc> InstructionReader::heredocsFromLine(std::string_view line)
{
    std::vector<Heredoc> docs;
    std::vector<std::string> words;
    if (!shellWords(line, true, words))
        return docs;
    for (const std::string &w : words) {
        Heredoc h;
        if (parseHeredocWord(w, h))
            docs.push_back(std::move(h));
    }
    return docs;
}

} // namespace stagecraft::model
