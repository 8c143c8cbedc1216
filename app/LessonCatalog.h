// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace stagecraft::app {

/// The lessons of the Learn panel, read from `<root>/lessons.json` (root `:/lessons` in the
/// application). Format, version 1:
///
///     {"version": 1, "lessons": [{"id": "…", "title": {"en": "…", "hi": "…"}, "steps": [
///        {"id": "…", "file": "<name>.md", "template":
///        "python"|"go"|"react"|"java"|"node"|"rust"|null,
///         "variant": "after"|"before"|null, "example": "examples/<name>.Dockerfile"|null,
///         "highlight": {"stage": "<name or index>"|null, "arrow": {"from": "…", "to": "…"}|null,
///                       "line": <1-based>|null}|null,
///         "try": "compare"|"build"|null}]}]}
///
/// The text of a step is Markdown in `<root>/<language>/<file>`; a template is
/// `<templates>/<id>/Dockerfile` (variant "before": `Dockerfile.before`).
class LessonCatalog
{
    Q_DECLARE_TR_FUNCTIONS(LessonCatalog)

public:
    struct Highlight
    {
        QString stage;
        QString arrowFrom;
        QString arrowTo;
        int line = 0;
        [[nodiscard]] bool isEmpty() const
        {
            return stage.isEmpty() && arrowFrom.isEmpty() && line <= 0;
        }
    };

    struct Step
    {
        QString id;
        QString file;
        QString templateId; ///< empty when none
        QString variant;    ///< "after", "before" or empty
        QString example;    ///< "examples/….Dockerfile" or empty
        Highlight highlight;
        QString tryAction; ///< "compare", "build" or empty
    };

    struct Lesson
    {
        QString id;
        QMap<QString, QString> titles; ///< by language
        QList<Step> steps;
        /// The title in `language`, else English.
        [[nodiscard]] QString title(const QString &language) const;
    };

    /// The template names a step may use.
    [[nodiscard]] static QStringList templateIds();

    /// Reads `<root>/lessons.json`. False with a translated `error` naming the file and the first
    /// problem (and where it is: "lessons[1].steps[0].template").
    bool load(const QString &root, QString *error);

    [[nodiscard]] const QList<Lesson> &lessons() const { return m_lessons; }
    [[nodiscard]] const QString &root() const { return m_root; }

    /// The resource or file path of a step's Markdown in `language`.
    [[nodiscard]] QString markdownPath(const Step &step, const QString &language) const;
    /// The Dockerfile a step loads (template variant or example), "" when it loads none.
    [[nodiscard]] QString dockerfilePath(const Step &step, const QString &templatesRoot) const;
    /// Every file the steps refer to (Markdown in each of `languages`, templates, examples) that
    /// does not exist, as "<path> (lesson/step)".
    [[nodiscard]] QStringList missingFiles(const QString &templatesRoot,
                                           const QStringList &languages) const;

private:
    QString m_root;
    QList<Lesson> m_lessons;
};

} // namespace stagecraft::app
