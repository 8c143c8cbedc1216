// SPDX-License-Identifier: GPL-3.0-or-later
// The Dockerfile editor: highlighting from the model's tokens, stage colours, diagnostics,
// continuation indentation, bracket matching, find/replace, completion, stage navigation.

#include "model/Analysis.h"
#include "model/TextOffsets.h"
#include "tests/TestSupport.h"
#include "views/ModelMetaTypes.h"
#include "views/StageColors.h"
#include "views/editor/DockerfileEditor.h"
#include "views/editor/DockerfileHighlighter.h"
#include "views/editor/EditorCompleter.h"
#include "views/editor/FindReplaceBar.h"

#include "model/StageGraph.h"
#include "model/SyntaxTree.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDir>
#include <QDirIterator>
#include <QInputDialog>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QToolTip>

using namespace stagecraft;
using views::DockerfileEditor;
using views::DockerfileHighlighter;
using Role = DockerfileHighlighter::Role;

namespace {

/// Analyse the editor's text and hand the result to it, as the document controller does.
std::shared_ptr<const model::Analysis> analyse(DockerfileEditor &editor,
                                               const QList<DockerfileEditor::Marker> &markers = {})
{
    auto analysis = model::Analysis::build(editor.toPlainText().toStdString());
    editor.setAnalysis(analysis, markers);
    return analysis;
}

/// The character format the layout holds at `column` of block `blockNumber`.
QTextCharFormat formatAt(const DockerfileEditor &editor, int blockNumber, int column)
{
    const QTextBlock block = editor.document()->findBlockByNumber(blockNumber);
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &r : ranges)
        if (column >= r.start && column < r.start + r.length)
            return r.format;
    return {};
}

int columnOf(const DockerfileEditor &editor, int blockNumber, const QString &needle, int from = 0)
{
    return static_cast<int>(
        editor.document()->findBlockByNumber(blockNumber).text().indexOf(needle, from));
}

int positionOf(const DockerfileEditor &editor, int blockNumber, const QString &needle)
{
    return editor.document()->findBlockByNumber(blockNumber).position()
        + columnOf(editor, blockNumber, needle);
}

QList<QTextEdit::ExtraSelection> selectionsOfKind(const DockerfileEditor &editor,
                                                  DockerfileEditor::SelectionKind kind)
{
    QList<QTextEdit::ExtraSelection> out;
    const QList<QTextEdit::ExtraSelection> all = editor.extraSelections();
    for (const QTextEdit::ExtraSelection &s : all)
        if (s.format.property(QTextFormat::UserProperty).toInt() == static_cast<int>(kind))
            out.append(s);
    return out;
}

void placeCursor(DockerfileEditor &editor, int position)
{
    QTextCursor c = editor.textCursor();
    c.setPosition(position);
    editor.setTextCursor(c);
}

const QString MultiStage
    = QStringLiteral("ARG GO=1.22\n"                                                     // 0
                     "FROM golang:${GO} AS build\n"                                      // 1
                     "ENV PATH=\"/go/bin:${PATH}\"\n"                                    // 2
                     "RUN --mount=type=cache,target=/root/.cache go build -o /app .\n"   // 3
                     "\n"                                                                // 4
                     "FROM alpine:3.20 AS test\n"                                        // 5
                     "RUN --mount=type=bind,from=build,source=/app,target=/x /x -test\n" // 6
                     "\n"                                                                // 7
                     "FROM build AS final\n"                                             // 8
                     "COPY --from=build /app /usr/local/bin/app\n"                       // 9
                     "CMD [\"app\", \"--serve\"]\n");                                    // 10

} // namespace

class TestEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void highlightsKeywordsFlagsAndStageColours();
    void highlightsStringsVariablesCommentsAndJson();
    void highlightsHeredocsAndDirectives();
    void reanalysisRehighlightsOnlyChangedBlocks();
    void openedTextIsHighlightedOnceFromItsAnalysis();
    void largeFileIsHighlightedOnScreenFirst();
    void paletteChangeRepicksStageColours();
    void diagnosticsUnderlineWithTooltip();
    void diagnosticUnderlinesFollowEdits();
    void deferredUnderlinesArePlacedWhenTheDeferralEnds();
    void fixItsInContextMenuAndGutter();
    void continuationIndentsOnEnter_data();
    void continuationIndentsOnEnter();
    void bracketAndQuoteMatching();
    void findNextHonoursCaseAndWholeWords();
    void replaceAllIsOneUndoStep();
    void regexReplaceUsesCaptures();
    void completionContexts();
    void completionListsStageNamesAfterFrom();
    void cursorStageFollowsTheCursor();
    void goToDefinitionSelectsTheStageName();
    void renameStageEmitsRenameOperation();
    void zoomShortcuts();
    void goToLineClamps();
    void revealRangeSelectsAndHighlights();
    void devanagariCommentsKeepOffsets();
    void textOffsetsRoundTrip();
    void realCorpusSpansStayInsideBlocks();
};

void TestEditor::highlightsKeywordsFlagsAndStageColours()
{
    DockerfileEditor editor;
    editor.setPlainText(MultiStage);
    analyse(editor);
    const QPalette palette = editor.palette();
    const DockerfileHighlighter *h = editor.highlighter();

    // Keyword and AS.
    QCOMPARE(formatAt(editor, 1, 0).foreground().color(),
             h->format(Role::Keyword).foreground().color());
    QCOMPARE(formatAt(editor, 1, 0).fontWeight(), int(QFont::Bold));
    QCOMPARE(formatAt(editor, 1, columnOf(editor, 1, QStringLiteral("AS"))).foreground().color(),
             h->format(Role::Keyword).foreground().color());
    // Base image and stage name in the stage's colour.
    QCOMPARE(
        formatAt(editor, 1, columnOf(editor, 1, QStringLiteral("golang"))).foreground().color(),
        h->format(Role::Image).foreground().color());
    QCOMPARE(formatAt(editor, 1, columnOf(editor, 1, QStringLiteral("build"))).foreground().color(),
             views::StageColors::stageColor(0, palette));
    QCOMPARE(formatAt(editor, 5, columnOf(editor, 5, QStringLiteral("test"))).foreground().color(),
             views::StageColors::stageColor(1, palette));
    // Flags, and stage references inside --from= and --mount=…,from= and FROM <stage>.
    QCOMPARE(
        formatAt(editor, 3, columnOf(editor, 3, QStringLiteral("--mount"))).foreground().color(),
        h->format(Role::Flag).foreground().color());
    QCOMPARE(formatAt(editor, 6, columnOf(editor, 6, QStringLiteral("build"))).foreground().color(),
             views::StageColors::stageColor(0, palette));
    QVERIFY(formatAt(editor, 6, columnOf(editor, 6, QStringLiteral("build"))).fontUnderline());
    QCOMPARE(formatAt(editor, 8, columnOf(editor, 8, QStringLiteral("build"))).foreground().color(),
             views::StageColors::stageColor(0, palette));
    QCOMPARE(formatAt(editor, 8, columnOf(editor, 8, QStringLiteral("final"))).foreground().color(),
             views::StageColors::stageColor(2, palette));
    QCOMPARE(
        formatAt(editor, 9, columnOf(editor, 9, QStringLiteral("--from"))).foreground().color(),
        h->format(Role::Flag).foreground().color());
    QCOMPARE(formatAt(editor, 9, columnOf(editor, 9, QStringLiteral("build"))).foreground().color(),
             views::StageColors::stageColor(0, palette));
    // Different stages get different colours.
    QVERIFY(views::StageColors::stageColor(0, palette)
            != views::StageColors::stageColor(1, palette));
    // Plain arguments stay unformatted.
    QCOMPARE(formatAt(editor, 9, columnOf(editor, 9, QStringLiteral("/usr"))).foreground().style(),
             Qt::NoBrush);
}

void TestEditor::highlightsStringsVariablesCommentsAndJson()
{
    DockerfileEditor editor;
    editor.setPlainText(MultiStage
                        + QStringLiteral("# a comment\nRUN echo 'no $EXPANSION' \"$HOME\"\n"));
    analyse(editor);
    const DockerfileHighlighter *h = editor.highlighter();
    const QColor variable = h->format(Role::Variable).foreground().color();
    const QColor string = h->format(Role::String).foreground().color();
    // ${GO} in FROM and ${PATH} inside a quoted ENV value are variables; the quotes are a string.
    QCOMPARE(formatAt(editor, 1, columnOf(editor, 1, QStringLiteral("${GO}"))).foreground().color(),
             variable);
    QCOMPARE(
        formatAt(editor, 2, columnOf(editor, 2, QStringLiteral("${PATH}"))).foreground().color(),
        variable);
    QCOMPARE(formatAt(editor, 2, columnOf(editor, 2, QStringLiteral("\"/go"))).foreground().color(),
             string);
    QCOMPARE(formatAt(editor, 2, columnOf(editor, 2, QStringLiteral("bin:"))).foreground().color(),
             string);
    // JSON form: brackets and strings.
    QCOMPARE(formatAt(editor, 10, columnOf(editor, 10, QStringLiteral("["))).foreground().color(),
             h->format(Role::JsonPunctuation).foreground().color());
    QCOMPARE(
        formatAt(editor, 10, columnOf(editor, 10, QStringLiteral("\"app\""))).foreground().color(),
        h->format(Role::JsonString).foreground().color());
    // Comment.
    QVERIFY(formatAt(editor, 11, 2).fontItalic());
    QCOMPARE(formatAt(editor, 11, 2).foreground().color(),
             h->format(Role::Comment).foreground().color());
    // Single quotes: a string, and no variable inside; double quotes: a variable inside.
    QCOMPARE(formatAt(editor, 12, columnOf(editor, 12, QStringLiteral("$EXPANSION")))
                 .foreground()
                 .color(),
             string);
    QCOMPARE(
        formatAt(editor, 12, columnOf(editor, 12, QStringLiteral("$HOME"))).foreground().color(),
        variable);
}

void TestEditor::highlightsHeredocsAndDirectives()
{
    DockerfileEditor editor;
    editor.setPlainText(QStringLiteral(
        "# syntax=docker/dockerfile:1\nFROM alpine\nRUN <<EOF\necho hi\nEOF\nFRM x\n"));
    analyse(editor);
    const DockerfileHighlighter *h = editor.highlighter();
    QCOMPARE(formatAt(editor, 0, 3).foreground().color(),
             h->format(Role::Directive).foreground().color());
    QCOMPARE(formatAt(editor, 3, 0).foreground().color(),
             h->format(Role::HeredocBody).foreground().color());
    QCOMPARE(formatAt(editor, 4, 0).foreground().color(),
             h->format(Role::HeredocEnd).foreground().color());
    // An unknown instruction is an error token: red with a wavy underline.
    QCOMPARE(formatAt(editor, 5, 0).underlineStyle(), QTextCharFormat::WaveUnderline);
    QCOMPARE(formatAt(editor, 5, 0).foreground().color(),
             h->format(Role::Error).foreground().color());
}

void TestEditor::reanalysisRehighlightsOnlyChangedBlocks()
{
    DockerfileEditor editor;
    QString text = QStringLiteral("FROM alpine AS base\n");
    for (int i = 0; i < 200; ++i)
        text += QStringLiteral("RUN echo %1\n").arg(i);
    editor.setPlainText(text);
    analyse(editor);
    // Type into line 100, then reparse: only the edited block needs new formats.
    QTextCursor c(editor.document()->findBlockByNumber(100));
    c.movePosition(QTextCursor::EndOfBlock);
    c.insertText(QStringLiteral(" $X"));
    analyse(editor);
    QVERIFY2(editor.highlighter()->lastRehighlightedBlocks() <= 2,
             qPrintable(QString::number(editor.highlighter()->lastRehighlightedBlocks())));
    QCOMPARE(
        formatAt(editor, 100, columnOf(editor, 100, QStringLiteral("$X"))).foreground().color(),
        editor.highlighter()->format(Role::Variable).foreground().color());
    // Insert a line at the top: everything shifts, nothing else needs re-highlighting.
    QTextCursor top(editor.document());
    top.insertText(QStringLiteral("# header\n"));
    analyse(editor);
    QVERIFY2(editor.highlighter()->lastRehighlightedBlocks() <= 2,
             qPrintable(QString::number(editor.highlighter()->lastRehighlightedBlocks())));
    QCOMPARE(formatAt(editor, 0, 2).foreground().color(),
             editor.highlighter()->format(Role::Comment).foreground().color());
    QCOMPARE(formatAt(editor, 1, columnOf(editor, 1, QStringLiteral("base"))).foreground().color(),
             views::StageColors::stageColor(0, editor.palette()));
    QCOMPARE(formatAt(editor, 150, 0).foreground().color(),
             editor.highlighter()->format(Role::Keyword).foreground().color());
}

void TestEditor::openedTextIsHighlightedOnceFromItsAnalysis()
{
    DockerfileEditor editor;
    QString text = QStringLiteral("FROM alpine AS base\n");
    for (int i = 0; i < 200; ++i)
        text += QStringLiteral("RUN echo %1\n").arg(i);
    const QColor keyword = editor.highlighter()->format(Role::Keyword).foreground().color();
    // Replacing the whole text (opening a file) leaves the lines plain for the analysis that
    // follows, instead of highlighting them all by the lexical fallback first.
    editor.document()->setPlainText(text);
    QVERIFY(formatAt(editor, 150, 0).foreground().color() != keyword);
    analyse(editor);
    QCOMPARE(formatAt(editor, 150, 0).foreground().color(), keyword);
    QCOMPARE(editor.highlighter()->lastRehighlightedBlocks(), editor.document()->blockCount());

    // No analysis coming: the fallback highlights on the next turn of the event loop.
    editor.document()->setPlainText(text + QStringLiteral("COPY a b\n"));
    QVERIFY(formatAt(editor, 201, 0).foreground().color() != keyword);
    QTRY_COMPARE(formatAt(editor, 201, 0).foreground().color(), keyword);
    // Typing is highlighted by the fallback at once, as before.
    QTextCursor end(editor.document());
    end.movePosition(QTextCursor::End);
    end.insertText(QStringLiteral("RUN true"));
    QCOMPARE(formatAt(editor, editor.document()->blockCount() - 1, 0).foreground().color(),
             keyword);
}

void TestEditor::largeFileIsHighlightedOnScreenFirst()
{
    // Opening a large file: the lines on screen are highlighted with the analysis, the rest in
    // slices from the event loop, and the result is the same as one synchronous pass.
    const int lines = 3 * DockerfileHighlighter::SynchronousBlocks;
    QString text = QStringLiteral("FROM alpine AS base\n");
    for (int i = 1; i < lines; ++i)
        text += (i % 50 == 0) ? QStringLiteral("FROM base AS s%1\n").arg(i)
                              : QStringLiteral("RUN echo \"%1\" $HOME\n").arg(i);
    DockerfileEditor editor;
    editor.resize(600, 400);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const QColor keyword = editor.highlighter()->format(Role::Keyword).foreground().color();
    editor.document()->setPlainText(text);
    analyse(editor);
    QCOMPARE(editor.highlighter()->lastRehighlightedBlocks(), editor.document()->blockCount());
    QVERIFY(editor.highlighter()->hasPendingBlocks());
    // On screen: done.
    QCOMPARE(formatAt(editor, 1, 0).foreground().color(), keyword);
    QCOMPARE(formatAt(editor, 0, columnOf(editor, 0, QStringLiteral("base"))).foreground().color(),
             views::StageColors::stageColor(0, editor.palette()));
    // Far below: not yet.
    const int far = lines - 10;
    QVERIFY(formatAt(editor, far, 0).foreground().color() != keyword);
    // Scrolled there while slices run: what is on screen comes next.
    editor.goToLine(far + 1);
    QTRY_VERIFY(!editor.highlighter()->hasPendingBlocks());
    QCOMPARE(formatAt(editor, far, 0).foreground().color(), keyword);

    // The same formats as a synchronous pass, block by block.
    DockerfileEditor reference;
    reference.document()->setPlainText(text);
    analyse(reference);
    reference.highlighter()->highlightPendingNow();
    QVERIFY(!reference.highlighter()->hasPendingBlocks());
    for (int b = 0; b < lines; ++b) {
        const QTextBlock ours = editor.document()->findBlockByNumber(b);
        const QTextBlock theirs = reference.document()->findBlockByNumber(b);
        QVERIFY2(ours.layout()->formats() == theirs.layout()->formats(),
                 qPrintable(QStringLiteral("block %1").arg(b)));
    }

    // A new analysis while slices are pending starts over from it, and a small change after a
    // finished pass is not a large pass.
    editor.document()->setPlainText(QStringLiteral("# another file\n") + text);
    analyse(editor);
    QVERIFY(editor.highlighter()->hasPendingBlocks());
    analyse(editor);
    QTRY_VERIFY(!editor.highlighter()->hasPendingBlocks());
    QCOMPARE(formatAt(editor, far + 1, 0).foreground().color(), keyword);
    QTextCursor c(editor.document()->findBlockByNumber(far));
    c.movePosition(QTextCursor::EndOfBlock);
    c.insertText(QStringLiteral(" $X"));
    analyse(editor);
    QVERIFY(!editor.highlighter()->hasPendingBlocks());
    QVERIFY2(editor.highlighter()->lastRehighlightedBlocks() <= 2,
             qPrintable(QString::number(editor.highlighter()->lastRehighlightedBlocks())));
}
void TestEditor::paletteChangeRepicksStageColours()
{
    DockerfileEditor editor;
    editor.setPlainText(MultiStage);
    analyse(editor);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    QVERIFY(views::StageColors::isDark(dark));
    editor.setPalette(dark); // sends QEvent::PaletteChange
    const QColor stage0
        = formatAt(editor, 1, columnOf(editor, 1, QStringLiteral("build"))).foreground().color();
    QCOMPARE(stage0, views::StageColors::stageColor(0, dark));
    QVERIFY(stage0 != views::StageColors::stageColor(0, QPalette(QColor(0xf0, 0xf0, 0xf0))));
}

void TestEditor::diagnosticsUnderlineWithTooltip()
{
    DockerfileEditor editor;
    editor.setPlainText(MultiStage);
    const int begin = positionOf(editor, 5, QStringLiteral("alpine"));
    DockerfileEditor::Marker marker;
    marker.begin = begin;
    marker.end = begin + 11;
    marker.severity = model::Severity::Warning;
    marker.message = QStringLiteral("Pin the image to a digest");
    marker.code = QStringLiteral("PinnedBaseImage");
    analyse(editor, {marker});

    const auto diagnostics = selectionsOfKind(editor, DockerfileEditor::SelectionKind::Diagnostic);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().format.underlineStyle(), QTextCharFormat::WaveUnderline);
    QCOMPARE(diagnostics.first().cursor.selectedText(), QStringLiteral("alpine:3.20"));
    QVERIFY(editor.toolTipAt(begin + 3).contains(marker.message));
    QVERIFY(editor.toolTipAt(begin + 3).contains(marker.code));
    QVERIFY(editor.toolTipAt(begin - 2).isEmpty());

    // Hovering the range shows the message.
    editor.resize(800, 600);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTextCursor probe(editor.document());
    probe.setPosition(begin + 3);
    const QPoint at = editor.cursorRect(probe).center();
    QHelpEvent help(QEvent::ToolTip, at, editor.viewport()->mapToGlobal(at));
    QApplication::sendEvent(editor.viewport(), &help);
    QTRY_VERIFY(QToolTip::text().contains(marker.message));
    QToolTip::hideText();

    // Errors and warnings are underlined in different colours.
    DockerfileEditor::Marker error = marker;
    error.severity = model::Severity::Error;
    analyse(editor, {marker, error});
    const auto two = selectionsOfKind(editor, DockerfileEditor::SelectionKind::Diagnostic);
    QCOMPARE(two.size(), 2);
    QVERIFY(two.at(0).format.underlineColor() != two.at(1).format.underlineColor());
}

void TestEditor::diagnosticUnderlinesFollowEdits()
{
    // After each edit the underlines are exactly the new markers (ranges, order, colours), even
    // though the editor keeps the cursors of markers that did not change.
    DockerfileEditor editor;
    editor.setPlainText(MultiStage);
    const auto markerOn = [&editor](int block, const QString &needle, model::Severity severity) {
        DockerfileEditor::Marker m;
        m.begin = positionOf(editor, block, needle);
        m.end = m.begin + static_cast<int>(needle.size());
        m.severity = severity;
        m.message = needle;
        return m;
    };
    const auto check = [&editor](const QList<DockerfileEditor::Marker> &markers) {
        const auto underlines
            = selectionsOfKind(editor, DockerfileEditor::SelectionKind::Diagnostic);
        QCOMPARE(underlines.size(), markers.size());
        for (qsizetype i = 0; i < markers.size(); ++i) {
            const QTextEdit::ExtraSelection &s = underlines.at(i);
            QCOMPARE(s.cursor.anchor(), markers.at(i).begin);
            QCOMPARE(s.cursor.position(), markers.at(i).end);
            QCOMPARE(s.format.property(QTextFormat::UserProperty + 1).toInt(), int(i));
        }
    };
    QList<DockerfileEditor::Marker> markers{
        markerOn(3, QStringLiteral("go build"), model::Severity::Warning),
        markerOn(5, QStringLiteral("alpine"), model::Severity::Error),
        markerOn(6, QStringLiteral("from=build"), model::Severity::Warning)};
    analyse(editor, markers);
    check(markers);
    const QColor warning = selectionsOfKind(editor, DockerfileEditor::SelectionKind::Diagnostic)
                               .at(0)
                               .format.underlineColor();

    // Typing on line 3 moves the later markers; the one on line 3 grows.
    QTextCursor typing(editor.document());
    typing.setPosition(positionOf(editor, 3, QStringLiteral("build")));
    typing.insertText(QStringLiteral("x"));
    markers = {markerOn(3, QStringLiteral("go xbuild"), model::Severity::Warning),
               markerOn(5, QStringLiteral("alpine"), model::Severity::Error),
               markerOn(6, QStringLiteral("from=build"), model::Severity::Warning)};
    analyse(editor, markers);
    check(markers);

    // A marker inserted in front renumbers the others; a severity change recolours one.
    markers.prepend(markerOn(0, QStringLiteral("GO"), model::Severity::Warning));
    markers[2].severity = model::Severity::Warning;
    analyse(editor, markers);
    check(markers);
    const auto underlines = selectionsOfKind(editor, DockerfileEditor::SelectionKind::Diagnostic);
    QCOMPARE(underlines.at(2).format.underlineColor(), warning);

    // Moving the cursor keeps them; no markers removes them.
    placeCursor(editor, positionOf(editor, 1, QStringLiteral("AS")));
    check(markers);
    analyse(editor, {});
    check({});
}

void TestEditor::deferredUnderlinesArePlacedWhenTheDeferralEnds()
{
    DockerfileEditor editor;
    editor.setPlainText(MultiStage);
    editor.setUnderlinesDeferred(true);
    DockerfileEditor::Marker marker;
    marker.begin = positionOf(editor, 5, QStringLiteral("alpine"));
    marker.end = marker.begin + 6;
    marker.message = QStringLiteral("Pin the image");
    marker.fixTitle = QStringLiteral("Pin it");
    analyse(editor, {marker});
    // Deferred: no underline yet, but the marker's tooltip and light bulb are there.
    QVERIFY(selectionsOfKind(editor, DockerfileEditor::SelectionKind::Diagnostic).isEmpty());
    QVERIFY(editor.toolTipAt(marker.begin + 1).contains(marker.message));
    QCOMPARE(editor.fixItLines(), QList<int>{5});
    placeCursor(editor, 0);
    QVERIFY(selectionsOfKind(editor, DockerfileEditor::SelectionKind::Diagnostic).isEmpty());

    editor.setUnderlinesDeferred(false);
    const auto underlines = selectionsOfKind(editor, DockerfileEditor::SelectionKind::Diagnostic);
    QCOMPARE(underlines.size(), 1);
    QCOMPARE(underlines.first().cursor.selectedText(), QStringLiteral("alpine"));
    QCOMPARE(selectionsOfKind(editor, DockerfileEditor::SelectionKind::CurrentLine).size(), 1);
}

void TestEditor::fixItsInContextMenuAndGutter()
{
    DockerfileEditor editor;
    editor.setPlainText(QStringLiteral("from alpine\nRUN true\n"));
    DockerfileEditor::Marker marker;
    marker.begin = 0;
    marker.end = 4;
    marker.message = QStringLiteral("Keywords should be upper case");
    marker.code = QStringLiteral("ConsistentInstructionCasing");
    marker.fixTitle = QStringLiteral("Use upper case");
    DockerfileEditor::Marker noFix = marker;
    noFix.fixTitle.clear();
    noFix.begin = 12;
    noFix.end = 15;
    analyse(editor, {noFix, marker});
    QCOMPARE(editor.fixItLines(), QList<int>{0});

    editor.resize(600, 400);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTextCursor probe(editor.document());
    probe.setPosition(2);
    std::unique_ptr<QMenu> menu(editor.createEditorContextMenu(editor.cursorRect(probe).center()));
    QAction *fix = nullptr;
    const QList<QAction *> actions = menu->actions();
    for (QAction *a : actions)
        if (a->text() == QStringLiteral("Fix: Use upper case"))
            fix = a;
    QVERIFY(fix);
    QSignalSpy spy(&editor, &DockerfileEditor::fixItRequested);
    fix->trigger();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 1);

    // The light bulb in the gutter asks for the same fix.
    editor.lineNumberAreaClicked(editor.cursorRect(probe).center().y(), QPoint());
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).toInt(), 1);
}

void TestEditor::continuationIndentsOnEnter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first continuation line")
        << QStringLiteral("FROM alpine\nRUN apk add curl \\")
        << QStringLiteral("FROM alpine\nRUN apk add curl \\\n    ");
    QTest::newRow("later continuation line keeps its indent")
        << QStringLiteral("FROM alpine\nRUN apk add curl \\\n      && true \\")
        << QStringLiteral("FROM alpine\nRUN apk add curl \\\n      && true \\\n      ");
    QTest::newRow("end of the instruction goes back")
        << QStringLiteral("FROM alpine\n  RUN apk add curl \\\n      && true")
        << QStringLiteral("FROM alpine\n  RUN apk add curl \\\n      && true\n  ");
    QTest::newRow("backtick escape")
        << QStringLiteral("# escape=`\nFROM mcr.microsoft.com/windows\nRUN dir `")
        << QStringLiteral("# escape=`\nFROM mcr.microsoft.com/windows\nRUN dir `\n    ");
    QTest::newRow("backslash is not the escape under escape=`")
        << QStringLiteral("# escape=`\nFROM x\nRUN dir c:\\")
        << QStringLiteral("# escape=`\nFROM x\nRUN dir c:\\\n");
    QTest::newRow("plain line keeps indent") << QStringLiteral("FROM alpine\n\tRUN true")
                                             << QStringLiteral("FROM alpine\n\tRUN true\n\t");
}

void TestEditor::continuationIndentsOnEnter()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    DockerfileEditor editor;
    editor.setPlainText(text);
    analyse(editor);
    editor.moveCursor(QTextCursor::End);
    QTest::keyClick(&editor, Qt::Key_Return);
    QCOMPARE(editor.toPlainText(), expected);
    QCOMPARE(editor.textCursor().position(), int(expected.size()));
    // One undo removes the newline and the indent together.
    editor.undo();
    QCOMPARE(editor.toPlainText(), text);
}

void TestEditor::bracketAndQuoteMatching()
{
    DockerfileEditor editor;
    editor.setPlainText(QStringLiteral("CMD [\"sh\", \"-c\", \"echo $((1+2))\"]\nRUN echo (\n"));
    analyse(editor);
    const QString line = editor.document()->firstBlock().text();

    placeCursor(editor, static_cast<int>(line.indexOf(u'[')));
    auto matches = selectionsOfKind(editor, DockerfileEditor::SelectionKind::BracketMatch);
    QCOMPARE(matches.size(), 2);
    QCOMPARE(matches.at(1).cursor.selectionStart(), int(line.lastIndexOf(u']')));

    // On a closing bracket: the opening one matches, nesting respected.
    placeCursor(editor, static_cast<int>(line.indexOf(QStringLiteral("))")) + 1));
    matches = selectionsOfKind(editor, DockerfileEditor::SelectionKind::BracketMatch);
    QCOMPARE(matches.size(), 2);
    QCOMPARE(matches.at(1).cursor.selectionStart(), int(line.indexOf(QStringLiteral("(("))));

    // Quotes pair within the line.
    placeCursor(editor, static_cast<int>(line.indexOf(QStringLiteral("\"-c\""))));
    matches = selectionsOfKind(editor, DockerfileEditor::SelectionKind::BracketMatch);
    QCOMPARE(matches.size(), 2);
    QCOMPARE(matches.at(1).cursor.selectionStart(),
             int(line.indexOf(QStringLiteral("\"-c\"")) + 3));

    // An unmatched bracket is flagged.
    placeCursor(editor, positionOf(editor, 1, QStringLiteral("(")));
    QCOMPARE(selectionsOfKind(editor, DockerfileEditor::SelectionKind::BracketMismatch).size(), 1);
    QCOMPARE(selectionsOfKind(editor, DockerfileEditor::SelectionKind::BracketMatch).size(), 0);
    // The current line is always highlighted.
    QCOMPARE(selectionsOfKind(editor, DockerfileEditor::SelectionKind::CurrentLine).size(), 1);
}

void TestEditor::findNextHonoursCaseAndWholeWords()
{
    DockerfileEditor editor;
    editor.setPlainText(
        QStringLiteral("FROM alpine AS build\nRUN build-it\nCOPY --from=Build /a /b\n"));
    views::FindReplaceBar *bar = editor.findReplaceBar();
    editor.showFindBar(false);
    QVERIFY(!bar->isHidden());
    QVERIFY(!bar->isReplaceVisible());
    bar->setFindText(QStringLiteral("Build"));
    bar->setMatchCase(true);
    QVERIFY(bar->findNext());
    QCOMPARE(editor.textCursor().blockNumber(), 2);
    bar->setMatchCase(false);
    placeCursor(editor, 0);
    QVERIFY(bar->findNext());
    QCOMPARE(editor.textCursor().blockNumber(), 0);
    QVERIFY(bar->findNext());
    QCOMPARE(editor.textCursor().blockNumber(), 1);
    QVERIFY(bar->findPrevious());
    QCOMPARE(editor.textCursor().blockNumber(), 0);
    // Whole words: "build" inside "build-it" still counts ('-' is a word boundary), "buil" never.
    bar->setWholeWords(true);
    bar->setFindText(QStringLiteral("buil"));
    QVERIFY(!bar->findNext());
    bar->setFindText(QStringLiteral("nothing-like-this"));
    QVERIFY(!bar->findNext());
    // Escape closes the bar.
    editor.setFocus();
    QTest::keyClick(&editor, Qt::Key_Escape);
    QVERIFY(bar->isHidden());
}

void TestEditor::replaceAllIsOneUndoStep()
{
    DockerfileEditor editor;
    const QString original
        = QStringLiteral("FROM alpine AS a\nFROM Alpine AS b\nCOPY --from=a /x /y\nFROM alpine\n");
    editor.setPlainText(original);
    views::FindReplaceBar *bar = editor.findReplaceBar();
    editor.showFindBar(true);
    QVERIFY(bar->isReplaceVisible());
    bar->setFindText(QStringLiteral("alpine"));
    bar->setReplaceText(QStringLiteral("debian"));
    QCOMPARE(bar->replaceAll(), 3);
    QCOMPARE(
        editor.toPlainText(),
        QStringLiteral("FROM debian AS a\nFROM debian AS b\nCOPY --from=a /x /y\nFROM debian\n"));
    editor.undo();
    QCOMPARE(editor.toPlainText(), original);
    editor.redo();
    QVERIFY(!editor.toPlainText().contains(QStringLiteral("lpine")));
    // Case-sensitive replace of one match, then the next one is selected.
    editor.undo();
    bar->setMatchCase(true);
    bar->setReplaceText(QStringLiteral("ubuntu"));
    placeCursor(editor, 0);
    QVERIFY(bar->findNext());
    QVERIFY(bar->replaceCurrent());
    QCOMPARE(editor.document()->firstBlock().text(), QStringLiteral("FROM ubuntu AS a"));
    QCOMPARE(editor.textCursor().selectedText(), QStringLiteral("alpine"));
    QCOMPARE(editor.textCursor().blockNumber(), 3);
}

void TestEditor::regexReplaceUsesCaptures()
{
    DockerfileEditor editor;
    const QString original = QStringLiteral("FROM golang:1.21 AS a\nFROM golang:1.22\n");
    editor.setPlainText(original);
    views::FindReplaceBar *bar = editor.findReplaceBar();
    bar->setRegularExpression(true);
    bar->setFindText(QStringLiteral("golang:(\\d+)\\.(\\d+)"));
    bar->setReplaceText(QStringLiteral("golang:\\1.\\2-alpine"));
    QCOMPARE(bar->replaceAll(), 2);
    QCOMPARE(editor.toPlainText(),
             QStringLiteral("FROM golang:1.21-alpine AS a\nFROM golang:1.22-alpine\n"));
    editor.undo();
    QCOMPARE(editor.toPlainText(), original);
    // An invalid pattern replaces nothing.
    bar->setFindText(QStringLiteral("golang:("));
    QCOMPARE(bar->replaceAll(), 0);
    QCOMPARE(editor.toPlainText(), original);
}

void TestEditor::completionContexts()
{
    using views::EditorCompleter;
    const QStringList stages = {QStringLiteral("build"), QStringLiteral("test")};
    auto c = EditorCompleter::contextFor(QStringLiteral("CO"), false, stages);
    QVERIFY(c.items.contains(QStringLiteral("COPY")));
    QCOMPARE(c.prefix, QStringLiteral("CO"));
    c = EditorCompleter::contextFor(QStringLiteral("  ru"), true, stages);
    QVERIFY(c.items.contains(QStringLiteral("run")));
    c = EditorCompleter::contextFor(QStringLiteral("ONBUILD CO"), false, stages);
    QVERIFY(c.items.contains(QStringLiteral("COPY")));
    c = EditorCompleter::contextFor(QStringLiteral("COPY --"), false, stages);
    QVERIFY(c.items.contains(QStringLiteral("--from=")));
    QVERIFY(c.items.contains(QStringLiteral("--chown=")));
    QVERIFY(c.items.contains(QStringLiteral("--link")));
    c = EditorCompleter::contextFor(QStringLiteral("RUN --"), false, stages);
    QVERIFY(c.items.contains(QStringLiteral("--mount=")));
    QVERIFY(!c.items.contains(QStringLiteral("--from=")));
    c = EditorCompleter::contextFor(QStringLiteral("HEALTHCHECK --in"), false, stages);
    QVERIFY(c.items.contains(QStringLiteral("--interval=")));
    c = EditorCompleter::contextFor(QStringLiteral("COPY --from=b"), false, stages);
    QCOMPARE(c.items, stages);
    QCOMPARE(c.prefix, QStringLiteral("b"));
    c = EditorCompleter::contextFor(QStringLiteral("RUN --mount=type=cache,from=t"), false, stages);
    QCOMPARE(c.items, stages);
    QCOMPARE(c.prefix, QStringLiteral("t"));
    c = EditorCompleter::contextFor(QStringLiteral("RUN --mount=type=c"), false, stages);
    QVERIFY(c.items.contains(QStringLiteral("cache")));
    c = EditorCompleter::contextFor(QStringLiteral("FROM --platform=linux/amd64 "), false, stages);
    QVERIFY(c.items.contains(QStringLiteral("build")));
    QVERIFY(c.items.contains(QStringLiteral("alpine:3.20")));
    c = EditorCompleter::contextFor(QStringLiteral("FROM alpine a"), false, stages);
    QCOMPARE(c.items, QStringList{QStringLiteral("AS")});
    c = EditorCompleter::contextFor(QStringLiteral("RUN make "), false, stages);
    QVERIFY(c.items.isEmpty());
}

void TestEditor::completionListsStageNamesAfterFrom()
{
    DockerfileEditor editor;
    editor.setPlainText(QStringLiteral("FROM alpine AS build\nFROM alpine AS test\nFROM alpine\n"));
    analyse(editor);
    editor.resize(600, 400);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.moveCursor(QTextCursor::End);
    QTest::keyClicks(&editor, QStringLiteral("COPY --from="));
    QCOMPARE(editor.toPlainText().section(u'\n', 3), QStringLiteral("COPY --from="));
    QCompleter *completer = editor.completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QStringList offered;
    for (int i = 0; i < completer->completionCount(); ++i) {
        completer->setCurrentRow(i);
        offered.append(completer->currentCompletion());
    }
    QCOMPARE(offered, (QStringList{QStringLiteral("build"), QStringLiteral("test")}));
    // Typing narrows the list; accepting inserts the rest of the name.
    QTest::keyClick(&editor, Qt::Key_T);
    QCOMPARE(completer->completionCount(), 1);
    Q_EMIT completer->activated(QStringLiteral("test"));
    QCOMPARE(editor.document()->findBlockByNumber(3).text(), QStringLiteral("COPY --from=test"));
}

void TestEditor::cursorStageFollowsTheCursor()
{
    DockerfileEditor editor;
    editor.setPlainText(MultiStage);
    QSignalSpy spy(&editor, &DockerfileEditor::cursorStageChanged);
    analyse(editor);
    QCOMPARE(editor.cursorStage(), -1); // the cursor starts on the meta ARG
    placeCursor(editor, positionOf(editor, 6, QStringLiteral("RUN")));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.last().at(0).toInt(), 1);
    // A blank line inside a stage still belongs to it.
    placeCursor(editor, editor.document()->findBlockByNumber(4).position());
    QCOMPARE(spy.last().at(0).toInt(), 0);
    placeCursor(editor, positionOf(editor, 9, QStringLiteral("/app")));
    QCOMPARE(spy.last().at(0).toInt(), 2);
    const int before = static_cast<int>(spy.size());
    placeCursor(editor, positionOf(editor, 10, QStringLiteral("app")));
    QCOMPARE(spy.size(), before); // same stage: no signal
    placeCursor(editor, 0);
    QCOMPARE(spy.last().at(0).toInt(), -1);
}

void TestEditor::goToDefinitionSelectsTheStageName()
{
    DockerfileEditor editor;
    editor.setPlainText(MultiStage);
    analyse(editor);
    QSignalSpy spy(&editor, &DockerfileEditor::goToDefinitionRequested);
    placeCursor(editor, positionOf(editor, 9, QStringLiteral("build")) + 2);
    QCOMPARE(editor.stageAt(editor.textCursor().position()), 0);
    QTest::keyClick(&editor, Qt::Key_F12);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 0);
    QCOMPARE(editor.textCursor().blockNumber(), 1);
    QCOMPARE(editor.textCursor().selectedText(), QStringLiteral("build"));
    // Not on a stage reference: nothing happens.
    placeCursor(editor, positionOf(editor, 9, QStringLiteral("/usr")));
    QTest::keyClick(&editor, Qt::Key_F12);
    QCOMPARE(spy.size(), 1);
}

void TestEditor::renameStageEmitsRenameOperation()
{
    DockerfileEditor editor;
    editor.setPlainText(MultiStage);
    analyse(editor);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy spy(&editor, &DockerfileEditor::operationRequested);
    placeCursor(editor,
                positionOf(editor, 6, QStringLiteral("build")) + 1); // in --mount=…,from=build
    QString offered;
    QTimer answer;
    answer.setInterval(10);
    connect(&answer, &QTimer::timeout, &editor, [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        answer.stop();
        offered = dialog->textValue();
        dialog->setTextValue(QStringLiteral("compile"));
        dialog->accept();
    });
    answer.start();
    QTest::keyClick(&editor, Qt::Key_F2);
    QCOMPARE(offered, QStringLiteral("build"));
    QCOMPARE(spy.size(), 1);
    const auto op = spy.at(0).at(0).value<model::EditOperation>();
    QVERIFY(std::holds_alternative<model::RenameStage>(op));
    QCOMPARE(std::get<model::RenameStage>(op).stage, std::string("build"));
    QCOMPARE(std::get<model::RenameStage>(op).name, std::string("compile"));
    // The editor never edits the text itself: the controller applies the operation.
    QCOMPARE(editor.toPlainText(), MultiStage);
}

void TestEditor::zoomShortcuts()
{
    DockerfileEditor editor;
    const qreal base = editor.font().pointSizeF();
    QTest::keyClick(&editor, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(editor.zoomLevel(), 1);
    QVERIFY(editor.font().pointSizeF() > base);
    editor.zoomIn();
    QCOMPARE(editor.zoomLevel(), 2);
    QTest::keyClick(&editor, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(editor.zoomLevel(), 1);
    QTest::keyClick(&editor, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(editor.zoomLevel(), 0);
    QCOMPARE(editor.font().pointSizeF(), base);
    QVERIFY(editor.font().families().contains(QStringLiteral("Noto Sans Devanagari")));
    QCOMPARE(editor.font().styleHint(), QFont::Monospace);
}

void TestEditor::goToLineClamps()
{
    DockerfileEditor editor;
    editor.setPlainText(MultiStage);
    editor.goToLine(6);
    QCOMPARE(editor.textCursor().blockNumber(), 5);
    editor.goToLine(1000);
    QCOMPARE(editor.textCursor().blockNumber(), editor.blockCount() - 1);
    editor.goToLine(-3);
    QCOMPARE(editor.textCursor().blockNumber(), 0);
}

void TestEditor::revealRangeSelectsAndHighlights()
{
    DockerfileEditor editor;
    editor.setPlainText(MultiStage);
    analyse(editor);
    const int begin = editor.document()->findBlockByNumber(9).position();
    editor.revealRange(begin, begin + 4);
    QCOMPARE(editor.textCursor().selectedText(), QStringLiteral("COPY"));
    const auto reveal = selectionsOfKind(editor, DockerfileEditor::SelectionKind::Reveal);
    QCOMPARE(reveal.size(), 1);
    QCOMPARE(reveal.first().cursor.selectedText(), QStringLiteral("COPY"));
    // Typing clears the reveal highlight.
    editor.insertPlainText(QStringLiteral("x"));
    QVERIFY(selectionsOfKind(editor, DockerfileEditor::SelectionKind::Reveal).isEmpty());
}

void TestEditor::devanagariCommentsKeepOffsets()
{
    DockerfileEditor editor;
    const QString text = QStringLiteral("# यह build stage है — पहले compile करें\n"
                                        "FROM golang AS build # टिप्पणी\n"
                                        "RUN echo \"नमस्ते\" $HOME\n"
                                        "COPY --from=build /a /b\n");
    editor.setPlainText(text);
    const std::string utf8 = text.toStdString();
    const auto analysis = model::Analysis::build(utf8);
    const model::StageGraph &graph = analysis->graph();
    // A marker converted from bytes through the analysis's offset table, as the editor does.
    const model::TextOffsets &offsets = analysis->offsets();
    const model::Edge *copy = nullptr;
    for (const model::Edge &e : graph.edges())
        if (e.kind == model::EdgeKind::Copy)
            copy = &e;
    QVERIFY(copy);
    DockerfileEditor::Marker marker;
    marker.begin = offsets.toUtf16(copy->referenceRange.begin);
    marker.end = offsets.toUtf16(copy->referenceRange.end);
    marker.message = QStringLiteral("संदेश");
    editor.setAnalysis(analysis, {marker});

    const QColor stage0 = views::StageColors::stageColor(0, editor.palette());
    QCOMPARE(formatAt(editor, 1, columnOf(editor, 1, QStringLiteral("build"))).foreground().color(),
             stage0);
    QCOMPARE(formatAt(editor, 3, columnOf(editor, 3, QStringLiteral("build"))).foreground().color(),
             stage0);
    QVERIFY(formatAt(editor, 0, 5).fontItalic());
    QCOMPARE(formatAt(editor, 2, columnOf(editor, 2, QStringLiteral("$HOME"))).foreground().color(),
             editor.highlighter()->format(Role::Variable).foreground().color());
    QCOMPARE(formatAt(editor, 2, columnOf(editor, 2, QStringLiteral("नमस्ते"))).foreground().color(),
             editor.highlighter()->format(Role::String).foreground().color());
    const auto diagnostics = selectionsOfKind(editor, DockerfileEditor::SelectionKind::Diagnostic);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().cursor.selectedText(), QStringLiteral("build"));
    QCOMPARE(editor.stageAt(positionOf(editor, 3, QStringLiteral("build"))), 0);
    QSignalSpy spy(&editor, &DockerfileEditor::cursorStageChanged);
    placeCursor(editor, positionOf(editor, 3, QStringLiteral("/a")));
    QCOMPARE(editor.cursorStage(), 0);
}

void TestEditor::textOffsetsRoundTrip()
{
    const QString text = QStringLiteral("# नमस्ते 🐳\nFROM alpine\n");
    const std::string utf8 = text.toStdString();
    const model::TextOffsets offsets(utf8);
    // Every code point boundary maps both ways.
    int utf16 = 0;
    std::uint32_t byte = 0;
    while (byte <= utf8.size()) {
        QCOMPARE(offsets.toUtf16(byte), utf16);
        QCOMPARE(offsets.toUtf8(utf16), byte);
        if (byte == utf8.size())
            break;
        const auto lead = static_cast<unsigned char>(utf8[byte]);
        const std::uint32_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        byte += len;
        utf16 += len == 4 ? 2 : 1;
    }
    QCOMPARE(utf16, int(text.size()));
    // Inside a character: its start. Past the end: the end.
    QCOMPARE(offsets.toUtf16(3), 2);
    QCOMPARE(offsets.toUtf16(100000), int(text.size()));
    QCOMPARE(offsets.toUtf8(int(text.size()) + 5), std::uint32_t(utf8.size()));
    // Pure ASCII is the identity.
    const model::TextOffsets ascii("FROM alpine\n");
    QCOMPARE(ascii.toUtf16(5), 5);
    QCOMPARE(ascii.toUtf8(7), 7u);
    // Invalid bytes count as one replacement character each, like QString::fromUtf8.
    const std::string invalid = std::string("a\xff") + "b";
    const model::TextOffsets bad(invalid);
    QCOMPARE(bad.toUtf16(2), int(QString::fromUtf8(invalid.data(), 2).size()));
    QCOMPARE(bad.toUtf16(3), int(QString::fromUtf8(invalid.data(), 3).size()));
}

void TestEditor::realCorpusSpansStayInsideBlocks()
{
    STAGECRAFT_REQUIRE_SHARED();
    const QDir dir(stagecraft::tests::sharedDir() + QStringLiteral("/corpus/real"));
    DockerfileEditor editor;
    int files = 0;
    QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        editor.setPlainText(text);
        const auto analysis = model::Analysis::build(editor.toPlainText().toStdString());
        editor.setAnalysis(analysis, {});
        for (QTextBlock b = editor.document()->begin(); b.isValid(); b = b.next()) {
            const auto spans = editor.highlighter()->spans(b.blockNumber());
            for (const auto &s : spans) {
                QVERIFY2(
                    s.start >= 0 && s.length > 0 && s.start + s.length <= b.length() - 1,
                    qPrintable(it.filePath() + QStringLiteral(":%1").arg(b.blockNumber() + 1)));
            }
        }
        // Every FROM keyword is highlighted as a keyword.
        for (const model::Instruction &ins : analysis->tree()->instructions()) {
            if (ins.kind != model::InstructionKind::From)
                continue;
            QCOMPARE(formatAt(editor, ins.startLine - 1, 0).fontWeight(), int(QFont::Bold));
        }
        ++files;
    }
    QVERIFY(files > 100);
}

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
