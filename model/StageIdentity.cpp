// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/StageIdentity.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <utility>

namespace stagecraft::model {

namespace {

constexpr int BodyWeight = 4;      ///< an identical, non-empty body
constexpr int EmptyBodyWeight = 1; ///< both bodies empty: says little
constexpr int BaseWeight = 2;
constexpr int IndexWeight = 1;
constexpr int RankWeight = 1;
/// A leftover pair needs at least this much in common: a shared base, body, or slot (index and
/// rank); one weak hint alone is not a match.
constexpr int MinimumScore = 2;

int contentScore(const StageFingerprint &a, const StageFingerprint &b)
{
    int score = 0;
    if (a.body == b.body)
        score += a.body.empty() ? EmptyBodyWeight : BodyWeight;
    if (a.base == b.base)
        score += BaseWeight;
    return score;
}

struct Candidate
{
    int score = 0;
    std::size_t distance = 0;
    std::size_t current = 0;
    std::size_t previous = 0;
};

} // namespace

std::vector<StageFingerprint> stageFingerprints(const SyntaxTree &tree, const StageGraph &graph)
{
    const std::string_view text = tree.text();
    const auto &instructions = tree.instructions();
    const int count = static_cast<int>(instructions.size());
    std::vector<StageFingerprint> fingerprints;
    fingerprints.reserve(graph.stages().size());
    for (const Stage &stage : graph.stages()) {
        StageFingerprint fingerprint;
        fingerprint.name = stage.nameLower;
        fingerprint.base = stage.base;
        if (stage.fromInstruction >= 0 && stage.fromInstruction < count) {
            const std::uint32_t begin = std::min<std::uint32_t>(
                instructions[static_cast<std::size_t>(stage.fromInstruction)].range.end,
                static_cast<std::uint32_t>(text.size()));
            const int last = std::min(stage.endInstruction, count) - 1;
            std::uint32_t end = last > stage.fromInstruction
                ? instructions[static_cast<std::size_t>(last)].range.end
                : begin;
            end = std::clamp<std::uint32_t>(end, begin, static_cast<std::uint32_t>(text.size()));
            fingerprint.body = text.substr(begin, end - begin);
        }
        fingerprints.push_back(fingerprint);
    }
    return fingerprints;
}

std::vector<StageId> matchStageIds(std::span<const StageFingerprint> previous,
                                   std::span<const StageId> previousIds,
                                   std::span<const StageFingerprint> current, StageId &nextId)
{
    const std::size_t previousCount = std::min(previous.size(), previousIds.size());
    std::vector<StageId> ids(current.size(), NoStageId);
    std::vector<bool> taken(previousCount, false);
    const auto take = [&](std::size_t oldIndex, std::size_t newIndex) {
        taken[oldIndex] = true;
        ids[newIndex] = previousIds[oldIndex];
    };

    // 1. Names. Sorted (name, index) pairs: one allocation, and duplicates side by side.
    std::vector<std::pair<std::string_view, std::size_t>> named;
    named.reserve(previousCount);
    for (std::size_t i = 0; i < previousCount; ++i)
        if (!previous[i].name.empty())
            named.emplace_back(previous[i].name, i);
    std::sort(named.begin(), named.end());
    for (std::size_t j = 0; j < current.size() && !named.empty(); ++j) {
        if (current[j].name.empty())
            continue;
        const auto [first, last]
            = std::equal_range(named.begin(), named.end(),
                               std::pair<std::string_view, std::size_t>(current[j].name, 0),
                               [](const auto &a, const auto &b) { return a.first < b.first; });
        std::size_t best = previousCount;
        int bestScore = -1;
        for (auto it = first; it != last; ++it) {
            if (taken[it->second])
                continue;
            const int score = contentScore(previous[it->second], current[j])
                + (it->second == j ? IndexWeight : 0);
            if (score > bestScore) {
                bestScore = score;
                best = it->second;
            }
        }
        if (best < previousCount)
            take(best, j);
    }

    // 2. The same slot with the same content (an unnamed stage where it was, a name removed).
    for (std::size_t j = 0; j < current.size() && j < previousCount; ++j) {
        if (ids[j] == NoStageId && !taken[j] && previous[j].base == current[j].base
            && previous[j].body == current[j].body)
            take(j, j);
    }

    // 3. What is left: the best-scored pairs first.
    std::vector<std::size_t> oldLeft;
    std::vector<std::size_t> newLeft;
    for (std::size_t i = 0; i < previousCount; ++i)
        if (!taken[i])
            oldLeft.push_back(i);
    for (std::size_t j = 0; j < current.size(); ++j)
        if (ids[j] == NoStageId)
            newLeft.push_back(j);
    if (!oldLeft.empty() && !newLeft.empty()) {
        // Bodies are compared through their hashes first: long stages, many pairs.
        const std::hash<std::string_view> hash;
        std::vector<std::size_t> oldHashes;
        std::vector<std::size_t> newHashes;
        for (const std::size_t i : oldLeft)
            oldHashes.push_back(hash(previous[i].body));
        for (const std::size_t j : newLeft)
            newHashes.push_back(hash(current[j].body));
        std::vector<Candidate> candidates;
        for (std::size_t a = 0; a < oldLeft.size(); ++a) {
            for (std::size_t b = 0; b < newLeft.size(); ++b) {
                const StageFingerprint &was = previous[oldLeft[a]];
                const StageFingerprint &now = current[newLeft[b]];
                int score = 0;
                if (oldHashes[a] == newHashes[b] && was.body == now.body)
                    score += was.body.empty() ? EmptyBodyWeight : BodyWeight;
                if (was.base == now.base)
                    score += BaseWeight;
                if (oldLeft[a] == newLeft[b])
                    score += IndexWeight;
                if (a == b)
                    score += RankWeight;
                if (score < MinimumScore)
                    continue;
                const auto distance = static_cast<std::size_t>(std::abs(
                    static_cast<long long>(oldLeft[a]) - static_cast<long long>(newLeft[b])));
                candidates.push_back({score, distance, newLeft[b], oldLeft[a]});
            }
        }
        std::sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) {
            if (x.score != y.score)
                return x.score > y.score;
            if (x.distance != y.distance)
                return x.distance < y.distance;
            if (x.current != y.current)
                return x.current < y.current;
            return x.previous < y.previous;
        });
        for (const Candidate &candidate : candidates)
            if (!taken[candidate.previous] && ids[candidate.current] == NoStageId)
                take(candidate.previous, candidate.current);
    }

    // 4. New stages.
    for (StageId &id : ids)
        if (id == NoStageId)
            id = nextId++;
    return ids;
}

} // namespace stagecraft::model
