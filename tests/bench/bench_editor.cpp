// SPDX-License-Identifier: GPL-3.0-or-later
//
// Editor benchmarks on the 5,000-line / 100-stage synthetic file (tests/bench/synthetic.h):
//  - BM_EditorFullHighlight: setAnalysis() + a full rehighlight (opening a file, palette switch).
//  - BM_EditorSetAnalysisAfterKeystroke: one character typed, reparse, setAnalysis(): the
//    per-keystroke cost, where only the edited block is re-highlighted.
//  - BM_HighlighterSpansOnly: setAnalysis() when nothing changed (span computation + diff).
// Runs offscreen (QT_QPA_PLATFORM defaults to offscreen here).

#include "views/editor/DockerfileEditor.h"
#include "views/editor/DockerfileHighlighter.h"

#include "model/Analysis.h"

#include "synthetic.h"

#include <QApplication>
#include <QTextBlock>
#include <QTextCursor>

#include <benchmark/benchmark.h>

#include <memory>
#include <string>

namespace {

using stagecraft::bench::SyntheticDockerfile;
namespace model = stagecraft::model;
using stagecraft::views::DockerfileEditor;

const QString &fiveThousandLines()
{
    static const QString text = QString::fromStdString(SyntheticDockerfile::byLines(5000, 100));
    return text;
}

void analyse(DockerfileEditor &editor)
{
    editor.setAnalysis(model::Analysis::build(editor.toPlainText().toStdString()), {});
}

void BM_EditorFullHighlight(benchmark::State &state)
{
    DockerfileEditor editor;
    editor.setPlainText(fiveThousandLines());
    const auto analysis = model::Analysis::build(fiveThousandLines().toStdString());
    for (auto _ : state) {
        editor.setAnalysis(analysis, {});
        editor.highlighter()->rehighlight();
    }
    state.counters["blocks"] = editor.blockCount();
}
BENCHMARK(BM_EditorFullHighlight)->Unit(benchmark::kMillisecond);

void BM_EditorSetAnalysisAfterKeystroke(benchmark::State &state)
{
    DockerfileEditor editor;
    editor.setPlainText(fiveThousandLines());
    analyse(editor);
    QTextCursor cursor(editor.document()->findBlockByNumber(2500));
    cursor.movePosition(QTextCursor::EndOfBlock);
    bool insert = true;
    for (auto _ : state) {
        // Type or delete one character, as a keystroke does, then reparse and re-analyse.
        if (insert)
            cursor.insertText(QStringLiteral("x"));
        else
            cursor.deletePreviousChar();
        insert = !insert;
        analyse(editor);
    }
    state.counters["rehighlighted"] = editor.highlighter()->lastRehighlightedBlocks();
}
BENCHMARK(BM_EditorSetAnalysisAfterKeystroke)->Unit(benchmark::kMillisecond);

void BM_HighlighterSpansOnly(benchmark::State &state)
{
    DockerfileEditor editor;
    editor.setPlainText(fiveThousandLines());
    const auto analysis = model::Analysis::build(fiveThousandLines().toStdString());
    editor.setAnalysis(analysis, {});
    for (auto _ : state)
        editor.setAnalysis(analysis, {});
    state.counters["rehighlighted"] = editor.highlighter()->lastRehighlightedBlocks();
}
BENCHMARK(BM_HighlighterSpansOnly)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
