// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The model's invariants, checked on any input. Shared by the libFuzzer targets
// (tests/fuzz/fuzz_*.cpp) and the regression test (tests/model/tst_fuzz_regressions.cpp), so a
// saved fuzz finding is re-checked exactly as the fuzzer checked it. Header-only, no Qt.
//
// What is checked, per the contracts in model/Token.h, SyntaxTree.h, StageGraph.h and Lint.h:
//  - the lossless tree: text() and print() equal the input byte for byte; tokens are non-empty,
//    contiguous and cover the input; each token's bytes fit its kind (only Newline, HeredocBody
//    and Error tokens hold a '\n', JSON punctuation is what it says, …);
//  - instructions: token runs in bounds and in order, every Range (keyword, flags, args,
//    heredocs, argsRange, ONBUILD's inner instruction) inside the instruction's tokens, lines
//    consistent with the LineIndex, instructionAt() finds the instruction;
//  - diagnostics (tree, graph, lint): known code, range and fix-it edits inside the text, lint
//    output sorted; applying a fix-it gives text that parses and round-trips;
//  - the stage graph (with and without a build-arg override): stages partition the
//    instructions from the first FROM on, edge ends are stage indices or -1 (image), neededFor(t)
//    is sorted, holds t and is closed under the edges and FROM bases;
//  - buildkitDump() has one line per instruction; goQuote() is wrapped in quotes.

#include "model/BuildkitDump.h"
#include "model/Diagnostic.h"
#include "model/Lint.h"
#include "model/StageGraph.h"
#include "model/SyntaxTree.h"
#include "model/Token.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::fuzz {

/// Collects the first violated invariant.
class InvariantChecker
{
public:
    explicit InvariantChecker(std::string_view input)
        : m_input(input)
    { }

    /// Runs every check; returns an empty string when all hold, else the first violation.
    std::string run()
    {
        using namespace stagecraft::model;
        const auto tree = SyntaxTree::parse(std::string(m_input));
        if (!tree)
            return "SyntaxTree::parse returned null";
        m_size = static_cast<std::uint32_t>(m_input.size());
        checkTree(*tree);
        if (!m_failure.empty())
            return m_failure;

        const StageGraph plain = StageGraph::derive(*tree);
        checkGraph(*tree, plain, "derive()");
        BuildArgs overrides{{"FUZZ_ARG", "fuzz/override:1"}};
        if (!plain.metaArgs().empty())
            overrides[plain.metaArgs().front().name] = "busybox:latest";
        const StageGraph withArgs = StageGraph::derive(*tree, overrides);
        checkGraph(*tree, withArgs, "derive(overrides)");
        if (!m_failure.empty())
            return m_failure;

        checkLint(*tree, plain, LintOptions{});
        if (!plain.stages().empty()) {
            checkLint(*tree, plain, LintOptions{0});
            checkLint(*tree, withArgs, LintOptions{static_cast<int>(plain.stages().size()) - 1});
        }
        if (!m_failure.empty())
            return m_failure;

        const std::string dump = buildkitDump(*tree);
        // One "(...)\n" line per instruction (goQuote escapes every newline inside).
        expect(static_cast<std::size_t>(std::count(dump.begin(), dump.end(), '\n'))
                       == tree->instructions().size()
                   && (dump.empty() || dump.back() == '\n'),
               "buildkitDump() does not have one line per instruction");
        const std::string quoted = goQuote(m_input);
        expect(quoted.size() >= 2 && quoted.front() == '"' && quoted.back() == '"',
               "goQuote() is not wrapped in quotes");
        return m_failure;
    }

private:
    bool expect(bool condition, const std::string &what)
    {
        if (!condition && m_failure.empty())
            m_failure = what;
        return condition;
    }

    /// A looser contract point (a placeholder range, a missing line number): reported once per
    /// process on stderr, never fatal, so fuzzing goes on. Listed in docs/benchmarks.md.
    static void soft(bool condition, const std::string &what)
    {
        static std::set<std::string> reported;
        if (!condition && reported.insert(what.substr(0, what.find(':'))).second)
            std::fprintf(stderr, "stagecraft soft invariant: %s\n", what.c_str());
    }

    bool inText(model::Range r) const { return r.begin <= r.end && r.end <= m_size; }

    /// `s` with control and non-ASCII bytes as \xHH, for messages.
    static std::string printable(std::string_view s)
    {
        static constexpr char kHex[] = "0123456789abcdef";
        std::string out;
        for (const char c : s.substr(0, 40)) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte >= 0x20 && byte < 0x7f) {
                out.push_back(c);
            } else {
                out += "\\x";
                out.push_back(kHex[byte >> 4U]);
                out.push_back(kHex[byte & 0xFU]);
            }
        }
        return out;
    }

    static std::string show(model::Range r)
    {
        return "[" + std::to_string(r.begin) + "," + std::to_string(r.end) + ")";
    }

    static bool within(model::Range inner, model::Range outer)
    {
        return inner.begin <= inner.end && outer.begin <= inner.begin && inner.end <= outer.end;
    }

    // ---- tree -------------------------------------------------------------------------------

    void checkTree(const model::SyntaxTree &tree)
    {
        using model::TokenKind;
        expect(tree.text() == m_input, "text() differs from the input");
        expect(tree.print() == m_input, "print() differs from the input");

        static constexpr std::string_view kBom = "\xEF\xBB\xBF";
        expect(tree.hasBom() == (m_input.substr(0, 3) == kBom), "hasBom() is wrong");
        expect(tree.escapeChar() == '\\' || tree.escapeChar() == '`',
               "escapeChar() is neither \\ nor `");

        const auto &tokens = tree.tokens();
        std::uint32_t at = 0;
        for (std::size_t i = 0; i < tokens.size() && m_failure.empty(); ++i) {
            const model::Token &t = tokens[i];
            const std::string where = "token " + std::to_string(i) + " ("
                + std::string(model::tokenKindName(t.kind)) + " at " + std::to_string(t.offset)
                + ")";
            if (!expect(t.length > 0, where + " is empty"))
                break;
            if (!expect(t.offset == at,
                        where + " is not contiguous (expected offset " + std::to_string(at) + ")"))
                break;
            if (!expect(t.length <= m_size - t.offset, where + " runs past the end"))
                break;
            at = t.offset + t.length;
            checkTokenText(tree, t, where);
        }
        expect(at == m_size,
               "tokens cover " + std::to_string(at) + " of " + std::to_string(m_size) + " bytes");
        if (!m_failure.empty())
            return;

        checkLineIndex(tree);

        const auto &instructions = tree.instructions();
        std::uint32_t nextToken = 0;
        std::uint32_t previousEnd = 0;
        for (std::size_t i = 0; i < instructions.size() && m_failure.empty(); ++i) {
            const model::Instruction &ins = instructions[i];
            const std::string where
                = "instruction " + std::to_string(i) + " (" + printable(ins.keyword) + ")";
            if (!expect(ins.tokenCount > 0, where + " has no tokens"))
                break;
            if (!expect(ins.firstToken >= nextToken, where + " overlaps the previous one's tokens"))
                break;
            if (!expect(std::size_t{ins.firstToken} + ins.tokenCount <= tokens.size(),
                        where + " token run is out of bounds"))
                break;
            nextToken = ins.firstToken + ins.tokenCount;
            const model::Range span{tokens[ins.firstToken].offset,
                                    tokens[nextToken - 1].offset + tokens[nextToken - 1].length};
            expect(ins.range.begin >= previousEnd,
                   where + " range " + show(ins.range) + " starts before the previous one ends");
            previousEnd = ins.range.end;
            checkInstruction(tree, ins, span, where, true);
            expect(tree.instructionAt(ins.keywordRange.begin) == static_cast<int>(i),
                   where + ": instructionAt(keyword) is "
                       + std::to_string(tree.instructionAt(ins.keywordRange.begin)));
        }

        for (const model::Directive &d : tree.directives()) {
            expect(inText(d.range) && within(d.valueRange, d.range),
                   "directive " + printable(d.name) + " range " + show(d.range) + " / value "
                       + show(d.valueRange) + " out of bounds");
            expect(d.name == "syntax" || d.name == "escape" || d.name == "check",
                   "unknown directive name '" + printable(d.name) + "'");
            expect(d.line >= 1 && d.line <= tree.lineIndex().lineCount(),
                   "directive line out of range");
        }

        checkDiagnostics(tree.diagnostics(), "tree", false);
        checkFixes(tree.diagnostics());
    }

    void checkTokenText(const model::SyntaxTree &tree, const model::Token &t,
                        const std::string &where)
    {
        using model::TokenKind;
        const std::string_view s = m_input.substr(t.offset, t.length);
        const std::size_t newline = s.find('\n');
        switch (t.kind) {
        case TokenKind::Bom:
            expect(t.offset == 0 && s == "\xEF\xBB\xBF", where + " is not a BOM at offset 0");
            break;
        case TokenKind::Newline:
            expect(s.back() == '\n' && s.find_first_not_of('\r') == s.size() - 1,
                   where + " is not \\r*\\n");
            break;
        case TokenKind::HeredocBody:
            expect(newline == std::string_view::npos ? t.offset + t.length == m_size
                                                     : newline == s.size() - 1,
                   where + " is not one line");
            break;
        case TokenKind::Error:
            break;
        case TokenKind::Comment:
        case TokenKind::Directive:
            expect(newline == std::string_view::npos, where + " holds a newline");
            expect(s.front() == '#', where + " does not start with #");
            break;
        case TokenKind::Continuation:
            expect(newline == std::string_view::npos, where + " holds a newline");
            expect(s.front() == tree.escapeChar(),
                   where + " does not start with the escape character");
            break;
        case TokenKind::JsonOpen:
            expect(s == "[", where + " is not [");
            break;
        case TokenKind::JsonClose:
            expect(s == "]", where + " is not ]");
            break;
        case TokenKind::JsonComma:
            expect(s == ",", where + " is not ,");
            break;
        case TokenKind::JsonString:
            // A string continued over a line break is two tokens, each missing one quote.
            expect(newline == std::string_view::npos, where + " holds a newline");
            soft(s.front() == '"' || s.back() == '"', "JSON string token without quotes: " + where);
            break;
        default:
            expect(newline == std::string_view::npos, where + " holds a newline");
            break;
        }
    }

    void checkLineIndex(const model::SyntaxTree &tree)
    {
        const model::LineIndex &lines = tree.lineIndex();
        const int expected = 1 + static_cast<int>(std::count(m_input.begin(), m_input.end(), '\n'));
        expect(lines.lineCount() == expected,
               "lineCount() is " + std::to_string(lines.lineCount()) + ", the text has "
                   + std::to_string(expected) + " lines");
        expect(lines.line(m_size) == lines.lineCount(), "line(size) is not the last line");
        // Sample the token starts (all of them for small inputs).
        const auto &tokens = tree.tokens();
        const std::size_t step = std::max<std::size_t>(1, tokens.size() / 512);
        for (std::size_t i = 0; i < tokens.size() && m_failure.empty(); i += step) {
            const std::uint32_t offset = tokens[i].offset;
            const int line = lines.line(offset);
            const auto pos = lines.position(m_input, offset);
            expect(line >= 1 && line <= lines.lineCount() && lines.lineStart(line) <= offset
                       && pos.line == line && pos.column >= 1,
                   "LineIndex is inconsistent at offset " + std::to_string(offset));
        }
    }

    void checkInstruction(const model::SyntaxTree &tree, const model::Instruction &ins,
                          model::Range span, const std::string &where, bool topLevel)
    {
        const model::LineIndex &lines = tree.lineIndex();
        expect(within(ins.range, span),
               where + " range " + show(ins.range) + " is outside its tokens " + show(span));
        // An empty keyword is possible: BuildKit turns a logical line that is only continuations
        // ("\\\n\\\n" at EOF) into an instruction with an empty name.
        expect(within(ins.keywordRange, ins.range),
               where + " keyword range " + show(ins.keywordRange) + " is outside "
                   + show(ins.range));
        if (topLevel)
            soft(ins.keywordRange.begin == ins.range.begin,
                 "instruction range does not start at the keyword: " + where + " range "
                     + show(ins.range) + ", keyword " + show(ins.keywordRange));
        const std::string_view written
            = m_input.substr(std::min(ins.keywordRange.begin, m_size), ins.keywordRange.size());
        if (written.find('\n') == std::string_view::npos)
            expect(written == ins.keyword, where + " keyword differs from its source bytes");
        expect(ins.kind == model::instructionKindFromKeyword(ins.keyword),
               where + " kind does not match the keyword");
        if (topLevel && ins.keywordRange.begin == ins.range.begin)
            expect(ins.startLine == lines.line(ins.keywordRange.begin),
                   where + " startLine " + std::to_string(ins.startLine)
                       + " is not the keyword's line");
        else if (topLevel)
            expect(ins.startLine == lines.line(ins.range.begin),
                   where + " startLine " + std::to_string(ins.startLine)
                       + " is not the first line");
        else
            soft(ins.startLine == lines.line(ins.keywordRange.begin),
                 "ONBUILD inner instruction startLine is not its keyword's line: " + where
                     + " startLine " + std::to_string(ins.startLine));
        if (topLevel)
            expect(ins.endLine >= ins.startLine && ins.endLine <= lines.lineCount(),
                   where + " endLine " + std::to_string(ins.endLine) + " out of range");
        // The last line may be an empty heredoc body line, which only holds the final newline:
        // then the range ends where that line starts.
        if (topLevel && !ins.range.isEmpty())
            expect(ins.endLine == lines.line(ins.range.end - 1)
                       || ins.endLine == lines.line(ins.range.end),
                   where + " endLine " + std::to_string(ins.endLine)
                       + " is not the line of its last byte ("
                       + std::to_string(lines.line(ins.range.end - 1)) + ")");
        expect(within(ins.argsRange, span),
               where + " argsRange " + show(ins.argsRange) + " out of " + show(span));
        for (const model::Flag &f : ins.flags) {
            expect(within(f.range, span),
                   where + " flag " + printable(f.text) + " range " + show(f.range) + " out of "
                       + show(span));
            expect(f.hasValue || f.value.empty(),
                   where + " flag " + printable(f.text) + " has a value but hasValue is false");
        }
        for (const model::Argument &a : ins.args)
            expect(within(a.range, span),
                   where + " argument range " + show(a.range) + " out of " + show(span));
        if (ins.json)
            expect(ins.heredocs.empty(), where + " is JSON form and has heredocs");
        std::uint32_t heredocEnd = 0;
        for (const model::Heredoc &h : ins.heredocs) {
            expect(inText(h.body) && inText(h.terminator),
                   where + " heredoc " + printable(h.name) + " body " + show(h.body)
                       + " / terminator " + show(h.terminator) + " outside the text");
            soft(within(h.body, span) && (h.terminated ? within(h.terminator, span) : true),
                 "heredoc body/terminator outside the instruction: " + where + " heredoc "
                     + printable(h.name) + " body " + show(h.body) + " / terminator "
                     + show(h.terminator) + " vs " + show(span));
            expect(h.body.isEmpty() || h.body.begin >= heredocEnd,
                   where + " heredoc bodies overlap or are out of order");
            expect(!h.terminated || h.terminator.begin >= h.body.end,
                   where + " heredoc terminator before the body end");
            expect(h.terminated || h.terminator.isEmpty(),
                   where + " unterminated heredoc has a terminator");
            soft(!h.terminated || !h.terminator.isEmpty() || h.name.empty(),
                 "heredoc marked terminated without a terminator: " + where + " heredoc "
                     + printable(h.name));
            heredocEnd = std::max({heredocEnd, h.body.end, h.terminator.end});
        }
        if (ins.sub) {
            expect(ins.kind == model::InstructionKind::Onbuild,
                   where + " has a sub-instruction but is not ONBUILD");
            checkInstruction(tree, *ins.sub, span, where + " > ONBUILD", false);
            expect(ins.sub->keywordRange.begin > ins.keywordRange.begin,
                   where + " sub-instruction starts before ONBUILD");
        }
    }

    // ---- diagnostics ------------------------------------------------------------------------

    void checkDiagnostics(const std::vector<model::Diagnostic> &diagnostics,
                          const std::string &from, bool sorted)
    {
        for (std::size_t i = 0; i < diagnostics.size() && m_failure.empty(); ++i) {
            const model::Diagnostic &d = diagnostics[i];
            const std::string where = from + " diagnostic " + d.code + " " + show(d.range);
            expect(!d.code.empty(), from + " diagnostic with an empty code");
            expect(model::diagnosticInfo(d.code) != nullptr,
                   where + " is not in diagnosticCatalog()");
            expect(inText(d.range), where + " is outside the text");
            if (d.fix) {
                std::uint32_t previous = 0;
                for (const model::TextEdit &e : d.fix->edits) {
                    expect(inText(e.range),
                           where + " fix-it edit " + show(e.range) + " is outside the text");
                    expect(e.range.begin >= previous,
                           where + " fix-it edits overlap or are unsorted");
                    previous = e.range.end;
                }
            }
            if (sorted && i > 0) {
                const model::Diagnostic &p = diagnostics[i - 1];
                expect(p.range.begin < d.range.begin
                           || (p.range.begin == d.range.begin && p.code <= d.code),
                       where + " is out of order (after " + p.code + " " + show(p.range) + ")");
            }
        }
    }

    /// Applies up to a few fix-its and checks that the result parses and round-trips.
    void checkFixes(const std::vector<model::Diagnostic> &diagnostics)
    {
        int applied = 0;
        for (const model::Diagnostic &d : diagnostics) {
            if (!d.fix || d.fix->edits.empty() || applied >= 4 || !m_failure.empty())
                continue;
            bool valid = true;
            for (const model::TextEdit &e : d.fix->edits)
                valid = valid && inText(e.range);
            if (!valid)
                continue;
            ++applied;
            std::string edited(m_input);
            // Back to front so earlier offsets stay valid.
            for (auto it = d.fix->edits.rbegin(); it != d.fix->edits.rend(); ++it)
                edited.replace(it->range.begin, it->range.size(), it->replacement);
            const auto fixed = model::SyntaxTree::parse(edited);
            expect(fixed && fixed->print() == edited,
                   "text after the " + d.code + " fix-it does not round-trip");
        }
    }

    void checkLint(const model::SyntaxTree &tree, const model::StageGraph &graph,
                   model::LintOptions options)
    {
        const auto found = model::lint(tree, graph, options);
        checkDiagnostics(found, "lint(target " + std::to_string(options.target) + ")", true);
        checkFixes(found);
    }

    // ---- graph ------------------------------------------------------------------------------

    void checkGraph(const model::SyntaxTree &tree, const model::StageGraph &graph,
                    const std::string &how)
    {
        using model::InstructionKind;
        const auto &instructions = tree.instructions();
        const int instructionCount = static_cast<int>(instructions.size());
        const auto &stages = graph.stages();
        const int n = static_cast<int>(stages.size());

        int froms = 0;
        int firstFrom = -1;
        for (int i = 0; i < instructionCount; ++i) {
            if (instructions[static_cast<std::size_t>(i)].kind == InstructionKind::From) {
                ++froms;
                if (firstFrom < 0)
                    firstFrom = i;
            }
        }
        expect(froms == n,
               how + ": " + std::to_string(n) + " stages for " + std::to_string(froms) + " FROMs");
        expect(graph.defaultTarget() == n - 1, how + ": defaultTarget() is not the last stage");

        bool numericName = false;
        for (int i = 0; i < n && m_failure.empty(); ++i) {
            const model::Stage &s = stages[static_cast<std::size_t>(i)];
            const std::string where = how + " stage " + std::to_string(i);
            expect(s.index == i, where + " has index " + std::to_string(s.index));
            if (!expect(s.fromInstruction >= 0 && s.fromInstruction < instructionCount
                            && instructions[static_cast<std::size_t>(s.fromInstruction)].kind
                                == InstructionKind::From,
                        where + " fromInstruction " + std::to_string(s.fromInstruction)
                            + " is not a FROM"))
                break;
            const int expectedEnd = i + 1 < n
                ? stages[static_cast<std::size_t>(i) + 1].fromInstruction
                : instructionCount;
            expect(s.endInstruction == expectedEnd,
                   where + " endInstruction " + std::to_string(s.endInstruction) + ", expected "
                       + std::to_string(expectedEnd));
            expect(s.baseStage >= -1 && s.baseStage < i,
                   where + " baseStage " + std::to_string(s.baseStage)
                       + " is not an earlier stage");
            expect(s.line == instructions[static_cast<std::size_t>(s.fromInstruction)].startLine,
                   where + " line differs from its FROM");
            expect(inText(s.nameRange) && inText(s.baseRange),
                   where + " name/base range out of bounds");
            expect(graph.stageOfInstruction(s.fromInstruction) == i,
                   where + ": stageOfInstruction(FROM) is wrong");
            if (s.endInstruction > s.fromInstruction)
                expect(graph.stageOfInstruction(s.endInstruction - 1) == i,
                       where + ": stageOfInstruction(last) is wrong");
            if (!s.name.empty()) {
                const int found = graph.stageIndex(s.name);
                expect(found >= 0 && found <= i
                           && stages[static_cast<std::size_t>(found)].nameLower == s.nameLower,
                       where + ": stageIndex(\"" + printable(s.name) + "\") is "
                           + std::to_string(found));
                numericName
                    = numericName || s.name.find_first_not_of("0123456789") == std::string::npos;
            }
        }
        if (!numericName)
            for (int i = 0; i < n && m_failure.empty(); ++i)
                expect(graph.stageIndex(std::to_string(i)) == i,
                       how + ": stageIndex(\"" + std::to_string(i) + "\") is wrong");
        if (firstFrom > 0)
            expect(graph.stageOfInstruction(firstFrom - 1) == -1,
                   how + ": an instruction before the first FROM is in a stage");

        for (const model::Edge &e : graph.edges()) {
            const std::string where = how + " " + std::string(model::edgeKindName(e.kind))
                + " edge " + std::to_string(e.from) + "->" + std::to_string(e.to) + " ("
                + printable(e.reference) + ")";
            expect(e.from >= -1 && e.from < n, where + ": from is not a stage or -1");
            if (!expect(e.to >= 0 && e.to < n, where + ": to is not a stage"))
                continue;
            expect(e.instruction >= 0 && e.instruction < instructionCount,
                   where + ": instruction out of range");
            expect(graph.stageOfInstruction(e.instruction) == e.to,
                   where + ": its instruction is not in stage `to`");
            expect(inText(e.referenceRange), where + ": referenceRange out of bounds");
        }

        for (const model::MetaArg &a : graph.metaArgs()) {
            expect(a.instruction >= 0 && a.instruction < instructionCount
                       && instructions[static_cast<std::size_t>(a.instruction)].kind
                           == InstructionKind::Arg
                       && (firstFrom < 0 || a.instruction < firstFrom),
                   how + ": meta ARG " + printable(a.name)
                       + " is not an ARG before the first FROM");
        }

        const std::set<std::string> images(graph.externalImages().begin(),
                                           graph.externalImages().end());
        expect(images.size() == graph.externalImages().size(),
               how + ": externalImages() has duplicates");

        // neededFor: sorted, in range, holds the target, closed under edges and FROM bases.
        const int limit = std::min(n, 64);
        std::vector<int> targets;
        for (int t = 0; t < limit; ++t)
            targets.push_back(t);
        if (n > limit)
            targets.push_back(n - 1);
        for (const int t : targets) {
            if (!m_failure.empty())
                break;
            checkNeeded(graph, t, how);
        }
        for (const int bad : {-1, n}) {
            for (const int s : graph.neededFor(bad))
                expect(s >= 0 && s < n,
                       how + ": neededFor(" + std::to_string(bad) + ") returned a bad index");
        }
        checkDiagnostics(graph.diagnostics(), how, false);
    }

    void checkNeeded(const model::StageGraph &graph, int target, const std::string &how)
    {
        const int n = static_cast<int>(graph.stages().size());
        const std::vector<int> needed = graph.neededFor(target);
        const std::string where = how + ": neededFor(" + std::to_string(target) + ")";
        expect(std::is_sorted(needed.begin(), needed.end())
                   && std::adjacent_find(needed.begin(), needed.end()) == needed.end(),
               where + " is not sorted and unique");
        expect(std::binary_search(needed.begin(), needed.end(), target),
               where + " does not hold the target");
        std::vector<bool> in(static_cast<std::size_t>(n), false);
        for (const int s : needed) {
            if (!expect(s >= 0 && s < n, where + " holds " + std::to_string(s)))
                return;
            in[static_cast<std::size_t>(s)] = true;
        }
        for (const model::Edge &e : graph.edges()) {
            if (e.from >= 0 && e.from < n && e.to >= 0 && e.to < n
                && in[static_cast<std::size_t>(e.to)])
                expect(in[static_cast<std::size_t>(e.from)],
                       where + " misses stage " + std::to_string(e.from) + " (edge into "
                           + std::to_string(e.to) + ")");
        }
        for (const int s : needed) {
            const int base = graph.stages()[static_cast<std::size_t>(s)].baseStage;
            if (base >= 0 && base < n)
                expect(in[static_cast<std::size_t>(base)],
                       where + " misses the base of stage " + std::to_string(s));
        }
    }

    std::string_view m_input;
    std::uint32_t m_size = 0;
    std::string m_failure;
};

/// Runs the model over `input` and checks every invariant above. Returns an empty string when
/// they all hold, else a description of the first one violated.
[[nodiscard]] inline std::string checkModelInvariants(std::string_view input)
{
    return InvariantChecker(input).run();
}

} // namespace stagecraft::fuzz
