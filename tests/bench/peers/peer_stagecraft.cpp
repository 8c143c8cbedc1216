// SPDX-License-Identifier: GPL-3.0-or-later
//
// peer_stagecraft: our side of scripts/bench-peers.sh, shaped like the peers beside it
// (tests/bench/peers/go, tests/bench/peers/node), and the generator of the benchmark's inputs.
//
//   peer_stagecraft time FILE ITERATIONS [WARMUP]   read FILE once; SyntaxTree::parse +
//                                                   StageGraph::derive WARMUP times untimed, then
//                                                   ITERATIONS times timed; prints
//                                                   "ns_per_iteration=N stages=S bytes=B"
//   peer_stagecraft generate STAGES OUT             write the synthetic Dockerfile of STAGES
//                                                   stages (tests/bench/synthetic.h; about 800
//                                                   bytes per stage) to OUT
//   peer_stagecraft spawn LIST -- PROGRAM ARGS...   run PROGRAM once per line of LIST (a file
//                                                   of paths; "{}" in ARGS is replaced by the
//                                                   path), one after the other, output to
//                                                   /dev/null; prints "ns=TOTAL cpu_ns=CPU
//                                                   processes=N failed=F" (CPU: the processes'
//                                                   user + system time, every thread, from
//                                                   wait4; F: exit status >= 2 or a signal;
//                                                   lint's 1 means "errors found")
//
// Model only (no Qt), like the peers: process start-up is not what `time` measures. `spawn` times
// whole processes (fork/exec to exit) without a shell in between.

#include "model/StageGraph.h"
#include "model/SyntaxTree.h"

#include "../synthetic.h"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#if !defined(_WIN32)
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
extern char **environ; // NOLINT: POSIX
#endif

namespace {

namespace model = stagecraft::model;
using stagecraft::bench::SyntheticDockerfile;

/// bySize's budget per stage: with it 100, 240 and 2,000 stages give files of about 82 KB,
/// 192 KB and 1.59 MB (the instructions overshoot the budget to about 800 bytes per stage).
constexpr std::size_t kBudgetPerStage = 420;

int fail(const std::string &message)
{
    std::cerr << "peer_stagecraft: " << message << '\n';
    return 2;
}

bool readFile(const char *path, std::string &out)
{
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in)
        return false;
    out.resize(static_cast<std::size_t>(in.tellg()));
    in.seekg(0);
    return static_cast<bool>(in.read(out.data(), static_cast<std::streamsize>(out.size())));
}

bool parseCount(const char *text, long long minimum, long long &out)
{
    char *end = nullptr;
    out = std::strtoll(text, &end, 10);
    return end != text && *end == '\0' && out >= minimum;
}

/// The timed work: what `stagecraft-cli graph` does between reading the file and writing JSON.
std::size_t parseAndDerive(const std::string &text)
{
    const auto tree = model::SyntaxTree::parse(text); // copies, as every reparse does
    const auto graph = model::StageGraph::derive(*tree);
    return graph.stages().size();
}

int timeMode(int argc, char **argv)
{
    long long iterations = 0;
    long long warmup = 1;
    if (argc < 4 || !parseCount(argv[3], 1, iterations)
        || (argc > 4 && !parseCount(argv[4], 0, warmup)))
        return fail("time needs FILE ITERATIONS [WARMUP] (ITERATIONS >= 1, WARMUP >= 0)");
    std::string text;
    if (!readFile(argv[2], text))
        return fail(std::string("cannot read ") + argv[2]);
    std::size_t stages = 0;
    for (long long i = 0; i < warmup; ++i)
        stages = parseAndDerive(text);
    const auto start = std::chrono::steady_clock::now();
    for (long long i = 0; i < iterations; ++i)
        stages = parseAndDerive(text);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(elapsed).count();
    std::cout << "ns_per_iteration=" << ns / iterations << " stages=" << stages
              << " bytes=" << text.size() << '\n';
    return 0;
}

int generateMode(int argc, char **argv)
{
    long long stages = 0;
    if (argc != 4 || !parseCount(argv[2], 1, stages) || stages > 100000)
        return fail("generate needs STAGES (1..100000) OUT");
    const std::string text = SyntheticDockerfile::bySize(
        static_cast<std::size_t>(stages) * kBudgetPerStage, static_cast<int>(stages));
    std::ofstream out(argv[3], std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.close();
    if (!out)
        return fail(std::string("cannot write ") + argv[3]);
    return 0;
}

int spawnMode(int argc, char **argv)
{
#if defined(_WIN32)
    (void)argc;
    (void)argv;
    return fail("spawn is not available on Windows");
#else
    if (argc < 5 || std::string_view(argv[3]) != "--")
        return fail("spawn needs LIST -- PROGRAM ARGS...");
    std::ifstream list(argv[2]);
    if (!list)
        return fail(std::string("cannot read ") + argv[2]);
    std::vector<std::string> paths;
    for (std::string line; std::getline(list, line);) {
        if (!line.empty())
            paths.push_back(line);
    }
    const int devNull = ::open("/dev/null", O_WRONLY);
    if (devNull < 0)
        return fail("cannot open /dev/null");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, devNull, STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, devNull, STDERR_FILENO);

    long long total = 0;
    long long cpu = 0;
    int failed = 0;
    for (const std::string &path : paths) {
        std::vector<std::string> args;
        for (int i = 4; i < argc; ++i)
            args.emplace_back(std::string_view(argv[i]) == "{}" ? path : argv[i]);
        std::vector<char *> cargs;
        for (std::string &a : args)
            cargs.push_back(a.data());
        cargs.push_back(nullptr);
        const auto start = std::chrono::steady_clock::now();
        pid_t pid = 0;
        if (posix_spawnp(&pid, cargs[0], &actions, nullptr, cargs.data(), environ) != 0) {
            posix_spawn_file_actions_destroy(&actions);
            ::close(devNull);
            return fail(std::string("cannot start ") + cargs[0]);
        }
        int status = 0;
        struct rusage usage = {};
        while (::wait4(pid, &status, 0, &usage) < 0) { }
        total += std::chrono::duration_cast<std::chrono::nanoseconds>(
                     std::chrono::steady_clock::now() - start)
                     .count();
        for (const timeval &t : {usage.ru_utime, usage.ru_stime})
            cpu += static_cast<long long>(t.tv_sec) * 1'000'000'000LL
                + static_cast<long long>(t.tv_usec) * 1'000LL;
        if (!WIFEXITED(status) || WEXITSTATUS(status) >= 2)
            ++failed;
    }
    posix_spawn_file_actions_destroy(&actions);
    ::close(devNull);
    std::cout << "ns=" << total << " cpu_ns=" << cpu << " processes=" << paths.size()
              << " failed=" << failed << '\n';
    return 0;
#endif
}

} // namespace

int main(int argc, char **argv)
{
    const std::string_view mode = argc > 1 ? argv[1] : "";
    if (mode == "time")
        return timeMode(argc, argv);
    if (mode == "generate")
        return generateMode(argc, argv);
    if (mode == "spawn")
        return spawnMode(argc, argv);
    return fail(
        "usage: peer_stagecraft time FILE ITERATIONS [WARMUP] | "
        "peer_stagecraft generate STAGES OUT | peer_stagecraft spawn LIST -- PROGRAM ARGS...");
}
