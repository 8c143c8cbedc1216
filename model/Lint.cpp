// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Lint.h"

#include "model/Advice.h"
#include "model/CheckContext.h"
#include "model/CheckDirective.h"
#include "model/CheckHelpers.h"
#include "model/StageName.h"
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

/// BuildKit's checks and our own over one CheckContext (the multi-stage advice, model/Advice,
/// runs over the same context).
class LintChecks
{
public:
    explicit LintChecks(CheckContext &context)
        : m_context(context)
    { }

    void run()
    {
        checkStages();
        checkInstructions();
        checkCasing();
        checkUnusedStages();
    }

private:
    // ---- FROM lines ---------------------------------------------------------------------

    void checkStages()
    {
        const auto &stages = m_context.graph().stages();
        std::set<std::string> metaNames;
        for (const MetaArg &m : m_context.graph().metaArgs())
            metaNames.insert(m.name);
        std::vector<std::string> metaList(metaNames.begin(), metaNames.end());

        // Meta ARG names are checked for secrets too.
        std::set<int> metaInstructions;
        for (const MetaArg &m : m_context.graph().metaArgs())
            metaInstructions.insert(m.instruction);
        for (int i : metaInstructions)
            checkArgSecrets(m_context.instruction(i));

        // Base names with only defaults (no --build-arg), for InvalidDefaultArgInFrom.
        // Derived again only when the graph we were given used --build-arg overrides.
        const StageGraph rederived = m_context.graph().hasOverrides()
            ? StageGraph::derive(m_context.tree())
            : StageGraph();
        const StageGraph &defaults
            = m_context.graph().hasOverrides() ? rederived : m_context.graph();

        std::set<std::string> seenNames;
        for (const Stage &s : stages) {
            if (s.fromInstruction < 0
                || s.fromInstruction >= static_cast<int>(m_context.tree().instructions().size()))
                continue;
            const Instruction &from = m_context.instruction(s.fromInstruction);
            if (!s.name.empty()) {
                if (s.name != s.nameLower)
                    m_context.add("StageNameCasing", s.nameRange, {s.name}, renameFix(s));
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
                        if (m_context.source(from.args[1].range) == as)
                            fix = FixIt{{TextEdit{from.args[1].range, wanted}}};
                        m_context.add("FromAsCasing", from.args[1].range, {as, from.keyword}, fix);
                    }
                }
                if (!seenNames.insert(s.nameLower).second)
                    m_context.add("DuplicateStageName", s.nameRange, {s.name});
                if (isReservedStageName(s.name))
                    m_context.add("ReservedStageName", s.nameRange, {s.name});
            }

            if (const Flag *platform = from.flag("platform")) {
                const std::string &value = platform->value;
                if (value == "$TARGETPLATFORM" || value == "${TARGETPLATFORM}") {
                    Range del = platform->range;
                    while (
                        del.end < m_context.text().size()
                        && (m_context.text()[del.end] == ' ' || m_context.text()[del.end] == '\t'))
                        ++del.end;
                    m_context.add("RedundantTargetPlatform", platform->range, {value},
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
                        m_context.add("FromPlatformFlagConstDisallowed", platform->range, {value});
                }
                const Range valueRange = check::flagValueRange(m_context.text(), *platform);
                const bool exact = m_context.source(valueRange) == value;
                for (const VariableUse &use :
                     VariableExpansion::references(value, m_context.escape())) {
                    if (use.guarded || metaNames.count(use.name) || check::isPlatformArg(use.name))
                        continue;
                    const Range r = exact
                        ? Range{valueRange.begin + use.begin, valueRange.begin + use.end}
                        : platform->range;
                    m_context.add("UndefinedArgInFrom", r,
                                  {use.name, check::closestName(use.name, metaList)});
                }
            }

            if (!from.args.empty()) {
                const Argument &base = from.args[0];
                bool usesPlatform = false;
                for (const VariableUse &use :
                     VariableExpansion::references(base.value, m_context.escape())) {
                    if (check::isPlatformArg(use.name))
                        usesPlatform = true;
                    if (use.guarded || metaNames.count(use.name) || check::isPlatformArg(use.name))
                        continue;
                    m_context.add("UndefinedArgInFrom",
                                  check::subRange(m_context.text(), base, use.begin, use.end),
                                  {use.name, check::closestName(use.name, metaList)});
                }
                if (base.value.find('$') != std::string::npos && !usesPlatform
                    && static_cast<std::size_t>(s.index) < defaults.stages().size()) {
                    const std::string &expanded
                        = defaults.stages()[static_cast<std::size_t>(s.index)].baseExpanded;
                    const bool isStage
                        = defaults.stages()[static_cast<std::size_t>(s.index)].baseStage >= 0;
                    if (!isStage && (expanded.empty() || !check::isValidImageReference(expanded)))
                        m_context.add("InvalidDefaultArgInFrom", s.baseRange, {s.base});
                }
            }
        }
    }

    // Lower-case a stage name, and the COPY/mount references written with the same letters.
    std::optional<FixIt> renameFix(const Stage &s) const
    {
        if (m_context.source(s.nameRange) != s.name)
            return std::nullopt;
        FixIt fix;
        fix.edits.push_back({s.nameRange, s.nameLower});
        for (const Edge &e : m_context.graph().edges()) {
            if (e.from != s.index || e.kind == EdgeKind::From || e.reference == s.nameLower)
                continue;
            if (text::asciiLower(e.reference) == s.nameLower
                && m_context.source(e.referenceRange) == e.reference)
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
        const auto &stages = m_context.graph().stages();
        std::vector<StageState> states(stages.size());
        std::set<std::string> metaNames;
        for (const MetaArg &m : m_context.graph().metaArgs())
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
                const Instruction &in = m_context.instruction(i);
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
                                m_context.add("SecretsUsedInArgOrEnv", in.args[a].range,
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
                    const Instruction &in = m_context.instruction((*list)[k]);
                    m_context.add("MultipleInstructionsDisallowed", in.range,
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
                m_context.add("SecretsUsedInArgOrEnv",
                              check::subRange(m_context.text(), arg, 0,
                                              static_cast<std::uint32_t>(name.size())),
                              {"ARG", name});
        }
    }

    void checkEmptyContinuation(const Instruction &in)
    {
        const LineIndex &lines = m_context.tree().lineIndex();
        std::vector<Range> blank;
        for (int line = in.startLine + 1; line <= in.endLine && line <= lines.lineCount(); ++line) {
            const std::uint32_t begin = lines.lineStart(line);
            const std::uint32_t end = line < lines.lineCount()
                ? lines.lineStart(line + 1)
                : static_cast<std::uint32_t>(m_context.text().size());
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
            std::string_view content
                = std::string_view(m_context.text()).substr(begin, end - begin);
            if (!content.empty() && content.back() == '\n')
                content.remove_suffix(1);
            if (isBlank(content))
                blank.push_back({begin, end});
        }
        if (blank.empty()) {
            m_context.add("NoEmptyContinuation", in.keywordRange, {});
            return;
        }
        FixIt fix;
        for (const Range &r : blank)
            fix.edits.push_back({r, ""});
        m_context.add("NoEmptyContinuation", blank.front(), {}, fix);
    }

    void checkJsonArgs(const Instruction &in, const StageState &st)
    {
        if (in.json || in.args.empty() || st.shellSet)
            return;
        const std::string keyword(instructionKeyword(in.kind));
        const std::string &command = in.args.front().value;
        std::optional<FixIt> fix;
        const std::string_view written = m_context.source(in.argsRange);
        static constexpr std::string_view kShellChars = "\"'\\$`|&;<>()*?[]{}~#!=\n\r";
        const bool simple = command.find_first_of(kShellChars) == std::string::npos
            && command.find(m_context.escape()) == std::string::npos
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
        m_context.add("JSONArgsRecommended", in.argsRange, {keyword}, fix);
    }

    void checkWorkdir(const Instruction &in, StageState &st)
    {
        if (!st.workdirSet && !in.args.empty()) {
            const std::string &raw = in.args.front().value;
            if (raw.find('$') == std::string::npos) {
                const std::string path = VariableExpansion::unquote(raw, m_context.escape());
                const bool absolute
                    = (!path.empty() && (path.front() == '/' || path.front() == '\\'))
                    || (path.size() >= 2 && path[1] == ':'
                        && ((path[0] >= 'a' && path[0] <= 'z')
                            || (path[0] >= 'A' && path[0] <= 'Z')));
                if (!absolute)
                    m_context.add("WorkdirRelativePath", in.args.front().range, {path});
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
            const bool exact = m_context.source(arg.range) == port;
            if (port.find(':') != std::string::npos) {
                std::optional<FixIt> fix;
                const std::string containerPort = port.substr(port.rfind(':') + 1);
                if (exact && !containerPort.empty() && containerPort.front() != '/')
                    fix = FixIt{{TextEdit{arg.range, containerPort}}};
                m_context.add("ExposeInvalidFormat", arg.range, {port}, fix);
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
                    m_context.add("ExposeProtoCasing", arg.range, {port}, fix);
                }
            }
        }
    }

    std::string quoteForLabel(std::string_view value) const
    {
        std::string out = "\"";
        for (char c : value) {
            if (c == '"' || c == '$' || c == m_context.escape())
                out.push_back(m_context.escape());
            out.push_back(c);
        }
        out.push_back('"');
        return out;
    }

    void checkMaintainer(const Instruction &in)
    {
        std::optional<FixIt> fix;
        const std::string_view written = m_context.source(in.range);
        if (written.find('\n') == std::string_view::npos && !in.args.empty()) {
            const bool lower = in.keyword == text::asciiLower(in.keyword);
            const std::string keyword = lower ? "label" : "LABEL";
            fix = FixIt{{TextEdit{in.range,
                                  keyword + " org.opencontainers.image.authors="
                                      + quoteForLabel(text::trimSpace(in.args.front().value))}}};
        }
        m_context.add("MaintainerDeprecated", in.range, {}, fix);
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
        const std::string_view written = m_context.source(in.argsRange);
        if (written.find('\n') == std::string_view::npos && !written.empty()) {
            bool unquotedSpace = false;
            char quote = 0;
            bool escaped = false;
            for (char c : value) {
                if (escaped) {
                    escaped = false;
                    continue;
                }
                if (c == m_context.escape() && quote != '\'') {
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
                     && value.find(m_context.escape()) == std::string::npos)
                fix = FixIt{{TextEdit{in.argsRange, key + "=\"" + value + "\""}}};
        }
        m_context.add("LegacyKeyValueFormat", in.argsRange, {keyword}, fix);
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
            for (const VariableUse &use :
                 VariableExpansion::references(arg.value, m_context.escape())) {
                if (use.guarded || scope.count(use.name))
                    continue;
                const std::vector<std::string> names(scope.begin(), scope.end());
                std::string suggestion
                    = check::closestName(use.name, names, st.scratchRoot ? 2 : 1);
                const bool report
                    = st.scratchRoot || metaNames.count(use.name) || !suggestion.empty();
                if (!report)
                    continue;
                m_context.add("UndefinedVar",
                              check::subRange(m_context.text(), arg, use.begin, use.end),
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
                    const Range r
                        = check::subRange(m_context.text(), arg, static_cast<std::uint32_t>(eq + 1),
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
        const auto &stages = m_context.graph().stages();
        if (stages.empty())
            return;
        std::vector<const Instruction *> list;
        for (const Stage &s : stages)
            for (int i = s.fromInstruction; i < s.endInstruction; ++i)
                if (m_context.instruction(i).kind != InstructionKind::Unknown)
                    list.push_back(&m_context.instruction(i));
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
            if (m_context.source(in->keywordRange) == in->keyword)
                fix = FixIt{{TextEdit{in->keywordRange, wanted}}};
            m_context.add("ConsistentInstructionCasing", in->keywordRange,
                          {in->keyword, majorityLower ? "lowercase" : "uppercase"}, fix);
        }
    }

    void checkUnusedStages()
    {
        const auto &stages = m_context.graph().stages();
        if (stages.empty())
            return;
        int target = m_context.options().target;
        if (target < 0 || target >= static_cast<int>(stages.size()))
            target = m_context.graph().defaultTarget();
        const std::vector<int> needed = m_context.graph().neededFor(target);
        for (const Stage &s : stages) {
            if (s.index == target || std::binary_search(needed.begin(), needed.end(), s.index))
                continue;
            const Instruction &from = m_context.instruction(s.fromInstruction);
            const std::uint32_t end = !s.name.empty()
                ? s.nameRange.end
                : (!from.args.empty() ? s.baseRange.end : from.keywordRange.end);
            m_context.add("UnusedStage",
                          {from.keywordRange.begin, std::max(end, from.keywordRange.end)},
                          {stageLabel(s)});
        }
    }

public:
    // `# check=skip=A,B;error=true` (BuildKit's check directive).
    void applyDirective()
    {
        const CheckDirective directive(m_context.tree());
        std::vector<Diagnostic> kept;
        for (Diagnostic &d : m_context.diagnostics()) {
            if (directive.apply(d))
                kept.push_back(std::move(d));
        }
        m_context.diagnostics() = std::move(kept);
    }

    CheckContext &m_context;
};
} // namespace

std::vector<Diagnostic> lint(const SyntaxTree &tree, const StageGraph &graph,
                             const LintOptions &options)
{
    CheckContext context(tree, graph, options);
    LintChecks checks(context);
    checks.run();
    advise(context);
    std::vector<Diagnostic> &out = context.diagnostics();
    out.insert(out.end(), graph.diagnostics().begin(), graph.diagnostics().end());
    out.insert(out.end(), tree.diagnostics().begin(), tree.diagnostics().end());
    checks.applyDirective();
    return lintOrder(std::move(out));
}

} // namespace stagecraft::model
