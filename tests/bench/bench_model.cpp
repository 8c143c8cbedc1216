// SPDX-License-Identifier: GPL-3.0-or-later
//
// Model benchmarks: parse, derive, lint and print on synthetic Dockerfiles
// (tests/bench/synthetic.h). What each benchmark measures and the figures on the reference machine:
// docs/benchmarks.md. Aims: parse + graph >= 300 MB/s on the 1 MB and 10 MB files; a full reparse
// (parse + derive + lint) of the 5,000-line / 100-stage file in < 2 ms, the editor's per-keystroke
// budget.

#include "model/Analysis.h"
#include "model/BuildkitDump.h"
#include "model/IncrementalParse.h"
#include "model/Lint.h"
#include "model/StageGraph.h"
#include "model/SyntaxTree.h"

#include "synthetic.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>

namespace {

using stagecraft::bench::SyntheticDockerfile;
namespace model = stagecraft::model;

constexpr std::size_t kOneMiB = std::size_t{1} << 20U;

const std::string &oneMiB()
{
    static const std::string text = SyntheticDockerfile::bySize(kOneMiB);
    return text;
}

const std::string &tenMiB()
{
    static const std::string text = SyntheticDockerfile::bySize(10 * kOneMiB);
    return text;
}

const std::string &fiveThousandLines()
{
    static const std::string text = SyntheticDockerfile::byLines(5000, 100);
    return text;
}

/// Setup check shared by every benchmark: the input must survive the round trip, else the
/// figure would be meaningless. Returns false (and marks the benchmark failed) when it does not.
bool roundTrips(benchmark::State &state, const std::string &text)
{
    const auto tree = model::SyntaxTree::parse(text);
    if (tree->print() != text) {
        state.SkipWithError("print(parse(s)) != s for the synthetic input");
        return false;
    }
    return true;
}

void addShapeCounters(benchmark::State &state, const std::string &text)
{
    const auto tree = model::SyntaxTree::parse(text);
    const auto graph = model::StageGraph::derive(*tree);
    state.counters["stages"] = static_cast<double>(graph.stages().size());
    state.counters["instructions"] = static_cast<double>(tree->instructions().size());
    state.counters["tokens"] = static_cast<double>(tree->tokens().size());
}

/// SyntaxTree::parse alone. The copy into the std::string that parse() takes is inside the
/// loop (a reparse always makes one); BM_CopyBaseline shows what that copy costs.
void BM_Parse(benchmark::State &state, const std::string &(*input)())
{
    const std::string &text = input();
    if (!roundTrips(state, text))
        return;
    for (auto _ : state) {
        auto tree = model::SyntaxTree::parse(text);
        benchmark::DoNotOptimize(tree);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations())
                            * static_cast<std::int64_t>(text.size()));
    addShapeCounters(state, text);
}

/// parse + StageGraph::derive: what the canvas needs after every edit.
void BM_ParseAndGraph(benchmark::State &state, const std::string &(*input)())
{
    const std::string &text = input();
    if (!roundTrips(state, text))
        return;
    for (auto _ : state) {
        auto tree = model::SyntaxTree::parse(text);
        auto graph = model::StageGraph::derive(*tree);
        benchmark::DoNotOptimize(tree);
        benchmark::DoNotOptimize(graph);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations())
                            * static_cast<std::int64_t>(text.size()));
    addShapeCounters(state, text);
}

/// The cost of copying the input once: the floor under BM_Parse.
void BM_CopyBaseline(benchmark::State &state, const std::string &(*input)())
{
    const std::string &text = input();
    for (auto _ : state) {
        std::string copy = text;
        benchmark::DoNotOptimize(copy);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations())
                            * static_cast<std::int64_t>(text.size()));
}

/// What the editor does after a keystroke on a big file: parse + derive + lint, from scratch.
void BM_Reparse5000Lines100Stages(benchmark::State &state)
{
    const std::string &text = fiveThousandLines();
    if (!roundTrips(state, text))
        return;
    {
        const auto tree = model::SyntaxTree::parse(text);
        if (model::StageGraph::derive(*tree).stages().size() != 100) {
            state.SkipWithError("the 5,000-line file does not parse into 100 stages");
            return;
        }
    }
    std::size_t diagnostics = 0;
    for (auto _ : state) {
        auto tree = model::SyntaxTree::parse(text);
        auto graph = model::StageGraph::derive(*tree);
        auto found = model::lint(*tree, graph);
        diagnostics = found.size();
        benchmark::DoNotOptimize(found);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations())
                            * static_cast<std::int64_t>(text.size()));
    state.counters["diagnostics"] = static_cast<double>(diagnostics);
    state.counters["lines"] = SyntheticDockerfile::countLines(text);
    addShapeCounters(state, text);
}

/// StageGraph::derive alone on the 5,000-line file (tree built outside the loop).
void BM_Derive5000Lines(benchmark::State &state)
{
    const std::string &text = fiveThousandLines();
    if (!roundTrips(state, text))
        return;
    const auto tree = model::SyntaxTree::parse(text);
    for (auto _ : state) {
        auto graph = model::StageGraph::derive(*tree);
        benchmark::DoNotOptimize(graph);
    }
}

/// lint() alone on the 5,000-line file (tree and graph built outside the loop).
void BM_Lint(benchmark::State &state)
{
    const std::string &text = fiveThousandLines();
    if (!roundTrips(state, text))
        return;
    const auto tree = model::SyntaxTree::parse(text);
    const auto graph = model::StageGraph::derive(*tree);
    for (auto _ : state) {
        auto found = model::lint(*tree, graph);
        benchmark::DoNotOptimize(found);
    }
}

/// SyntaxTree::print (concatenating every token) on the 1 MB file: the round-trip half of
/// print(parse(s)) == s, and what saving from the tree would cost.
void BM_Print(benchmark::State &state)
{
    const std::string &text = oneMiB();
    if (!roundTrips(state, text))
        return;
    const auto tree = model::SyntaxTree::parse(text);
    for (auto _ : state) {
        std::string printed = tree->print();
        benchmark::DoNotOptimize(printed);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations())
                            * static_cast<std::int64_t>(text.size()));
}

/// The BuildKit AST dump of the 1 MB file (used by `stagecraft-cli dump` and the conformance
/// tests).
void BM_BuildkitDump(benchmark::State &state)
{
    const std::string &text = oneMiB();
    if (!roundTrips(state, text))
        return;
    const auto tree = model::SyntaxTree::parse(text);
    for (auto _ : state) {
        std::string dump = model::buildkitDump(*tree);
        benchmark::DoNotOptimize(dump);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations())
                            * static_cast<std::int64_t>(text.size()));
}

} // namespace

/// Keystrokes in the middle of a file of `state.range(0)` lines (one stage per 50 lines): one
/// character typed after "RUN " and deleted again, in turns, each text built from the one before.
struct Keystrokes
{
    std::string typed;   ///< the file with the character
    std::string deleted; ///< the file without it

    static const Keystrokes &of(int lines)
    {
        static std::map<int, Keystrokes> cache;
        auto it = cache.find(lines);
        if (it == cache.end()) {
            Keystrokes k;
            k.deleted = SyntheticDockerfile::byLines(lines, std::max(1, lines / 50));
            const std::size_t at = k.deleted.find("\nRUN ", k.deleted.size() / 2) + 5;
            k.typed = k.deleted;
            k.typed.insert(at, "x");
            it = cache.emplace(lines, std::move(k)).first;
        }
        return it->second;
    }
};

/// model::reparse() of one keystroke (the tree of the text before it given).
void BM_IncrementalReparse(benchmark::State &state)
{
    const Keystrokes &k = Keystrokes::of(static_cast<int>(state.range(0)));
    std::shared_ptr<const model::SyntaxTree> tree = model::SyntaxTree::parse(k.deleted);
    bool type = true;
    bool incremental = false;
    for (auto _ : state) {
        tree = model::reparse(*tree, type ? k.typed : k.deleted, &incremental);
        type = !type;
    }
    if (!incremental)
        state.SkipWithError("the keystroke was not reparsed incrementally");
    state.counters["bytes"] = static_cast<double>(k.deleted.size());
}

/// model::Analysis::build() of one keystroke, the previous analysis given: the model's whole
/// share of a keystroke (tree, graph, lint, offsets, stage ids).
void BM_AnalysisAfterKeystroke(benchmark::State &state)
{
    const Keystrokes &k = Keystrokes::of(static_cast<int>(state.range(0)));
    std::shared_ptr<const model::Analysis> analysis = model::Analysis::build(k.deleted);
    bool type = true;
    for (auto _ : state) {
        analysis = model::Analysis::build(type ? k.typed : k.deleted, {}, analysis.get());
        type = !type;
    }
    state.counters["stages"] = static_cast<double>(analysis->graph().stages().size());
}

/// The same keystrokes with the tree parsed whole (SyntaxTree::parse): the model's share before
/// the incremental reparse, for comparison in the same binary.
void BM_AnalysisAfterKeystrokeWholeParse(benchmark::State &state)
{
    const Keystrokes &k = Keystrokes::of(static_cast<int>(state.range(0)));
    bool type = true;
    for (auto _ : state) {
        // No previous analysis: parsed whole (the stage ids, all new, cost next to nothing).
        auto analysis = model::Analysis::build(type ? k.typed : k.deleted);
        benchmark::DoNotOptimize(analysis);
        type = !type;
    }
}

BENCHMARK_CAPTURE(BM_Parse, 1MB, &oneMiB)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Parse, 10MB, &tenMiB)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ParseAndGraph, 1MB, &oneMiB)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ParseAndGraph, 10MB, &tenMiB)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_CopyBaseline, 10MB, &tenMiB)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Reparse5000Lines100Stages)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Derive5000Lines)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Lint)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Print)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_BuildkitDump)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IncrementalReparse)
    ->Arg(1000)
    ->Arg(5000)
    ->Arg(10000)
    ->Arg(50000)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_AnalysisAfterKeystrokeWholeParse)
    ->Arg(1000)
    ->Arg(5000)
    ->Arg(10000)
    ->Arg(50000)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_AnalysisAfterKeystroke)
    ->Arg(1000)
    ->Arg(5000)
    ->Arg(10000)
    ->Arg(50000)
    ->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
