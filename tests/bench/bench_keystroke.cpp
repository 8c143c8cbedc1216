// SPDX-License-Identifier: GPL-3.0-or-later
//
// Keystroke latency on the 5,000-line / 100-stage synthetic file: one character typed into the
// document, then the reparse (tree, graph, lint) and the canvas reconciled with the result —
// what happens once per frame while someone types. Aim: median < 4 ms.
//
//   BM_KeystrokeReparseOnly  the controller alone (document text → tree, graph, lint)
//   BM_KeystrokeToCanvas   controller + StageCanvas (the figure the aim is about)
//   BM_KeystrokeWholeWindow  the main window: canvas, editor (highlighting, markers) and the
//                            diagnostics panel all updated
//   BM_KeystrokeToCanvasLines/N  BM_KeystrokeToCanvas on files of N lines (one stage per 50
//                            lines: 1,000 to 50,000 lines, 20 to 1,000 stages), each keystroke
//                            timed on its own: counters p50_ms and p99_ms (issue #20: median
//                            < 1 ms, p99 < 3 ms, flat in N)
//
// Run: build/dev/tests/bench/bench_keystroke --benchmark_repetitions=10
//      --benchmark_report_aggregates_only=true   (the median row is the figure)

#include "app/DocumentController.h"
#include "app/MainWindow.h"

#include "views/canvas/StageCanvas.h"

#include "synthetic.h"

#include <QApplication>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace {

using stagecraft::app::DocumentController;
using stagecraft::app::MainWindow;
using stagecraft::bench::SyntheticDockerfile;

const std::string &fiveThousandLines()
{
    static const std::string text = SyntheticDockerfile::byLines(5000, 100);
    return text;
}

/// A file of `lines` lines with one stage per 50 lines (5,000 lines: the file above).
const std::string &fileOfLines(int lines)
{
    static std::map<int, std::string> files;
    auto it = files.find(lines);
    if (it == files.end())
        it = files.emplace(lines, SyntheticDockerfile::byLines(lines, std::max(1, lines / 50)))
                 .first;
    return it->second;
}

/// Where the keystrokes go: the start of a RUN line near the middle of the file.
int typingPosition(QTextDocument *document)
{
    for (QTextBlock block = document->findBlockByNumber(document->blockCount() / 2);
         block.isValid(); block = block.next()) {
        if (block.text().startsWith(QLatin1String("RUN ")))
            return block.position() + 4;
    }
    return document->characterCount() / 2;
}

/// Types one character, or deletes the one typed before, so the text stays the same size.
void keystroke(QTextDocument *document, int position, bool type)
{
    QTextCursor cursor(document);
    cursor.setPosition(position);
    if (type) {
        cursor.insertText(QStringLiteral("x"));
    } else {
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
}

/// The document and model half alone: text out of the QTextDocument, parse, derive, lint.
void BM_KeystrokeReparseOnly(benchmark::State &state)
{
    DocumentController controller;
    controller.openBytes(QByteArray::fromStdString(fiveThousandLines()), QStringLiteral("bench"));
    const int position = typingPosition(controller.document());
    bool type = true;
    for (auto _ : state) {
        keystroke(controller.document(), position, type);
        controller.reparseNow();
        type = !type;
    }
}
BENCHMARK(BM_KeystrokeReparseOnly)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_KeystrokeToCanvas(benchmark::State &state)
{
    DocumentController controller;
    stagecraft::views::StageCanvas canvas;
    canvas.resize(1000, 800);
    QObject::connect(&controller, &DocumentController::analysisChanged, &canvas,
                     &stagecraft::views::StageCanvas::setAnalysis);
    controller.openBytes(QByteArray::fromStdString(fiveThousandLines()), QStringLiteral("bench"));
    const int position = typingPosition(controller.document());
    bool type = true;
    for (auto _ : state) {
        keystroke(controller.document(), position, type);
        controller.reparseNow();
        type = !type;
    }
    state.counters["stages"] = static_cast<double>(controller.graph().stages().size());
}
BENCHMARK(BM_KeystrokeToCanvas)->Unit(benchmark::kMillisecond)->MinTime(2.0);

/// BM_KeystrokeToCanvas on files from 1,000 to 50,000 lines, with the median and the 99th
/// percentile of the single keystrokes.
void BM_KeystrokeToCanvasLines(benchmark::State &state)
{
    DocumentController controller;
    stagecraft::views::StageCanvas canvas;
    canvas.resize(1000, 800);
    QObject::connect(&controller, &DocumentController::analysisChanged, &canvas,
                     &stagecraft::views::StageCanvas::setAnalysis);
    const std::string &text = fileOfLines(static_cast<int>(state.range(0)));
    controller.openBytes(QByteArray::fromStdString(text), QStringLiteral("bench"));
    const int position = typingPosition(controller.document());
    bool type = true;
    std::vector<double> times;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        keystroke(controller.document(), position, type);
        controller.reparseNow();
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        state.SetIterationTime(took.count());
        times.push_back(took.count() * 1e3);
        type = !type;
    }
    std::sort(times.begin(), times.end());
    if (!times.empty()) {
        state.counters["p50_ms"] = times[times.size() / 2];
        state.counters["p99_ms"] = times[std::min(times.size() - 1, times.size() * 99 / 100)];
    }
    state.counters["stages"] = static_cast<double>(controller.graph().stages().size());
    state.counters["bytes"] = static_cast<double>(text.size());
}
BENCHMARK(BM_KeystrokeToCanvasLines)
    ->Arg(1000)
    ->Arg(5000)
    ->Arg(10000)
    ->Arg(50000)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);

void BM_KeystrokeWholeWindow(benchmark::State &state)
{
    MainWindow window;
    window.resize(1280, 800);
    window.controller()->openBytes(QByteArray::fromStdString(fiveThousandLines()),
                                   QStringLiteral("bench"));
    QTextDocument *document = window.controller()->document();
    const int position = typingPosition(document);
    bool type = true;
    for (auto _ : state) {
        keystroke(document, position, type);
        window.reparseNow();
        type = !type;
    }
}
BENCHMARK(BM_KeystrokeWholeWindow)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
