// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/editor/DockerfileHighlighter.h"

#include "views/StageColors.h"

#include <QElapsedTimer>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

#ifdef STAGECRAFT_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>
#endif

#include <algorithm>
#include <functional>
#include <optional>

namespace stagecraft::views {

using model::TokenKind;
using Role = DockerfileHighlighter::Role;

namespace {

#ifndef STAGECRAFT_HAVE_KSYNTAXHIGHLIGHTING
/// What was last applied to a block, so setAnalysis() only re-highlights blocks that change.
/// (KSyntaxHighlighting keeps its own state in the block user data, so that path re-highlights.)
class AppliedSignature : public QTextBlockUserData
{
public:
    std::size_t value = 0;
};
#endif

void hashCombine(std::size_t &seed, std::size_t value)
{
    seed ^= value + 0x9E3779B97F4A7C15ULL + (seed << 6U) + (seed >> 2U);
}

bool isIdentifierStart(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

bool isIdentifierChar(char c)
{
    return isIdentifierStart(c) || (c >= '0' && c <= '9');
}

/// Byte spans before they are split into blocks; later layers paint over earlier ones.
struct ByteSpan
{
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    Role role = Role::Keyword;
    int stage = -1;
};

/// Quoted parts and variables of one instruction's argument words. Quote state carries over
/// the blanks and continuation lines between words, as BuildKit joins them before splitting.
void scanArguments(const model::SyntaxTree &tree, const model::Instruction &ins,
                   std::vector<ByteSpan> &strings, std::vector<ByteSpan> &variables)
{
    const std::string &text = tree.text();
    const char escape = tree.escapeChar();
    const auto &tokens = tree.tokens();
    char quote = 0;
    const std::uint32_t last = std::min<std::uint32_t>(ins.firstToken + ins.tokenCount,
                                                       static_cast<std::uint32_t>(tokens.size()));
    for (std::uint32_t t = ins.firstToken; t < last; ++t) {
        const model::Token &token = tokens[t];
        const bool argument = token.kind == TokenKind::Argument;
        const bool flag = token.kind == TokenKind::Flag;
        const bool jsonString = token.kind == TokenKind::JsonString;
        if (!argument && !flag && !jsonString)
            continue;
        const std::uint32_t end = token.offset + token.length;
        std::uint32_t stringBegin = token.offset;
        for (std::uint32_t i = token.offset; i < end; ++i) {
            const char c = text[i];
            if (argument && quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
                stringBegin = i;
                continue;
            }
            if (argument && quote != 0 && c == quote) {
                strings.push_back({stringBegin, i + 1, Role::String, -1});
                quote = 0;
                continue;
            }
            if (c == escape && quote != '\'') {
                ++i; // the escaped character is literal
                continue;
            }
            if (jsonString && c == '\\') {
                ++i;
                continue;
            }
            if (c != '$' || quote == '\'' || i + 1 >= end)
                continue;
            std::uint32_t j = i + 1;
            if (text[j] == '{') {
                while (j < end && text[j] != '}')
                    ++j;
                if (j < end)
                    ++j;
            } else if (isIdentifierStart(text[j])) {
                while (j < end && isIdentifierChar(text[j]))
                    ++j;
            } else {
                continue;
            }
            variables.push_back({i, j, Role::Variable, -1});
            i = j - 1;
        }
        if (argument && quote != 0)
            strings.push_back({stringBegin, end, Role::String, -1}); // continues in a later word
    }
}

/// The role a token is painted in by the first layer; none for the tokens it leaves alone.
std::optional<Role> tokenRole(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Keyword:
        return Role::Keyword;
    case TokenKind::Flag:
        return Role::Flag;
    case TokenKind::Comment:
        return Role::Comment;
    case TokenKind::Directive:
        return Role::Directive;
    case TokenKind::Variable:
        return Role::Variable;
    case TokenKind::Continuation:
        return Role::Continuation;
    case TokenKind::HeredocBody:
        return Role::HeredocBody;
    case TokenKind::HeredocEnd:
        return Role::HeredocEnd;
    case TokenKind::JsonOpen:
    case TokenKind::JsonClose:
    case TokenKind::JsonComma:
        return Role::JsonPunctuation;
    case TokenKind::JsonString:
        return Role::JsonString;
    case TokenKind::Error:
        return Role::Error;
    case TokenKind::Bom:
    case TokenKind::Whitespace:
    case TokenKind::Newline:
    case TokenKind::Argument:
        return std::nullopt;
    }
    return Role::Error;
}

} // namespace

DockerfileHighlighter::DockerfileHighlighter(QTextDocument *document)
    : HighlighterBase(static_cast<QTextDocument *>(nullptr))
{
    // Owned by the document, as QSyntaxHighlighter(QTextDocument *) would be; attached after
    // the contents watch so that the watch sees a change before the highlighting it causes.
    setParent(document);
#ifdef STAGECRAFT_HAVE_KSYNTAXHIGHLIGHTING
    setDefinition(m_repository.definitionForName(QStringLiteral("Dockerfile")));
#endif
    m_palette = QPalette();
    pickColours();
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &DockerfileHighlighter::highlightSlice);
    setTextDocument(document);
}

void DockerfileHighlighter::setTextDocument(QTextDocument *document)
{
    if (document == this->document())
        return;
    QObject::disconnect(m_contentsWatch);
    m_holdUntilAnalysis = false;
    m_sliceTimer.stop();
    if (document)
        m_contentsWatch = connect(document, &QTextDocument::contentsChange, this,
                                  &DockerfileHighlighter::onContentsChange);
    setDocument(document);
}

void DockerfileHighlighter::onContentsChange(int from, int charsRemoved, int charsAdded)
{
    Q_UNUSED(charsRemoved);
    const QTextDocument *doc = document();
    // The whole text replaced (QTextDocument::setPlainText(), a paste over everything): the
    // analysis of the new text follows at once, and highlighting every line by the fallback
    // first would only double the work.
    if (!doc || from != 0 || charsAdded <= 1 || charsAdded + 1 < doc->characterCount())
        return;
    if (!m_holdUntilAnalysis) {
        QTimer::singleShot(0, this, [this] {
            if (!m_holdUntilAnalysis)
                return;
            m_holdUntilAnalysis = false;
            rehighlight();
        });
    }
    m_holdUntilAnalysis = true;
}

DockerfileHighlighter::~DockerfileHighlighter() = default;

void DockerfileHighlighter::setPalette(const QPalette &palette)
{
    m_sliceTimer.stop(); // the full pass below covers the pending blocks
    m_palette = palette;
    ++m_paletteGeneration;
    pickColours();
    rehighlight();
    m_lastRehighlighted = document() ? document()->blockCount() : 0;
}

void DockerfileHighlighter::pickColours()
{
    const bool dark = StageColors::isDark(m_palette);
    const auto colour = [dark](const char *light, const char *darkName) {
        return QColor::fromString(QLatin1StringView(dark ? darkName : light));
    };
    m_formats = {};
    auto &keyword = m_formats[static_cast<int>(Role::Keyword)];
    keyword.setForeground(colour("#0033b3", "#7aa6ff"));
    keyword.setFontWeight(QFont::Bold);
    m_formats[static_cast<int>(Role::Flag)].setForeground(colour("#871094", "#d38ad0"));
    m_formats[static_cast<int>(Role::Image)].setForeground(colour("#1a7f37", "#7ee787"));
    m_formats[static_cast<int>(Role::Variable)].setForeground(colour("#9a5b00", "#f0b35a"));
    m_formats[static_cast<int>(Role::String)].setForeground(colour("#a31515", "#ce9178"));
    auto &comment = m_formats[static_cast<int>(Role::Comment)];
    comment.setForeground(colour("#6a737d", "#8b949e"));
    comment.setFontItalic(true);
    auto &directive = m_formats[static_cast<int>(Role::Directive)];
    directive.setForeground(colour("#6f42c1", "#b392f0"));
    directive.setFontItalic(true);
    directive.setFontWeight(QFont::Bold);
    m_formats[static_cast<int>(Role::HeredocBody)].setForeground(colour("#5c4813", "#d7ba7d"));
    auto &heredocEnd = m_formats[static_cast<int>(Role::HeredocEnd)];
    heredocEnd.setForeground(colour("#871094", "#d38ad0"));
    heredocEnd.setFontWeight(QFont::Bold);
    auto &punctuation = m_formats[static_cast<int>(Role::JsonPunctuation)];
    punctuation.setForeground(colour("#555555", "#bbbbbb"));
    punctuation.setFontWeight(QFont::Bold);
    m_formats[static_cast<int>(Role::JsonString)].setForeground(colour("#a31515", "#ce9178"));
    m_formats[static_cast<int>(Role::Continuation)].setForeground(colour("#8a8a8a", "#8a8a8a"));
    auto &error = m_formats[static_cast<int>(Role::Error)];
    error.setForeground(colour("#cb2431", "#f97583"));
    error.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    error.setUnderlineColor(colour("#cb2431", "#f97583"));
    m_stageNameFormats.clear();
    m_stageReferenceFormats.clear();
#ifdef STAGECRAFT_HAVE_KSYNTAXHIGHLIGHTING
    setTheme(m_repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                            : KSyntaxHighlighting::Repository::LightTheme));
#endif
}

QTextCharFormat DockerfileHighlighter::format(Role role, int stage) const
{
    if (role == Role::StageName || role == Role::StageReference) {
        auto &cache = role == Role::StageName ? m_stageNameFormats : m_stageReferenceFormats;
        const auto it = cache.constFind(stage);
        if (it != cache.constEnd())
            return *it;
        QTextCharFormat f;
        f.setForeground(StageColors::stageColor(stage, m_palette));
        f.setFontWeight(QFont::Bold);
        if (role == Role::StageName)
            f.setBackground(StageColors::stageTint(stage, m_palette));
        else
            f.setFontUnderline(true);
        cache.insert(stage, f);
        return f;
    }
    return m_formats[static_cast<std::size_t>(role)];
}

QVector<DockerfileHighlighter::Span> DockerfileHighlighter::spans(int blockNumber) const
{
    if (blockNumber < 0 || static_cast<std::size_t>(blockNumber) >= m_blocks.size())
        return {};
    return m_blocks[static_cast<std::size_t>(blockNumber)].spans;
}

std::size_t DockerfileHighlighter::signatureOf(const BlockSpans &block) const
{
    std::size_t seed = m_paletteGeneration;
    for (const Span &s : block.spans) {
        hashCombine(seed, static_cast<std::size_t>(s.start));
        hashCombine(seed, static_cast<std::size_t>(s.length));
        hashCombine(seed, static_cast<std::size_t>(s.role));
        hashCombine(seed, static_cast<std::size_t>(s.stage + 1));
    }
    return seed == 0 ? 1 : seed; // 0 marks a block painted without analysis
}

/// Splits byte ranges of the analysed text into per-block spans in UTF-16 positions: the one
/// place setAnalysis() converts offsets, through the analysis's offset table.
class DockerfileHighlighter::SpanWriter
{
public:
    SpanWriter(const model::Analysis &analysis, std::vector<BlockSpans> &blocks)
        : m_text(analysis.text())
        , m_lines(analysis.tree()->lineIndex())
        , m_offsets(analysis.offsets())
        , m_lineCount(std::max(1, m_lines.lineCount()))
        , m_blocks(blocks)
    {
        m_blocks.resize(static_cast<std::size_t>(m_lineCount));
        m_lineStartUtf16.resize(static_cast<std::size_t>(m_lineCount));
        for (int l = 1; l <= m_lineCount; ++l) {
            BlockSpans &block = m_blocks[static_cast<std::size_t>(l - 1)];
            block.byteBegin = m_lines.lineStart(l);
            block.byteEnd = l < m_lineCount ? m_lines.lineStart(l + 1) - 1
                                            : static_cast<std::uint32_t>(m_text.size());
            m_lineStartUtf16[static_cast<std::size_t>(l - 1)] = m_offsets.toUtf16(block.byteBegin);
        }
    }

    /// Paints bytes [begin, end) in `role` (a stage role in the colour of `stage`).
    void add(std::uint32_t begin, std::uint32_t end, Role role, int stage)
    {
        end = std::min(end, static_cast<std::uint32_t>(m_text.size()));
        if (begin >= end)
            return;
        // Spans mostly arrive in text order: try the line of the previous span before searching.
        int line = m_hintLine;
        if (!(line <= m_lineCount && begin >= m_blocks[static_cast<std::size_t>(line - 1)].byteBegin
              && (line == m_lineCount || begin < m_lines.lineStart(line + 1))))
            line = m_lines.line(begin);
        m_hintLine = line;
        while (begin < end && line <= m_lineCount) {
            BlockSpans &block = m_blocks[static_cast<std::size_t>(line - 1)];
            const std::uint32_t segmentEnd = std::min(end, block.byteEnd);
            if (segmentEnd > begin) {
                const int start = m_offsets.toUtf16(begin);
                const int length = m_offsets.toUtf16(segmentEnd) - start;
                if (length > 0)
                    block.spans.push_back(
                        {start - m_lineStartUtf16[static_cast<std::size_t>(line - 1)], length, role,
                         stage});
            }
            ++line;
            if (line > m_lineCount)
                break;
            begin = std::max(begin, m_lines.lineStart(line));
        }
    }

private:
    const std::string &m_text;
    const model::LineIndex &m_lines;
    const model::TextOffsets &m_offsets;
    const int m_lineCount;
    std::vector<BlockSpans> &m_blocks;
    std::vector<int> m_lineStartUtf16;
    int m_hintLine = 1;
};

void DockerfileHighlighter::setAnalysis(const std::shared_ptr<const model::Analysis> &analysis)
{
    m_holdUntilAnalysis = false;
    m_analysis = analysis;
    m_blocks.clear();
    if (!analysis) {
        m_sliceTimer.stop();
        rehighlight();
        return;
    }
    computeSpans(*analysis);
    if (document())
        rehighlightChanged();
}

void DockerfileHighlighter::computeSpans(const model::Analysis &analysis)
{
    const model::SyntaxTree &tree = *analysis.tree();
    SpanWriter writer(analysis, m_blocks);

    // Layer 1: the tokens themselves.
    for (const model::Token &token : tree.tokens()) {
        if (const std::optional<Role> role = tokenRole(token.kind))
            writer.add(token.offset, token.offset + token.length, *role, -1);
    }

    // Layer 2: quoted strings inside arguments (variables are found now, painted last); AS.
    std::vector<ByteSpan> strings;
    std::vector<ByteSpan> variables;
    for (const model::Instruction &ins : tree.instructions()) {
        scanArguments(tree, ins, strings, variables);
        if (ins.kind == model::InstructionKind::From) {
            for (const model::Argument &arg : ins.args) {
                if (arg.value.size() == 2 && (arg.value[0] == 'a' || arg.value[0] == 'A')
                    && (arg.value[1] == 's' || arg.value[1] == 'S'))
                    writer.add(arg.range.begin, arg.range.end, Role::Keyword, -1);
            }
        }
    }
    for (const ByteSpan &s : strings)
        writer.add(s.begin, s.end, s.role, s.stage);

    // Layer 3: stages, stage references and images, in the stage's colour.
    const model::StageGraph &graph = analysis.graph();
    for (const model::Stage &stage : graph.stages()) {
        if (stage.baseStage >= 0)
            writer.add(stage.baseRange.begin, stage.baseRange.end, Role::StageReference,
                       stage.baseStage);
        else
            writer.add(stage.baseRange.begin, stage.baseRange.end, Role::Image, -1);
        writer.add(stage.nameRange.begin, stage.nameRange.end, Role::StageName, stage.index);
    }
    for (const model::Edge &edge : graph.edges()) {
        if (edge.kind == model::EdgeKind::From)
            continue; // painted with the stage's base above
        if (edge.from >= 0)
            writer.add(edge.referenceRange.begin, edge.referenceRange.end, Role::StageReference,
                       edge.from);
        else
            writer.add(edge.referenceRange.begin, edge.referenceRange.end, Role::Image, -1);
    }

    // Layer 4: variables, also inside an image reference (FROM golang:${GO}).
    for (const ByteSpan &s : variables)
        writer.add(s.begin, s.end, s.role, s.stage);

    for (BlockSpans &block : m_blocks)
        block.signature = signatureOf(block);
}

void DockerfileHighlighter::setVisibleBlocks(VisibleBlocks visible)
{
    m_visibleBlocks = std::move(visible);
}

bool DockerfileHighlighter::isStale(const QTextBlock &block, std::size_t number) const
{
#ifdef STAGECRAFT_HAVE_KSYNTAXHIGHLIGHTING
    Q_UNUSED(block)
    Q_UNUSED(number)
    return true;
#else
    const auto *applied = static_cast<const AppliedSignature *>(block.userData());
    const std::size_t wanted = number < m_blocks.size() ? m_blocks[number].signature : 1;
    return !applied || applied->value != wanted;
#endif
}

void DockerfileHighlighter::rehighlightChanged()
{
    QTextDocument *doc = document();
    m_sliceTimer.stop();
#ifdef STAGECRAFT_HAVE_KSYNTAXHIGHLIGHTING
    rehighlight();
    m_lastRehighlighted = doc->blockCount();
#else
    // Re-highlight only the blocks whose applied spans differ from the new ones. Block user data
    // moves with its block, so lines shifted by an insertion above are not redone.
    std::vector<QTextBlock> stale;
    std::size_t number = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next(), ++number) {
        if (isStale(block, number))
            stale.push_back(block);
    }
    m_lastRehighlighted = static_cast<int>(stale.size());
    if (stale.size() > static_cast<std::size_t>(SynchronousBlocks) && m_visibleBlocks) {
        // Each block whose formats change is laid out again: on screen now, the rest later.
        m_pendingVisibleFirst = -1;
        rehighlightVisible();
        m_pendingFrom = 0;
        m_sliceTimer.start();
        return;
    }
    if (stale.size() * 4 > static_cast<std::size_t>(doc->blockCount())) {
        rehighlight();
        return;
    }
    for (const QTextBlock &block : stale)
        rehighlightBlock(block);
#endif
}

int DockerfileHighlighter::rehighlightVisible()
{
    QTextDocument *doc = document();
    if (!doc || !m_visibleBlocks)
        return 0;
    const auto [first, last] = m_visibleBlocks();
    m_pendingVisibleFirst = first;
    int done = 0;
    int number = std::max(first, 0);
    for (QTextBlock block = doc->findBlockByNumber(number); block.isValid() && number <= last;
         block = block.next(), ++number) {
        if (isStale(block, static_cast<std::size_t>(number))) {
            rehighlightBlock(block);
            ++done;
        }
    }
    return done;
}

void DockerfileHighlighter::highlightSlice()
{
    QTextDocument *doc = document();
    if (!doc)
        return;
    QElapsedTimer clock;
    clock.start();
    // Scrolled since the last slice: what is on screen now comes first.
    if (m_visibleBlocks && m_visibleBlocks().first != m_pendingVisibleFirst)
        rehighlightVisible();
    QTextBlock block = doc->findBlockByNumber(m_pendingFrom);
    for (; block.isValid(); block = block.next(), ++m_pendingFrom) {
        if (!isStale(block, static_cast<std::size_t>(m_pendingFrom)))
            continue;
        rehighlightBlock(block);
        if (clock.elapsed() >= SliceMs) {
            block = block.next();
            ++m_pendingFrom;
            break;
        }
    }
    if (block.isValid())
        m_sliceTimer.start();
}

void DockerfileHighlighter::highlightPendingNow()
{
    if (!m_sliceTimer.isActive())
        return;
    m_sliceTimer.stop();
    QTextDocument *doc = document();
    int number = m_pendingFrom;
    for (QTextBlock block = doc->findBlockByNumber(number); block.isValid();
         block = block.next(), ++number) {
        if (isStale(block, static_cast<std::size_t>(number)))
            rehighlightBlock(block);
    }
}

void DockerfileHighlighter::highlightBlock(const QString &text)
{
#ifdef STAGECRAFT_HAVE_KSYNTAXHIGHLIGHTING
    HighlighterBase::highlightBlock(text);
#endif
    const int number = currentBlock().blockNumber();
    bool current = m_analysis && number >= 0 && static_cast<std::size_t>(number) < m_blocks.size();
    if (current) {
        // The document may be ahead of the last parse (typing, before the coalesced reparse):
        // only trust the spans when the block still holds the bytes they were computed for.
        const BlockSpans &block = m_blocks[static_cast<std::size_t>(number)];
        const std::string_view bytes
            = std::string_view(m_analysis->text())
                  .substr(block.byteBegin, block.byteEnd - block.byteBegin);
        current
            = text.toUtf8() == QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size()));
    }
    std::size_t signature = 0;
    if (current) {
        const BlockSpans &block = m_blocks[static_cast<std::size_t>(number)];
        for (const Span &span : block.spans) {
#ifdef STAGECRAFT_HAVE_KSYNTAXHIGHLIGHTING
            // KSyntaxHighlighting painted the base layer; add what only the model knows.
            if (span.role != Role::StageName && span.role != Role::StageReference
                && span.role != Role::Error)
                continue;
#endif
            setFormat(span.start, span.length, format(span.role, span.stage));
        }
        signature = block.signature;
    } else if (!m_holdUntilAnalysis) {
#ifndef STAGECRAFT_HAVE_KSYNTAXHIGHLIGHTING
        fallbackHighlight(text);
#endif
    }
#ifndef STAGECRAFT_HAVE_KSYNTAXHIGHLIGHTING
    auto *applied = static_cast<AppliedSignature *>(currentBlockUserData());
    if (!applied) {
        applied = new AppliedSignature;
        setCurrentBlockUserData(applied); // the block takes ownership
    }
    applied->value = signature;
#else
    Q_UNUSED(signature)
#endif
}

void DockerfileHighlighter::fallbackHighlight(const QString &text)
{
    // A cheap lexical guess for a line typed since the last parse: comment or keyword.
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    if (i < text.size() && text.at(i) == u'#') {
        setFormat(static_cast<int>(i), static_cast<int>(text.size() - i), format(Role::Comment));
        return;
    }
    qsizetype j = i;
    while (j < text.size() && text.at(j).isLetter())
        ++j;
    if (j > i
        && model::instructionKindFromKeyword(text.mid(i, j - i).toStdString())
            != model::InstructionKind::Unknown)
        setFormat(static_cast<int>(i), static_cast<int>(j - i), format(Role::Keyword));
}

} // namespace stagecraft::views
