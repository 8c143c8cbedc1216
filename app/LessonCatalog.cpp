// SPDX-License-Identifier: GPL-3.0-or-later
#include "LessonCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace stagecraft::app {

namespace {

/// A string member that may be null or absent; false (with `where`) when it has another type.
bool optionalString(const QJsonObject &object, const QString &key, QString &out)
{
    const QJsonValue value = object.value(key);
    if (value.isNull() || value.isUndefined()) {
        out.clear();
        return true;
    }
    if (!value.isString())
        return false;
    out = value.toString();
    return true;
}

} // namespace

QStringList LessonCatalog::templateIds()
{
    return {QStringLiteral("python"), QStringLiteral("go"),   QStringLiteral("react"),
            QStringLiteral("java"),   QStringLiteral("node"), QStringLiteral("rust")};
}

QString LessonCatalog::Lesson::title(const QString &language) const
{
    const QString own = titles.value(language);
    return own.isEmpty() ? titles.value(QStringLiteral("en")) : own;
}

bool LessonCatalog::load(const QString &root, QString *error)
{
    m_root = root;
    m_lessons.clear();
    const QString path = root + QStringLiteral("/lessons.json");
    const auto fail = [&](const QString &message) {
        if (error)
            //: %1 = file, %2 = what is wrong with it
            *error = tr("The lessons could not be read from %1: %2").arg(path, message);
        m_lessons.clear();
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.exists() ? file.errorString() : tr("the file is missing"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        //: %1 = parser message, %2 = byte offset
        return fail(tr("not valid JSON (%1 at byte %2)")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    const QJsonObject top = document.object();
    if (!document.isObject() || top.value(QStringLiteral("version")).toInt(-1) != 1)
        return fail(tr("“version” must be 1"));
    const QJsonValue lessonsValue = top.value(QStringLiteral("lessons"));
    if (!lessonsValue.isArray() || lessonsValue.toArray().isEmpty())
        return fail(tr("“lessons” must be a list with at least one lesson"));
    const QJsonArray lessons = lessonsValue.toArray();
    const QStringList templates = templateIds();
    for (qsizetype i = 0; i < lessons.size(); ++i) {
        const QString at = QStringLiteral("lessons[%1]").arg(i);
        const QJsonObject object = lessons.at(i).toObject();
        Lesson lesson;
        lesson.id = object.value(QStringLiteral("id")).toString();
        if (lesson.id.isEmpty())
            return fail(tr("%1 has no “id”").arg(at));
        const QJsonObject titles = object.value(QStringLiteral("title")).toObject();
        for (auto it = titles.begin(); it != titles.end(); ++it)
            lesson.titles.insert(it.key(), it.value().toString());
        if (lesson.titles.value(QStringLiteral("en")).isEmpty())
            return fail(tr("%1 has no English title (“title”.“en”)").arg(at));
        const QJsonValue stepsValue = object.value(QStringLiteral("steps"));
        if (!stepsValue.isArray() || stepsValue.toArray().isEmpty())
            return fail(tr("%1 has no steps").arg(at));
        const QJsonArray steps = stepsValue.toArray();
        for (qsizetype j = 0; j < steps.size(); ++j) {
            const QString where = at + QStringLiteral(".steps[%1]").arg(j);
            const QJsonObject s = steps.at(j).toObject();
            Step step;
            step.id = s.value(QStringLiteral("id")).toString();
            step.file = s.value(QStringLiteral("file")).toString();
            if (step.id.isEmpty() || step.file.isEmpty())
                return fail(tr("%1 needs an “id” and a “file”").arg(where));
            if (step.file.contains(QLatin1String("..")) || step.file.startsWith(u'/'))
                return fail(tr("%1: “file” must be a plain name").arg(where));
            if (!optionalString(s, QStringLiteral("template"), step.templateId)
                || (!step.templateId.isEmpty() && !templates.contains(step.templateId)))
                //: %1 = location, %2 = the allowed names
                return fail(tr("%1: “template” must be one of %2 or null")
                                .arg(where, templates.join(QStringLiteral(", "))));
            if (!optionalString(s, QStringLiteral("variant"), step.variant)
                || (!step.variant.isEmpty() && step.variant != QLatin1String("after")
                    && step.variant != QLatin1String("before")))
                return fail(tr("%1: “variant” must be “after”, "
                               "“before” or null")
                                .arg(where));
            if (!optionalString(s, QStringLiteral("example"), step.example)
                || (!step.example.isEmpty()
                    && (!step.example.startsWith(QLatin1String("examples/"))
                        || step.example.contains(QLatin1String("..")))))
                return fail(tr("%1: “example” must be “examples/<name>” or null").arg(where));
            if (!step.example.isEmpty() && !step.templateId.isEmpty())
                return fail(tr("%1 names both a template and an example").arg(where));
            if (!optionalString(s, QStringLiteral("try"), step.tryAction)
                || (!step.tryAction.isEmpty() && step.tryAction != QLatin1String("compare")
                    && step.tryAction != QLatin1String("build")))
                return fail(tr("%1: “try” must be “compare”, “build” or null").arg(where));
            const QJsonValue highlight = s.value(QStringLiteral("highlight"));
            if (highlight.isObject()) {
                const QJsonObject h = highlight.toObject();
                const QJsonValue stage = h.value(QStringLiteral("stage"));
                // A stage by name, or by index (a JSON number or its text).
                if (stage.isDouble())
                    step.highlight.stage = QString::number(stage.toInt());
                else if (!optionalString(h, QStringLiteral("stage"), step.highlight.stage))
                    return fail(tr("%1: “highlight”.“stage” must be a name, an "
                                   "index or null")
                                    .arg(where));
                const QJsonValue arrow = h.value(QStringLiteral("arrow"));
                if (arrow.isObject()) {
                    const QJsonObject a = arrow.toObject();
                    const auto end = [](const QJsonValue &v) {
                        return v.isDouble() ? QString::number(v.toInt()) : v.toString();
                    };
                    step.highlight.arrowFrom = end(a.value(QStringLiteral("from")));
                    step.highlight.arrowTo = end(a.value(QStringLiteral("to")));
                    if (step.highlight.arrowFrom.isEmpty() || step.highlight.arrowTo.isEmpty())
                        return fail(tr("%1: an arrow needs “from” and “to”").arg(where));
                } else if (!arrow.isNull() && !arrow.isUndefined()) {
                    return fail(tr("%1: “arrow” must be an object or null").arg(where));
                }
                const QJsonValue line = h.value(QStringLiteral("line"));
                if (line.isDouble() && line.toInt() >= 1)
                    step.highlight.line = line.toInt();
                else if (!line.isNull() && !line.isUndefined())
                    return fail(tr("%1: “line” must be a number from 1, or null").arg(where));
            } else if (!highlight.isNull() && !highlight.isUndefined()) {
                return fail(tr("%1: “highlight” must be an object or null").arg(where));
            }
            lesson.steps.append(step);
        }
        m_lessons.append(lesson);
    }
    return true;
}

QString LessonCatalog::markdownPath(const Step &step, const QString &language) const
{
    return m_root + u'/' + language + u'/' + step.file;
}

QString LessonCatalog::dockerfilePath(const Step &step, const QString &templatesRoot) const
{
    if (!step.templateId.isEmpty())
        return templatesRoot + u'/' + step.templateId
            + (step.variant == QLatin1String("before") ? QStringLiteral("/Dockerfile.before")
                                                       : QStringLiteral("/Dockerfile"));
    if (!step.example.isEmpty())
        return m_root + u'/' + step.example;
    return {};
}

QStringList LessonCatalog::missingFiles(const QString &templatesRoot,
                                        const QStringList &languages) const
{
    QStringList missing;
    for (const Lesson &lesson : m_lessons) {
        for (const Step &step : lesson.steps) {
            const QString owner = QStringLiteral(" (%1/%2)").arg(lesson.id, step.id);
            for (const QString &language : languages) {
                const QString path = markdownPath(step, language);
                if (!QFile::exists(path))
                    missing << path + owner;
            }
            const QString dockerfile = dockerfilePath(step, templatesRoot);
            if (!dockerfile.isEmpty() && !QFile::exists(dockerfile))
                missing << dockerfile + owner;
            // A comparison needs both variants of the template.
            if (step.tryAction == QLatin1String("compare") && !step.templateId.isEmpty()) {
                for (const QString &name :
                     {QStringLiteral("Dockerfile"), QStringLiteral("Dockerfile.before")}) {
                    const QString path = templatesRoot + u'/' + step.templateId + u'/' + name;
                    if (!QFile::exists(path) && !missing.contains(path + owner))
                        missing << path + owner;
                }
            }
        }
    }
    return missing;
}

} // namespace stagecraft::app
