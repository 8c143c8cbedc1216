// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateCatalog.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <iterator>

namespace stagecraft::common {

namespace {

/// The templates in menu order, with their untranslated title and description.
struct Entry
{
    const char *id;
    const char *title;
    const char *description;
};

constexpr Entry kEntries[] = {
    {"python", QT_TRANSLATE_NOOP("TemplateCatalog", "Python"),
     QT_TRANSLATE_NOOP("TemplateCatalog",
                       "A small web app: pip installs the packages in a full Python build stage; "
                       "the slim runtime stage gets only the installed packages and the app.")},
    {"go", QT_TRANSLATE_NOOP("TemplateCatalog", "Go"),
     QT_TRANSLATE_NOOP("TemplateCatalog",
                       "A small web server compiled to one static binary, which is the only thing "
                       "copied into a distroless runtime stage.")},
    {"react", QT_TRANSLATE_NOOP("TemplateCatalog", "React + nginx"),
     QT_TRANSLATE_NOOP("TemplateCatalog",
                       "A React page built by Node.js; nginx serves only the built static files. "
                       "Needs the npm registry to build.")},
    {"java", QT_TRANSLATE_NOOP("TemplateCatalog", "Java (Maven)"),
     QT_TRANSLATE_NOOP("TemplateCatalog",
                       "A small web server packaged as a jar by Maven with a full JDK; the "
                       "runtime stage is a JRE with only the jar. Needs Maven Central to build.")},
    {"node", QT_TRANSLATE_NOOP("TemplateCatalog", "Node.js API"),
     QT_TRANSLATE_NOOP("TemplateCatalog",
                       "A small JSON API: the build stage installs the production packages and "
                       "runs the tests; the slim runtime stage gets the app and node_modules.")},
    {"rust", QT_TRANSLATE_NOOP("TemplateCatalog", "Rust"),
     QT_TRANSLATE_NOOP("TemplateCatalog",
                       "A small web server compiled by Cargo in release mode; only the binary is "
                       "copied into a slim Debian runtime stage.")},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("TemplateCatalog", text);
}

/// The files below a resource directory, relative and sorted (hidden files included).
QStringList filesBelow(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

Entry const *entryFor(const QString &id)
{
    for (const Entry &entry : kEntries) {
        if (id == QLatin1StringView(entry.id))
            return &entry;
    }
    return nullptr;
}

TemplateCatalog::Template makeTemplate(const Entry &entry)
{
    const QString id = QString::fromLatin1(entry.id);
    return {id, translated(entry.title), translated(entry.description),
            filesBelow(TemplateCatalog::resourceDirectory(id))};
}

} // namespace

QList<TemplateCatalog::Template> TemplateCatalog::templates()
{
    QList<Template> result;
    result.reserve(static_cast<qsizetype>(std::size(kEntries)));
    for (const Entry &entry : kEntries)
        result.append(makeTemplate(entry));
    return result;
}

std::optional<TemplateCatalog::Template> TemplateCatalog::find(const QString &id)
{
    if (const Entry *entry = entryFor(id))
        return makeTemplate(*entry);
    return std::nullopt;
}

QStringList TemplateCatalog::ids()
{
    QStringList result;
    for (const Entry &entry : kEntries)
        result.append(QString::fromLatin1(entry.id));
    return result;
}

QString TemplateCatalog::resourceDirectory(const QString &id)
{
    return QStringLiteral(":/templates/") + id;
}

QByteArray TemplateCatalog::fileContents(const QString &id, const QString &file)
{
    if (entryFor(id) == nullptr || file.contains(QStringLiteral("..")))
        return {};
    QFile f(resourceDirectory(id) + u'/' + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QStringList TemplateCatalog::existingFiles(const QString &id, const QString &directory)
{
    QStringList existing;
    const std::optional<Template> found = find(id);
    if (!found)
        return existing;
    const QDir dir(directory);
    for (const QString &file : found->files) {
        if (QFileInfo::exists(dir.filePath(file)) || QFileInfo(dir.filePath(file)).isSymLink())
            existing.append(file);
    }
    return existing;
}

TemplateCatalog::WriteResult TemplateCatalog::write(const QString &id, const QString &directory)
{
    WriteResult result;
    const std::optional<Template> found = find(id);
    if (!found) {
        //: %1 = the template id as given, %2 = the known ids
        result.message = tr("There is no template called %1. Choose one of: %2.")
                             .arg(id, ids().join(QStringLiteral(", ")));
        return result;
    }
    if (directory.trimmed().isEmpty()) {
        result.message = tr("Choose a folder for the new project.");
        return result;
    }
    const QString root = QDir(directory).absolutePath();
    const QFileInfo rootInfo(root);
    if (rootInfo.exists() && !rootInfo.isDir()) {
        //: %1 = a path
        result.message = tr("%1 is a file, not a folder. Choose a folder for the new project.")
                             .arg(QDir::toNativeSeparators(root));
        return result;
    }
    result.conflicts = existingFiles(id, root);
    if (!result.conflicts.isEmpty()) {
        //: %1 = the folder, %2 = the files that exist there already
        result.message
            = tr("Nothing was written: %1 already has %2. Choose an empty folder, or "
                 "move these files away first.")
                  .arg(QDir::toNativeSeparators(root), result.conflicts.join(QStringLiteral(", ")));
        return result;
    }

    const auto fail = [&result](const QString &message) {
        for (const QString &path : std::as_const(result.written))
            QFile::remove(path);
        result.written.clear();
        result.message = message;
        return result;
    };
    if (!QDir().mkpath(root)) {
        //: %1 = the folder
        return fail(tr("Could not create the folder %1. Check that its parent folder exists and "
                       "that you may write there.")
                        .arg(QDir::toNativeSeparators(root)));
    }
    const QDir dir(root);
    for (const QString &file : found->files) {
        const QString target = dir.filePath(file);
        if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
            return fail(tr("Could not create the folder %1. Check that you may write there.")
                            .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath())));
        }
        QFile out(target);
        const QByteArray bytes = fileContents(id, file);
        // NewOnly: never replaces a file, even one created since the check above.
        const bool opened = out.open(QIODevice::WriteOnly | QIODevice::NewOnly);
        if (!opened || out.write(bytes) != bytes.size() || !out.flush()) {
            //: %1 = a file path, %2 = the system's reason
            const QString message = tr("Could not write %1: %2. Nothing was kept; check that "
                                       "you may write in this folder.")
                                        .arg(QDir::toNativeSeparators(target), out.errorString());
            out.close();
            if (opened)
                result.written.append(target); // our own partial file: removed by fail()
            return fail(message);
        }
        result.written.append(target);
    }
    result.ok = true;
    result.dockerfilePath = dir.filePath(QString::fromLatin1(kDockerfile));
    return result;
}

} // namespace stagecraft::common
