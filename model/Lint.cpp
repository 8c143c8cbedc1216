// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Lint.h"

#include "model/Advice.h"
#include "model/CheckHelpers.h"
#include "model/Text.h"
#include "model/VariableExpansion.h"

#include <algorithm>
#include <set>

// The checks follow BuildKit's linter (frontend/dockerfile/linter/ruleset.go and the callers in
// dockerfile2llb/convert.go and instructions/parse.go); the rule pages are at
// https://docs.docker.com/go/dockerfile/rule/<kebab-name>/. Where BuildKit needs the base image's
// configuration (UndefinedVar), we only report what the text alone proves.

namespace stagecraft::model {

namespace {

std::vector<DiagnosticInfo> buildCatalog()
{
    // URLs are string literals so that string_view members stay valid.
    return {
        // Parser (SyntaxTree::diagnostics()).
        {"SyntaxEmptyFile", Severity::Error, "The Dockerfile is empty.",
         "docs/diagnostics.md#SyntaxEmptyFile"},
        {"SyntaxNoInstructions", Severity::Error, "The Dockerfile has no instructions.",
         "docs/diagnostics.md#SyntaxNoInstructions"},
        {"SyntaxEnvNoValue", Severity::Error, "ENV/LABEL in the legacy form needs a value.",
         "docs/diagnostics.md#SyntaxEnvNoValue"},
        {"SyntaxEnvMissingEquals", Severity::Error,
         "ENV/LABEL word without '=' in the key=value form.",
         "docs/diagnostics.md#SyntaxEnvMissingEquals"},
        {"SyntaxNestedJson", Severity::Error, "Exec-form JSON array holds a non-string element.",
         "docs/diagnostics.md#SyntaxNestedJson"},
        {"SyntaxUnterminatedHeredoc", Severity::Error, "Heredoc has no terminator line.",
         "docs/diagnostics.md#SyntaxUnterminatedHeredoc"},
        {"SyntaxInvalidEscape", Severity::Error, "The escape directive accepts only \\ or `.",
         "docs/diagnostics.md#SyntaxInvalidEscape"},
        {"SyntaxDuplicateDirective", Severity::Error, "A parser directive is given twice.",
         "docs/diagnostics.md#SyntaxDuplicateDirective"},
        {"SyntaxLineTooLong", Severity::Error, "A line is 64 KiB or longer.",
         "docs/diagnostics.md#SyntaxLineTooLong"},
        {"SyntaxInvalidUtf8", Severity::Error, "The text is not valid UTF-8.",
         "docs/diagnostics.md#SyntaxInvalidUtf8"},
        {"UnknownInstruction", Severity::Error, "Not a Dockerfile instruction.",
         "docs/diagnostics.md#UnknownInstruction"},
        // Stage graph (StageGraph::diagnostics()) and lint's target analysis.
        {"NoBuildStage", Severity::Error, "The Dockerfile has no FROM instruction.",
         "docs/diagnostics.md#NoBuildStage"},
        {"InstructionBeforeFrom", Severity::Error, "Only ARG may come before the first FROM.",
         "docs/diagnostics.md#InstructionBeforeFrom"},
        {"FromArgumentCount", Severity::Error, "FROM takes an image and optionally AS <name>.",
         "docs/diagnostics.md#FromArgumentCount"},
        {"InvalidStageName", Severity::Error,
         "Stage names must start with a letter and hold only letters, digits, '-', '_' and '.'.",
         "docs/diagnostics.md#InvalidStageName"},
        {"UnknownStage", Severity::Warning,
         "The reference names no stage and looks like a mistyped stage name.",
         "docs/diagnostics.md#UnknownStage"},
        {"ForwardStageReference", Severity::Warning,
         "The reference names a stage defined later in the file.",
         "docs/diagnostics.md#ForwardStageReference"},
        {"SelfReference", Severity::Error, "A stage copies or mounts from itself.",
         "docs/diagnostics.md#SelfReference"},
        {"CircularStageDependency", Severity::Error, "Stages depend on each other in a cycle.",
         "docs/diagnostics.md#CircularStageDependency"},
        {"IndexOutOfRange", Severity::Error,
         "A numeric stage reference is not the index of a stage.",
         "docs/diagnostics.md#IndexOutOfRange"},
        {"UnusedStage", Severity::Info, "The build target does not need this stage.",
         "docs/diagnostics.md#UnusedStage"},
        // BuildKit's checks.
        {"StageNameCasing", Severity::Warning, "Stage names should be lowercase.",
         "https://docs.docker.com/go/dockerfile/rule/stage-name-casing/"},
        {"FromAsCasing", Severity::Warning,
         "The 'as' keyword should match the case of the 'from' keyword.",
         "https://docs.docker.com/go/dockerfile/rule/from-as-casing/"},
        {"NoEmptyContinuation", Severity::Warning,
         "Empty continuation lines will become errors in a future release.",
         "https://docs.docker.com/go/dockerfile/rule/no-empty-continuation/"},
        {"ConsistentInstructionCasing", Severity::Warning,
         "All instructions should use the same casing (upper or lower).",
         "https://docs.docker.com/go/dockerfile/rule/consistent-instruction-casing/"},
        {"DuplicateStageName", Severity::Warning, "Stage names should be unique.",
         "https://docs.docker.com/go/dockerfile/rule/duplicate-stage-name/"},
        {"ReservedStageName", Severity::Warning,
         "Reserved words should not be used as stage names.",
         "https://docs.docker.com/go/dockerfile/rule/reserved-stage-name/"},
        {"JSONArgsRecommended", Severity::Warning,
         "JSON arguments are recommended for ENTRYPOINT/CMD to handle OS signals.",
         "https://docs.docker.com/go/dockerfile/rule/json-args-recommended/"},
        {"MaintainerDeprecated", Severity::Warning,
         "MAINTAINER is deprecated; use a label for the image author.",
         "https://docs.docker.com/go/dockerfile/rule/maintainer-deprecated/"},
        {"UndefinedArgInFrom", Severity::Warning,
         "FROM uses an ARG that is not declared before the first FROM.",
         "https://docs.docker.com/go/dockerfile/rule/undefined-arg-in-from/"},
        {"WorkdirRelativePath", Severity::Warning,
         "Relative WORKDIR without an earlier absolute WORKDIR.",
         "https://docs.docker.com/go/dockerfile/rule/workdir-relative-path/"},
        {"UndefinedVar", Severity::Warning, "Variables should be defined before their use.",
         "https://docs.docker.com/go/dockerfile/rule/undefined-var/"},
        {"MultipleInstructionsDisallowed", Severity::Warning,
         "Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect.",
         "https://docs.docker.com/go/dockerfile/rule/multiple-instructions-disallowed/"},
        {"LegacyKeyValueFormat", Severity::Warning,
         "Use ENV/LABEL key=value instead of the legacy key value form.",
         "https://docs.docker.com/go/dockerfile/rule/legacy-key-value-format/"},
        {"RedundantTargetPlatform", Severity::Warning,
         "--platform=$TARGETPLATFORM is the default and can be removed.",
         "https://docs.docker.com/go/dockerfile/rule/redundant-target-platform/"},
        {"SecretsUsedInArgOrEnv", Severity::Warning,
         "Sensitive data should not be passed in ARG or ENV.",
         "https://docs.docker.com/go/dockerfile/rule/secrets-used-in-arg-or-env/"},
        {"InvalidDefaultArgInFrom", Severity::Warning,
         "Default ARG values give an empty or invalid base image name.",
         "https://docs.docker.com/go/dockerfile/rule/invalid-default-arg-in-from/"},
        {"FromPlatformFlagConstDisallowed", Severity::Warning,
         "FROM --platform should not use a constant value.",
         "https://docs.docker.com/go/dockerfile/rule/from-platform-flag-const-disallowed/"},
        {"ExposeProtoCasing", Severity::Warning, "The protocol in EXPOSE should be lowercase.",
         "https://docs.docker.com/go/dockerfile/rule/expose-proto-casing/"},
        {"ExposeInvalidFormat", Severity::Warning,
         "EXPOSE should not give an IP address or a host port.",
         "https://docs.docker.com/go/dockerfile/rule/expose-invalid-format/"},
        // Multi-stage advice (model/Advice.cpp).
        {"FinalStageCopiesContext", Severity::Info,
         "The final stage copies the whole build context although a builder stage exists.",
         "docs/diagnostics.md#FinalStageCopiesContext"},
        {"FinalStageSdkBase", Severity::Warning,
         "The final stage is based on a full SDK image although a builder stage exists.",
         "docs/diagnostics.md#FinalStageSdkBase"},
        {"FinalStageCopiesBuildFiles", Severity::Warning,
         "The final stage copies Git history, node_modules, caches or build tools.",
         "docs/diagnostics.md#FinalStageCopiesBuildFiles"},
        {"SecretInContext", Severity::Warning,
         "A COPY brings likely secret files from the build context into an image.",
         "docs/diagnostics.md#SecretInContext"},
        {"CopySourceMissing", Severity::Warning, "A COPY source is not in the build context.",
         "docs/diagnostics.md#CopySourceMissing"},
        {"CopySourceExcluded", Severity::Warning, "A COPY source is excluded by .dockerignore.",
         "docs/diagnostics.md#CopySourceExcluded"},
        {"UnpinnedBaseImage", Severity::Info,
         "A base image has no tag or the 'latest' tag, so rebuilds can change it.",
         "docs/diagnostics.md#UnpinnedBaseImage"},
        {"DeprecatedBaseImage", Severity::Warning,
         "A base image is deprecated by its publisher; a successor exists.",
         "docs/diagnostics.md#DeprecatedBaseImage"},
    };
}

std::string upper(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return out;
}

bool isBlank(std::string_view s)
{
    return std::all_of(s.begin(), s.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
    });
}

std::string label(const Stage &s)
{
    return s.name.empty() ? std::to_string(s.index) : s.name;
}

// BuildKit's secrets regex: a deny token as a whole '_'-separated part of the name, unless an
// allow token is also such a part.
bool looksSecret(std::string_view key)
{
    static const std::set<std::string, std::less<>> deny
        = {"apikey",   "auth",  "credential", "credentials", "key",
           "password", "pword", "passwd",     "secret",      "token"};
    static const std::set<std::string, std::less<>> allow = {"public", "file", "version"};
    bool denied = false;
    std::size_t start = 0;
    while (start <= key.size()) {
        const auto end = key.find('_', start);
        const std::string part = text::asciiLower(key.substr(
            start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (allow.count(part))
            return false;
        if (deny.count(part))
            denied = true;
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return denied;
}

class Checker
{
public:
    Checker(const SyntaxTree &tree, const StageGraph &graph, const LintOptions &options)
        : m_tree(tree)
        , m_graph(graph)
        , m_options(options)
        , m_src(tree.text())
        , m_escape(tree.escapeChar())
    { }

    std::vector<Diagnostic> run()
    {
        checkStages();
        checkInstructions();
        checkCasing();
        checkUnusedStages();
        for (Diagnostic &d : advise(m_tree, m_graph, m_options))
            m_out.push_back(std::move(d));
        for (const Diagnostic &d : m_graph.diagnostics())
            m_out.push_back(d);
        for (const Diagnostic &d : m_tree.diagnostics())
            m_out.push_back(d);
        applyDirective();
        std::stable_sort(m_out.begin(), m_out.end(), [](const Diagnostic &a, const Diagnostic &b) {
            if (a.range.begin != b.range.begin)
                return a.range.begin < b.range.begin;
            return a.code < b.code;
        });
        // Drop exact duplicates (the parser and the linter may both see the same thing).
        std::vector<Diagnostic> unique;
        for (Diagnostic &d : m_out) {
            const bool dup = std::any_of(unique.begin(), unique.end(), [&](const Diagnostic &u) {
                return u.code == d.code && u.range == d.range;
            });
            if (!dup)
                unique.push_back(std::move(d));
        }
        return unique;
    }

private:
    [[nodiscard]] std::string_view source(Range r) const
    {
        if (r.end > m_src.size() || r.begin > r.end)
            return {};
        return std::string_view(m_src).substr(r.begin, r.size());
    }

    void add(std::string_view code, Range range, std::vector<std::string> args,
             std::optional<FixIt> fix = std::nullopt)
    {
        Diagnostic d;
        d.code = std::string(code);
        const DiagnosticInfo *info = diagnosticInfo(code);
        d.severity = info != nullptr ? info->severity : Severity::Warning;
        d.range = range;
        d.args = std::move(args);
        if (fix) {
            std::sort(
                fix->edits.begin(), fix->edits.end(),
                [](const TextEdit &a, const TextEdit &b) { return a.range.begin < b.range.begin; });
            d.fix = std::move(fix);
        }
        m_out.push_back(std::move(d));
    }

    [[nodiscard]] const Instruction &ins(int index) const
    {
        return m_tree.instructions()[static_cast<std::size_t>(index)];
    }

    // ---- FROM lines ---------------------------------------------------------------------

    void checkStages()
    {
        const auto &stages = m_graph.stages();
        std::set<std::string> metaNames;
        for (const MetaArg &m : m_graph.metaArgs())
            metaNames.insert(m.name);
        std::vector<std::string> metaList(metaNames.begin(), metaNames.end());

        // Meta ARG names are checked for secrets too.
        std::set<int> metaInstructions;
        for (const MetaArg &m : m_graph.metaArgs())
            metaInstructions.insert(m.instruction);
        for (int i : metaInstructions)
            checkArgSecrets(ins(i));

        // Base names with only defaults (no --build-arg), for InvalidDefaultArgInFrom.
        // Derived again only when the graph we were given used --build-arg overrides.
        const StageGraph rederived
            = m_graph.hasOverrides() ? StageGraph::derive(m_tree) : StageGraph();
        const StageGraph &defaults = m_graph.hasOverrides() ? rederived : m_graph;

        std::set<std::string> seenNames;
        for (const Stage &s : stages) {
            if (s.fromInstruction < 0
                || s.fromInstruction >= static_cast<int>(m_tree.instructions().size()))
                continue;
            const Instruction &from = ins(s.fromInstruction);
            if (!s.name.empty()) {
                if (s.name != s.nameLower)
                    add("StageNameCasing", s.nameRange, {s.name}, renameFix(s));
                if (from.args.size() >= 3) {
                    const std::string &as = from.args[1].value;
                    const std::string lowerKeyword = text::asciiLower(from.keyword);
                    const std::string upperKeyword = upper(from.keyword);
                    std::string wanted;
                    if (from.keyword == lowerKeyword && as != text::asciiLower(as))
                        wanted = text::asciiLower(as);
                    else if (from.keyword == upperKeyword && as != upper(as))
                        wanted = upper(as);
                    if (!wanted.empty()) {
                        std::optional<FixIt> fix;
                        if (source(from.args[1].range) == as)
                            fix = FixIt{{TextEdit{from.args[1].range, wanted}}};
                        add("FromAsCasing", from.args[1].range, {as, from.keyword}, fix);
                    }
                }
                if (!seenNames.insert(s.nameLower).second)
                    add("DuplicateStageName", s.nameRange, {s.name});
                if (s.nameLower == "scratch" || s.nameLower == "context")
                    add("ReservedStageName", s.nameRange, {s.name});
            }

            if (const Flag *platform = from.flag("platform")) {
                const std::string &value = platform->value;
                if (value == "$TARGETPLATFORM" || value == "${TARGETPLATFORM}") {
                    Range del = platform->range;
                    while (del.end < m_src.size()
                           && (m_src[del.end] == ' ' || m_src[del.end] == '\t'))
                        ++del.end;
                    add("RedundantTargetPlatform", platform->range, {value},
                        FixIt{{TextEdit{del, ""}}});
                } else if (!value.empty() && value.find('$') == std::string::npos) {
                    // Allowed when the stage name says which platform it is for (build_amd64).
                    bool named = false;
                    std::size_t start = 0;
                    while (start <= value.size()) {
                        const auto end = value.find('/', start);
                        const std::string part = text::asciiLower(std::string_view(value).substr(
                            start, end == std::string::npos ? std::string::npos : end - start));
                        if (!part.empty() && !s.nameLower.empty()
                            && s.nameLower.find(part) != std::string::npos)
                            named = true;
                        if (end == std::string::npos || start > 0)
                            break; // os and architecture only
                        start = end + 1;
                    }
                    if (!named)
                        add("FromPlatformFlagConstDisallowed", platform->range, {value});
                }
                const Range valueRange = check::flagValueRange(m_src, *platform);
                const bool exact = source(valueRange) == value;
                for (const VariableUse &use : VariableExpansion::references(value, m_escape)) {
                    if (use.guarded || metaNames.count(use.name) || check::isPlatformArg(use.name))
                        continue;
                    const Range r = exact
                        ? Range{valueRange.begin + use.begin, valueRange.begin + use.end}
                        : platform->range;
                    add("UndefinedArgInFrom", r,
                        {use.name, check::closestName(use.name, metaList)});
                }
            }

            if (!from.args.empty()) {
                const Argument &base = from.args[0];
                bool usesPlatform = false;
                for (const VariableUse &use : VariableExpansion::references(base.value, m_escape)) {
                    if (check::isPlatformArg(use.name))
                        usesPlatform = true;
                    if (use.guarded || metaNames.count(use.name) || check::isPlatformArg(use.name))
                        continue;
                    add("UndefinedArgInFrom", check::subRange(m_src, base, use.begin, use.end),
                        {use.name, check::closestName(use.name, metaList)});
                }
                if (base.value.find('$') != std::string::npos && !usesPlatform
                    && static_cast<std::size_t>(s.index) < defaults.stages().size()) {
                    const std::string &expanded
                        = defaults.stages()[static_cast<std::size_t>(s.index)].baseExpanded;
                    const bool isStage
                        = defaults.stages()[static_cast<std::size_t>(s.index)].baseStage >= 0;
                    if (!isStage && (expanded.empty() || !check::isValidImageReference(expanded)))
                        add("InvalidDefaultArgInFrom", s.baseRange, {s.base});
                }
            }
        }
    }

    // Lower-case a stage name, and the COPY/mount references written with the same letters.
    std::optional<FixIt> renameFix(const Stage &s) const
    {
        if (source(s.nameRange) != s.name)
            return std::nullopt;
        FixIt fix;
        fix.edits.push_back({s.nameRange, s.nameLower});
        for (const Edge &e : m_graph.edges()) {
            if (e.from != s.index || e.kind == EdgeKind::From || e.reference == s.nameLower)
                continue;
            if (text::asciiLower(e.reference) == s.nameLower
                && source(e.referenceRange) == e.reference)
                fix.edits.push_back({e.referenceRange, s.nameLower});
        }
        return fix;
    }

    // ---- instructions inside stages -----------------------------------------------------

    struct StageState
    {
        bool workdirSet = false;
        bool shellSet = false;
        bool scratchRoot = false;
        std::set<std::string> known; ///< ARG and ENV names in scope
    };

    void checkInstructions()
    {
        const auto &stages = m_graph.stages();
        std::vector<StageState> states(stages.size());
        std::set<std::string> metaNames;
        for (const MetaArg &m : m_graph.metaArgs())
            metaNames.insert(m.name);

        for (const Stage &s : stages) {
            StageState st;
            if (s.baseStage >= 0 && static_cast<std::size_t>(s.baseStage) < states.size()) {
                st = states[static_cast<std::size_t>(s.baseStage)];
            } else {
                st.scratchRoot = text::equalsIgnoreCase(s.baseExpanded, "scratch");
                st.known.insert("PATH");
            }
            std::vector<int> cmds;
            std::vector<int> entrypoints;
            std::vector<int> healthchecks;
            for (int i = s.fromInstruction; i < s.endInstruction; ++i) {
                const Instruction &in = ins(i);
                if (in.hasEmptyContinuation)
                    checkEmptyContinuation(in);
                switch (in.kind) {
                case InstructionKind::Cmd:
                    cmds.push_back(i);
                    checkJsonArgs(in, st);
                    break;
                case InstructionKind::Entrypoint:
                    entrypoints.push_back(i);
                    checkJsonArgs(in, st);
                    break;
                case InstructionKind::Healthcheck:
                    healthchecks.push_back(i);
                    break;
                case InstructionKind::Shell:
                    st.shellSet = true;
                    break;
                case InstructionKind::Workdir:
                    checkUndefined(in, st, metaNames);
                    checkWorkdir(in, st);
                    break;
                case InstructionKind::Expose:
                    checkUndefined(in, st, metaNames);
                    checkExpose(in);
                    break;
                case InstructionKind::Maintainer:
                    checkMaintainer(in);
                    break;
                case InstructionKind::Env:
                case InstructionKind::Label:
                    checkUndefined(in, st, metaNames);
                    checkLegacyKeyValue(in);
                    if (in.kind == InstructionKind::Env) {
                        for (std::size_t a = 0; a + 1 < in.args.size(); a += 3) {
                            st.known.insert(in.args[a].value);
                            if (looksSecret(in.args[a].value))
                                add("SecretsUsedInArgOrEnv", in.args[a].range,
                                    {"ENV", in.args[a].value});
                        }
                    }
                    break;
                case InstructionKind::Arg:
                    checkUndefined(in, st, metaNames);
                    checkArgSecrets(in);
                    break;
                case InstructionKind::Add:
                case InstructionKind::Copy:
                case InstructionKind::Stopsignal:
                case InstructionKind::User:
                case InstructionKind::Volume:
                    checkUndefined(in, st, metaNames);
                    break;
                default:
                    break;
                }
            }
            for (const auto *list : {&cmds, &entrypoints, &healthchecks}) {
                for (std::size_t k = 0; k + 1 < list->size(); ++k) {
                    const Instruction &in = ins((*list)[k]);
                    add("MultipleInstructionsDisallowed", in.range,
                        {std::string(instructionKeyword(in.kind))});
                }
            }
            states[static_cast<std::size_t>(s.index)] = std::move(st);
        }
    }

    void checkArgSecrets(const Instruction &in)
    {
        for (const Argument &arg : in.args) {
            const std::string name = arg.value.substr(0, arg.value.find('='));
            if (!name.empty() && looksSecret(name))
                add("SecretsUsedInArgOrEnv",
                    check::subRange(m_src, arg, 0, static_cast<std::uint32_t>(name.size())),
                    {"ARG", name});
        }
    }

    void checkEmptyContinuation(const Instruction &in)
    {
        const LineIndex &lines = m_tree.lineIndex();
        std::vector<Range> blank;
        for (int line = in.startLine + 1; line <= in.endLine && line <= lines.lineCount(); ++line) {
            const std::uint32_t begin = lines.lineStart(line);
            const std::uint32_t end = line < lines.lineCount()
                ? lines.lineStart(line + 1)
                : static_cast<std::uint32_t>(m_src.size());
            if (begin >= in.range.end)
                break;
            const bool inHeredoc
                = std::any_of(in.heredocs.begin(), in.heredocs.end(), [&](const Heredoc &h) {
                      return (begin >= h.body.begin && begin < h.body.end)
                          || (begin >= h.terminator.begin && begin <= h.terminator.end
                              && !h.terminator.isEmpty());
                  });
            if (inHeredoc)
                continue;
            std::string_view content = std::string_view(m_src).substr(begin, end - begin);
            if (!content.empty() && content.back() == '\n')
                content.remove_suffix(1);
            if (isBlank(content))
                blank.push_back({begin, end});
        }
        if (blank.empty()) {
            add("NoEmptyContinuation", in.keywordRange, {});
            return;
        }
        FixIt fix;
        for (const Range &r : blank)
            fix.edits.push_back({r, ""});
        add("NoEmptyContinuation", blank.front(), {}, fix);
    }

    void checkJsonArgs(const Instruction &in, const StageState &st)
    {
        if (in.json || in.args.empty() || st.shellSet)
            return;
        const std::string keyword(instructionKeyword(in.kind));
        const std::string &command = in.args.front().value;
        std::optional<FixIt> fix;
        const std::string_view written = source(in.argsRange);
        static constexpr std::string_view kShellChars = "\"'\\$`|&;<>()*?[]{}~#!=\n\r";
        const bool simple = command.find_first_of(kShellChars) == std::string::npos
            && command.find(m_escape) == std::string::npos
            && written.find('\n') == std::string_view::npos && text::trimSpace(written) == command;
        if (simple) {
            std::string json = "[";
            std::size_t i = 0;
            bool first = true;
            while (i < command.size()) {
                while (i < command.size() && text::isSplitSpace(command[i]))
                    ++i;
                if (i >= command.size())
                    break;
                const std::size_t start = i;
                while (i < command.size() && !text::isSplitSpace(command[i]))
                    ++i;
                json += first ? "\"" : ", \"";
                json += command.substr(start, i - start);
                json += "\"";
                first = false;
            }
            json += "]";
            const auto lead = written.find(command);
            const Range r{in.argsRange.begin + static_cast<std::uint32_t>(lead),
                          in.argsRange.begin + static_cast<std::uint32_t>(lead + command.size())};
            if (!first)
                fix = FixIt{{TextEdit{r, json}}};
        }
        add("JSONArgsRecommended", in.argsRange, {keyword}, fix);
    }

    void checkWorkdir(const Instruction &in, StageState &st)
    {
        if (!st.workdirSet && !in.args.empty()) {
            const std::string &raw = in.args.front().value;
            if (raw.find('$') == std::string::npos) {
                const std::string path = VariableExpansion::unquote(raw, m_escape);
                const bool absolute
                    = (!path.empty() && (path.front() == '/' || path.front() == '\\'))
                    || (path.size() >= 2 && path[1] == ':'
                        && ((path[0] >= 'a' && path[0] <= 'z')
                            || (path[0] >= 'A' && path[0] <= 'Z')));
                if (!absolute)
                    add("WorkdirRelativePath", in.args.front().range, {path});
            }
        }
        st.workdirSet = true;
    }

    void checkExpose(const Instruction &in)
    {
        for (const Argument &arg : in.args) {
            const std::string &port = arg.value;
            if (port.find('$') != std::string::npos)
                continue;
            const bool exact = source(arg.range) == port;
            if (port.find(':') != std::string::npos) {
                std::optional<FixIt> fix;
                const std::string containerPort = port.substr(port.rfind(':') + 1);
                if (exact && !containerPort.empty() && containerPort.front() != '/')
                    fix = FixIt{{TextEdit{arg.range, containerPort}}};
                add("ExposeInvalidFormat", arg.range, {port}, fix);
            }
            const auto slash = port.rfind('/');
            if (slash != std::string::npos) {
                const std::string proto = port.substr(slash + 1);
                if (proto != text::asciiLower(proto)) {
                    std::optional<FixIt> fix;
                    if (exact)
                        fix = FixIt{
                            {TextEdit{{arg.range.begin + static_cast<std::uint32_t>(slash + 1),
                                       arg.range.end},
                                      text::asciiLower(proto)}}};
                    add("ExposeProtoCasing", arg.range, {port}, fix);
                }
            }
        }
    }

    std::string quoteForLabel(std::string_view value) const
    {
        std::string out = "\"";
        for (char c : value) {
            if (c == '"' || c == '$' || c == m_escape)
                out.push_back(m_escape);
            out.push_back(c);
        }
        out.push_back('"');
        return out;
    }

    void checkMaintainer(const Instruction &in)
    {
        std::optional<FixIt> fix;
        const std::string_view written = source(in.range);
        if (written.find('\n') == std::string_view::npos && !in.args.empty()) {
            const bool lower = in.keyword == text::asciiLower(in.keyword);
            const std::string keyword = lower ? "label" : "LABEL";
            fix = FixIt{{TextEdit{in.range,
                                  keyword + " org.opencontainers.image.authors="
                                      + quoteForLabel(text::trimSpace(in.args.front().value))}}};
        }
        add("MaintainerDeprecated", in.range, {}, fix);
    }

    // `key value` (legacy) -> `key=value`, quoting the value when it holds whitespace.
    void checkLegacyKeyValue(const Instruction &in)
    {
        if (in.args.size() != 3 || !in.args[2].value.empty())
            return;
        const std::string keyword(instructionKeyword(in.kind));
        const std::string &key = in.args[0].value;
        const std::string &value = in.args[1].value;
        std::optional<FixIt> fix;
        const std::string_view written = source(in.argsRange);
        if (written.find('\n') == std::string_view::npos && !written.empty()) {
            bool unquotedSpace = false;
            char quote = 0;
            bool escaped = false;
            for (char c : value) {
                if (escaped) {
                    escaped = false;
                    continue;
                }
                if (c == m_escape && quote != '\'') {
                    escaped = true;
                } else if (quote != 0) {
                    if (c == quote)
                        quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (text::isSplitSpace(c)) {
                    unquotedSpace = true;
                }
            }
            if (!unquotedSpace)
                fix = FixIt{{TextEdit{in.argsRange, key + "=" + value}}};
            else if (value.find_first_of("\"'") == std::string::npos
                     && value.find(m_escape) == std::string::npos)
                fix = FixIt{{TextEdit{in.argsRange, key + "=\"" + value + "\""}}};
        }
        add("LegacyKeyValueFormat", in.argsRange, {keyword}, fix);
    }

    // BuildKit reports variables that word expansion cannot find. It knows the base image's
    // environment; we do not, so outside stages built FROM scratch we only report meta ARGs not
    // redeclared in the stage (a classic mistake) and near-misses of names in scope (typos).
    void checkUndefined(const Instruction &in, StageState &st,
                        const std::set<std::string> &metaNames)
    {
        auto checkWord = [&](const Argument &arg, const std::set<std::string> &scope) {
            if (arg.value.find('$') == std::string::npos)
                return;
            for (const VariableUse &use : VariableExpansion::references(arg.value, m_escape)) {
                if (use.guarded || scope.count(use.name))
                    continue;
                const std::vector<std::string> names(scope.begin(), scope.end());
                std::string suggestion
                    = check::closestName(use.name, names, st.scratchRoot ? 2 : 1);
                const bool report
                    = st.scratchRoot || metaNames.count(use.name) || !suggestion.empty();
                if (!report)
                    continue;
                add("UndefinedVar", check::subRange(m_src, arg, use.begin, use.end),
                    {use.name, suggestion});
            }
        };
        switch (in.kind) {
        case InstructionKind::Env:
        case InstructionKind::Label: {
            // All values of one ENV see the environment from before the instruction.
            const std::set<std::string> before = st.known;
            for (std::size_t a = 0; a + 1 < in.args.size(); a += 3) {
                if (in.kind == InstructionKind::Label)
                    checkWord(in.args[a], before);
                checkWord(in.args[a + 1], before);
            }
            break;
        }
        case InstructionKind::Arg:
            for (const Argument &arg : in.args) {
                const auto eq = arg.value.find('=');
                if (eq != std::string::npos) {
                    Argument value = arg;
                    value.value = arg.value.substr(eq + 1);
                    const Range r = check::subRange(m_src, arg, static_cast<std::uint32_t>(eq + 1),
                                                    static_cast<std::uint32_t>(arg.value.size()));
                    value.range = r;
                    checkWord(value, st.known);
                }
                st.known.insert(arg.value.substr(0, eq));
            }
            break;
        default:
            for (const Argument &arg : in.args)
                if (in.json || !check::isHeredocWord(in, arg.value))
                    checkWord(arg, st.known);
            break;
        }
    }

    // ---- whole file ---------------------------------------------------------------------

    void checkCasing()
    {
        const auto &stages = m_graph.stages();
        if (stages.empty())
            return;
        std::vector<const Instruction *> list;
        for (const Stage &s : stages)
            for (int i = s.fromInstruction; i < s.endInstruction; ++i)
                if (ins(i).kind != InstructionKind::Unknown)
                    list.push_back(&ins(i));
        int lowerCount = 0;
        int upperCount = 0;
        for (const Instruction *in : list) {
            if (in->keyword == text::asciiLower(in->keyword))
                ++lowerCount;
            else if (in->keyword == upper(in->keyword))
                ++upperCount;
        }
        const bool majorityLower = lowerCount > upperCount;
        for (const Instruction *in : list) {
            const std::string wanted
                = majorityLower ? text::asciiLower(in->keyword) : upper(in->keyword);
            if (in->keyword == wanted)
                continue;
            std::optional<FixIt> fix;
            if (source(in->keywordRange) == in->keyword)
                fix = FixIt{{TextEdit{in->keywordRange, wanted}}};
            add("ConsistentInstructionCasing", in->keywordRange,
                {in->keyword, majorityLower ? "lowercase" : "uppercase"}, fix);
        }
    }

    void checkUnusedStages()
    {
        const auto &stages = m_graph.stages();
        if (stages.empty())
            return;
        int target = m_options.target;
        if (target < 0 || target >= static_cast<int>(stages.size()))
            target = m_graph.defaultTarget();
        const std::vector<int> needed = m_graph.neededFor(target);
        for (const Stage &s : stages) {
            if (s.index == target || std::binary_search(needed.begin(), needed.end(), s.index))
                continue;
            const Instruction &from = ins(s.fromInstruction);
            const std::uint32_t end = !s.name.empty()
                ? s.nameRange.end
                : (!from.args.empty() ? s.baseRange.end : from.keywordRange.end);
            add("UnusedStage", {from.keywordRange.begin, std::max(end, from.keywordRange.end)},
                {label(s)});
        }
    }

    // `# check=skip=A,B;error=true` (BuildKit's check directive).
    void applyDirective()
    {
        std::set<std::string, std::less<>> skip;
        bool skipAll = false;
        bool asErrors = false;
        for (const Directive &d : m_tree.directives()) {
            if (d.name != "check")
                continue;
            std::size_t start = 0;
            const std::string &v = d.value;
            while (start <= v.size()) {
                const auto end = v.find(';', start);
                const std::string_view part = text::trimSpace(std::string_view(v).substr(
                    start, end == std::string::npos ? std::string::npos : end - start));
                const auto eq = part.find('=');
                if (eq != std::string_view::npos) {
                    const std::string key = text::asciiLower(text::trimSpace(part.substr(0, eq)));
                    const std::string_view value = text::trimSpace(part.substr(eq + 1));
                    if (key == "skip") {
                        std::size_t s = 0;
                        while (s <= value.size()) {
                            const auto comma = value.find(',', s);
                            const std::string_view name = text::trimSpace(value.substr(
                                s,
                                comma == std::string_view::npos ? std::string_view::npos
                                                                : comma - s));
                            if (text::equalsIgnoreCase(name, "all"))
                                skipAll = true;
                            else if (!name.empty())
                                skip.insert(std::string(name));
                            if (comma == std::string_view::npos)
                                break;
                            s = comma + 1;
                        }
                    } else if (key == "error") {
                        asErrors = text::equalsIgnoreCase(value, "true");
                    }
                }
                if (end == std::string::npos)
                    break;
                start = end + 1;
            }
        }
        std::vector<Diagnostic> kept;
        for (Diagnostic &d : m_out) {
            if (d.severity != Severity::Error && (skipAll || skip.count(d.code)))
                continue;
            if (asErrors && d.severity == Severity::Warning) {
                const DiagnosticInfo *info = diagnosticInfo(d.code);
                if (info != nullptr && info->url.starts_with("https://docs.docker.com/"))
                    d.severity = Severity::Error;
            }
            kept.push_back(std::move(d));
        }
        m_out = std::move(kept);
    }

    const SyntaxTree &m_tree;
    const StageGraph &m_graph;
    const LintOptions &m_options;
    const std::string &m_src;
    char m_escape;
    std::vector<Diagnostic> m_out;
};

} // namespace

std::vector<Diagnostic> lint(const SyntaxTree &tree, const StageGraph &graph,
                             const LintOptions &options)
{
    return Checker(tree, graph, options).run();
}

const std::vector<DiagnosticInfo> &diagnosticCatalog()
{
    static const std::vector<DiagnosticInfo> catalog = buildCatalog();
    return catalog;
}

const DiagnosticInfo *diagnosticInfo(std::string_view code)
{
    for (const DiagnosticInfo &info : diagnosticCatalog())
        if (info.code == code)
            return &info;
    return nullptr;
}

} // namespace stagecraft::model
