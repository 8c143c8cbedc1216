// SPDX-License-Identifier: GPL-3.0-or-later
#include "StageGraph.h"

#include "CheckHelpers.h"
#include "Text.h"
#include "VariableExpansion.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>

// How BuildKit reads stages (frontend/dockerfile/dockerfile2llb/convert.go, instructions/parse.go):
//  - ARGs before the first FROM are meta args; `--build-arg` overrides replace their value (only
//    for declared names), and defaults are word-expanded with the earlier meta args and the
//    predefined platform args.
//  - Each FROM starts a stage. Its base name is word-expanded with the meta args; it names an
//    earlier stage when `statesByName[base]` holds it (the map keys are lower-cased names and the
//    lookup happens while stages are being added, so only earlier stages count, and the base must
//    be written in lower case to match).
//  - `COPY --from` / `ADD --from` / `RUN --mount=from=` are resolved after all stages exist: a
//    decimal is a stage index (out of range is an error), then a stage name (the last stage with
//    that name wins), otherwise an image. A dependency cycle is an error.

namespace stagecraft::model {

std::string_view edgeKindName(EdgeKind kind)
{
    switch (kind) {
    case EdgeKind::Copy:
        return "copy";
    case EdgeKind::Mount:
        return "mount";
    case EdgeKind::From:
        return "from";
    }
    return "copy";
}

namespace {

using Vars = std::map<std::string, std::optional<std::string>, std::less<>>;

struct Expanded
{
    std::string value;
    bool unresolved = false; ///< a variable whose value cannot be known statically was used
};

Expanded expandWith(std::string_view word, const Vars &vars, char escape)
{
    if (word.find('$') == std::string_view::npos)
        return {std::string(VariableExpansion::unquote(word, escape)), false};
    bool unresolved = false;
    const VariableExpansion::Lookup lookup
        = [&](std::string_view name) -> std::optional<std::string> {
        const auto it = vars.find(name);
        if (it == vars.end()) {
            if (check::isPlatformArg(name))
                unresolved = true;
            return std::nullopt;
        }
        if (!it->second && check::isPlatformArg(name))
            unresolved = true;
        return it->second;
    };
    auto result = VariableExpansion::expand(word, lookup, escape);
    return {std::move(result.value), unresolved || !result.ok};
}

bool looksLikeStageName(std::string_view ref)
{
    return !ref.empty() && ref.find_first_of(":/@.$") == std::string_view::npos;
}

// BuildKit: stage names must match ^[a-z][a-z0-9-_\.]*$ (after lower-casing).
bool isValidStageName(std::string_view lower)
{
    if (lower.empty() || lower.front() < 'a' || lower.front() > 'z')
        return false;
    return std::all_of(lower.begin(), lower.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    });
}

Diagnostic makeDiagnostic(std::string code, Severity severity, Range range,
                          std::vector<std::string> args)
{
    Diagnostic d;
    d.code = std::move(code);
    d.severity = severity;
    d.range = range;
    d.args = std::move(args);
    return d;
}

std::string stageLabel(const Stage &s)
{
    return s.name.empty() ? std::to_string(s.index) : s.name;
}

} // namespace

StageGraph StageGraph::derive(const SyntaxTree &tree, const BuildArgs &overrides)
{
    StageGraph g;
    g.m_hasOverrides = !overrides.empty();
    const auto &instructions = tree.instructions();
    const std::string &source = tree.text();
    const char escape = tree.escapeChar();
    const int count = static_cast<int>(instructions.size());

    int firstFrom = count;
    for (int i = 0; i < count; ++i) {
        if (instructions[static_cast<std::size_t>(i)].kind == InstructionKind::From) {
            firstFrom = i;
            break;
        }
    }

    // ---- meta args ----------------------------------------------------------------------
    Vars meta;
    for (const auto &name : check::platformArgs()) {
        if (const auto it = overrides.find(name); it != overrides.end())
            meta[name] = it->second;
        else
            meta[name] = std::nullopt; // known, but only the builder knows the value
    }
    for (int i = 0; i < firstFrom; ++i) {
        const Instruction &ins = instructions[static_cast<std::size_t>(i)];
        if (ins.kind != InstructionKind::Arg) {
            if (ins.kind != InstructionKind::Unknown)
                g.m_diagnostics.push_back(makeDiagnostic("InstructionBeforeFrom", Severity::Error,
                                                         ins.keywordRange, {ins.keyword}));
            continue;
        }
        for (const Argument &arg : ins.args) {
            MetaArg m;
            m.instruction = i;
            const auto eq = arg.value.find('=');
            m.name = arg.value.substr(0, eq);
            if (m.name.empty())
                continue;
            std::optional<std::string> rawDefault;
            if (eq != std::string::npos) {
                rawDefault = arg.value.substr(eq + 1);
                m.defaultValue = VariableExpansion::unquote(*rawDefault, escape);
            }
            if (const auto it = overrides.find(m.name); it != overrides.end()) {
                m.value = it->second;
            } else if (rawDefault) {
                m.value = expandWith(*rawDefault, meta, escape).value;
            }
            meta[m.name] = m.value;
            g.m_metaArgs.push_back(std::move(m));
        }
    }
    if (firstFrom == count && count > 0) {
        // Only ARGs (or nothing usable): BuildKit fails with "no build stage in current context".
        const Instruction &first = instructions.front();
        if (std::all_of(instructions.begin(), instructions.end(),
                        [](const Instruction &ins) { return ins.kind == InstructionKind::Arg; }))
            g.m_diagnostics.push_back(
                makeDiagnostic("NoBuildStage", Severity::Error, first.keywordRange, {}));
    }

    auto addImage = [&](const std::string &image) {
        if (image.empty() || text::equalsIgnoreCase(image, "scratch"))
            return;
        if (std::find(g.m_images.begin(), g.m_images.end(), image) == g.m_images.end())
            g.m_images.push_back(image);
    };

    // ---- stages -------------------------------------------------------------------------
    std::vector<bool> baseUnresolved;
    // The meta args are fixed once the stages start, so the same base text always expands the
    // same way: expand each distinct one once (files with thousands of stages repeat a few).
    std::unordered_map<std::string_view, Expanded> baseExpansions;
    for (int i = firstFrom; i < count; ++i) {
        const Instruction &ins = instructions[static_cast<std::size_t>(i)];
        if (ins.kind != InstructionKind::From)
            continue;
        if (!g.m_stages.empty())
            g.m_stages.back().endInstruction = i;
        Stage s;
        s.index = static_cast<int>(g.m_stages.size());
        s.fromInstruction = i;
        s.endInstruction = count;
        s.line = ins.startLine;
        s.nameRange = {ins.range.end, ins.range.end};
        s.baseRange = {ins.argsRange.begin, ins.argsRange.begin};
        if (!ins.args.empty()) {
            s.base = ins.args[0].value;
            s.baseRange = ins.args[0].range;
        }
        const bool hasAs = ins.args.size() >= 2 && text::equalsIgnoreCase(ins.args[1].value, "as");
        if (ins.args.size() >= 3 && hasAs) {
            s.name = ins.args[2].value;
            s.nameLower = text::asciiLower(s.name);
            s.nameRange = ins.args[2].range;
        }
        if (ins.args.size() != 1 && !(ins.args.size() == 3 && hasAs)) {
            const Range r = ins.args.empty() ? ins.keywordRange : ins.argsRange;
            g.m_diagnostics.push_back(makeDiagnostic("FromArgumentCount", Severity::Error, r,
                                                     {std::to_string(ins.args.size())}));
        }
        if (!s.name.empty() && !isValidStageName(s.nameLower))
            g.m_diagnostics.push_back(
                makeDiagnostic("InvalidStageName", Severity::Error, s.nameRange, {s.name}));
        if (const Flag *platform = ins.flag("platform"))
            s.platform = platform->value;
        const auto [cached, isNew] = baseExpansions.try_emplace(
            ins.args.empty() ? std::string_view() : std::string_view(ins.args[0].value));
        if (isNew)
            cached->second = expandWith(s.base, meta, escape);
        const Expanded &base = cached->second;
        s.baseExpanded = base.value;
        baseUnresolved.push_back(base.unresolved);
        g.m_stages.push_back(std::move(s));
    }

    const int stageCount = static_cast<int>(g.m_stages.size());
    std::vector<std::string> stageNames;
    // Every named stage as (hash of its lower-case name, index, name), sorted by hash, then index:
    // the name lookups below are binary searches (files with thousands of stages) in one
    // allocation, comparing integers (names share prefixes; hashes rarely collide, and a
    // collision is told apart by the name itself).
    struct NamedStage
    {
        std::size_t hash = 0;
        int index = 0;
        std::string_view name;
    };
    const std::hash<std::string_view> hashName;
    std::vector<NamedStage> byName;
    for (const Stage &s : g.m_stages) {
        if (!s.name.empty())
            stageNames.push_back(s.name);
        if (!s.nameLower.empty())
            byName.push_back({hashName(s.nameLower), s.index, s.nameLower});
    }
    std::sort(byName.begin(), byName.end(), [](const NamedStage &a, const NamedStage &b) {
        return a.hash != b.hash ? a.hash < b.hash : a.index < b.index;
    });
    // The stages with hash `h`, by ascending index.
    const auto withHash = [&](std::size_t h) {
        return std::equal_range(
            byName.begin(), byName.end(), NamedStage{h, 0, {}},
            [](const NamedStage &a, const NamedStage &b) { return a.hash < b.hash; });
    };
    // The latest stage before `before` named `lower` (lower case), or -1.
    const auto latestBefore = [&](std::string_view lower, int before) {
        const auto [first, last] = withHash(hashName(lower));
        auto it = std::lower_bound(first, last, before,
                                   [](const NamedStage &a, int index) { return a.index < index; });
        while (it != first) {
            --it;
            if (it->name == lower)
                return it->index;
        }
        return -1;
    };
    // The first stage after `after` named `lower` (lower case), or -1.
    const auto firstAfter = [&](std::string_view lower, int after) {
        const auto [first, last] = withHash(hashName(lower));
        for (auto it
             = std::upper_bound(first, last, after,
                                [](int index, const NamedStage &a) { return index < a.index; });
             it != last; ++it) {
            if (it->name == lower)
                return it->index;
        }
        return -1;
    };
    // BuildKit's statesByName while stages are added: the latest earlier stage with that
    // (lower-case) name; the base must be written in lower case to match.
    for (Stage &s : g.m_stages)
        s.baseStage = latestBefore(s.baseExpanded, s.index);

    // The last stage with a name wins, as in BuildKit's statesByName map.
    auto findByName = [&](std::string_view name) {
        return latestBefore(text::asciiLower(name), std::numeric_limits<int>::max());
    };

    // ---- edges --------------------------------------------------------------------------
    // The variables in scope only matter to a reference that uses one (`--from=$X`, a mount's
    // `from=$X`): without such a flag the ARG/ENV bookkeeping is skipped, results unchanged.
    bool needVars = false;
    for (int i = firstFrom; i < count && !needVars; ++i) {
        const Instruction &ins = instructions[static_cast<std::size_t>(i)];
        if (ins.kind != InstructionKind::Copy && ins.kind != InstructionKind::Add
            && ins.kind != InstructionKind::Run)
            continue;
        for (const Flag &flag : ins.flags)
            needVars = needVars || flag.value.find('$') != std::string::npos;
    }
    std::vector<Vars> stageVars(static_cast<std::size_t>(stageCount));
    std::vector<std::string> earlier; // the names of the stages before si, in order
    for (int si = 0; si < stageCount; ++si) {
        Stage &s = g.m_stages[static_cast<std::size_t>(si)];
        if (si > 0 && !g.m_stages[static_cast<std::size_t>(si) - 1].name.empty())
            earlier.push_back(g.m_stages[static_cast<std::size_t>(si) - 1].name);

        // FROM
        if (s.baseStage >= 0) {
            Edge e;
            e.kind = EdgeKind::From;
            e.from = s.baseStage;
            e.to = si;
            e.reference = s.base;
            e.instruction = s.fromInstruction;
            e.line = s.line;
            e.referenceRange = s.baseRange;
            g.m_edges.push_back(std::move(e));
        } else if (!baseUnresolved[static_cast<std::size_t>(si)] && !s.baseExpanded.empty()) {
            addImage(s.baseExpanded);
            int later = -1;
            later = firstAfter(text::asciiLower(s.baseExpanded), si);
            if (later >= 0) {
                g.m_diagnostics.push_back(makeDiagnostic(
                    "ForwardStageReference", Severity::Warning, s.baseRange,
                    {s.base, stageLabel(g.m_stages[static_cast<std::size_t>(later)])}));
            } else if (looksLikeStageName(s.baseExpanded)
                       && !text::equalsIgnoreCase(s.baseExpanded, "scratch")) {
                // Only a likely typo of an earlier stage name: `FROM ubuntu` is a normal image.
                const std::string suggestion = check::closestName(s.baseExpanded, earlier);
                if (!suggestion.empty()) {
                    Diagnostic d = makeDiagnostic("UnknownStage", Severity::Warning, s.baseRange,
                                                  {s.base, suggestion});
                    if (s.base.find('$') == std::string::npos
                        && std::string_view(source).substr(s.baseRange.begin, s.baseRange.size())
                            == s.base)
                        d.fix = FixIt{{TextEdit{s.baseRange, text::asciiLower(suggestion)}}};
                    g.m_diagnostics.push_back(std::move(d));
                }
            }
        }

        // Variables in scope for `--from` (best effort): the base stage's, then ARG/ENV here.
        Vars vars = needVars && s.baseStage >= 0 ? stageVars[static_cast<std::size_t>(s.baseStage)]
                                                 : Vars{};

        auto resolve = [&](EdgeKind kind, const std::string &reference, Range referenceRange,
                           int instruction, std::vector<std::string> sources,
                           std::string destination) {
            const Instruction &ins = instructions[static_cast<std::size_t>(instruction)];
            Edge e;
            e.kind = kind;
            e.reference = reference;
            e.referenceRange = referenceRange;
            e.to = si;
            e.instruction = instruction;
            e.line = ins.startLine;
            e.sources = std::move(sources);
            e.destination = std::move(destination);
            const Expanded expanded = reference.find('$') == std::string::npos
                ? Expanded{reference, false}
                : expandWith(reference, vars, escape);
            const std::string &ref = expanded.value;
            if (check::isDecimal(ref)) {
                long long index = -1;
                const char *first = ref.data() + (ref.front() == '+' ? 1 : 0);
                const auto [ptr, ec] = std::from_chars(first, ref.data() + ref.size(), index);
                if (ec != std::errc() || ptr != ref.data() + ref.size())
                    index = -1;
                if (index < 0 || index >= stageCount) {
                    g.m_diagnostics.push_back(
                        makeDiagnostic("IndexOutOfRange", Severity::Error, referenceRange,
                                       {reference, std::to_string(stageCount)}));
                    return;
                }
                e.from = static_cast<int>(index);
            } else {
                e.from = findByName(ref);
            }
            if (e.from < 0) {
                e.image = ref;
                if (!expanded.unresolved) {
                    addImage(ref);
                    if (looksLikeStageName(ref) && !text::equalsIgnoreCase(ref, "scratch")
                        && !text::equalsIgnoreCase(ref, "context")) {
                        const std::string suggestion = check::closestName(ref, stageNames);
                        Diagnostic d = makeDiagnostic("UnknownStage", Severity::Warning,
                                                      referenceRange, {reference, suggestion});
                        if (!suggestion.empty()
                            && std::string_view(source).substr(referenceRange.begin,
                                                               referenceRange.size())
                                == reference)
                            d.fix = FixIt{{TextEdit{referenceRange, suggestion}}};
                        g.m_diagnostics.push_back(std::move(d));
                    }
                }
            } else if (e.from == si) {
                g.m_diagnostics.push_back(
                    makeDiagnostic("SelfReference", Severity::Error, referenceRange, {reference}));
            } else if (e.from > si) {
                g.m_diagnostics.push_back(makeDiagnostic(
                    "ForwardStageReference", Severity::Warning, referenceRange,
                    {reference, stageLabel(g.m_stages[static_cast<std::size_t>(e.from)])}));
            }
            g.m_edges.push_back(std::move(e));
        };

        for (int i = s.fromInstruction + 1; i < s.endInstruction; ++i) {
            const Instruction &ins = instructions[static_cast<std::size_t>(i)];
            switch (ins.kind) {
            case InstructionKind::Arg:
                if (!needVars)
                    break;
                for (const Argument &arg : ins.args) {
                    const auto eq = arg.value.find('=');
                    const std::string name = arg.value.substr(0, eq);
                    if (name.empty())
                        continue;
                    if (const auto it = overrides.find(name); it != overrides.end()) {
                        vars[name] = it->second;
                    } else if (eq != std::string::npos) {
                        vars[name] = expandWith(arg.value.substr(eq + 1), vars, escape).value;
                    } else if (const auto m = meta.find(name); m != meta.end()) {
                        vars[name] = m->second;
                    } else {
                        vars[name] = std::nullopt;
                    }
                }
                break;
            case InstructionKind::Env:
                if (!needVars)
                    break;
                for (std::size_t a = 0; a + 1 < ins.args.size(); a += 3) {
                    vars[ins.args[a].value] = expandWith(ins.args[a + 1].value, vars, escape).value;
                }
                break;
            case InstructionKind::Copy:
            case InstructionKind::Add:
                if (const Flag *from = ins.flag("from"); from != nullptr && !from->value.empty()) {
                    std::vector<std::string> sources;
                    std::string destination;
                    std::vector<const Argument *> words;
                    for (const Argument &arg : ins.args)
                        if (ins.json || !check::isHeredocWord(ins, arg.value))
                            words.push_back(&arg);
                    if (!ins.args.empty()) {
                        destination = ins.args.back().value;
                        for (const Argument *w : words)
                            if (w != &ins.args.back())
                                sources.push_back(w->value);
                    }
                    resolve(EdgeKind::Copy, from->value, check::flagValueRange(source, *from), i,
                            std::move(sources), std::move(destination));
                }
                break;
            case InstructionKind::Run:
                for (const Flag &flag : ins.flags) {
                    // Most mounts (cache, secret, ssh) name no stage: skip the CSV parse for them.
                    if (flag.name != "mount" || !text::containsIgnoreCase(flag.value, "from"))
                        continue;
                    std::string from;
                    std::string target;
                    for (const auto &field : check::parseCsv(flag.value)) {
                        if (field.key == "from")
                            from = field.value;
                        else if (field.key == "target" || field.key == "dst"
                                 || field.key == "destination")
                            target = field.value;
                    }
                    if (from.empty())
                        continue;
                    resolve(EdgeKind::Mount, from, check::csvFieldValueRange(source, flag, "from"),
                            i, {}, std::move(target));
                }
                break;
            default:
                break;
            }
        }
        stageVars[static_cast<std::size_t>(si)] = std::move(vars);
    }

    // ---- cycles -------------------------------------------------------------------------
    // Tarjan's strongly connected components over "stage depends on stage".
    std::vector<std::vector<int>> deps(static_cast<std::size_t>(stageCount));
    for (const Edge &e : g.m_edges)
        if (e.from >= 0 && e.from != e.to)
            deps[static_cast<std::size_t>(e.to)].push_back(e.from);
    std::vector<int> component(static_cast<std::size_t>(stageCount), -1);
    std::vector<int> componentSize;
    {
        std::vector<int> index(static_cast<std::size_t>(stageCount), -1);
        std::vector<int> low(static_cast<std::size_t>(stageCount), 0);
        std::vector<bool> onStack(static_cast<std::size_t>(stageCount), false);
        std::vector<int> stack;
        int counter = 0;
        std::function<void(int)> visit = [&](int v) {
            const auto uv = static_cast<std::size_t>(v);
            index[uv] = low[uv] = counter++;
            stack.push_back(v);
            onStack[uv] = true;
            for (int w : deps[uv]) {
                const auto uw = static_cast<std::size_t>(w);
                if (index[uw] < 0) {
                    visit(w);
                    low[uv] = std::min(low[uv], low[uw]);
                } else if (onStack[uw]) {
                    low[uv] = std::min(low[uv], index[uw]);
                }
            }
            if (low[uv] == index[uv]) {
                const int id = static_cast<int>(componentSize.size());
                int size = 0;
                int w = -1;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[static_cast<std::size_t>(w)] = false;
                    component[static_cast<std::size_t>(w)] = id;
                    ++size;
                } while (w != v);
                componentSize.push_back(size);
            }
        };
        for (int v = 0; v < stageCount; ++v)
            if (index[static_cast<std::size_t>(v)] < 0)
                visit(v);
    }
    for (const Edge &e : g.m_edges) {
        if (e.from < 0 || e.from == e.to)
            continue;
        const int c = component[static_cast<std::size_t>(e.to)];
        if (c >= 0 && c == component[static_cast<std::size_t>(e.from)]
            && componentSize[static_cast<std::size_t>(c)] > 1)
            g.m_diagnostics.push_back(
                makeDiagnostic("CircularStageDependency", Severity::Error, e.referenceRange,
                               {stageLabel(g.m_stages[static_cast<std::size_t>(e.to)]),
                                stageLabel(g.m_stages[static_cast<std::size_t>(e.from)])}));
    }

    std::stable_sort(g.m_diagnostics.begin(), g.m_diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         if (a.range.begin != b.range.begin)
                             return a.range.begin < b.range.begin;
                         return a.code < b.code;
                     });
    return g;
}

int StageGraph::stageIndex(std::string_view nameOrIndex) const
{
    if (nameOrIndex.empty())
        return -1;
    const std::string lower = text::asciiLower(nameOrIndex);
    for (const Stage &s : m_stages)
        if (!s.nameLower.empty() && s.nameLower == lower)
            return s.index;
    if (nameOrIndex.find_first_not_of("0123456789") == std::string_view::npos
        && nameOrIndex.size() < 10) {
        int index = -1;
        std::from_chars(nameOrIndex.data(), nameOrIndex.data() + nameOrIndex.size(), index);
        if (index >= 0 && index < static_cast<int>(m_stages.size()))
            return index;
    }
    return -1;
}

std::vector<int> StageGraph::neededFor(int target) const
{
    const int n = static_cast<int>(m_stages.size());
    if (target < 0 || target >= n)
        return {};
    std::vector<std::vector<int>> deps(static_cast<std::size_t>(n));
    for (const Edge &e : m_edges)
        if (e.from >= 0 && e.from < n && e.to >= 0 && e.to < n)
            deps[static_cast<std::size_t>(e.to)].push_back(e.from);
    for (const Stage &s : m_stages)
        if (s.baseStage >= 0)
            deps[static_cast<std::size_t>(s.index)].push_back(s.baseStage);
    std::vector<bool> seen(static_cast<std::size_t>(n), false);
    std::vector<int> todo{target};
    seen[static_cast<std::size_t>(target)] = true;
    while (!todo.empty()) {
        const int v = todo.back();
        todo.pop_back();
        for (int w : deps[static_cast<std::size_t>(v)]) {
            if (!seen[static_cast<std::size_t>(w)]) {
                seen[static_cast<std::size_t>(w)] = true;
                todo.push_back(w);
            }
        }
    }
    std::vector<int> result;
    for (int i = 0; i < n; ++i)
        if (seen[static_cast<std::size_t>(i)])
            result.push_back(i);
    return result;
}

int StageGraph::stageOfInstruction(int instruction) const
{
    for (const Stage &s : m_stages)
        if (instruction >= s.fromInstruction && instruction < s.endInstruction)
            return s.index;
    return -1;
}

} // namespace stagecraft::model
