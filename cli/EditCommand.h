// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/EditOperation.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QIODevice;

namespace stagecraft::cli {

/// `stagecraft-cli edit FILE OP [ARGS…] [--in-place] [--diff]`: applies one
/// edit operation through the model's edit engine and prints the new text, a
/// unified diff, or writes the file atomically. Exit codes: 0 done, 1 the
/// operation was refused (reason on stderr, nothing written), 2 usage or input
/// error. Messages are translated in context "EditCommand".
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
    /// Builds the operation from its name and arguments; on a usage error writes
    /// it and returns std::nullopt.
    std::optional<model::EditOperation> operation(const QString &name, const QStringList &args);
    /// operation() for the stage operations (add-, remove-, rename-, move-,
    /// duplicate-stage, set-base, set-platform), the COPY ones (add-, remove-,
    /// retarget-copy) and the instruction ones (add-, remove-, move-,
    /// edit-instruction).
    std::optional<model::EditOperation> stageOperation(const QString &name,
                                                       const QStringList &args);
    std::optional<model::EditOperation> copyOperation(const QString &name, const QStringList &args);
    std::optional<model::EditOperation> instructionOperation(const QString &name,
                                                             const QStringList &args);
    /// Reports `name` as an unknown operation; returns std::nullopt.
    std::optional<model::EditOperation> unknownOperation(const QString &name);
    /// Whether `args` has between `min` and `max` (-1: any number) arguments;
    /// else reports it.
    bool expectArguments(const QString &name, const QStringList &args, qsizetype min,
                         qsizetype max);
    /// Reads a line number (1-based) into `out`; reports a bad one.
    bool lineNumber(const QString &text, int &out);
    /// Reads an instruction position (0-based, 0 is right after FROM) into `out`;
    /// reports a bad one.
    bool position(const QString &text, int &out);
    /// The value of an option given with one, empty when not given.
    [[nodiscard]] QString value(const char *option) const;
    /// Whether a switch (option without a value) was given.
    [[nodiscard]] bool has(const char *option) const;
    int usageError(const QString &message);
    void writeErrorLine(const QString &line);

    QIODevice &m_in;
    QIODevice &m_out;
    QIODevice &m_err;
    QMap<QString, QString> m_values; ///< options with a value
    QStringList m_switches;          ///< options without a value
};

} // namespace stagecraft::cli
