// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateCommand.h"

#include "common/TemplateCatalog.h"

#include <QDir>
#include <QIODevice>

namespace stagecraft::cli {

namespace {

void writeText(QIODevice &device, const QString &text)
{
    device.write(text.toUtf8());
}

void writeError(QIODevice &err, const QString &line)
{
    writeText(err, QStringLiteral("stagecraft-cli: %1\n").arg(line));
}

int usage(QIODevice &err, const QString &message)
{
    writeError(err, message);
    writeError(err, TemplateCommand::tr("Run 'stagecraft-cli --help' for usage."));
    return 2;
}

} // namespace

QString TemplateCommand::helpText()
{
    //: Appended to the --help text. Keep the command names, ID and DIR in English.
    return tr("Templates:\n"
              "  templates\n"
              "      List the project templates (multi-stage Dockerfile, single-stage\n"
              "      Dockerfile.before, .dockerignore and a tiny app).\n"
              "  new ID DIR\n"
              "      Write template ID into the folder DIR (created when missing). Existing\n"
              "      files are never overwritten: exit 1 and nothing is written.\n");
}

int TemplateCommand::runList(const QStringList &args, QIODevice &out, QIODevice &err)
{
    if (!args.isEmpty()) {
        //: %1 = the first unexpected argument
        return usage(err, tr("Too many arguments: %1").arg(args.first()));
    }
    QString text;
    for (const common::TemplateCatalog::Template &entry : common::TemplateCatalog::templates()) {
        text += QStringLiteral("%1\t%2\n").arg(entry.id, entry.title);
        text += QStringLiteral("\t%1\n").arg(entry.description);
        //: %1 = the list of files of a template
        text += u'\t' + tr("Files: %1").arg(entry.files.join(QStringLiteral(", "))) + u'\n';
    }
    writeText(out, text);
    return 0;
}

int TemplateCommand::runNew(const QStringList &args, QIODevice &out, QIODevice &err)
{
    QStringList positional;
    for (const QString &argument : args) {
        if (argument.startsWith(u'-') && argument != QStringLiteral("-")) {
            //: %1 = the option as given
            return usage(err, tr("Unknown option: %1").arg(argument));
        }
        positional.append(argument);
    }
    if (positional.size() < 2) {
        //: %1 = the template ids
        return usage(err,
                     tr("Give a template ID and a folder: stagecraft-cli new ID DIR "
                        "(ID is one of: %1).")
                         .arg(common::TemplateCatalog::ids().join(QStringLiteral(", "))));
    }
    if (positional.size() > 2)
        return usage(err, tr("Too many arguments: %1").arg(positional.at(2)));
    const QString &id = positional.at(0);
    if (!common::TemplateCatalog::find(id)) {
        //: %1 = the id as given, %2 = the known ids
        return usage(err,
                     tr("Unknown template: %1 (use one of: %2).")
                         .arg(id, common::TemplateCatalog::ids().join(QStringLiteral(", "))));
    }
    const common::TemplateCatalog::WriteResult result
        = common::TemplateCatalog::write(id, positional.at(1));
    if (!result.ok) {
        writeError(err, result.message);
        return 1;
    }
    //: %Ln = number of files, %1 = the folder
    QString text = tr("Wrote %Ln file(s) to %1:", nullptr, int(result.written.size()))
                       .arg(QDir::toNativeSeparators(QDir(positional.at(1)).absolutePath()))
        + u'\n';
    for (const QString &path : result.written)
        text += QStringLiteral("  %1\n").arg(QDir::toNativeSeparators(path));
    writeText(out, text);
    return 0;
}

} // namespace stagecraft::cli
