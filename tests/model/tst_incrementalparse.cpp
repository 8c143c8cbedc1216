// SPDX-License-Identifier: GPL-3.0-or-later
// reparse() (incremental) against SyntaxTree::parse() (whole) on every edit of the
// corpora: the tree (round trip, tokens, instructions, lines, directives, diagnostics), the stage
// graph and lint's diagnostics must be the same.
#include "model/Analysis.h"
#include "model/IncrementalParse.h"
#include "model/JsonExport.h"
#include "model/Lint.h"
#include "model/StageGraph.h"
#include "model/SyntaxTree.h"

#include "tests/TestSupport.h"
#include <QDir>
#include <QDirIterator>

#include <QtTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

using namespace stagecraft::model;

namespace {

using stagecraft::tests::readFile;

std::string rangeText(Range r)
{
    return "[" + std::to_string(r.begin) + "," + std::to_string(r.end) + ")";
}

/// Every field of an instruction, as text (so a difference shows where it is).
void describe(std::ostream &out, const Instruction &ins)
{
    out << static_cast<int>(ins.kind) << ' ' << ins.keyword << rangeText(ins.keywordRange)
        << rangeText(ins.range) << " tokens " << ins.firstToken << '+' << ins.tokenCount
        << " lines " << ins.startLine << '-' << ins.endLine << " json " << ins.json << " empty "
        << ins.hasEmptyContinuation << " args " << rangeText(ins.argsRange) << '\n';
    for (const Flag &f : ins.flags)
        out << "  flag " << f.text << '|' << f.name << '|' << f.value << '|' << f.hasValue
            << rangeText(f.range) << '\n';
    for (const Argument &a : ins.args)
        out << "  arg " << a.value << rangeText(a.range) << '\n';
    for (const Heredoc &h : ins.heredocs)
        out << "  heredoc " << h.name << '|' << h.word << '|' << h.fileDescriptor << h.expand
            << h.chomp << h.terminated << rangeText(h.body) << rangeText(h.terminator) << '|'
            << h.content << '\n';
    if (ins.sub) {
        out << "  sub ";
        describe(out, *ins.sub);
    }
}

void describe(std::ostream &out, const Diagnostic &d)
{
    out << d.code << ' ' << static_cast<int>(d.severity) << rangeText(d.range);
    for (const std::string &a : d.args)
        out << " '" << a << '\'';
    if (d.fix) {
        for (const TextEdit &e : d.fix->edits)
            out << " fix" << rangeText(e.range) << '\'' << e.replacement << '\'';
    }
    out << '\n';
}

/// The tokens as text, when they differ (comparing them directly is much cheaper).
std::string describeTokens(const SyntaxTree &tree)
{
    std::ostringstream out;
    for (const Token &t : tree.tokens())
        out << t.offset << '+' << t.length << ':' << static_cast<int>(t.kind) << '\n';
    return out.str();
}

bool sameTokens(const SyntaxTree &a, const SyntaxTree &b)
{
    return std::equal(a.tokens().begin(), a.tokens().end(), b.tokens().begin(), b.tokens().end(),
                      [](const Token &x, const Token &y) {
                          return x.offset == y.offset && x.length == y.length && x.kind == y.kind;
                      });
}

/// The tree but its tokens as text: equal texts (and equal tokens) mean equal trees.
std::string describe(const SyntaxTree &tree)
{
    std::ostringstream out;
    out << "escape " << tree.escapeChar() << " bom " << tree.hasBom() << " rejects "
        << tree.buildkitRejects() << '\n';
    out << "lines";
    for (int l = 1; l <= tree.lineIndex().lineCount(); ++l)
        out << ' ' << tree.lineIndex().lineStart(l);
    out << '\n';
    for (const Directive &d : tree.directives())
        out << "directive " << d.name << '=' << d.value << rangeText(d.range)
            << rangeText(d.valueRange) << d.line << '\n';
    for (const Instruction &ins : tree.instructions())
        describe(out, ins);
    for (const Diagnostic &d : tree.diagnostics())
        describe(out, d);
    return out.str();
}

/// Every field of a graph (the JSON export leaves out ranges and instruction indices).
std::string describeGraph(const StageGraph &graph)
{
    std::ostringstream out;
    out << jsonText(stageGraphToJson(graph, -1), 0) << '\n';
    for (const Stage &s : graph.stages())
        out << "stage " << s.index << ' ' << s.name << '|' << s.nameLower << '|' << s.base << '|'
            << s.baseExpanded << '|' << s.baseStage << '|' << s.platform << " instructions "
            << s.fromInstruction << '-' << s.endInstruction << " line " << s.line
            << rangeText(s.nameRange) << rangeText(s.baseRange) << '\n';
    for (const Edge &e : graph.edges()) {
        out << "edge " << static_cast<int>(e.kind) << ' ' << e.from << '|' << e.image << '|'
            << e.reference << '|' << e.to << " instruction " << e.instruction << " line " << e.line
            << rangeText(e.referenceRange) << '|' << e.destination;
        for (const std::string &source : e.sources)
            out << ' ' << source;
        out << '\n';
    }
    for (const MetaArg &m : graph.metaArgs())
        out << "meta " << m.name << '|' << m.defaultValue.value_or("-") << '|'
            << m.value.value_or("-") << '|' << m.instruction << '\n';
    for (const std::string &image : graph.externalImages())
        out << "image " << image << '\n';
    for (const Diagnostic &d : graph.diagnostics())
        describe(out, d);
    return out.str();
}

std::string describeAnalysis(const StageGraph &graph, const std::vector<Diagnostic> &diagnostics)
{
    std::ostringstream out;
    out << describeGraph(graph);
    for (const Diagnostic &d : diagnostics)
        describe(out, d);
    return out.str();
}

std::string describeAnalysis(const SyntaxTree &tree)
{
    const StageGraph graph = StageGraph::derive(tree);
    return describeAnalysis(graph, lint(tree, graph, LintOptions()));
}

/// The first line where two descriptions differ, for the failure message.
std::string firstDifference(const std::string &a, const std::string &b)
{
    std::istringstream x(a);
    std::istringstream y(b);
    std::string lx;
    std::string ly;
    while (true) {
        const bool hx = static_cast<bool>(std::getline(x, lx));
        const bool hy = static_cast<bool>(std::getline(y, ly));
        if (!hx && !hy)
            return "(same)";
        if (lx != ly || hx != hy)
            return "incremental: " + lx.substr(0, 300) + "\nwhole:       " + ly.substr(0, 300);
    }
}

struct Edit
{
    std::size_t at = 0;
    std::size_t remove = 0;
    std::string insert;
};

std::string applied(const std::string &text, const Edit &e)
{
    std::string out = text;
    out.replace(e.at, std::min(e.remove, out.size() - e.at), e.insert);
    return out;
}

/// Offsets where an edit is most likely to change how the text reads: line ends (line joins),
/// escape characters (continuations), comments and directives, heredoc openers, JSON, FROM.
bool interesting(const std::string &text, std::size_t i)
{
    const char c = text[i];
    if (c == '\n' || c == '\\' || c == '`' || c == '#' || c == '[' || c == '"' || c == '\r')
        return true;
    if (c == '<' && i + 1 < text.size() && text[i + 1] == '<')
        return true;
    return (c == 'F' || c == 'f') && i + 4 <= text.size()
        && (text.compare(i, 4, "FROM") == 0 || text.compare(i, 4, "from") == 0);
}

/// The deterministic edits of one file: a character deleted and two inserted at evenly spread
/// offsets and at up to `maxInteresting` interesting ones.
std::vector<Edit> editsFor(const std::string &text, std::size_t spread, std::size_t maxInteresting)
{
    static const std::vector<std::string> inserts = {
        "x",
        " ",
        "\n",
        "\\",
        "`",
        "#",
        "<<EOF\n",
        "\"",
        "[",
        "\t",
        "FROM a AS b\n",
        "\\\n",
        "# escape=`\n",
        "EOF\n",
        "-",
        "$",
    };
    std::vector<std::size_t> offsets;
    for (std::size_t k = 0; k <= spread; ++k)
        offsets.push_back(text.size() * k / spread);
    std::vector<std::size_t> marked;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (interesting(text, i))
            marked.push_back(i);
    }
    const std::size_t step = marked.size() / maxInteresting + 1;
    for (std::size_t k = 0; k < marked.size(); k += step)
        offsets.push_back(marked[k]);
    std::vector<Edit> edits;
    for (const std::size_t at : offsets) {
        if (at < text.size())
            edits.push_back({at, 1, {}});
        edits.push_back({at, 0, inserts[at % inserts.size()]});
        edits.push_back({at, 0, inserts[(at / 3 + 7) % inserts.size()]});
    }
    return edits;
}

struct Tally
{
    int edits = 0;
    int incremental = 0;
    int graphMoved = 0; ///< StageGraph::afterSplice() gave the graph
    int lintMoved = 0;  ///< and lintAfterSplice() the diagnostics
};

/// When the graph and the diagnostics of `after` can be had from those of `before`
/// (StageGraph::afterSplice(), lintAfterSplice()), they equal `whole` (derive() and lint() of the
/// whole parse).
bool movedAsWhole(const SyntaxTree &before, const SyntaxTree &after, const TreeSplice &splice,
                  const std::string &whole, const QString &where, Tally &tally)
{
    const StageGraph graphBefore = StageGraph::derive(before);
    const std::optional<StageGraph> moved
        = StageGraph::afterSplice(graphBefore, before, after, splice);
    if (!moved)
        return true;
    ++tally.graphMoved;
    const std::optional<std::vector<Diagnostic>> relinted
        = lintAfterSplice(lint(before, graphBefore, LintOptions()), before, after, splice);
    const std::string got = relinted ? describeAnalysis(*moved, *relinted)
                                     : describeAnalysis(*moved, lint(after, *moved, LintOptions()));
    tally.lintMoved += relinted ? 1 : 0;
    if (got != whole) {
        qWarning("%s: moved graph or lint (%s) differ\n%s", qPrintable(where),
                 relinted ? "moved" : "linted", firstDifference(got, whole).c_str());
        return false;
    }
    return true;
}

/// One edit: the incremental tree from `before` equals the whole parse, and so do the graph
/// and the diagnostics derived from it. Returns false (with a message) at the first difference.
bool sameAsWhole(const SyntaxTree &before, const std::string &after, const QString &where,
                 Tally &tally, std::shared_ptr<const SyntaxTree> *out = nullptr)
{
    bool incremental = false;
    TreeSplice splice;
    const auto fast = reparse(before, after, &incremental, &splice);
    const auto whole = SyntaxTree::parse(after);
    ++tally.edits;
    tally.incremental += incremental ? 1 : 0;
    if (fast->print() != after) {
        qWarning("%s: the incremental tree does not print the text", qPrintable(where));
        return false;
    }
    if (!sameTokens(*fast, *whole)) {
        qWarning("%s: tokens differ\n%s", qPrintable(where),
                 firstDifference(describeTokens(*fast), describeTokens(*whole)).c_str());
        return false;
    }
    const std::string a = describe(*fast);
    const std::string b = describe(*whole);
    if (a != b) {
        qWarning("%s: trees differ\n%s", qPrintable(where), firstDifference(a, b).c_str());
        return false;
    }
    const std::string ga = describeAnalysis(*fast);
    const std::string gb = describeAnalysis(*whole);
    if (ga != gb) {
        qWarning("%s: graph or lint differ\n%s", qPrintable(where),
                 firstDifference(ga, gb).c_str());
        return false;
    }
    const bool same = !incremental || movedAsWhole(before, *fast, splice, gb, where, tally);
    if (out != nullptr)
        *out = fast; // last: `before` may be the tree it held
    return same;
}

/// Every edit of `text` from its whole parse, then a run of typing (each tree from the one
/// before) through the same edits.
bool checkFile(const std::string &text, const QString &name, std::size_t spread,
               std::size_t maxInteresting, Tally &tally)
{
    const auto original = SyntaxTree::parse(text);
    const std::vector<Edit> edits = editsFor(text, spread, maxInteresting);
    for (const Edit &e : edits) {
        const QString where = QStringLiteral("%1 at %2 (-%3 +\"%4\")")
                                  .arg(name)
                                  .arg(e.at)
                                  .arg(e.remove)
                                  .arg(QString::fromStdString(e.insert));
        if (!sameAsWhole(*original, applied(text, e), where, tally))
            return false;
    }
    // Typing: the edits one after the other, each reparsed from the tree before it.
    std::shared_ptr<const SyntaxTree> tree = original;
    std::string now = text;
    for (std::size_t k = 0; k < edits.size(); k += 2) {
        Edit e = edits[k];
        e.at = std::min(e.at, now.size());
        now = applied(now, e);
        const QString where = QStringLiteral("%1, typing step %2").arg(name).arg(k);
        if (!sameAsWhole(*tree, now, where, tally, &tree))
            return false;
    }
    return true;
}

QStringList filesIn(const QString &dir, const QStringList &nameFilters)
{
    QStringList out;
    QDirIterator it(dir, nameFilters, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

} // namespace

class TestIncrementalParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namedEditsEqualWholeParse_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<int>("at");
        QTest::addColumn<int>("remove");
        QTest::addColumn<QByteArray>("insert");
        const QByteArray base = "# syntax=docker/dockerfile:1\n"
                                "FROM alpine AS base\n"
                                "RUN echo one \\\n"
                                "  # a comment inside\n"
                                "  && echo two\n"
                                "\n"
                                "FROM base AS build\n"
                                "COPY <<EOF /a\n"
                                "body\n"
                                "EOF\n"
                                "RUN [\"sh\", \"-c\", \"x\"]\n"
                                "FROM build\n"
                                "COPY --from=build /a /b\n";
        const auto at
            = [&base](const char *needle) { return static_cast<int>(base.indexOf(needle)); };
        QTest::newRow("typing in an argument") << base << at("two") << 0 << QByteArray("x");
        QTest::newRow("line join after continuation")
            << base << at("\\\n  #") + 1 << 1 << QByteArray();
        QTest::newRow("continuation removed") << base << at("\\\n  #") << 1 << QByteArray();
        QTest::newRow("continuation added")
            << base << at("\n\nFROM base") << 0 << QByteArray(" \\");
        QTest::newRow("comment in continuation edited")
            << base << at("a comment") << 0 << QByteArray("not ");
        QTest::newRow("heredoc terminator broken") << base << at("EOF\nRUN") << 1 << QByteArray();
        QTest::newRow("heredoc opener added, body to the end")
            << base << at("RUN [") << 0 << QByteArray("RUN <<END\n");
        QTest::newRow("FROM renamed") << base << at("build\nCOPY <<") << 0 << QByteArray("x");
        QTest::newRow("FROM removed") << base << at("FROM build\n") << 11 << QByteArray();
        QTest::newRow("escape directive added") << base << 0 << 0 << QByteArray("# escape=`\n");
        QTest::newRow("directive line edited") << base << 3 << 0 << QByteArray("x");
        QTest::newRow("first instruction edited") << base << at("alpine") << 0 << QByteArray("1");
        QTest::newRow("json broken") << base << at("\"sh\"") << 1 << QByteArray();
        QTest::newRow("all but the directive deleted")
            << base << at("FROM alpine") << base.size() - at("FROM alpine") << QByteArray();
        QTest::newRow("text appended")
            << base << static_cast<int>(base.size()) << 0 << QByteArray("RUN x \\");
        QTest::newRow("invalid UTF-8 typed") << base << at("two") << 0 << QByteArray("\xff");
        QTest::newRow("crlf") << QByteArray("FROM a\r\nRUN b\r\nRUN c \\\r\n d\r\nRUN e\r\n") << 16
                              << 0 << QByteArray("\r\n");
        const QByteArray backtick = "# escape=`\nFROM a\nRUN x\nRUN a `\n  b\nRUN c\n";
        QTest::newRow("backtick continuation joined")
            << backtick << static_cast<int>(backtick.indexOf("`\n  b")) << 2 << QByteArray();
        QTest::newRow("backslash under backtick escape")
            << backtick << static_cast<int>(backtick.indexOf("RUN c")) - 1 << 0
            << QByteArray(" \\");
    }

    void namedEditsEqualWholeParse()
    {
        QFETCH(QByteArray, before);
        QFETCH(int, at);
        QFETCH(int, remove);
        QFETCH(QByteArray, insert);
        const std::string text = before.toStdString();
        const auto tree = SyntaxTree::parse(text);
        const std::string after = applied(
            text,
            {static_cast<std::size_t>(at), static_cast<std::size_t>(remove), insert.toStdString()});
        Tally tally;
        QVERIFY(sameAsWhole(*tree, after, QString::fromLatin1(QTest::currentDataTag()), tally));
    }

    void editsInTheBodyAreIncremental()
    {
        // An edit well after the first instructions reads only its neighbourhood again.
        std::string text = "FROM alpine AS a\n";
        for (int i = 0; i < 200; ++i)
            text += "RUN echo " + std::to_string(i) + " \\\n  && true\n";
        const auto tree = SyntaxTree::parse(text);
        const std::size_t at = text.find("echo 150");
        bool incremental = false;
        const auto fast = reparse(*tree, applied(text, {at, 0, "x"}), &incremental);
        QVERIFY(incremental);
        QCOMPARE(fast->instructions().size(), tree->instructions().size());
        // A changed escape directive is not.
        const auto whole = reparse(*tree, "# escape=`\n" + text, &incremental);
        QVERIFY(!incremental);
        QCOMPARE(whole->escapeChar(), '`');
    }

    void keystrokesInRunMoveGraphAndLint()
    {
        // Stages that copy from each other, casing findings (a lower-case run), a syntax error
        // (an unknown instruction) and an unused stage: typing in a RUN line moves them all.
        std::string text = "FROM alpine AS base\n";
        for (int i = 0; i < 40; ++i) {
            text += "FROM base AS s" + std::to_string(i) + "\nRUN echo " + std::to_string(i)
                + " \\\n  && true\nrun make " + std::to_string(i) + "\nCOPY --from=base /a /b\n";
            if (i % 7 == 0)
                text += "FETCH x\n";
        }
        const auto tree = SyntaxTree::parse(text);
        const auto analysis = Analysis::build(text);
        struct Case
        {
            const char *where;
            const char *insert;
            bool moved;
        };
        const Case cases[] = {
            {"echo 20", "x", true},
            {"make 30", "y ", true},
            {"echo 33", "\\\n", true},
            {"x\nFROM base AS s22", "z", true},                  // an unknown instruction
            {"run make 12", "\n", true},                         // a blank line
            {"base AS s21", "x", false},                         // a stage renamed
            {"--from=base /a /b\nFROM base AS s25", "2", false}, // a reference
            {"ke 12\n", "\n", false},                            // a RUN split in two
        };
        for (const Case &c : cases) {
            const std::size_t at = text.find(c.where);
            QVERIFY(at != std::string::npos);
            const std::string after = applied(text, {at, 0, c.insert});
            bool incremental = false;
            TreeSplice splice;
            const auto fast = reparse(*tree, after, &incremental, &splice);
            QVERIFY(incremental);
            const StageGraph graph = StageGraph::derive(*tree);
            const auto moved = StageGraph::afterSplice(graph, *tree, *fast, splice);
            const auto relinted
                = lintAfterSplice(lint(*tree, graph, LintOptions()), *tree, *fast, splice);
            QVERIFY2((moved.has_value() && relinted.has_value()) == c.moved, c.where);
            // Analysis::build() from the previous analysis gives what a whole build gives.
            const auto next = Analysis::build(after, {}, analysis.get());
            const auto whole = Analysis::build(after);
            QCOMPARE(describeAnalysis(next->graph(), next->diagnostics()),
                     describeAnalysis(whole->graph(), whole->diagnostics()));
        }
    }

    void projectFilesEqualWholeParse()
    {
        // The hand-written cases: tests/data's Dockerfiles and fuzz regressions, the fuzz seeds.
        const QString data = QStringLiteral(STAGECRAFT_TEST_DATA_DIR);
        QStringList files = filesIn(data, {QStringLiteral("*Dockerfile*")});
        files << filesIn(data + QStringLiteral("/fuzz-regressions"), {});
        files << filesIn(data + QStringLiteral("/../fuzz/corpus"), {});
        QVERIFY(files.size() >= 20);
        Tally tally;
        for (const QString &path : files)
            QVERIFY(checkFile(readFile(path), QDir(data).relativeFilePath(path), 6, 12, tally));
        qInfo("%d edits, %d incremental, %d with the graph moved, %d with lint moved", tally.edits,
              tally.incremental, tally.graphMoved, tally.lintMoved);
    }

    void corpusEditsEqualWholeParse_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<int>("minimumFiles");
        QTest::addColumn<int>("minimumIncrementalPercent");
        // BuildKit's cases are small files: many of their edits are in the first lines.
        QTest::newRow("real") << QStringLiteral("/corpus/real") << 190 << 60;
        QTest::newRow("buildkit") << QStringLiteral("/corpus/buildkit") << 30 << 30;
    }

    void corpusEditsEqualWholeParse()
    {
        QFETCH(QString, dir);
        QFETCH(int, minimumFiles);
        QFETCH(int, minimumIncrementalPercent);
        STAGECRAFT_REQUIRE_SHARED();
        const QString root = stagecraft::tests::sharedDir() + dir;
        QStringList files = dir.endsWith(QLatin1String("real"))
            ? filesIn(root, {})
            : filesIn(root, {QStringLiteral("Dockerfile*")})
                + filesIn(root + QStringLiteral("/negative"), {});
        QVERIFY2(files.size() >= minimumFiles, qPrintable(root));
        Tally tally;
        for (const QString &path : files)
            QVERIFY(checkFile(readFile(path), QDir(root).relativeFilePath(path), 3, 6, tally));
        qInfo("%d edits, %d incremental, %d with the graph moved, %d with lint moved", tally.edits,
              tally.incremental, tally.graphMoved, tally.lintMoved);
        // Most edits of real files are past the first instructions: they must not all fall back.
        QVERIFY2(tally.incremental * 100 >= tally.edits * minimumIncrementalPercent,
                 "too few edits were reparsed incrementally");
    }
};

QTEST_APPLESS_MAIN(TestIncrementalParse)
#include "tst_incrementalparse.moc"
