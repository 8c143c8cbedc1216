// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContextScanner.h"

#include "DockerIgnore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <deque>
#include <string>
#include <utility>
#include <vector>

namespace stagecraft::engine {

std::shared_ptr<const model::BuildContext> ContextScanner::scan(const QString &directory,
                                                                const QString &dockerfile)
{
    return scan(directory, dockerfile, Limits{});
}

std::shared_ptr<const model::BuildContext> ContextScanner::scan(const QString &directory,
                                                                const QString &dockerfile,
                                                                const Limits &limits,
                                                                const std::atomic<bool> *cancelled)
{
    const QString root = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    if (!QFileInfo(root).isDir() || !QFileInfo(root).isReadable())
        return nullptr;

    auto context = std::make_shared<model::BuildContext>();
    DockerIgnore ignore;
    QFile ignoreFile(root + QStringLiteral("/.dockerignore"));
    if (ignoreFile.exists()) {
        if (!ignoreFile.open(QIODevice::ReadOnly))
            return nullptr;
        const QByteArray contents = ignoreFile.readAll();
        ignore = DockerIgnore::parse(
            std::string_view(contents.constData(), static_cast<std::size_t>(contents.size())));
        if (!ignore.isValid())
            return nullptr;
        context->setHasDockerIgnore(true);
    }
    if (!dockerfile.isEmpty()) {
        const QString relative
            = QDir(root).relativeFilePath(QFileInfo(dockerfile).absoluteFilePath());
        if (!relative.startsWith(QStringLiteral("..")) && !QFileInfo(relative).isAbsolute())
            ignore.keepBuildFiles(relative.toStdString());
    }

    // Breadth first, so a cap keeps the top levels (where COPY sources usually are).
    struct Pending
    {
        QString absolute;
        std::string relative;
        int depth = 0;
    };
    std::deque<Pending> queue{{root, std::string(), 0}};
    int entries = 0;
    while (!queue.empty()) {
        if (cancelled != nullptr && cancelled->load())
            return nullptr;
        const Pending dir = std::move(queue.front());
        queue.pop_front();
        const QStringList names
            = QDir(dir.absolute)
                  .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                             QDir::NoSort);
        std::vector<std::pair<std::string, QString>> sorted;
        sorted.reserve(static_cast<std::size_t>(names.size()));
        for (const QString &name : names)
            sorted.emplace_back(name.toStdString(), name);
        std::sort(sorted.begin(), sorted.end());
        bool complete = true;
        for (const auto &[utf8, name] : sorted) {
            if (entries >= limits.maxEntries) {
                complete = false;
                break;
            }
            const QString absolute = dir.absolute + u'/' + name;
            const std::string relative = dir.relative.empty() ? utf8 : dir.relative + '/' + utf8;
            const QFileInfo info(absolute);
            const bool isDir = info.isDir() && !info.isSymLink();
            const bool excluded = ignore.excludes(relative);
            context->add(relative, isDir, excluded);
            ++entries;
            if (isDir && (!excluded || ignore.mustDescend(relative))
                && dir.depth + 1 < limits.maxDepth && info.isReadable())
                queue.push_back({absolute, relative, dir.depth + 1});
        }
        if (complete)
            context->markComplete(dir.relative);
        if (entries >= limits.maxEntries)
            break;
    }
    return context;
}

} // namespace stagecraft::engine
