// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace stagecraft::common {

/// The project templates of File → New from Template… and `stagecraft-cli new`: one folder per
/// template under `:/templates/<id>/` (source: resources/templates/<id>/) with a multi-stage
/// `Dockerfile`, a single-stage `Dockerfile.before` for comparison, a `.dockerignore` and a tiny
/// sample app. Titles and descriptions are translated at call time (context "TemplateCatalog"),
/// so they follow a language switch. See docs/templates.md.
class TemplateCatalog
{
    Q_DECLARE_TR_FUNCTIONS(TemplateCatalog)

public:
    /// One template.
    struct Template
    {
        QString id;          ///< "python", "go", "react", "java", "node", "rust"
        QString title;       ///< translated
        QString description; ///< translated, one or two sentences
        QStringList files;   ///< relative paths, sorted ("Dockerfile", "src/main.rs", …)
    };

    /// The main file a template opens with, and its single-stage counterpart.
    static constexpr const char *kDockerfile = "Dockerfile";
    static constexpr const char *kDockerfileBefore = "Dockerfile.before";

    /// Every template, in menu order.
    [[nodiscard]] static QList<Template> templates();
    /// The template with this id, or std::nullopt.
    [[nodiscard]] static std::optional<Template> find(const QString &id);
    /// The template ids, in menu order.
    [[nodiscard]] static QStringList ids();
    /// The resource directory of a template (":/templates/<id>").
    [[nodiscard]] static QString resourceDirectory(const QString &id);
    /// The bytes of one file of a template (empty when there is no such file).
    [[nodiscard]] static QByteArray fileContents(const QString &id, const QString &file);

    /// What write() did.
    struct WriteResult
    {
        bool ok = false;
        QString message;        ///< translated; why nothing was written (empty when ok)
        QStringList conflicts;  ///< files that already exist (nothing is written then)
        QStringList written;    ///< absolute paths of the files written
        QString dockerfilePath; ///< absolute path of the new Dockerfile (when ok)
    };

    /// The files of template `id` that already exist below `directory`.
    [[nodiscard]] static QStringList existingFiles(const QString &id, const QString &directory);

    /// Writes template `id` into `directory` (created when missing). All or nothing: refuses when
    /// any of the template's files already exists there (never overwrites), and removes what it
    /// wrote when a later file cannot be written.
    [[nodiscard]] static WriteResult write(const QString &id, const QString &directory);
};

} // namespace stagecraft::common
