// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace stagecraft::model {

/// What lint knows about the build context: a listing of the context directory, each path marked
/// as sent or excluded by `.dockerignore`. The model does no I/O: the app (or the CLI) lists the
/// directory, applies the `.dockerignore` rules and fills this in. A listing may be partial (the
/// app caps entries and depth): checks only conclude "missing" inside directories marked
/// complete.
class BuildContext
{
public:
    struct Entry
    {
        bool directory = false;
        bool excluded = false; ///< `.dockerignore` keeps it out of the context
    };

    /// Records a path: relative to the context root, '/'-separated, no leading "./" nor trailing
    /// '/'. Parent directories need not be added first.
    void add(std::string path, bool directory, bool excluded = false);
    /// Marks `directory` ("" for the root) as listed in full: every child of it was added.
    void markComplete(std::string directory);
    /// Whether the context has a `.dockerignore` file.
    void setHasDockerIgnore(bool has) { m_hasDockerIgnore = has; }

    [[nodiscard]] bool hasDockerIgnore() const { return m_hasDockerIgnore; }
    /// The entry for `path` ("" is the root, always a directory), or nullptr when not listed.
    [[nodiscard]] const Entry *find(std::string_view path) const;
    /// True when every child of `directory` was listed.
    [[nodiscard]] bool isComplete(std::string_view directory) const;
    /// Names (last components) of the listed children of `directory`, sorted.
    [[nodiscard]] std::vector<std::string> children(std::string_view directory) const;
    /// Every listed path with its entry, sorted by path.
    [[nodiscard]] const std::map<std::string, Entry, std::less<>> &entries() const
    {
        return m_entries;
    }

private:
    std::map<std::string, Entry, std::less<>> m_entries;
    std::set<std::string, std::less<>> m_complete;
    bool m_hasDockerIgnore = false;
};

} // namespace stagecraft::model
