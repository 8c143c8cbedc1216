// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/BuildContext.h"

namespace stagecraft::model {

namespace {

std::string_view parentOf(std::string_view path)
{
    const auto slash = path.rfind('/');
    return slash == std::string_view::npos ? std::string_view() : path.substr(0, slash);
}

} // namespace

void BuildContext::add(std::string path, bool directory, bool excluded)
{
    if (path.empty())
        return;
    m_entries[std::move(path)] = Entry{directory, excluded};
}

void BuildContext::markComplete(std::string directory)
{
    m_complete.insert(std::move(directory));
}

const BuildContext::Entry *BuildContext::find(std::string_view path) const
{
    static const Entry root{true, false};
    if (path.empty())
        return &root;
    const auto it = m_entries.find(path);
    return it == m_entries.end() ? nullptr : &it->second;
}

bool BuildContext::isComplete(std::string_view directory) const
{
    return m_complete.find(directory) != m_complete.end();
}

std::vector<std::string> BuildContext::children(std::string_view directory) const
{
    std::vector<std::string> out;
    const std::string prefix = directory.empty() ? std::string() : std::string(directory) + "/";
    for (auto it = m_entries.lower_bound(prefix); it != m_entries.end(); ++it) {
        const std::string &path = it->first;
        if (path.compare(0, prefix.size(), prefix) != 0)
            break;
        if (parentOf(path) == directory)
            out.push_back(path.substr(prefix.size()));
    }
    return out;
}

} // namespace stagecraft::model
