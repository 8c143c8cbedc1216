// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/BuildkitDump.h"
#include "model/SyntaxTree.h"

#include "tests/TestSupport.h"
#include <QDir>
#include <QFile>

#include <QtTest>

#include <string>

using namespace stagecraft::model;

namespace {

using stagecraft::tests::readFile;

/// The shared corpus is required under CI and optional on a user's fresh clone.
bool sharedAvailable(QString *dir)
{
    *dir = stagecraft::tests::sharedDir();
    return stagecraft::tests::sharedAvailable();
}

/// Tokens are non-empty, contiguous and cover the text exactly.
void checkTokens(const SyntaxTree &tree)
{
    std::uint32_t at = 0;
    for (const Token &t : tree.tokens()) {
        QVERIFY(t.length > 0);
        QCOMPARE(t.offset, at);
        at += t.length;
    }
    QCOMPARE(static_cast<std::size_t>(at), tree.text().size());
    for (const Instruction &ins : tree.instructions()) {
        QVERIFY(ins.firstToken + ins.tokenCount <= tree.tokens().size());
        QVERIFY(ins.range.begin <= ins.range.end);
        QVERIFY(ins.range.end <= tree.text().size());
    }
}

QByteArray dumpOf(const char *text)
{
    const auto tree = SyntaxTree::parse(text);
    return QByteArray::fromStdString(buildkitDump(*tree));
}

} // namespace

class TestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildkitCasesMatchByteForByte_data()
    {
        QTest::addColumn<QString>("dir");
        QString shared;
        if (!sharedAvailable(&shared)) {
            QTest::newRow("no-shared") << QString();
            return;
        }
        const QDir cases(shared + QStringLiteral("/corpus/buildkit/cases"));
        const QStringList names = cases.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(names.size() >= 33);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << cases.filePath(name);
    }

    void buildkitCasesMatchByteForByte()
    {
        QFETCH(QString, dir);
        if (dir.isEmpty()) {
            STAGECRAFT_REQUIRE_SHARED();
        }
        const std::string source = readFile(dir + QStringLiteral("/Dockerfile"));
        const std::string expected = readFile(dir + QStringLiteral("/result"));
        QVERIFY(!expected.empty());
        const auto tree = SyntaxTree::parse(source);
        QVERIFY(!tree->buildkitRejects());
        QCOMPARE(QByteArray::fromStdString(buildkitDump(*tree)),
                 QByteArray::fromStdString(expected));
        QCOMPARE(QByteArray::fromStdString(tree->print()), QByteArray::fromStdString(source));
        checkTokens(*tree);
    }

    void buildkitNegativeCasesAreRejected_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<QString>("code");
        QString shared;
        if (!sharedAvailable(&shared)) {
            QTest::newRow("no-shared") << QString() << QString();
            return;
        }
        const QString base = shared + QStringLiteral("/corpus/buildkit/negative/");
        QTest::newRow("empty_dockerfile")
            << base + QStringLiteral("empty_dockerfile") << QStringLiteral("SyntaxEmptyFile");
        QTest::newRow("env_no_value")
            << base + QStringLiteral("env_no_value") << QStringLiteral("SyntaxEnvNoValue");
        QTest::newRow("only_comments")
            << base + QStringLiteral("only_comments") << QStringLiteral("SyntaxNoInstructions");
        QTest::newRow("shykes-nested-json")
            << base + QStringLiteral("shykes-nested-json") << QStringLiteral("SyntaxNestedJson");
    }

    void buildkitNegativeCasesAreRejected()
    {
        QFETCH(QString, dir);
        QFETCH(QString, code);
        if (dir.isEmpty()) {
            STAGECRAFT_REQUIRE_SHARED();
        }
        const std::string source = readFile(dir + QStringLiteral("/Dockerfile"));
        const auto tree = SyntaxTree::parse(source);
        QVERIFY(tree->buildkitRejects());
        bool found = false;
        for (const Diagnostic &d : tree->diagnostics())
            found = found
                || (QString::fromStdString(d.code) == code && d.severity == Severity::Error);
        QVERIFY2(found, qPrintable(code));
        QCOMPARE(QByteArray::fromStdString(tree->print()), QByteArray::fromStdString(source));
    }

    void buildkitLineNumbers()
    {
        QString shared;
        if (!sharedAvailable(&shared)) {
            STAGECRAFT_REQUIRE_SHARED();
        }
        const auto tree = SyntaxTree::parse(
            readFile(shared + QStringLiteral("/corpus/buildkit/line-numbers/Dockerfile")));
        QCOMPARE(tree->instructions().size(), std::size_t(3));
        const int expected[3][2] = {{5, 5}, {11, 12}, {17, 31}};
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(tree->instructions()[i].startLine, expected[i][0]);
            QCOMPARE(tree->instructions()[i].endLine, expected[i][1]);
        }
    }

    void realCorpusRoundTrips()
    {
        QString shared;
        if (!sharedAvailable(&shared)) {
            STAGECRAFT_REQUIRE_SHARED();
        }
        const QDir real(shared + QStringLiteral("/corpus/real"));
        const QStringList files = real.entryList(QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 190);
        for (const QString &name : files) {
            const std::string source = readFile(real.filePath(name));
            const auto tree = SyntaxTree::parse(source);
            QVERIFY2(tree->print() == source, qPrintable(name));
            QVERIFY2(!tree->instructions().empty(), qPrintable(name));
            checkTokens(*tree);
        }
    }

    void anyInputRoundTrips_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("crlf") << QByteArray("FROM a\r\nRUN echo \\\r\n  hi\r\n");
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF# escape=`\nFROM a\nRUN x `\n y\n");
        QTest::newRow("tabs") << QByteArray("\tFROM\ta\tAS\tb\n\tRUN\t\techo\n");
        QTest::newRow("invalid-utf8") << QByteArray("FROM a\nLABEL x=\xff\xfe\nRUN \xc3\x28\n");
        static const char nul[] = "FROM a\nRUN echo \0\0 x\n\0\n";
        QTest::newRow("nul-bytes") << QByteArray(nul, sizeof nul - 1);
        QTest::newRow("no-trailing-newline") << QByteArray("FROM a\nCMD [\"x\"]");
        QTest::newRow("only-newlines") << QByteArray("\n\n\r\n");
        QTest::newRow("lone-cr") << QByteArray("FROM a\rRUN b\r\r\n");
        QTest::newRow("continuation-at-eof") << QByteArray("FROM a\nRUN a \\");
        QTest::newRow("unterminated-heredoc") << QByteArray("FROM a\nRUN <<EOF\nbody\n");
        QTest::newRow("devanagari") << QByteArray("FROM a\n# नमस्ते\nLABEL नाम=\"मान\"\n");
        QTest::newRow("json-across-lines")
            << QByteArray("FROM a\nCMD [\"a \\\n b\", \\\n \"c\"]\n");
        QTest::newRow("backslash-only") << QByteArray("\\\n\\\n");
    }

    void anyInputRoundTrips()
    {
        QFETCH(QByteArray, input);
        const std::string source(input.constData(), static_cast<std::size_t>(input.size()));
        const auto tree = SyntaxTree::parse(source);
        QCOMPARE(QByteArray::fromStdString(tree->print()), input);
        checkTokens(*tree);
    }

    void dumpFollowsBuildkit_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("dump");
        QTest::newRow("from-as") << QByteArray("FROM x AS Build\n")
                                 << QByteArray("(from \"x\" \"AS\" \"Build\")\n");
        QTest::newRow("flags-unquoted") << QByteArray("COPY --x=\"a b\" s d\n")
                                        << QByteArray("(copy [\"--x=a b\"] \"s\" \"d\")\n");
        QTest::newRow("double-dash")
            << QByteArray("COPY -- foo /tmp/\n") << QByteArray("(copy \"foo\" \"/tmp/\")\n");
        QTest::newRow("cmd-flags") << QByteArray("CMD --doit [ \"a\", \"b\" ]\n")
                                   << QByteArray("(cmd [\"--doit\"] \"a\" \"b\")\n");
        QTest::newRow("empty-json") << QByteArray("CMD []\n") << QByteArray("(cmd)\n");
        QTest::newRow("bare-run") << QByteArray("RUN\n") << QByteArray("(run)\n");
        QTest::newRow("unknown") << QByteArray("FOOBAR baz\n") << QByteArray("(foobar \"\")\n");
        QTest::newRow("heredoc") << QByteArray("RUN <<EOF\necho\nEOF\n")
                                 << QByteArray("(run \"<<EOF\")\n");
        QTest::newRow("heredoc-quoted")
            << QByteArray("COPY --chmod=755 <<-\"SCRIPT\" /x\n\tx\n\tSCRIPT\n")
            << QByteArray("(copy [\"--chmod=755\"] \"<<-\\\"SCRIPT\\\"\" \"/x\")\n");
        QTest::newRow("onbuild")
            << QByteArray("ONBUILD RUN --mount=type=secret,id=x echo hi\n")
            << QByteArray("(onbuild (run [\"--mount=type=secret,id=x\"] \"echo hi\"))\n");
        QTest::newRow("env-old") << QByteArray("ENV A b c\n")
                                 << QByteArray("(env \"A\" \"b c\" \"\")\n");
        QTest::newRow("env-new") << QByteArray("ENV name=\"value value1\"\n")
                                 << QByteArray("(env \"name\" \"\\\"value value1\\\"\" \"=\")\n");
        QTest::newRow("arg-words") << QByteArray("ARG abc=\"123 456\" def\n")
                                   << QByteArray("(arg \"abc=\\\"123 456\\\"\" \"def\")\n");
        QTest::newRow("health") << QByteArray("HEALTHCHECK --interval=5s CMD /x --q\n")
                                << QByteArray(
                                       "(healthcheck [\"--interval=5s\"] \"CMD\" \"/x --q\")\n");
        QTest::newRow("invalid-json")
            << QByteArray("CMD ['echo','x']\n") << QByteArray("(cmd \"['echo','x']\")\n");
        QTest::newRow("json-trailing-garbage")
            << QByteArray("CMD [\"a\"] b\n") << QByteArray("(cmd \"[\\\"a\\\"] b\")\n");
        QTest::newRow("json-nul") << QByteArray("CMD [\"\\u0000\"]\n")
                                  << QByteArray("(cmd \"\\x00\")\n");
        QTest::newRow("nbsp") << QByteArray("CMD [\"\xc2\xa0\xe2\x99\xa5\"]\n")
                              << QByteArray("(cmd \"\\u00a0\xe2\x99\xa5\")\n");
        QTest::newRow("join-no-separator") << QByteArray("RUN echo good\\\nbye\\\nfrog\n")
                                           << QByteArray("(run \"echo goodbyefrog\")\n");
        QTest::newRow("comment-in-continuation")
            << QByteArray("RUN echo hello \\\n# comment\n\nthis is more\n")
            << QByteArray("(run \"echo hello this is more\")\n");
        QTest::newRow("doubled-escape-not-continuation")
            << QByteArray("ENV C trailing\\\\backslash\\\\\nRUN x\n")
            << QByteArray("(env \"C\" \"trailing\\\\\\\\backslash\\\\\\\\\" \"\")\n(run \"x\")\n");
        QTest::newRow("escape-after-comment") << QByteArray("# comment\n# escape=`\nRUN a `\nb\n")
                                              << QByteArray("(run \"a `\")\n(b \"\")\n");
        QTest::newRow("backtick-escape")
            << QByteArray("# escape=`\nRUN a `\n b\n") << QByteArray("(run \"a  b\")\n");
        QTest::newRow("heredoc-space-after-dash-not-detected")
            << QByteArray("RUN <<- EOF\nEOF\n") << QByteArray("(run \"<<- EOF\")\n(eof \"\")\n");
        QTest::newRow("two-heredocs")
            << QByteArray("COPY <<FILE1 <<FILE2 /dest\na\nFILE1\nb\nFILE2\nRUN x\n")
            << QByteArray("(copy \"<<FILE1\" \"<<FILE2\" \"/dest\")\n(run \"x\")\n");
        QTest::newRow("quoted-heredoc-word-not-heredoc")
            << QByteArray("RUN echo \"<<EOF\"\nEOF\n")
            << QByteArray("(run \"echo \\\"<<EOF\\\"\")\n(eof \"\")\n");
        QTest::newRow("heredoc-not-on-user")
            << QByteArray("USER <<X\nX\n") << QByteArray("(user \"<<X\")\n(x \"\")\n");
    }

    void dumpFollowsBuildkit()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, dump);
        QCOMPARE(dumpOf(input.constData()), dump);
    }

    void heredocsAreRead_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("expand");
        QTest::addColumn<bool>("chomp");
        QTest::addColumn<unsigned>("fd");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("plain") << QByteArray("RUN <<EOF\na\nb\nEOF\n") << QStringLiteral("EOF")
                               << true << false << 0u << QByteArray("a\nb\n");
        QTest::newRow("quoted") << QByteArray("RUN <<'EOF'\n$x\nEOF\n") << QStringLiteral("EOF")
                                << false << false << 0u << QByteArray("$x\n");
        QTest::newRow("chomp") << QByteArray("RUN <<-EOF\n\ta\n\tEOF\n") << QStringLiteral("EOF")
                               << true << true << 0u << QByteArray("\ta\n");
        QTest::newRow("fd") << QByteArray("RUN 3<<EOF\nx\nEOF\n") << QStringLiteral("EOF") << true
                            << false << 3u << QByteArray("x\n");
        QTest::newRow("space-after")
            << QByteArray("RUN << -EOF\nx\n-EOF\n") << QStringLiteral("-EOF") << true << false << 0u
            << QByteArray("x\n");
        QTest::newRow("partly-quoted")
            << QByteArray("RUN <<eo'f'\nx\neof\n") << QStringLiteral("eof") << false << false << 0u
            << QByteArray("x\n");
        QTest::newRow("two-words-quoted")
            << QByteArray("RUN <<'one two'\nx\none two\n") << QStringLiteral("one two") << false
            << false << 0u << QByteArray("x\n");
        QTest::newRow("dollar") << QByteArray("RUN <<$EOF\nx\n$EOF\n") << QStringLiteral("$EOF")
                                << true << false << 0u << QByteArray("x\n");
        QTest::newRow("crlf") << QByteArray("RUN <<EOF\r\nx\r\nEOF\r\n") << QStringLiteral("EOF")
                              << true << false << 0u << QByteArray("x\r\n");
    }

    void heredocsAreRead()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, name);
        QFETCH(bool, expand);
        QFETCH(bool, chomp);
        QFETCH(unsigned, fd);
        QFETCH(QByteArray, content);
        const auto tree = SyntaxTree::parse(input.toStdString());
        QCOMPARE(tree->instructions().size(), std::size_t(1));
        const Instruction &ins = tree->instructions().front();
        QCOMPARE(ins.heredocs.size(), std::size_t(1));
        const Heredoc &h = ins.heredocs.front();
        QCOMPARE(QString::fromStdString(h.name), name);
        QCOMPARE(h.expand, expand);
        QCOMPARE(h.chomp, chomp);
        QCOMPARE(h.fileDescriptor, fd);
        QVERIFY(h.terminated);
        QCOMPARE(QByteArray::fromStdString(h.content), content);
        QCOMPARE(ins.endLine, input.count('\n'));
        QVERIFY(!tree->buildkitRejects());
    }

    void unterminatedHeredocIsAnErrorButKeepsTheText()
    {
        const std::string src = "FROM a\nRUN <<EOF\necho\n";
        const auto tree = SyntaxTree::parse(src);
        QVERIFY(tree->buildkitRejects());
        QCOMPARE(tree->diagnostics().front().code, std::string("SyntaxUnterminatedHeredoc"));
        QCOMPARE(tree->print(), src);

        const auto two = SyntaxTree::parse("FROM a\nCOPY <<A <<B /d\nx\n");
        const Instruction &copy = two->instructions()[1];
        QCOMPARE(copy.heredocs.size(), std::size_t(2));
        QVERIFY(!copy.heredocs[0].terminated);
        QVERIFY(!copy.heredocs[1].terminated);
        QCOMPARE(copy.heredocs[1].body.begin, static_cast<std::uint32_t>(two->text().size()));
    }

    void onbuildInnerInstructionKnowsItsLine()
    {
        const auto tree = SyntaxTree::parse("FROM a\nONBUILD \\\n  RUN x\n");
        const Instruction &onbuild = tree->instructions()[1];
        QVERIFY(onbuild.sub);
        QCOMPARE(onbuild.startLine, 2);
        QCOMPARE(onbuild.sub->startLine, 3);
        QCOMPARE(onbuild.sub->endLine, 3);
    }

    void directivesOnlyInLeadingBlock()
    {
        const auto tree = SyntaxTree::parse(
            "# syntax=docker/dockerfile:1\n# ESCAPE = `\n# check=skip=all\nFROM a\n");
        QCOMPARE(tree->directives().size(), std::size_t(3));
        QCOMPARE(tree->escapeChar(), '`');
        QCOMPARE(tree->directives()[1].name, std::string("escape"));
        QCOMPARE(tree->directives()[2].value, std::string("skip=all"));
        QCOMPARE(tree->tokens().front().kind, TokenKind::Directive);

        const auto late = SyntaxTree::parse("\n# escape=`\nFROM a\n");
        QVERIFY(late->directives().empty());
        QCOMPARE(late->escapeChar(), '\\');

        const auto unknownFirst = SyntaxTree::parse("# foo=bar\n# escape=`\nFROM a\n");
        QVERIFY(unknownFirst->directives().empty());
    }

    void badDirectivesAreErrors()
    {
        const auto dup = SyntaxTree::parse("# escape=`\n# escape=\\\nFROM a\n");
        QVERIFY(dup->buildkitRejects());
        QCOMPARE(dup->diagnostics().front().code, std::string("SyntaxDuplicateDirective"));
        const auto invalid = SyntaxTree::parse("# escape=x\nFROM a\n");
        QVERIFY(invalid->buildkitRejects());
        const Diagnostic &d = invalid->diagnostics().front();
        QCOMPARE(d.code, std::string("SyntaxInvalidEscape"));
        QCOMPARE(invalid->text().substr(d.range.begin, d.range.size()), std::string("x"));
    }

    void instructionsCarryRangesFlagsAndLines()
    {
        const std::string src = "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n"
                                "COPY --from=build \\\n"
                                "     /out/app /app\n";
        const auto tree = SyntaxTree::parse(src);
        QCOMPARE(tree->instructions().size(), std::size_t(2));
        const Instruction &from = tree->instructions()[0];
        QCOMPARE(from.kind, InstructionKind::From);
        QCOMPARE(from.flags.size(), std::size_t(1));
        QCOMPARE(from.flags[0].name, std::string("platform"));
        QCOMPARE(from.flags[0].value, std::string("$BUILDPLATFORM"));
        QCOMPARE(src.substr(from.flags[0].range.begin, from.flags[0].range.size()),
                 std::string("--platform=$BUILDPLATFORM"));
        QCOMPARE(from.args.size(), std::size_t(3));
        QCOMPARE(src.substr(from.args[2].range.begin, from.args[2].range.size()),
                 std::string("build"));

        const Instruction &copy = tree->instructions()[1];
        QCOMPARE(copy.startLine, 2);
        QCOMPARE(copy.endLine, 3);
        QVERIFY(copy.flag("from"));
        QCOMPARE(copy.flag("from")->value, std::string("build"));
        QCOMPARE(copy.args.size(), std::size_t(2));
        QCOMPARE(src.substr(copy.args[0].range.begin, copy.args[0].range.size()),
                 std::string("/out/app"));
        QCOMPARE(src.substr(copy.range.begin, copy.range.size()),
                 std::string("COPY --from=build \\\n     /out/app /app"));
        QCOMPARE(tree->instructionAt(static_cast<std::uint32_t>(src.find("/app"))), 1);
        QCOMPARE(tree->instructionAt(0), 0);
    }

    void tokensClassifyTheText()
    {
        const std::string src = "FROM a\nCMD [\"x\", \"y\"] \n# note\nRUN a \\\n  b\n";
        const auto tree = SyntaxTree::parse(src);
        QStringList kinds;
        for (const Token &t : tree->tokens())
            kinds << QString::fromUtf8(tokenKindName(t.kind).data(),
                                       static_cast<qsizetype>(tokenKindName(t.kind).size()));
        QCOMPARE(kinds.join(QLatin1Char(' ')),
                 QStringLiteral("keyword whitespace argument newline "
                                "keyword whitespace json-open json-string json-comma whitespace "
                                "json-string json-close "
                                "whitespace newline comment newline keyword whitespace argument "
                                "whitespace continuation "
                                "newline whitespace argument newline"));
    }

    void keywordsAreFoundInAnyCase_data()
    {
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<int>("kind");
        for (int k = 1; k <= static_cast<int>(InstructionKind::Workdir); ++k) {
            const auto kind = static_cast<InstructionKind>(k);
            const QString upper
                = QString::fromLatin1(instructionKeyword(kind).data(),
                                      static_cast<qsizetype>(instructionKeyword(kind).size()));
            QString mixed = upper.toLower();
            mixed[0] = mixed[0].toUpper();
            QTest::newRow(qPrintable(upper)) << upper << k;
            QTest::newRow(qPrintable(upper.toLower())) << upper.toLower() << k;
            QTest::newRow(qPrintable(mixed)) << mixed << k;
            // Near misses: one letter more, one less, the last one changed.
            const int unknown = static_cast<int>(InstructionKind::Unknown);
            QTest::newRow(qPrintable(upper + QLatin1Char('S')))
                << upper + QLatin1Char('S') << unknown;
            QTest::newRow(qPrintable(upper.chopped(1))) << upper.chopped(1) << unknown;
            QTest::newRow(qPrintable(upper.chopped(1) + QLatin1Char('Q')))
                << upper.chopped(1) + QLatin1Char('Q') << unknown;
        }
        QTest::newRow("empty") << QString() << static_cast<int>(InstructionKind::Unknown);
        QTest::newRow("non-ascii")
            << QStringLiteral("FRÖM") << static_cast<int>(InstructionKind::Unknown);
    }

    void keywordsAreFoundInAnyCase()
    {
        QFETCH(QString, keyword);
        QFETCH(int, kind);
        QCOMPARE(static_cast<int>(instructionKindFromKeyword(keyword.toStdString())), kind);
    }

    // The tokenizer reads blanks 64 bytes at a time: words and blank runs on both sides of every
    // block boundary, every blank byte, keywords and flags on continuation lines, and the last
    // block of the text (shorter than 64 bytes) must give the same tokens as reading byte by byte.
    void wordsAndBlanksAreSplitAcrossBlocks_data()
    {
        QTest::addColumn<QByteArray>("input");
        const QByteArray blanks[] = {" ", "\t", "\v", "\f", "\r", "  \t  "};
        for (int width = 1; width <= 130; width += 7) {
            for (const QByteArray &blank : blanks) {
                QByteArray line = "RUN --mount=type=cache,target=/x ";
                while (line.size() < 200)
                    line += QByteArray(width, 'w') + blank;
                QTest::newRow(qPrintable(QStringLiteral("width %1, blank %2")
                                             .arg(width)
                                             .arg(QString::fromLatin1(blank.toHex()))))
                    << QByteArray("FROM a\n" + line + "\n" + line);
            }
        }
        QTest::newRow("keyword on a continuation line")
            << QByteArray("FROM a\n\\\n RUN \\\n --network=none \\\n echo hi");
        QTest::newRow("exec form after flags over lines")
            << QByteArray("FROM a\nRUN --network=none \\\n [\"a b\", \\\n \"c\"]\n");
        QTest::newRow("unknown keyword") << QByteArray("FROM a\nFOO  bar\tbaz\n");
        QTest::newRow("flag glued to a latin-1 byte") << QByteArray("FROM a\nRUN --flag\xA0"
                                                                    "echo x\n");
        QTest::newRow("empty pieces") << QByteArray("FROM a\nRUN \\\n\\\n  x\n");
    }

    void wordsAndBlanksAreSplitAcrossBlocks()
    {
        QFETCH(QByteArray, input);
        const std::string source(input.constData(), static_cast<std::size_t>(input.size()));
        const auto tree = SyntaxTree::parse(source);
        QCOMPARE(tree->print(), source);
        checkTokens(*tree);
        // Byte by byte: a token never mixes blanks and other bytes, and neighbours of the same
        // kind are never both blank runs or both words of the same instruction line piece.
        const auto isBlank = [](char c) {
            return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r' || c == '\n';
        };
        for (const Token &t : tree->tokens()) {
            const std::string_view text = t.text(source);
            if (t.kind == TokenKind::Whitespace) {
                for (const char c : text)
                    QVERIFY2(isBlank(c), qPrintable(QString::fromStdString(std::string(text))));
            } else if (t.kind == TokenKind::Argument || t.kind == TokenKind::Flag
                       || t.kind == TokenKind::Keyword || t.kind == TokenKind::Error) {
                for (const char c : text)
                    QVERIFY2(!isBlank(c), qPrintable(QString::fromStdString(std::string(text))));
            }
        }
        for (std::size_t i = 1; i < tree->tokens().size(); ++i) {
            const Token &a = tree->tokens()[i - 1];
            const Token &b = tree->tokens()[i];
            QVERIFY(!(a.kind == TokenKind::Whitespace && b.kind == TokenKind::Whitespace));
            QVERIFY(!(a.kind == TokenKind::Argument && b.kind == TokenKind::Argument));
        }
        for (const Instruction &ins : tree->instructions()) {
            if (ins.keywordRange.isEmpty())
                continue;
            // The keyword's token is where the reader found the keyword.
            bool found = false;
            for (std::uint32_t k = ins.firstToken; k < ins.firstToken + ins.tokenCount; ++k) {
                const Token &t = tree->tokens()[k];
                if (t.kind == TokenKind::Keyword || t.kind == TokenKind::Error) {
                    QCOMPARE(t.range(), ins.keywordRange);
                    found = true;
                    break;
                }
            }
            QVERIFY(found);
        }
    }

    void lineIndexMatchesTheText_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one line, no newline") << QByteArray("FROM a");
        QTest::newRow("final newline") << QByteArray("FROM a\nRUN b\n");
        QTest::newRow("crlf") << QByteArray("FROM a\r\nRUN b\r\n");
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                           "FROM a\n\nRUN b");
        QTest::newRow("only newlines") << QByteArray("\n\n\n");
        QTest::newRow("lone cr") << QByteArray("FROM a\rRUN b\r");
    }

    void lineIndexMatchesTheText()
    {
        QFETCH(QByteArray, input);
        const std::string source(input.constData(), static_cast<std::size_t>(input.size()));
        const auto tree = SyntaxTree::parse(source);
        const LineIndex expected(source);
        QCOMPARE(tree->lineIndex().lineCount(), expected.lineCount());
        for (int line = 1; line <= expected.lineCount(); ++line)
            QCOMPARE(tree->lineIndex().lineStart(line), expected.lineStart(line));
        for (std::uint32_t offset = 0; offset <= source.size(); ++offset)
            QCOMPARE(tree->lineIndex().line(offset), expected.line(offset));
    }

    // A token holds at most Token::MaxLength (16 MiB - 1) bytes: a longer run is cut into tokens
    // of the same kind, between UTF-8 sequences, and the text still round-trips.
    void runsLongerThanATokenAreCut()
    {
        const std::size_t length = std::size_t{Token::MaxLength} + 1000;
        std::string comment = "# ";
        while (comment.size() < length)
            comment += "\xC3\xA9"; // two-byte letters: a cut must not split one
        std::string word = "RUN ";
        word.append(length, 'x');
        const std::string source = "FROM a\n" + comment + "\n" + word + "\n";
        const auto tree = SyntaxTree::parse(source);
        QVERIFY(tree->print() == source);
        checkTokens(*tree);
        int comments = 0;
        int arguments = 0;
        for (const Token &t : tree->tokens()) {
            QVERIFY(t.length <= Token::MaxLength);
            QVERIFY((static_cast<unsigned char>(source[t.offset]) & 0xC0U) != 0x80U);
            comments += t.kind == TokenKind::Comment ? 1 : 0;
            arguments += t.kind == TokenKind::Argument ? 1 : 0;
        }
        QCOMPARE(comments, 2);
        QCOMPARE(arguments, 3); // FROM's "a", then the long word in two
        QCOMPARE(tree->instructions().size(), std::size_t(2));
        QCOMPARE(tree->instructions()[1].args.front().value.size(), length);
    }

    // The parser looks for invalid UTF-8 in batches of lines while it splits them: the first
    // bad byte must be found wherever it is, batch boundaries and the last line included.
    void firstInvalidUtf8IsFoundAnywhere_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        for (const int line : {1, 2, 400, 401, 402, 799, 800, 1000})
            for (const int column : {0, 5, 38})
                QTest::newRow(qPrintable(QStringLiteral("line %1, byte %2").arg(line).arg(column)))
                    << line << column;
    }

    void firstInvalidUtf8IsFoundAnywhere()
    {
        QFETCH(int, line);
        QFETCH(int, column);
        // 1,000 lines of 41 bytes (about 40 KiB): several 16 KiB batches.
        std::string source;
        source.reserve(41000);
        for (int i = 1; i <= 1000; ++i)
            source += i == 1 ? "FROM alpine:3.20 AS build-stage-00000001\n"
                             : "RUN echo 'line of forty-one bytes .....'\n";
        const std::size_t at
            = static_cast<std::size_t>(line - 1) * 41 + static_cast<std::size_t>(column);
        source[at] = '\xC3';     // a lead byte…
        source[at + 1] = '\x28'; // …without its continuation: invalid here
        if (line < 1000)
            source[at + 41 + 3] = '\xFF'; // and a later bad byte that must not win
        QCOMPARE(source.size(), std::size_t(41000));
        const auto tree = SyntaxTree::parse(source);
        QVERIFY(tree->print() == source);
        const Diagnostic *found = nullptr;
        for (const Diagnostic &d : tree->diagnostics()) {
            if (d.code == "SyntaxInvalidUtf8")
                found = &d;
        }
        QVERIFY(found != nullptr);
        QCOMPARE(found->range.begin, static_cast<std::uint32_t>(at));
        QCOMPARE(found->range.end, static_cast<std::uint32_t>(at + 1));
    }

    void unknownInstructionIsKeptWithAnError()
    {
        const auto tree = SyntaxTree::parse("FROM a\nFOO bar\n");
        QCOMPARE(tree->instructions().size(), std::size_t(2));
        QCOMPARE(tree->instructions()[1].kind, InstructionKind::Unknown);
        QVERIFY(!tree->buildkitRejects());
        QCOMPARE(tree->diagnostics().front().code, std::string("UnknownInstruction"));
        QCOMPARE(tree->diagnostics().front().args.front(), std::string("FOO"));
    }

    void goQuoteMatchesGo_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("quoted");
        QTest::newRow("plain") << QByteArray("abc") << QByteArray("\"abc\"");
        QTest::newRow("escapes") << QByteArray("a\"b\\c\n\t")
                                 << QByteArray("\"a\\\"b\\\\c\\n\\t\"");
        QTest::newRow("control") << QByteArray("\x01\x7f") << QByteArray("\"\\x01\\x7f\"");
        QTest::newRow("invalid") << QByteArray("\xff") << QByteArray("\"\\xff\"");
        QTest::newRow("devanagari") << QByteArray("नमस्ते") << QByteArray("\"नमस्ते\"");
        QTest::newRow("zwsp") << QByteArray("\xe2\x80\x8b") << QByteArray("\"\\u200b\"");
    }

    void goQuoteMatchesGo()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, quoted);
        QCOMPARE(QByteArray::fromStdString(goQuote(input.toStdString())), quoted);
    }
};

QTEST_GUILESS_MAIN(TestParser)
#include "tst_parser.moc"
