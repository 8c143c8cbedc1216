// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/EditOperation.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QIODevice;

namespace stagecraft::cli {

/// `stagecraft-cli edit FILE OP [ARGS…] [--in-place] [--diff]`: applies one edit operation through
/// the model's edit engine and prints the new text, a unified diff, or writes the file atomically.
/// Exit codes: 0 done, 1 the operation was refused (reason on stderr, nothing written), 2 usage or
/// input error. Messages are translated in context "EditCommand".
class EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditCommand)

public:
    EditCommand(QIODevice &in, QIODevice &out, QIODevice &err);

    /// `arguments` are those after "edit".
    [[nodiscard]] int run(const QStringList &arguments);

    /// The translated usage text of the edit command.
    [[nodiscard]] static QString helpText();

private:
    /// Builds the operation from its name and arguments; on a usage error writes it and returns
    /// std::nullopt.
    std::optional<model::EditOperation> operation(const QString &name, const QStringList &args);
    int usageError(const QString &message);
    void writeErrorLine(const QString &line);

    QIODevice &m_in;
    QIODevice &m_out;
    QIODevice &m_err;
    QMap<QString, QString> m_values; ///< options with a value
    QStringList m_switches;          ///< options without a value
};

} // namespace stagecraft::cli
