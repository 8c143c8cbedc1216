// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/StageGraph.h"

#include "model/CheckHelpers.h"
#include "model/StageName.h"
#include "model/Text.h"
#include "model/VariableExpansion.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>

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

} // namespace

/// StageGraph::derive() in named steps, over one tree: the meta ARGs, the stages, each stage's
/// edges (its FROM, its COPY/ADD --from and RUN --mount=from=), then dependency cycles.
class StageGraph::Builder
{
public:
    Builder(const SyntaxTree &tree, const BuildArgs &overrides)
        : m_instructions(tree.instructions())
        , m_source(tree.text())
        , m_escape(tree.escapeChar())
        , m_overrides(overrides)
        , m_count(static_cast<int>(m_instructions.size()))
    {
        g.m_hasOverrides = !overrides.empty();
    }

    StageGraph build()
    {
        readMetaArgs();
        readStages();
        m_needVars = referencesUseVariables();
        std::vector<Vars> stageVars(g.m_stages.size());
        for (int si = 0; si < static_cast<int>(g.m_stages.size()); ++si) {
            if (si > 0 && !stage(si - 1).name.empty())
                m_earlierNames.push_back(stage(si - 1).name);
            addBaseEdge(si);
            // Variables in scope for `--from` (best effort): the base stage's, then ARG/ENV here.
            const int base = g.m_stages[static_cast<std::size_t>(si)].baseStage;
            Vars vars
                = m_needVars && base >= 0 ? stageVars[static_cast<std::size_t>(base)] : Vars{};
            readStageInstructions(si, vars);
            if (m_needVars)
                stageVars[static_cast<std::size_t>(si)] = std::move(vars);
        }
        reportCycles();
        std::stable_sort(g.m_diagnostics.begin(), g.m_diagnostics.end(),
                         [](const Diagnostic &a, const Diagnostic &b) {
                             if (a.range.begin != b.range.begin)
                                 return a.range.begin < b.range.begin;
                             return a.code < b.code;
                         });
        return std::move(g);
    }

private:
    [[nodiscard]] const Instruction &instruction(int index) const
    {
        return m_instructions[static_cast<std::size_t>(index)];
    }
    [[nodiscard]] Stage &stage(int index) { return g.m_stages[static_cast<std::size_t>(index)]; }
    [[nodiscard]] int stageCount() const { return static_cast<int>(g.m_stages.size()); }

    void report(std::string code, Severity severity, Range range, std::vector<std::string> args)
    {
        g.m_diagnostics.push_back(
            makeDiagnostic(std::move(code), severity, range, std::move(args)));
    }

    void addImage(const std::string &image)
    {
        if (image.empty() || text::equalsIgnoreCase(image, "scratch"))
            return;
        if (std::find(g.m_images.begin(), g.m_images.end(), image) == g.m_images.end())
            g.m_images.push_back(image);
    }

    // ---- meta args ----------------------------------------------------------------------

    void readMetaArgs()
    {
        for (int i = 0; i < m_count; ++i) {
            if (instruction(i).kind == InstructionKind::From) {
                m_firstFrom = i;
                break;
            }
        }
        for (const auto &name : check::platformArgs()) {
            if (const auto it = m_overrides.find(name); it != m_overrides.end())
                m_meta[name] = it->second;
            else
                m_meta[name] = std::nullopt; // known, but only the builder knows the value
        }
        for (int i = 0; i < m_firstFrom; ++i) {
            const Instruction &ins = instruction(i);
            if (ins.kind != InstructionKind::Arg) {
                if (ins.kind != InstructionKind::Unknown)
                    report("InstructionBeforeFrom", Severity::Error, ins.keywordRange,
                           {ins.keyword});
                continue;
            }
            for (const Argument &arg : ins.args)
                readMetaArg(i, arg);
        }
        if (m_firstFrom == m_count && m_count > 0
            && std::all_of(m_instructions.begin(), m_instructions.end(),
                           [](const Instruction &ins) { return ins.kind == InstructionKind::Arg; }))
            // Only ARGs: BuildKit fails with "no build stage in current context".
            report("NoBuildStage", Severity::Error, m_instructions.front().keywordRange, {});
    }

    void readMetaArg(int instructionIndex, const Argument &arg)
    {
        MetaArg m;
        m.instruction = instructionIndex;
        const auto eq = arg.value.find('=');
        m.name = arg.value.substr(0, eq);
        if (m.name.empty())
            return;
        std::optional<std::string> rawDefault;
        if (eq != std::string::npos) {
            rawDefault = arg.value.substr(eq + 1);
            m.defaultValue = VariableExpansion::unquote(*rawDefault, m_escape);
        }
        if (const auto it = m_overrides.find(m.name); it != m_overrides.end())
            m.value = it->second;
        else if (rawDefault)
            m.value = expandWith(*rawDefault, m_meta, m_escape).value;
        m_meta[m.name] = m.value;
        g.m_metaArgs.push_back(std::move(m));
    }

    // ---- stages -------------------------------------------------------------------------

    void readStages()
    {
        for (int i = m_firstFrom; i < m_count; ++i) {
            if (instruction(i).kind != InstructionKind::From)
                continue;
            if (!g.m_stages.empty())
                g.m_stages.back().endInstruction = i;
            g.m_stages.push_back(readStage(i));
        }
        for (const Stage &s : g.m_stages) {
            if (!s.name.empty())
                m_stageNames.push_back(s.name);
            if (!s.nameLower.empty())
                m_byName.push_back({m_hashName(s.nameLower), s.index, s.nameLower});
        }
        std::sort(m_byName.begin(), m_byName.end(), [](const NamedStage &a, const NamedStage &b) {
            return a.hash != b.hash ? a.hash < b.hash : a.index < b.index;
        });
        // BuildKit's statesByName while stages are added: the latest earlier stage with that
        // (lower-case) name; the base must be written in lower case to match.
        for (Stage &s : g.m_stages)
            s.baseStage = latestBefore(s.baseExpanded, s.index);
    }

    /// The meta args are fixed once the stages start, so the same base text always expands the
    /// same way: each distinct one is expanded once (files with thousands of stages repeat a few).
    const Expanded &expandBase(const Instruction &ins, const std::string &base)
    {
        const auto [cached, isNew] = m_baseExpansions.try_emplace(
            ins.args.empty() ? std::string_view() : std::string_view(ins.args[0].value));
        if (isNew)
            cached->second = expandWith(base, m_meta, m_escape);
        return cached->second;
    }

    /// The stages with hash `h`, by ascending index.
    [[nodiscard]] auto withHash(std::size_t h) const
    {
        return std::equal_range(
            m_byName.begin(), m_byName.end(), NamedStage{h, 0, {}},
            [](const NamedStage &a, const NamedStage &b) { return a.hash < b.hash; });
    }

    /// The latest stage before `before` named `lower` (lower case), or -1.
    [[nodiscard]] int latestBefore(std::string_view lower, int before) const
    {
        const auto [first, last] = withHash(m_hashName(lower));
        auto it = std::lower_bound(first, last, before,
                                   [](const NamedStage &a, int index) { return a.index < index; });
        while (it != first) {
            --it;
            if (it->name == lower)
                return it->index;
        }
        return -1;
    }

    /// The first stage after `after` named `lower` (lower case), or -1.
    [[nodiscard]] int firstAfter(std::string_view lower, int after) const
    {
        const auto [first, last] = withHash(m_hashName(lower));
        for (auto it
             = std::upper_bound(first, last, after,
                                [](int index, const NamedStage &a) { return index < a.index; });
             it != last; ++it) {
            if (it->name == lower)
                return it->index;
        }
        return -1;
    }

    /// True when a `--from` or a mount's `from=` uses a variable: only then does the ARG/ENV
    /// bookkeeping of each stage matter (results are the same without it otherwise).
    [[nodiscard]] bool referencesUseVariables() const
    {
        for (int i = m_firstFrom; i < m_count; ++i) {
            const Instruction &ins = instruction(i);
            if (ins.kind != InstructionKind::Copy && ins.kind != InstructionKind::Add
                && ins.kind != InstructionKind::Run)
                continue;
            for (const Flag &flag : ins.flags)
                if (flag.value.find('$') != std::string::npos)
                    return true;
        }
        return false;
    }

    Stage readStage(int i)
    {
        const Instruction &ins = instruction(i);
        Stage s;
        s.index = stageCount();
        s.fromInstruction = i;
        s.endInstruction = m_count;
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
        if (ins.args.size() != 1 && !(ins.args.size() == 3 && hasAs))
            report("FromArgumentCount", Severity::Error,
                   ins.args.empty() ? ins.keywordRange : ins.argsRange,
                   {std::to_string(ins.args.size())});
        if (!s.name.empty() && !isValidStageName(s.name))
            report("InvalidStageName", Severity::Error, s.nameRange, {s.name});
        if (const Flag *platform = ins.flag("platform"))
            s.platform = platform->value;
        const Expanded &base = expandBase(ins, s.base);
        s.baseExpanded = base.value;
        m_baseUnresolved.push_back(base.unresolved);
        return s;
    }

    /// The last stage with `name` (case-insensitive), as in BuildKit's statesByName map; -1.
    [[nodiscard]] int findByName(std::string_view name)
    {
        return latestBefore(text::asciiLower(name), std::numeric_limits<int>::max());
    }

    // ---- edges --------------------------------------------------------------------------

    /// The FROM edge of stage `si` (an earlier stage), or its base image with the warnings a
    /// base that looks like a stage name deserves.
    void addBaseEdge(int si)
    {
        Stage &s = stage(si);
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
            return;
        }
        if (m_baseUnresolved[static_cast<std::size_t>(si)] || s.baseExpanded.empty())
            return;
        addImage(s.baseExpanded);
        const int later = firstAfter(text::asciiLower(s.baseExpanded), si);
        if (later >= 0) {
            report("ForwardStageReference", Severity::Warning, s.baseRange,
                   {s.base, stageLabel(stage(later))});
        } else if (looksLikeStageName(s.baseExpanded)
                   && !text::equalsIgnoreCase(s.baseExpanded, "scratch")) {
            reportBaseTypo(si);
        }
    }

    /// Only a likely typo of an earlier stage name: `FROM ubuntu` is a normal image.
    void reportBaseTypo(int si)
    {
        const Stage &s = stage(si);
        const std::string suggestion = check::closestName(s.baseExpanded, m_earlierNames);
        if (suggestion.empty())
            return;
        Diagnostic d
            = makeDiagnostic("UnknownStage", Severity::Warning, s.baseRange, {s.base, suggestion});
        if (s.base.find('$') == std::string::npos
            && std::string_view(m_source).substr(s.baseRange.begin, s.baseRange.size()) == s.base)
            d.fix = FixIt{{TextEdit{s.baseRange, text::asciiLower(suggestion)}}};
        g.m_diagnostics.push_back(std::move(d));
    }

    /// The ARG, ENV, COPY/ADD --from and RUN --mount=from= instructions of stage `si`.
    void readStageInstructions(int si, Vars &vars)
    {
        const Stage &s = stage(si);
        for (int i = s.fromInstruction + 1; i < s.endInstruction; ++i) {
            const Instruction &ins = instruction(i);
            switch (ins.kind) {
            case InstructionKind::Arg:
                if (m_needVars)
                    readStageArg(ins, vars);
                break;
            case InstructionKind::Env:
                if (!m_needVars)
                    break;
                for (std::size_t a = 0; a + 1 < ins.args.size(); a += 3)
                    vars[ins.args[a].value]
                        = expandWith(ins.args[a + 1].value, vars, m_escape).value;
                break;
            case InstructionKind::Copy:
            case InstructionKind::Add:
                readCopyFrom(si, i, vars);
                break;
            case InstructionKind::Run:
                readMountsFrom(si, i, vars);
                break;
            default:
                break;
            }
        }
    }

    void readStageArg(const Instruction &ins, Vars &vars) const
    {
        for (const Argument &arg : ins.args) {
            const auto eq = arg.value.find('=');
            const std::string name = arg.value.substr(0, eq);
            if (name.empty())
                continue;
            if (const auto it = m_overrides.find(name); it != m_overrides.end())
                vars[name] = it->second;
            else if (eq != std::string::npos)
                vars[name] = expandWith(arg.value.substr(eq + 1), vars, m_escape).value;
            else if (const auto m = m_meta.find(name); m != m_meta.end())
                vars[name] = m->second;
            else
                vars[name] = std::nullopt;
        }
    }

    void readCopyFrom(int si, int i, const Vars &vars)
    {
        const Instruction &ins = instruction(i);
        const Flag *from = ins.flag("from");
        if (from == nullptr || from->value.empty())
            return;
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
        resolve({EdgeKind::Copy, from->value, check::flagValueRange(m_source, *from), si, i,
                 std::move(sources), std::move(destination)},
                vars);
    }

    void readMountsFrom(int si, int i, const Vars &vars)
    {
        const Instruction &ins = instruction(i);
        for (const Flag &flag : ins.flags) {
            // Most mounts (cache, secret, ssh) name no stage: skip the CSV parse for them.
            if (flag.name != "mount" || !text::containsIgnoreCase(flag.value, "from"))
                continue;
            std::string from;
            std::string target;
            for (const auto &field : check::parseCsv(flag.value)) {
                if (field.key == "from")
                    from = field.value;
                else if (field.key == "target" || field.key == "dst" || field.key == "destination")
                    target = field.value;
            }
            if (from.empty())
                continue;
            resolve({EdgeKind::Mount,
                     from,
                     check::csvFieldValueRange(m_source, flag, "from"),
                     si,
                     i,
                     {},
                     std::move(target)},
                    vars);
        }
    }

    /// What an instruction refers to with `--from` / `from=`.
    struct Reference
    {
        EdgeKind kind;
        std::string written;
        Range range;
        int to;
        int instruction;
        std::vector<std::string> sources;
        std::string destination;
    };

    /// The edge of `reference`: a stage by index or name, else an image (with the diagnostics of
    /// a bad index, a likely mistyped stage, a self or forward reference).
    void resolve(Reference reference, const Vars &vars)
    {
        Edge e;
        e.kind = reference.kind;
        e.reference = reference.written;
        e.referenceRange = reference.range;
        e.to = reference.to;
        e.instruction = reference.instruction;
        e.line = instruction(reference.instruction).startLine;
        e.sources = std::move(reference.sources);
        e.destination = std::move(reference.destination);
        const Expanded expanded = reference.written.find('$') == std::string::npos
            ? Expanded{reference.written, false}
            : expandWith(reference.written, vars, m_escape);
        const std::string &ref = expanded.value;
        if (check::isDecimal(ref)) {
            e.from = stageByIndex(ref);
            if (e.from < 0) {
                report("IndexOutOfRange", Severity::Error, reference.range,
                       {reference.written, std::to_string(stageCount())});
                return;
            }
        } else {
            e.from = findByName(ref);
        }
        if (e.from < 0) {
            e.image = ref;
            if (!expanded.unresolved)
                addSourceImage(ref, reference);
        } else if (e.from == e.to) {
            report("SelfReference", Severity::Error, reference.range, {reference.written});
        } else if (e.from > e.to) {
            report("ForwardStageReference", Severity::Warning, reference.range,
                   {reference.written, stageLabel(stage(e.from))});
        }
        g.m_edges.push_back(std::move(e));
    }

    /// The stage a decimal `--from` names, or -1 when it is out of range.
    [[nodiscard]] int stageByIndex(const std::string &ref) const
    {
        long long index = -1;
        const char *first = ref.data() + (ref.front() == '+' ? 1 : 0);
        const auto [ptr, ec] = std::from_chars(first, ref.data() + ref.size(), index);
        if (ec != std::errc() || ptr != ref.data() + ref.size())
            return -1;
        return index >= 0 && index < stageCount() ? static_cast<int>(index) : -1;
    }

    /// An image used as a `--from` source; one that looks like a stage name is likely a typo.
    void addSourceImage(const std::string &ref, const Reference &reference)
    {
        addImage(ref);
        if (!looksLikeStageName(ref) || text::equalsIgnoreCase(ref, "scratch")
            || text::equalsIgnoreCase(ref, "context"))
            return;
        const std::string suggestion = check::closestName(ref, m_stageNames);
        Diagnostic d = makeDiagnostic("UnknownStage", Severity::Warning, reference.range,
                                      {reference.written, suggestion});
        if (!suggestion.empty()
            && std::string_view(m_source).substr(reference.range.begin, reference.range.size())
                == reference.written)
            d.fix = FixIt{{TextEdit{reference.range, suggestion}}};
        g.m_diagnostics.push_back(std::move(d));
    }

    // ---- cycles -------------------------------------------------------------------------

    /// Tarjan's strongly connected components over "stage depends on stage": every edge inside
    /// a component of two or more stages is part of a cycle.
    void reportCycles()
    {
        const int n = stageCount();
        m_deps.assign(static_cast<std::size_t>(n), {});
        for (const Edge &e : g.m_edges)
            if (e.from >= 0 && e.from != e.to)
                m_deps[static_cast<std::size_t>(e.to)].push_back(e.from);
        m_component.assign(static_cast<std::size_t>(n), -1);
        m_order.assign(static_cast<std::size_t>(n), -1);
        m_low.assign(static_cast<std::size_t>(n), 0);
        m_onStack.assign(static_cast<std::size_t>(n), false);
        for (int v = 0; v < n; ++v)
            if (m_order[static_cast<std::size_t>(v)] < 0)
                visit(v);
        for (const Edge &e : g.m_edges) {
            if (e.from < 0 || e.from == e.to)
                continue;
            const int c = m_component[static_cast<std::size_t>(e.to)];
            if (c >= 0 && c == m_component[static_cast<std::size_t>(e.from)]
                && m_componentSize[static_cast<std::size_t>(c)] > 1)
                report("CircularStageDependency", Severity::Error, e.referenceRange,
                       {stageLabel(stage(e.to)), stageLabel(stage(e.from))});
        }
    }

    void visit(int v)
    {
        const auto uv = static_cast<std::size_t>(v);
        m_order[uv] = m_low[uv] = m_counter++;
        m_stack.push_back(v);
        m_onStack[uv] = true;
        for (int w : m_deps[uv]) {
            const auto uw = static_cast<std::size_t>(w);
            if (m_order[uw] < 0) {
                visit(w);
                m_low[uv] = std::min(m_low[uv], m_low[uw]);
            } else if (m_onStack[uw]) {
                m_low[uv] = std::min(m_low[uv], m_order[uw]);
            }
        }
        if (m_low[uv] != m_order[uv])
            return;
        const int id = static_cast<int>(m_componentSize.size());
        int size = 0;
        int w = -1;
        do {
            w = m_stack.back();
            m_stack.pop_back();
            m_onStack[static_cast<std::size_t>(w)] = false;
            m_component[static_cast<std::size_t>(w)] = id;
            ++size;
        } while (w != v);
        m_componentSize.push_back(size);
    }

    StageGraph g;
    const std::vector<Instruction> &m_instructions;
    const std::string &m_source;
    const char m_escape;
    const BuildArgs &m_overrides;
    const int m_count;
    int m_firstFrom = m_count;
    Vars m_meta;
    std::vector<bool> m_baseUnresolved; ///< per stage: its base uses a value only a build knows
    std::vector<std::string> m_stageNames;
    std::vector<std::string> m_earlierNames; ///< the names of the stages before the current one
    bool m_needVars = false; ///< a reference uses a variable (see referencesUseVariables())
    std::unordered_map<std::string_view, Expanded> m_baseExpansions;
    /// Every named stage as (hash of its lower-case name, index, name), sorted by hash, then
    /// index: name lookups are binary searches comparing integers (names share prefixes; hashes
    /// rarely collide, and a collision is told apart by the name itself).
    struct NamedStage
    {
        std::size_t hash = 0;
        int index = 0;
        std::string_view name;
    };
    std::vector<NamedStage> m_byName;
    std::hash<std::string_view> m_hashName;
    // Tarjan's state.
    std::vector<std::vector<int>> m_deps;
    std::vector<int> m_component;
    std::vector<int> m_componentSize;
    std::vector<int> m_order;
    std::vector<int> m_low;
    std::vector<bool> m_onStack;
    std::vector<int> m_stack;
    int m_counter = 0;
};

StageGraph StageGraph::derive(const SyntaxTree &tree, const BuildArgs &overrides)
{
    return Builder(tree, overrides).build();
}

std::string stageLabel(const Stage &stage)
{
    return stage.name.empty() ? std::to_string(stage.index) : stage.name;
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

int StageGraph::stageReferencedAt(std::uint32_t offset) const
{
    const auto on
        = [offset](Range r) { return !r.isEmpty() && offset >= r.begin && offset <= r.end; };
    for (const Stage &stage : m_stages) {
        if (on(stage.nameRange))
            return stage.index;
        if (stage.baseStage >= 0 && on(stage.baseRange))
            return stage.baseStage;
    }
    for (const Edge &edge : m_edges) {
        if (edge.from >= 0 && on(edge.referenceRange))
            return edge.from;
    }
    return -1;
}

int StageGraph::stageOfInstruction(int instruction) const
{
    for (const Stage &s : m_stages)
        if (instruction >= s.fromInstruction && instruction < s.endInstruction)
            return s.index;
    return -1;
}

} // namespace stagecraft::model
