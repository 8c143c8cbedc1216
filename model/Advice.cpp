// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Advice.h"

#include "model/CheckContext.h"
#include "model/CheckHelpers.h"
#include "model/Text.h"
#include "model/VariableExpansion.h"

#include <algorithm>
#include <array>

// The advice follows the multi-stage tutorial the app teaches: the final stage should hold only
// what the app needs to run (the artifact and a runtime base), never the sources, the build tools,
// caches or secrets. Every rule here judges the final stage (the build target) unless it says
// otherwise; docs/diagnostics.md lists the exact triggers.

namespace stagecraft::model {

namespace {

constexpr std::size_t kMaxListedSecrets = 3;

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool isDigits(std::string_view s)
{
    return !s.empty()
        && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isVersion(std::string_view s)
{
    return !s.empty() && s.front() >= '0' && s.front() <= '9'
        && std::all_of(s.begin(), s.end(),
                       [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
}

bool isDebianCodename(std::string_view s)
{
    return s == "bookworm" || s == "bullseye" || s == "buster" || s == "trixie";
}

/// Path components of a '/'-separated path, with "" and "." dropped and ".." applied (clamped at
/// the root, as BuildKit resolves context paths).
std::vector<std::string> components(std::string_view path)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= path.size()) {
        const auto slash = path.find('/', start);
        const std::string_view part = path.substr(
            start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
        if (part == "..") {
            if (!out.empty())
                out.pop_back();
        } else if (!part.empty() && part != ".") {
            out.emplace_back(part);
        }
        if (slash == std::string_view::npos)
            break;
        start = slash + 1;
    }
    return out;
}

std::string join(const std::vector<std::string> &parts, std::size_t count)
{
    std::string out;
    for (std::size_t i = 0; i < count && i < parts.size(); ++i) {
        if (i > 0)
            out += '/';
        out += parts[i];
    }
    return out;
}

bool hasWildcard(std::string_view s)
{
    return s.find_first_of("*?[") != std::string_view::npos;
}

bool isRemote(std::string_view s)
{
    return s.find("://") != std::string_view::npos || startsWith(s, "git@");
}

/// One source word of a COPY/ADD.
struct Source
{
    const Argument *arg = nullptr;
    std::string path;   ///< quotes removed
    bool exact = false; ///< the source text is exactly `path` (safe to edit in place)
};

/// The Java major versions Eclipse Temurin publishes `N-jdk`/`N-jre` tags for.
bool isTemurinMajor(std::string_view major)
{
    static constexpr std::array kMajors = {"8", "11", "17", "21", "25"};
    return std::find(kMajors.begin(), kMajors.end(), major) != kMajors.end();
}

/// `openjdk`/`java`/`adoptopenjdk` tag → Eclipse Temurin tag, when the mapping is certain:
/// `17`, `17-jdk`, `17-jre`, `17-jdk-slim`, `17-alpine`, … (kind "jdk" or "jre" forced when set).
std::optional<std::string> temurinTag(std::string_view tag, std::string_view forceKind = {})
{
    const auto dash = tag.find('-');
    const std::string_view major = tag.substr(0, dash);
    if (!isDigits(major) || !isTemurinMajor(major))
        return std::nullopt;
    std::string_view rest
        = dash == std::string_view::npos ? std::string_view() : tag.substr(dash + 1);
    std::string kind = "jdk";
    if (startsWith(rest, "jdk") || startsWith(rest, "jre")) {
        kind = std::string(rest.substr(0, 3));
        rest.remove_prefix(3);
        if (!rest.empty() && rest.front() == '-')
            rest.remove_prefix(1);
    }
    bool alpine = false;
    if (rest == "alpine")
        alpine = true;
    else if (!rest.empty() && rest != "slim" && !isDebianCodename(rest) && rest != "slim-buster"
             && rest != "slim-bullseye" && rest != "slim-bookworm")
        return std::nullopt;
    if (!forceKind.empty())
        kind = std::string(forceKind);
    return std::string(major) + "-" + kind + (alpine ? "-alpine" : "");
}

/// `python`/`ruby` style: 3.11 → 3.11-slim, 3.11-bookworm → 3.11-slim-bookworm.
std::optional<std::string> slimInfix(std::string_view tag)
{
    if (tag.empty() || tag == "latest")
        return std::string("slim");
    if (isDebianCodename(tag))
        return "slim-" + std::string(tag);
    const auto dash = tag.find('-');
    const std::string_view version = tag.substr(0, dash);
    if (!isVersion(version))
        return std::nullopt;
    if (dash == std::string_view::npos)
        return std::string(tag) + "-slim";
    const std::string_view rest = tag.substr(dash + 1);
    if (isDebianCodename(rest))
        return std::string(version) + "-slim-" + std::string(rest);
    return std::nullopt;
}

/// `node` style: 20 → 20-slim, 20-bookworm → 20-bookworm-slim, lts → lts-slim.
std::optional<std::string> slimSuffix(std::string_view tag)
{
    if (tag.empty() || tag == "latest")
        return std::string("slim");
    const auto dash = tag.find('-');
    const std::string_view head = tag.substr(0, dash);
    if (!isVersion(head) && head != "lts" && head != "current")
        return std::nullopt;
    if (dash == std::string_view::npos)
        return std::string(tag) + "-slim";
    if (isDebianCodename(tag.substr(dash + 1)))
        return std::string(tag) + "-slim";
    return std::nullopt;
}

bool tagHas(std::string_view tag, std::string_view word)
{
    return tag.find(word) != std::string_view::npos;
}

/// A Java version named in a build-tool tag (`3.9-eclipse-temurin-17`, `8.5-jdk17`), or "".
std::string javaVersionInTag(std::string_view tag)
{
    for (std::string_view marker : {"temurin-", "openjdk-", "jdk-", "jdk"}) {
        const auto at = tag.find(marker);
        if (at == std::string_view::npos)
            continue;
        std::size_t i = at + marker.size();
        std::size_t j = i;
        while (j < tag.size() && tag[j] >= '0' && tag[j] <= '9')
            ++j;
        if (j > i)
            return std::string(tag.substr(i, j - i));
    }
    return {};
}

/// Advice for a final-stage base that is a full SDK image: a runtime suggestion and, when it is
/// certain to exist, the replacement reference.
struct SdkAdvice
{
    std::string suggestion;
    std::optional<std::string> replacement;
};

std::optional<SdkAdvice> sdkAdvice(const ImageName &image)
{
    const std::string name
        = text::asciiLower(image.domain.empty() ? image.name : image.domain + "/" + image.name);
    const std::string &tag = image.tag;
    if (name == "golang")
        return SdkAdvice{"alpine, gcr.io/distroless/static-debian12, scratch", std::nullopt};
    if (name == "rust")
        return SdkAdvice{"debian:bookworm-slim, gcr.io/distroless/cc-debian12", std::nullopt};
    if (name == "gcc")
        return SdkAdvice{"debian:bookworm-slim", std::nullopt};
    if (name == "buildpack-deps") {
        // Only the full variant has compilers; `-curl` and `-scm` are small.
        if (tag == "curl" || tag == "scm" || endsWith(tag, "-curl") || endsWith(tag, "-scm"))
            return std::nullopt;
        if (isDebianCodename(tag))
            return SdkAdvice{"debian:" + tag + "-slim", "debian:" + tag + "-slim"};
        return SdkAdvice{"debian:bookworm-slim", std::nullopt};
    }
    if (name == "maven" || name == "gradle") {
        const std::string version = javaVersionInTag(tag);
        if (!version.empty() && isTemurinMajor(version)) {
            const std::string runtime = "eclipse-temurin:" + version + "-jre";
            return SdkAdvice{runtime, runtime};
        }
        return SdkAdvice{"eclipse-temurin:<version>-jre", std::nullopt};
    }
    if (name == "openjdk" || name == "eclipse-temurin") {
        if (tagHas(tag, "jre"))
            return std::nullopt;
        if (const auto jre = temurinTag(tag, "jre"))
            return SdkAdvice{"eclipse-temurin:" + *jre, "eclipse-temurin:" + *jre};
        return SdkAdvice{"eclipse-temurin:<version>-jre", std::nullopt};
    }
    if (name == "python" || name == "ruby") {
        if (tagHas(tag, "slim") || tagHas(tag, "alpine") || tagHas(tag, "windows")
            || tagHas(tag, "nanoserver"))
            return std::nullopt;
        if (const auto slim = slimInfix(tag))
            return SdkAdvice{name + ":" + *slim, name + ":" + *slim};
        return SdkAdvice{name + ":<version>-slim", std::nullopt};
    }
    if (name == "node") {
        if (tagHas(tag, "slim") || tagHas(tag, "alpine"))
            return std::nullopt;
        if (const auto slim = slimSuffix(tag))
            return SdkAdvice{"node:" + *slim + ", nginx:alpine", "node:" + *slim};
        return SdkAdvice{"node:<version>-slim, nginx:alpine", std::nullopt};
    }
    if (name == "mcr.microsoft.com/dotnet/sdk")
        return SdkAdvice{"mcr.microsoft.com/dotnet/aspnet, mcr.microsoft.com/dotnet/runtime",
                         std::nullopt};
    return std::nullopt;
}

/// Deprecated official images and their successors.
struct Deprecated
{
    const char *name;
    const char *replacement;
};

constexpr std::array kDeprecated = {
    Deprecated{"openjdk", "eclipse-temurin"},
    Deprecated{"java", "eclipse-temurin"},
    Deprecated{"adoptopenjdk", "eclipse-temurin"},
    Deprecated{"centos", "almalinux"},
    Deprecated{"django", "python"},
    Deprecated{"rails", "ruby"},
    Deprecated{"iojs", "node"},
    Deprecated{"jenkins", "jenkins/jenkins"},
    Deprecated{"opensuse", "opensuse/leap"},
    Deprecated{"ubuntu-upstart", "ubuntu"},
    Deprecated{"ubuntu-debootstrap", "ubuntu"},
};

bool isStaticWebServer(const ImageName &image)
{
    const std::string name = text::asciiLower(image.name);
    return image.domain.empty()
        && (name == "nginx" || name == "httpd" || name == "caddy"
            || name == "nginxinc/nginx-unprivileged");
}

/// What a final-stage COPY source is, when it is something the running app does not need.
enum class Leftover : std::uint8_t { None, Git, HostNodeModules, NodeModules, Cache, Toolchain };

const char *leftoverWord(Leftover kind)
{
    switch (kind) {
    case Leftover::Git:
        return "git-history";
    case Leftover::HostNodeModules:
        return "host-node-modules";
    case Leftover::NodeModules:
        return "node-modules";
    case Leftover::Cache:
        return "cache";
    case Leftover::Toolchain:
        return "toolchain";
    case Leftover::None:
        break;
    }
    return "";
}

Leftover classifyLeftover(const std::vector<std::string> &parts, bool fromStage, bool staticServer)
{
    static constexpr std::array kCacheDirs
        = {".cache", ".npm",    "__pycache__", ".pytest_cache", ".mypy_cache",
           ".m2",    ".gradle", ".pnpm-store", ".tox",          ".yarn-cache"};
    const std::string path = join(parts, parts.size());
    for (const std::string &part : parts) {
        if (part == ".git")
            return Leftover::Git;
        if (std::find(kCacheDirs.begin(), kCacheDirs.end(), part) != kCacheDirs.end())
            return Leftover::Cache;
    }
    for (std::string_view prefix : {"go/pkg/mod", "var/cache/apt", "var/lib/apt/lists"})
        if (path == prefix || startsWith(path, std::string(prefix) + "/"))
            return Leftover::Cache;
    if (std::find(parts.begin(), parts.end(), "node_modules") != parts.end()) {
        if (!fromStage)
            return Leftover::HostNodeModules;
        if (staticServer)
            return Leftover::NodeModules;
    }
    if (fromStage) {
        static constexpr std::array kToolchains
            = {"usr/local/go", "usr/local/cargo", "usr/local/rustup", "root/.cargo",
               "root/.rustup", "usr/share/maven", "opt/maven",        "opt/gradle"};
        if (std::find(kToolchains.begin(), kToolchains.end(), path) != kToolchains.end())
            return Leftover::Toolchain;
    }
    return Leftover::None;
}

/// The advice checks over one CheckContext (lint's own checks run over the same context).
class Advisor
{
public:
    explicit Advisor(CheckContext &context)
        : m_context(context)
    { }

    void run()
    {
        if (m_context.graph().stages().empty())
            return;
        m_builder = findBuilder();
        for (const Stage &s : m_context.graph().stages())
            checkBase(s);
        checkFinalCopies();
        if (m_context.options().context)
            checkContext(*m_context.options().context);
    }

private:
    /// The first stage the target copies or mounts from (its builder), or -1.
    [[nodiscard]] int findBuilder() const
    {
        for (const Edge &e : m_context.graph().edges())
            if (e.to == m_context.target() && e.from >= 0 && e.from != m_context.target()
                && (e.kind == EdgeKind::Copy || e.kind == EdgeKind::Mount))
                return e.from;
        return -1;
    }

    // ---- bases ----------------------------------------------------------------------------

    void checkBase(const Stage &s)
    {
        if (s.baseStage >= 0 || s.base.empty() || s.base.find('$') != std::string::npos
            || text::equalsIgnoreCase(s.base, "scratch"))
            return;
        // The written base may be quoted; the expanded one is not.
        const std::optional<ImageName> image = splitImageName(s.baseExpanded);
        if (!image)
            return;
        const bool exact = m_context.source(s.baseRange) == s.base;
        const std::string name = text::asciiLower(image->name);

        if (image->domain.empty()) {
            for (const Deprecated &d : kDeprecated) {
                // adoptopenjdk/openjdk11 and friends belong to the adoptopenjdk family.
                const bool adoptFamily = std::string_view(d.name) == "adoptopenjdk"
                    && startsWith(name, "adoptopenjdk/");
                if (name != d.name && !adoptFamily)
                    continue;
                std::optional<FixIt> fix;
                const bool java = std::string_view(d.replacement) == "eclipse-temurin";
                if (java && exact && image->digest.empty() && !adoptFamily)
                    if (const auto tag = temurinTag(image->tag))
                        fix = FixIt{{TextEdit{s.baseRange, "eclipse-temurin:" + *tag}}};
                m_context.add("DeprecatedBaseImage", s.baseRange, {s.base, d.replacement},
                              std::move(fix));
                break;
            }
        }

        if (image->digest.empty() && (image->tag.empty() || image->tag == "latest"))
            m_context.add("UnpinnedBaseImage", s.baseRange, {s.base});

        if (s.index == m_context.target() && m_builder >= 0) {
            if (const auto advice = sdkAdvice(*image)) {
                std::optional<FixIt> fix;
                if (advice->replacement && exact && image->digest.empty())
                    fix = FixIt{{TextEdit{s.baseRange, *advice->replacement}}};
                m_context.add(
                    "FinalStageSdkBase", s.baseRange,
                    {s.base,
                     stageLabel(m_context.graph().stages()[static_cast<std::size_t>(m_builder)]),
                     advice->suggestion},
                    std::move(fix));
            }
        }
    }

    // ---- COPY / ADD sources --------------------------------------------------------------

    [[nodiscard]] std::vector<Source> sources(const Instruction &in) const
    {
        std::vector<Source> out;
        std::vector<const Argument *> words;
        for (const Argument &arg : in.args)
            if (in.json || !check::isHeredocWord(in, arg.value))
                words.push_back(&arg);
        if (words.size() < 2 || !in.heredocs.empty())
            return out;
        for (std::size_t i = 0; i + 1 < words.size(); ++i) {
            Source src;
            src.arg = words[i];
            src.path = in.json ? words[i]->value
                               : VariableExpansion::unquote(words[i]->value, m_context.escape());
            src.exact = !in.json && src.path == words[i]->value
                && m_context.source(words[i]->range) == words[i]->value;
            out.push_back(std::move(src));
        }
        return out;
    }

    /// The stage a COPY/ADD copies from (`--from`), -2 for an external image, -1 for the context.
    [[nodiscard]] int copyOrigin(int instruction) const
    {
        if (m_context.instruction(instruction).flag("from") == nullptr)
            return -1;
        for (const Edge &e : m_context.graph().edges())
            if (e.instruction == instruction && e.kind == EdgeKind::Copy)
                return e.from >= 0 ? e.from : -2;
        return -2;
    }

    /// Deletes one source of a COPY/ADD, or the whole instruction when it is the only one.
    [[nodiscard]] std::optional<FixIt>
    removeSourceFix(const Instruction &in, const std::vector<Source> &all, std::size_t index) const
    {
        if (!in.heredocs.empty())
            return std::nullopt;
        if (all.size() == 1) {
            const LineIndex &lines = m_context.tree().lineIndex();
            const std::uint32_t begin = lines.lineStart(in.startLine);
            std::uint32_t end = in.range.end;
            if (end < m_context.text().size() && m_context.text()[end] == '\n')
                ++end;
            if (!text::trimSpace(m_context.source({begin, in.range.begin})).empty())
                return std::nullopt;
            return FixIt{{TextEdit{{begin, end}, ""}}};
        }
        if (in.json)
            return std::nullopt;
        const Range r = all[index].arg->range;
        if (index + 1 < all.size())
            return FixIt{{TextEdit{{r.begin, all[index + 1].arg->range.begin}, ""}}};
        // The last source: delete from the end of the previous one.
        return FixIt{{TextEdit{{all[index - 1].arg->range.end, r.end}, ""}}};
    }

    void checkFinalCopies()
    {
        const Stage &target
            = m_context.graph().stages()[static_cast<std::size_t>(m_context.target())];
        bool staticServer = false;
        {
            // The image at the root of the target's FROM chain.
            const Stage *root = &target;
            while (root->baseStage >= 0 && root->baseStage < root->index)
                root = &m_context.graph().stages()[static_cast<std::size_t>(root->baseStage)];
            if (root->base.find('$') == std::string::npos)
                if (const auto image = splitImageName(root->baseExpanded))
                    staticServer = isStaticWebServer(*image);
        }
        for (int i = target.fromInstruction + 1; i < target.endInstruction; ++i) {
            const Instruction &in = m_context.instruction(i);
            if (in.kind != InstructionKind::Copy && in.kind != InstructionKind::Add)
                continue;
            const int origin = copyOrigin(i);
            if (origin == -2)
                continue;
            const std::vector<Source> all = sources(in);
            for (std::size_t k = 0; k < all.size(); ++k) {
                const Source &src = all[k];
                if (src.path.find('$') != std::string::npos || isRemote(src.path))
                    continue;
                const std::vector<std::string> parts = components(src.path);
                if (origin == -1 && m_builder >= 0
                    && (parts.empty() || (parts.size() == 1 && parts.front() == "*")))
                    m_context.add(
                        "FinalStageCopiesContext", src.arg->range,
                        {src.path,
                         stageLabel(
                             m_context.graph().stages()[static_cast<std::size_t>(m_builder)])});
                const Leftover kind = classifyLeftover(parts, origin >= 0, staticServer);
                if (kind == Leftover::None)
                    continue;
                std::optional<FixIt> fix;
                if (kind != Leftover::Toolchain)
                    fix = removeSourceFix(in, all, k);
                m_context.add("FinalStageCopiesBuildFiles", src.arg->range,
                              {src.path, leftoverWord(kind)}, std::move(fix));
            }
        }
    }

    // ---- the build context ---------------------------------------------------------------

    /// True when something below the excluded directory `path` is still sent (an exception).
    static bool hasSentDescendant(const BuildContext &context, const std::string &path)
    {
        const std::string prefix = path + "/";
        const auto &entries = context.entries();
        for (auto it = entries.lower_bound(prefix);
             it != entries.end() && startsWith(it->first, prefix); ++it)
            if (!it->second.excluded)
                return true;
        return false;
    }

    void checkContext(const BuildContext &context)
    {
        const auto &stages = m_context.graph().stages();
        for (const Stage &s : stages) {
            for (int i = s.fromInstruction + 1; i < s.endInstruction; ++i) {
                const Instruction &in = m_context.instruction(i);
                if (in.kind != InstructionKind::Copy && in.kind != InstructionKind::Add)
                    continue;
                if (copyOrigin(i) != -1)
                    continue;
                for (const Source &src : sources(in)) {
                    if (src.path.find('$') != std::string::npos || isRemote(src.path)
                        || hasWildcard(src.path))
                        continue;
                    const std::vector<std::string> parts = components(src.path);
                    checkSecrets(context, src, parts);
                    checkExists(context, src, parts);
                }
            }
        }
    }

    void checkSecrets(const BuildContext &context, const Source &src,
                      const std::vector<std::string> &parts)
    {
        const std::string path = join(parts, parts.size());
        if (!path.empty()) {
            const BuildContext::Entry *entry = context.find(path);
            if (entry == nullptr || !entry->directory || entry->excluded)
                return;
        }
        const std::string prefix = path.empty() ? std::string() : path + "/";
        std::vector<std::string> found;
        std::size_t count = 0;
        const auto &entries = context.entries();
        for (auto it = entries.lower_bound(prefix);
             it != entries.end() && startsWith(it->first, prefix); ++it) {
            if (it->second.directory || it->second.excluded)
                continue;
            const auto slash = it->first.rfind('/');
            const std::string_view file = slash == std::string::npos
                ? std::string_view(it->first)
                : std::string_view(it->first).substr(slash + 1);
            if (!looksLikeSecretFile(file))
                continue;
            ++count;
            if (found.size() < kMaxListedSecrets)
                found.push_back(it->first);
        }
        if (found.empty())
            return;
        std::string list;
        for (const std::string &f : found) {
            if (!list.empty())
                list += ", ";
            list += f;
        }
        if (count > found.size())
            list += ", …";
        m_context.add("SecretInContext", src.arg->range, {src.path, list});
    }

    void checkExists(const BuildContext &context, const Source &src,
                     const std::vector<std::string> &parts)
    {
        if (parts.empty())
            return;
        // The deepest listed ancestor (or the path itself).
        std::size_t known = parts.size();
        while (known > 0 && context.find(join(parts, known)) == nullptr)
            --known;
        const std::string at = join(parts, known);
        const BuildContext::Entry *entry = context.find(at);
        if (entry->excluded) {
            if (!(known == parts.size() && entry->directory && hasSentDescendant(context, at)))
                m_context.add("CopySourceExcluded", src.arg->range, {src.path});
            return;
        }
        if (known == parts.size())
            return;
        if (entry->directory && !context.isComplete(at))
            return;
        // Missing: suggest a sibling of the first missing component.
        std::vector<std::string> siblings;
        for (const std::string &name : context.children(at)) {
            const BuildContext::Entry *child = context.find(at.empty() ? name : at + "/" + name);
            if (child != nullptr && !child->excluded)
                siblings.push_back(name);
        }
        const std::string wrong = parts[known];
        const std::string suggestion = entry->directory ? check::closestName(wrong, siblings) : "";
        std::optional<FixIt> fix;
        std::string suggested;
        if (!suggestion.empty()) {
            // The same source with that one component replaced, as written.
            const auto span = componentSpan(src.path, known);
            if (span) {
                suggested
                    = src.path.substr(0, span->first) + suggestion + src.path.substr(span->second);
                if (src.exact)
                    fix = FixIt{
                        {TextEdit{{src.arg->range.begin + static_cast<std::uint32_t>(span->first),
                                   src.arg->range.begin + static_cast<std::uint32_t>(span->second)},
                                  suggestion}}};
            }
        }
        m_context.add("CopySourceMissing", src.arg->range, {src.path, suggested}, std::move(fix));
    }

    /// Byte span of the `index`-th real component (not "" nor ".") of `path`; nullopt when a
    /// ".." comes before it (the components would not line up with the text).
    static std::optional<std::pair<std::size_t, std::size_t>> componentSpan(std::string_view path,
                                                                            std::size_t index)
    {
        std::size_t start = 0;
        std::size_t seen = 0;
        while (start <= path.size()) {
            const auto slash = path.find('/', start);
            const std::size_t end = slash == std::string_view::npos ? path.size() : slash;
            const std::string_view part = path.substr(start, end - start);
            if (part == "..")
                return std::nullopt;
            if (!part.empty() && part != ".") {
                if (seen == index)
                    return std::make_pair(start, end);
                ++seen;
            }
            if (slash == std::string_view::npos)
                break;
            start = slash + 1;
        }
        return std::nullopt;
    }

    CheckContext &m_context;
    int m_builder = -1;
};
} // namespace

std::optional<ImageName> splitImageName(std::string_view reference)
{
    if (reference.empty())
        return std::nullopt;
    ImageName out;
    std::string_view rest = reference;
    if (const auto at = rest.find('@'); at != std::string_view::npos) {
        out.digest = std::string(rest.substr(at + 1));
        rest = rest.substr(0, at);
    }
    const auto lastSlash = rest.rfind('/');
    const auto colon = rest.find(':', lastSlash == std::string_view::npos ? 0 : lastSlash + 1);
    if (colon != std::string_view::npos) {
        out.tag = std::string(rest.substr(colon + 1));
        rest = rest.substr(0, colon);
    }
    if (const auto slash = rest.find('/'); slash != std::string_view::npos) {
        const std::string_view first = rest.substr(0, slash);
        if (first.find_first_of(".:") != std::string_view::npos || first == "localhost") {
            out.domain = std::string(first);
            rest = rest.substr(slash + 1);
        }
    }
    if (out.domain == "docker.io" || out.domain == "index.docker.io")
        out.domain.clear();
    if (out.domain.empty() && startsWith(rest, "library/"))
        rest.remove_prefix(8);
    out.name = std::string(rest);
    if (out.name.empty())
        return std::nullopt;
    return out;
}

bool looksLikeSecretFile(std::string_view fileName)
{
    const std::string name = text::asciiLower(fileName);
    if (name == ".env")
        return true;
    if (startsWith(name, ".env.")) {
        for (std::string_view harmless :
             {".example", ".sample", ".template", ".dist", ".defaults", ".tmpl", ".test"})
            if (endsWith(name, harmless))
                return false;
        return true;
    }
    static constexpr std::array kNames
        = {"id_rsa",      "id_dsa",           "id_ecdsa",        "id_ed25519",
           "credentials", "credentials.json", "credentials.yml", "credentials.yaml",
           ".netrc",      ".pypirc",          ".git-credentials"};
    if (std::find(kNames.begin(), kNames.end(), name) != kNames.end())
        return true;
    for (std::string_view ext : {".pem", ".key", ".p12", ".pfx"})
        if (endsWith(name, ext) && name.size() > ext.size())
            return true;
    return false;
}

void advise(CheckContext &context)
{
    Advisor(context).run();
}

std::vector<Diagnostic> advise(const SyntaxTree &tree, const StageGraph &graph,
                               const LintOptions &options)
{
    CheckContext context(tree, graph, options);
    advise(context);
    return std::move(context.diagnostics());
}

} // namespace stagecraft::model
