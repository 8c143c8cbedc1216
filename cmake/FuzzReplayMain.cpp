// SPDX-License-Identifier: GPL-3.0-or-later
// A stand-in for libFuzzer's main() in builds without -fsanitize=fuzzer (GCC, dev, asan): feeds
// every regular file under each argument (files or directories, missing ones skipped) to
// LLVMFuzzerTestOneInput once. A crash or sanitizer report fails the CTest run.

#include <algorithm>
#include <csignal>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);
// Provided by the sanitizer runtimes (asan preset); absent otherwise.
extern "C" __attribute__((weak)) void __sanitizer_set_death_callback(void (*callback)());

namespace {

/// The input being replayed, named when the process dies so the failure can be reproduced.
std::string currentInput;

void reportCurrentInput()
{
    if (currentInput.empty())
        return;
    const std::string line = "fuzz replay: failed on input " + currentInput + "\n";
    [[maybe_unused]] const auto written = ::write(STDERR_FILENO, line.data(), line.size());
}

extern "C" void onFatalSignal(int signalNumber)
{
    reportCurrentInput();
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

std::vector<std::filesystem::path> inputsUnder(const std::filesystem::path &root)
{
    std::vector<std::filesystem::path> inputs;
    std::error_code error;
    if (std::filesystem::is_regular_file(root, error)) {
        inputs.push_back(root);
        return inputs;
    }
    if (!std::filesystem::is_directory(root, error))
        return inputs;
    for (const auto &entry : std::filesystem::recursive_directory_iterator(root, error)) {
        if (entry.is_regular_file(error))
            inputs.push_back(entry.path());
    }
    std::sort(inputs.begin(), inputs.end());
    return inputs;
}

} // namespace

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize != nullptr)
        LLVMFuzzerInitialize(&argc, &argv);
    if (__sanitizer_set_death_callback != nullptr)
        __sanitizer_set_death_callback(reportCurrentInput);
    for (const int signalNumber : {SIGABRT, SIGSEGV, SIGFPE, SIGILL, SIGBUS})
        std::signal(signalNumber, onFatalSignal);

    std::size_t count = 0;
    for (int i = 1; i < argc; ++i) {
        for (const auto &path : inputsUnder(argv[i])) {
            std::ifstream in(path, std::ios::binary);
            const std::string bytes{std::istreambuf_iterator<char>(in),
                                    std::istreambuf_iterator<char>()};
            // A copy in its own allocation, so ASan sees reads past the end.
            std::vector<std::uint8_t> data(bytes.begin(), bytes.end());
            currentInput = path.string();
            LLVMFuzzerTestOneInput(data.data(), data.size());
            ++count;
        }
    }
    currentInput.clear();
    std::cout << "replayed " << count << " inputs\n";
    return 0;
}
