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

#include <memory>
#include <string>

namespace {

using stagecraft::app::DocumentController;
using stagecraft::app::MainWindow;
using stagecraft::bench::SyntheticDockerfile;

const std::string &fiveThousandLines()
{
    static const std::string text = SyntheticDockerfile::byLines(5000, 100);
    return text;
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
