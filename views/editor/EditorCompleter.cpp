// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/editor/EditorCompleter.h"

#include "views/editor/ContinuationLines.h"

#include <QAbstractItemView>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextCursor>

#include <cctype>

#include <QStringListModel>

namespace stagecraft::views {

namespace {

const QStringList &keywords()
{
    static const QStringList list = {
        QStringLiteral("ADD"),    QStringLiteral("ARG"),        QStringLiteral("CMD"),
        QStringLiteral("COPY"),   QStringLiteral("ENTRYPOINT"), QStringLiteral("ENV"),
        QStringLiteral("EXPOSE"), QStringLiteral("FROM"),       QStringLiteral("HEALTHCHECK"),
        QStringLiteral("LABEL"),  QStringLiteral("MAINTAINER"), QStringLiteral("ONBUILD"),
        QStringLiteral("RUN"),    QStringLiteral("SHELL"),      QStringLiteral("STOPSIGNAL"),
        QStringLiteral("USER"),   QStringLiteral("VOLUME"),     QStringLiteral("WORKDIR"),
    };
    return list;
}

QStringList inCase(const QStringList &items, bool lowerCase)
{
    if (!lowerCase)
        return items;
    QStringList out;
    out.reserve(items.size());
    for (const QString &s : items)
        out.append(s.toLower());
    return out;
}

} // namespace

EditorCompleter::EditorCompleter(QObject *parent)
    : QCompleter(parent)
    , m_model(new QStringListModel(this))
{
    setModel(m_model);
    setCaseSensitivity(Qt::CaseInsensitive);
    setCompletionMode(QCompleter::PopupCompletion);
    setFilterMode(Qt::MatchStartsWith);
    setWrapAround(false);
}

void EditorCompleter::setItems(const QStringList &items)
{
    m_model->setStringList(items);
}

QStringList EditorCompleter::items() const
{
    return m_model->stringList();
}

QStringList EditorCompleter::flagsFor(const QString &keyword)
{
    // Flags from the Dockerfile reference (docs.docker.com/reference/dockerfile/).
    const QString k = keyword.toUpper();
    if (k == u"FROM")
        return {QStringLiteral("--platform=")};
    if (k == u"COPY")
        return {QStringLiteral("--from="),   QStringLiteral("--chown="),
                QStringLiteral("--chmod="),  QStringLiteral("--link"),
                QStringLiteral("--parents"), QStringLiteral("--exclude=")};
    if (k == u"ADD")
        return {QStringLiteral("--chown="),        QStringLiteral("--chmod="),
                QStringLiteral("--link"),          QStringLiteral("--checksum="),
                QStringLiteral("--keep-git-dir="), QStringLiteral("--exclude=")};
    if (k == u"RUN")
        return {QStringLiteral("--mount="), QStringLiteral("--network="),
                QStringLiteral("--security=")};
    if (k == u"HEALTHCHECK")
        return {QStringLiteral("--interval="), QStringLiteral("--timeout="),
                QStringLiteral("--start-period="), QStringLiteral("--start-interval="),
                QStringLiteral("--retries=")};
    return {};
}

QStringList EditorCompleter::builtinImages()
{
    static const QStringList images = {
        QStringLiteral("alpine:3.20"),
        QStringLiteral("busybox:1.36"),
        QStringLiteral("debian:bookworm-slim"),
        QStringLiteral("ubuntu:24.04"),
        QStringLiteral("python:3.12-slim"),
        QStringLiteral("node:20-alpine"),
        QStringLiteral("golang:1.22-alpine"),
        QStringLiteral("rust:1-slim"),
        QStringLiteral("eclipse-temurin:21-jre"),
        QStringLiteral("maven:3-eclipse-temurin-21"),
        QStringLiteral("nginx:1.27-alpine"),
        QStringLiteral("gcr.io/distroless/static-debian12"),
        QStringLiteral("scratch"),
    };
    return images;
}

EditorCompleter::Context EditorCompleter::contextFor(const QString &instruction, bool lowerCase,
                                                     const QStringList &stageNames)
{
    Context context;
    // The word being typed runs back to the last blank.
    qsizetype wordStart = instruction.size();
    while (wordStart > 0 && !instruction.at(wordStart - 1).isSpace())
        --wordStart;
    const QString word = instruction.mid(wordStart);
    const QStringList before = instruction.left(wordStart).split(u' ', Qt::SkipEmptyParts);
    QStringList words;
    for (const QString &w : before) {
        const QString t = w.trimmed();
        if (!t.isEmpty())
            words.append(t);
    }

    // Keyword position: the first word, or the one after ONBUILD.
    if (words.isEmpty()
        || (words.size() == 1 && words.first().compare(u"ONBUILD", Qt::CaseInsensitive) == 0)) {
        if (word.startsWith(u'#'))
            return context;
        context.items = inCase(keywords(), lowerCase);
        context.prefix = word;
        return context;
    }
    QString keyword = words.first();
    if (keyword.compare(u"ONBUILD", Qt::CaseInsensitive) == 0)
        keyword = words.at(1);

    if (word.startsWith(u"--")) {
        const qsizetype eq = word.indexOf(u'=');
        if (eq < 0) {
            context.items = flagsFor(keyword);
            context.prefix = word;
            return context;
        }
        const QString name = word.mid(2, eq - 2).toLower();
        const QString value = word.mid(eq + 1);
        if (name == u"from") {
            context.items = stageNames;
            context.prefix = value;
            context.automatic = true;
            return context;
        }
        if (name == u"mount") {
            // --mount=type=cache,from=build,target=/x: complete the last key=value pair.
            const QString pair = value.mid(value.lastIndexOf(u',') + 1);
            if (pair.startsWith(u"from=", Qt::CaseInsensitive)) {
                context.items = stageNames;
                context.prefix = pair.mid(5);
                context.automatic = true;
            } else if (pair.startsWith(u"type=", Qt::CaseInsensitive)) {
                context.items
                    = {QStringLiteral("bind"), QStringLiteral("cache"), QStringLiteral("tmpfs"),
                       QStringLiteral("secret"), QStringLiteral("ssh")};
                context.prefix = pair.mid(5);
                context.automatic = true;
            } else if (!pair.contains(u'=')) {
                context.items = {QStringLiteral("type="),    QStringLiteral("from="),
                                 QStringLiteral("source="),  QStringLiteral("target="),
                                 QStringLiteral("id="),      QStringLiteral("sharing="),
                                 QStringLiteral("readonly"), QStringLiteral("mode="),
                                 QStringLiteral("uid="),     QStringLiteral("gid="),
                                 QStringLiteral("required")};
                context.prefix = pair;
            }
            return context;
        }
        return context;
    }

    if (keyword.compare(u"FROM", Qt::CaseInsensitive) == 0) {
        // The base is the first word after FROM that is not a flag.
        bool baseSeen = false;
        for (qsizetype i = 1; i < words.size(); ++i)
            baseSeen = baseSeen || !words.at(i).startsWith(u"--");
        if (!baseSeen) {
            context.items = stageNames + builtinImages();
            context.prefix = word;
            context.automatic = true;
            return context;
        }
        if (words.size() >= 2 && !words.last().startsWith(u"--")
            && words.last().compare(u"AS", Qt::CaseInsensitive) != 0) {
            context.items = {lowerCase ? QStringLiteral("as") : QStringLiteral("AS")};
            context.prefix = word;
        }
    }
    return context;
}

void EditorCompleter::update(QPlainTextEdit &editor, const model::Analysis *analysis, bool force)
{
    const model::SyntaxTree *tree = analysis != nullptr ? analysis->tree().get() : nullptr;
    const QChar escape = QLatin1Char(tree ? tree->escapeChar() : '\\');
    const QString text = ContinuationLines::instructionBefore(editor.textCursor(), escape);
    bool lower = false;
    QStringList stageNames;
    if (tree) {
        int lowerCount = 0;
        for (const model::Instruction &ins : tree->instructions())
            if (!ins.keyword.empty() && std::islower(static_cast<unsigned char>(ins.keyword[0])))
                ++lowerCount;
        lower = lowerCount * 2 > static_cast<int>(tree->instructions().size());
        for (const model::Stage &s : analysis->graph().stages())
            if (!s.name.empty())
                stageNames.append(QString::fromStdString(s.name));
    }
    const Context context = contextFor(text, lower, stageNames);
    QAbstractItemView *list = popup();
    const bool wanted
        = !context.items.isEmpty() && (force || context.automatic || !context.prefix.isEmpty());
    if (!wanted) {
        list->hide();
        return;
    }
    setItems(context.items);
    setCompletionPrefix(context.prefix);
    if (completionCount() == 0
        || (!force && completionCount() == 1
            && currentCompletion().compare(context.prefix, Qt::CaseInsensitive) == 0)) {
        list->hide();
        return;
    }
    list->setCurrentIndex(completionModel()->index(0, 0));
    QRect rect = editor.cursorRect();
    rect.setWidth(list->sizeHintForColumn(0) + list->verticalScrollBar()->sizeHint().width());
    complete(rect);
}

bool EditorCompleter::insert(QPlainTextEdit &editor, const QString &completion)
{
    QTextCursor cursor = editor.textCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor,
                        static_cast<int>(completionPrefix().size()));
    cursor.insertText(completion);
    editor.setTextCursor(cursor);
    return completion.endsWith(u'=');
}

} // namespace stagecraft::views
