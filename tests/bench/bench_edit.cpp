// SPDX-License-Identifier: GPL-3.0-or-later
//
// Edit engine benchmarks: each operation on the 5,000-line / 100-stage synthetic file, measured
// the way the canvas uses it: compute the edits, apply them, and reparse + derive the graph of the
// result. Aim: < 2 ms per operation (docs/benchmarks.md).

#include "model/EditEngine.h"
#include "model/StageGraph.h"
#include "model/SyntaxTree.h"

#include "synthetic.h"

#include <benchmark/benchmark.h>

#include <memory>
#include <string>

namespace {

using stagecraft::bench::SyntheticDockerfile;
namespace model = stagecraft::model;

const std::string &fiveThousandLines()
{
    static const std::string text = SyntheticDockerfile::byLines(5000, 100);
    return text;
}

void runOperation(benchmark::State &state, const model::EditOperation &op)
{
    const std::string &text = fiveThousandLines();
    const auto tree = model::SyntaxTree::parse(text);
    const model::StageGraph graph = model::StageGraph::derive(*tree);
    {
        const model::EditResult check = model::EditEngine(*tree, graph).apply(op);
        if (!check.ok()) {
            state.SkipWithError(("operation refused: " + check.refusal).c_str());
            return;
        }
    }
    for (auto _ : state) {
        const model::EditResult r = model::EditEngine(*tree, graph).apply(op);
        const std::string edited = model::applyEdits(text, r.edits);
        const auto reparsed = model::SyntaxTree::parse(edited);
        const model::StageGraph g2 = model::StageGraph::derive(*reparsed);
        benchmark::DoNotOptimize(g2.stages().size());
    }
}

/// The stage used by every operation: one in the middle, with a name.
std::string middle()
{
    const auto tree = model::SyntaxTree::parse(fiveThousandLines());
    const model::StageGraph graph = model::StageGraph::derive(*tree);
    for (std::size_t i = graph.stages().size() / 2; i < graph.stages().size(); ++i) {
        if (!graph.stages()[i].name.empty())
            return graph.stages()[i].name;
    }
    return "50";
}

void BM_Baseline_ReparseOnly(benchmark::State &state)
{
    const std::string &text = fiveThousandLines();
    for (auto _ : state) {
        const auto tree = model::SyntaxTree::parse(text);
        const model::StageGraph g = model::StageGraph::derive(*tree);
        benchmark::DoNotOptimize(g.stages().size());
    }
}

void BM_AddStage(benchmark::State &state)
{
    runOperation(state, model::AddStage{"alpine:3.20", "bench", "", "", "0"});
}
void BM_RemoveStage(benchmark::State &state)
{
    runOperation(state, model::RemoveStage{middle(), true});
}
void BM_RenameStage(benchmark::State &state)
{
    runOperation(state, model::RenameStage{middle(), "renamed"});
}
void BM_MoveStage(benchmark::State &state)
{
    runOperation(state, model::MoveStage{"99", "", "98"});
}
void BM_SetBase(benchmark::State &state)
{
    runOperation(state, model::SetBase{middle(), "debian:bookworm-slim"});
}
void BM_AddCopy(benchmark::State &state)
{
    runOperation(state, model::AddCopy{"0", "99", {"/out/app"}, "/usr/local/bin/", "", "", false});
}
void BM_DuplicateStage(benchmark::State &state)
{
    runOperation(state, model::DuplicateStage{middle(), "copy"});
}
void BM_AddInstruction(benchmark::State &state)
{
    runOperation(state, model::AddInstruction{middle(), "RUN make", -1});
}

} // namespace

BENCHMARK(BM_Baseline_ReparseOnly)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_AddStage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_RemoveStage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_RenameStage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_MoveStage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SetBase)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_AddCopy)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_DuplicateStage)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_AddInstruction)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
