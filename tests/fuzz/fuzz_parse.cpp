// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: any bytes (NUL, invalid UTF-8, CRLF, …) go through the whole model —
// SyntaxTree::parse, StageGraph::derive (with and without a build-arg override), lint and
// buildkitDump — and every invariant in invariants.h must hold. A violation aborts, so libFuzzer
// saves the input as a crash. How to run: docs/benchmarks.md ("Fuzzing").

#include "invariants.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const std::string failure = stagecraft::fuzz::checkModelInvariants(input);
    if (!failure.empty()) {
        std::fprintf(stderr, "stagecraft invariant violated: %s\n", failure.c_str());
        std::abort();
    }
    return 0;
}
