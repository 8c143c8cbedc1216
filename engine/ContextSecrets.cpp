// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContextSecrets.h"

#include "ContextPacker.h"

#include "model/Advice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace stagecraft::engine {

QStringList ContextSecrets::find(const QString &contextDir, const QString &dockerfile,
                                 EngineError *error)
{
    EngineError walkError;
    const QStringList sent = ContextPacker::listFiles(contextDir, dockerfile, &walkError);
    if (error)
        *error = walkError;
    const QDir root(contextDir);
    QStringList secrets;
    for (const QString &path : sent) {
        const QString name = path.mid(path.lastIndexOf(u'/') + 1);
        if (!model::looksLikeSecretFile(name.toStdString()))
            continue;
        if (QFileInfo(root.filePath(path)).isDir())
            continue;
        secrets << path;
    }
    secrets.sort();
    return secrets;
}

QString ContextSecrets::ignorePattern(const QString &path)
{
    // A leading '/' is dropped when the pattern is cleaned, and keeps the line from starting
    // with '#' (a comment) or '!' (an exception).
    QString pattern = QStringLiteral("/");
    for (const QChar c : path) {
        if (c == u'*' || c == u'?' || c == u'[' || c == u'\\')
            pattern += u'\\';
        pattern += c;
    }
    return pattern;
}

EngineError ContextSecrets::excludeInDockerIgnore(const QString &contextDir,
                                                  const QStringList &paths)
{
    const QString fileName = QDir(contextDir).filePath(QStringLiteral(".dockerignore"));
    QByteArray bytes;
    QFile existing(fileName);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            EngineError error(EngineError::Kind::FileUnreadable, fileName);
            error.setReason(existing.errorString());
            return error;
        }
        bytes = existing.readAll();
        existing.close();
    }
    const QByteArray lineEnd = bytes.contains("\r\n") ? QByteArrayLiteral("\r\n") : "\n";
    if (!bytes.isEmpty() && !bytes.endsWith('\n'))
        bytes += lineEnd;
    for (const QString &path : paths)
        bytes += ignorePattern(path).toUtf8() + lineEnd;
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        EngineError error(EngineError::Kind::FileUnwritable, fileName);
        error.setReason(file.errorString());
        return error;
    }
    return {};
}

} // namespace stagecraft::engine
