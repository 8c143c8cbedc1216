// SPDX-License-Identifier: GPL-3.0-or-later
// Canvas figures (docs/canvas.md): a 200-stage / 400-arrow file — reconciling the scene after an
// edit, the layered layout alone, and a full automatic layout of the scene.

#include "views/canvas/ArrowItem.h"
#include "views/canvas/ArrowRouter.h"
#include "views/canvas/CanvasLayout.h"
#include "views/canvas/CanvasNodeItem.h"
#include "views/canvas/StageScene.h"

#include "model/Analysis.h"

#include <QApplication>

#include <benchmark/benchmark.h>

#include <string>

using namespace stagecraft;

namespace {

/// 200 stages; every stage from the third on copies from two earlier ones (398 copy arrows), and
/// each has a base image or base stage arrow as well.
std::string syntheticFile(int stages, const std::string &extra = {})
{
    std::string text;
    for (int i = 0; i < stages; ++i) {
        if (i % 10 == 5)
            text += "FROM s" + std::to_string(i - 1) + " AS s" + std::to_string(i) + "\n";
        else
            text += "FROM alpine:3." + std::to_string(i % 7) + " AS s" + std::to_string(i) + "\n";
        text += "WORKDIR /src\nRUN make -j4 target" + std::to_string(i) + "\n";
        if (i >= 2) {
            text += "COPY --from=s" + std::to_string(i / 2) + " /out/a /in/a\n";
            text += "COPY --from=s" + std::to_string(i - 1) + " /out/b /in/b\n";
        } else if (i == 1) {
            text += "COPY --from=s0 /out/a /in/a\nCOPY --from=s0 /out/b /in/b\n";
        }
        if (i == stages / 2)
            text += extra;
        text += "\n";
    }
    return text;
}

std::shared_ptr<const model::Analysis> parse(const std::string &text)
{
    return model::Analysis::build(text);
}

void BM_ReconcileAfterEdit(benchmark::State &state)
{
    const auto before = parse(syntheticFile(200));
    const auto after
        = model::Analysis::build(syntheticFile(200, "RUN echo edited\n"), {}, before.get());
    views::StageScene scene;
    scene.setAnalysis(before);
    state.counters["arrows"] = static_cast<double>(scene.arrows().size());
    bool flip = false;
    for (auto _ : state) {
        scene.setAnalysis(flip ? before : after);
        flip = !flip;
    }
}
BENCHMARK(BM_ReconcileAfterEdit)->Unit(benchmark::kMillisecond);

void BM_LayeredLayout(benchmark::State &state)
{
    const auto parsed = parse(syntheticFile(200));
    views::CanvasLayout::Graph graph;
    const auto &stages = parsed->graph().stages();
    graph.sizes.assign(stages.size(), QSizeF(260, 140));
    for (const model::Edge &edge : parsed->graph().edges()) {
        if (edge.from >= 0)
            graph.edges.emplace_back(edge.from, edge.to);
    }
    state.counters["edges"] = static_cast<double>(graph.edges.size());
    for (auto _ : state) {
        auto result = views::CanvasLayout::layered(graph);
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(BM_LayeredLayout)->Unit(benchmark::kMillisecond);

void BM_SceneAutoLayout(benchmark::State &state)
{
    const auto parsed = parse(syntheticFile(200));
    views::StageScene scene;
    scene.setAnalysis(parsed);
    for (auto _ : state)
        scene.autoLayout();
}
BENCHMARK(BM_SceneAutoLayout)->Unit(benchmark::kMillisecond);

void BM_FirstModel(benchmark::State &state)
{
    const auto parsed = parse(syntheticFile(200));
    for (auto _ : state) {
        views::StageScene scene;
        scene.setAnalysis(parsed);
    }
}
BENCHMARK(BM_FirstModel)->Unit(benchmark::kMillisecond);

/// Routing every arrow of a laid-out graph around its nodes (ArrowRouter), as the scene does
/// after a full layout: a 59-stage graph (as large as the real files get) and a 240-stage one.
void BM_RouteAllArrows(benchmark::State &state)
{
    const auto parsed = parse(syntheticFile(static_cast<int>(state.range(0))));
    views::StageScene scene;
    scene.setAnalysis(parsed);
    const std::vector<QRectF> nodes = scene.nodeRects();
    const auto arrows = scene.arrows();
    state.counters["arrows"] = static_cast<double>(arrows.size());
    state.counters["nodes"] = static_cast<double>(nodes.size());
    for (auto _ : state) {
        for (const views::ArrowItem *arrow : arrows) {
            const views::CanvasNodeItem *from = arrow->fromNode();
            const views::CanvasNodeItem *to = arrow->toNode();
            auto route = views::ArrowRouter::route(
                arrow->startPoint(), from->mapRectToScene(from->frameRect()), arrow->endPoint(),
                to->mapRectToScene(to->frameRect()), nodes, {});
            benchmark::DoNotOptimize(route);
        }
    }
}
BENCHMARK(BM_RouteAllArrows)->Arg(59)->Arg(240)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
