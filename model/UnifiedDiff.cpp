// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/UnifiedDiff.h"

#include <algorithm>
#include <vector>

namespace stagecraft::model {

namespace {

std::vector<std::string_view> splitLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t nl = text.find('\n', pos);
        const std::size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
        lines.push_back(text.substr(pos, end - pos));
        pos = end;
    }
    return lines;
}

enum class Op { Equal, Delete, Insert };

/// Myers' O((N+M)D) shortest edit script over lines, between the common prefix and suffix.
std::vector<Op> editScript(const std::vector<std::string_view> &a,
                           const std::vector<std::string_view> &b)
{
    const int n = static_cast<int>(a.size());
    const int m = static_cast<int>(b.size());
    const int max = n + m;
    std::vector<int> v(static_cast<std::size_t>(2 * max + 2), 0);
    std::vector<std::vector<int>> trace;
    const int offset = max + 1;
    int dFound = 0;
    for (int d = 0; d <= max; ++d) {
        trace.push_back(v);
        bool done = false;
        for (int k = -d; k <= d; k += 2) {
            int x = 0;
            const auto at
                = [&](int kk) -> int & { return v[static_cast<std::size_t>(kk + offset)]; };
            if (k == -d || (k != d && at(k - 1) < at(k + 1)))
                x = at(k + 1);
            else
                x = at(k - 1) + 1;
            int y = x - k;
            while (x < n && y < m
                   && a[static_cast<std::size_t>(x)] == b[static_cast<std::size_t>(y)]) {
                ++x;
                ++y;
            }
            at(k) = x;
            if (x >= n && y >= m) {
                done = true;
                break;
            }
        }
        if (done) {
            dFound = d;
            break;
        }
    }
    // Walk back through the trace.
    std::vector<Op> ops;
    int x = n;
    int y = m;
    for (int d = dFound; d > 0; --d) {
        const std::vector<int> &pv = trace[static_cast<std::size_t>(d)];
        const auto at = [&](int kk) { return pv[static_cast<std::size_t>(kk + offset)]; };
        const int k = x - y;
        const int prevK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
        const int prevX = at(prevK);
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            ops.push_back(Op::Equal);
            --x;
            --y;
        }
        if (x == prevX)
            ops.push_back(Op::Insert);
        else
            ops.push_back(Op::Delete);
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        ops.push_back(Op::Equal);
        --x;
        --y;
    }
    std::reverse(ops.begin(), ops.end());
    return ops;
}

void appendLine(std::string &out, char mark, std::string_view line)
{
    out.push_back(mark);
    out.append(line);
    if (line.empty() || line.back() != '\n')
        out += "\n\\ No newline at end of file\n";
}

std::string range(int start, int count)
{
    // diff -u: "start,count", with start = 0 for an empty range at the beginning.
    if (count == 1)
        return std::to_string(start);
    return std::to_string(count == 0 ? start - 1 : start) + "," + std::to_string(count);
}

} // namespace

std::string unifiedDiff(std::string_view oldText, std::string_view newText,
                        std::string_view oldName, std::string_view newName, int context)
{
    if (oldText == newText)
        return {};
    const std::vector<std::string_view> a = splitLines(oldText);
    const std::vector<std::string_view> b = splitLines(newText);
    // Trim the common prefix and suffix so Myers only sees the changed middle.
    std::size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const std::vector<std::string_view> midA(a.begin() + static_cast<long>(prefix),
                                             a.end() - static_cast<long>(suffix));
    const std::vector<std::string_view> midB(b.begin() + static_cast<long>(prefix),
                                             b.end() - static_cast<long>(suffix));
    std::vector<Op> ops(prefix, Op::Equal);
    std::vector<Op> mid;
    const std::size_t span = midA.size() + midB.size();
    if (span * span <= 16'000'000) {
        mid = editScript(midA, midB);
    } else {
        // Too large for the quadratic trace: show the middle as replaced.
        mid.assign(midA.size(), Op::Delete);
        mid.insert(mid.end(), midB.size(), Op::Insert);
    }
    ops.insert(ops.end(), mid.begin(), mid.end());
    ops.insert(ops.end(), suffix, Op::Equal);

    std::string out;
    out += "--- ";
    out += oldName;
    out += "\n+++ ";
    out += newName;
    out += "\n";
    // Group changes into hunks with `context` lines around them.
    const int total = static_cast<int>(ops.size());
    int i = 0;
    while (i < total) {
        while (i < total && ops[static_cast<std::size_t>(i)] == Op::Equal)
            ++i;
        if (i >= total)
            break;
        int start = std::max(0, i - context);
        int end = i;
        // Extend while the next change is within 2*context equal lines.
        while (end < total) {
            if (ops[static_cast<std::size_t>(end)] != Op::Equal) {
                ++end;
                continue;
            }
            int run = end;
            while (run < total && ops[static_cast<std::size_t>(run)] == Op::Equal)
                ++run;
            if (run >= total || run - end > 2 * context) {
                end = std::min(total, end + context);
                break;
            }
            end = run;
        }
        // Line numbers at `start`.
        int ai = 0;
        int bi = 0;
        for (int k = 0; k < start; ++k) {
            const Op op = ops[static_cast<std::size_t>(k)];
            if (op != Op::Insert)
                ++ai;
            if (op != Op::Delete)
                ++bi;
        }
        int countA = 0;
        int countB = 0;
        std::string body;
        for (int k = start; k < end; ++k) {
            const Op op = ops[static_cast<std::size_t>(k)];
            if (op == Op::Equal) {
                appendLine(body, ' ', a[static_cast<std::size_t>(ai + countA)]);
                ++countA;
                ++countB;
            } else if (op == Op::Delete) {
                appendLine(body, '-', a[static_cast<std::size_t>(ai + countA)]);
                ++countA;
            } else {
                appendLine(body, '+', b[static_cast<std::size_t>(bi + countB)]);
                ++countB;
            }
        }
        out += "@@ -" + range(ai + 1, countA) + " +" + range(bi + 1, countB) + " @@\n";
        out += body;
        i = end;
    }
    return out;
}

} // namespace stagecraft::model
