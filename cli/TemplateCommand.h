// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace stagecraft::cli {

/// `stagecraft-cli templates` and `stagecraft-cli new ID DIR` (see docs/templates.md). Messages
/// are translated in context "TemplateCommand"; template ids and file names never are.
class TemplateCommand
{
    Q_DECLARE_TR_FUNCTIONS(TemplateCommand)

public:
    /// `templates`: one block per template (id, title, description, files). Exit 0, or 2 when
    /// arguments are given. `args` excludes the program and command names.
    static int runList(const QStringList &args, QIODevice &out, QIODevice &err);
    /// `new ID DIR`: writes the template into DIR (created when missing) and prints the files
    /// written. Exit 0; 1 when nothing could be written (files exist already, the folder is
    /// not writable); 2 for a usage error or an unknown id. `args` excludes the command name.
    static int runNew(const QStringList &args, QIODevice &out, QIODevice &err);

    /// The translated help paragraph for the two commands (appended to `--help`).
    [[nodiscard]] static QString helpText();
};

} // namespace stagecraft::cli
