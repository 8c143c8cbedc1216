// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditCommand.h"

#include "common/EditMessages.h"
#include "common/FileLoader.h"
#include "model/EditEngine.h"
#include "model/StageGraph.h"
#include "model/SyntaxTree.h"
#include "model/UnifiedDiff.h"

#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>

#include <nlohmann/json.hpp>

namespace stagecraft::cli {

namespace {

const QStringList ValueOptions = {
    QStringLiteral("--name"),     QStringLiteral("--after"), QStringLiteral("--before"),
    QStringLiteral("--platform"), QStringLiteral("--chown"), QStringLiteral("--chmod"),
    QStringLiteral("--source"),   QStringLiteral("--index"), QStringLiteral("--from"),
    QStringLiteral("--to"),       QStringLiteral("--json"),  QStringLiteral("--lang"),
};
const QStringList SwitchOptions = {
    QStringLiteral("--in-place"),
    QStringLiteral("--diff"),
    QStringLiteral("--cascade"),
    QStringLiteral("--link"),
};

std::string s(const QString &text)
{
    return text.toStdString();
}

} // namespace

EditCommand::EditCommand(QIODevice &in, QIODevice &out, QIODevice &err)
    : m_in(in)
    , m_out(out)
    , m_err(err)
{ }

QString EditCommand::helpText()
{
    return tr("Usage: stagecraft-cli edit FILE OPERATION [ARGUMENTS] [--in-place] "
              "[--diff]\n"
              "\n"
              "Applies one change through the edit engine: only the text the change "
              "needs is\n"
              "replaced; comments, formatting and line ends elsewhere stay as they "
              "are.\n"
              "A stage is named by its name or its 0-based index; an instruction by "
              "its line.\n"
              "\n"
              "Operations:\n"
              "  add-stage IMAGE [--name N] [--platform P] [--after S | --before S]\n"
              "  remove-stage S [--cascade]\n"
              "  rename-stage S NEW\n"
              "  move-stage S --after S2 | --before S2\n"
              "  set-base S IMAGE\n"
              "  set-platform S [PLATFORM]\n"
              "  add-copy FROM TO DEST SRC... [--chown U] [--chmod M] [--link]\n"
              "  remove-copy TO LINE [--source PATH]\n"
              "  retarget-copy LINE [--from S] [--to S]\n"
              "  add-instruction S TEXT [--index N]\n"
              "  remove-instruction LINE\n"
              "  move-instruction LINE INDEX\n"
              "  edit-instruction LINE TEXT\n"
              "  duplicate-stage S NEW\n"
              "  --json '{\"op\": \"rename-stage\", ...}'  (the same operations as "
              "JSON)\n"
              "\n"
              "Output: the new text on standard output; --diff prints a unified diff "
              "instead;\n"
              "--in-place writes the file atomically.\n"
              "Exit status: 0 done, 1 the change was refused (the reason is printed, "
              "nothing is\n"
              "written), 2 usage or input error.\n");
}

int EditCommand::usageError(const QString &message)
{
    writeErrorLine(message);
    writeErrorLine(tr("Run 'stagecraft-cli edit --help' for usage."));
    return 2;
}

void EditCommand::writeErrorLine(const QString &line)
{
    m_err.write(QStringLiteral("stagecraft-cli: %1\n").arg(line).toUtf8());
}

QString EditCommand::value(const char *option) const
{
    return m_values.value(QLatin1String(option));
}

bool EditCommand::has(const char *option) const
{
    return m_switches.contains(QLatin1String(option));
}

bool EditCommand::expectArguments(const QString &name, const QStringList &args, qsizetype min,
                                  qsizetype max)
{
    if (args.size() < min) {
        //: %1 = operation name, %2 = how many arguments it needs at least
        usageError(
            tr("%1 needs at least %n argument(s).", nullptr, static_cast<int>(min)).arg(name));
        return false;
    }
    if (max >= 0 && args.size() > max) {
        //: %1 = the first unexpected argument
        usageError(tr("Too many arguments: %1").arg(args.at(max)));
        return false;
    }
    return true;
}

bool EditCommand::lineNumber(const QString &text, int &out)
{
    bool ok = false;
    out = text.toInt(&ok);
    if (!ok || out < 1) {
        //: %1 = what was given as a line number
        usageError(tr("\"%1\" is not a line number.").arg(text));
        return false;
    }
    return true;
}

bool EditCommand::position(const QString &text, int &out)
{
    bool ok = false;
    out = text.toInt(&ok);
    if (!ok || out < 0) {
        usageError(tr("\"%1\" is not a position (0 is right after FROM).").arg(text));
        return false;
    }
    return true;
}

std::optional<model::EditOperation> EditCommand::operation(const QString &name,
                                                           const QStringList &args)
{
    if (name.endsWith(QLatin1String("-stage")) || name == QLatin1String("set-base")
        || name == QLatin1String("set-platform"))
        return stageOperation(name, args);
    if (name.endsWith(QLatin1String("-copy")))
        return copyOperation(name, args);
    if (name.endsWith(QLatin1String("-instruction")))
        return instructionOperation(name, args);
    return unknownOperation(name);
}

std::optional<model::EditOperation> EditCommand::unknownOperation(const QString &name)
{
    //: %1 = the operation as given
    usageError(tr("Unknown operation: %1").arg(name));
    return std::nullopt;
}

std::optional<model::EditOperation> EditCommand::stageOperation(const QString &name,
                                                                const QStringList &args)
{
    if (name == QLatin1String("add-stage")) {
        if (!expectArguments(name, args, 1, 1))
            return std::nullopt;
        if (!value("--after").isEmpty() && !value("--before").isEmpty()) {
            usageError(tr("Give --after or --before, not both."));
            return std::nullopt;
        }
        return model::AddStage{s(args[0]), s(value("--name")), s(value("--platform")),
                               s(value("--after")), s(value("--before"))};
    }
    if (name == QLatin1String("remove-stage")) {
        if (!expectArguments(name, args, 1, 1))
            return std::nullopt;
        return model::RemoveStage{s(args[0]), has("--cascade")};
    }
    if (name == QLatin1String("rename-stage")) {
        if (!expectArguments(name, args, 2, 2))
            return std::nullopt;
        return model::RenameStage{s(args[0]), s(args[1])};
    }
    if (name == QLatin1String("move-stage")) {
        if (!expectArguments(name, args, 1, 1))
            return std::nullopt;
        if (value("--after").isEmpty() == value("--before").isEmpty()) {
            usageError(tr("move-stage needs exactly one of --after or --before."));
            return std::nullopt;
        }
        return model::MoveStage{s(args[0]), s(value("--after")), s(value("--before"))};
    }
    if (name == QLatin1String("set-base")) {
        if (!expectArguments(name, args, 2, 2))
            return std::nullopt;
        return model::SetBase{s(args[0]), s(args[1])};
    }
    if (name == QLatin1String("set-platform")) {
        if (!expectArguments(name, args, 1, 2))
            return std::nullopt;
        return model::SetPlatform{s(args[0]), args.size() > 1 ? s(args[1]) : std::string()};
    }
    if (name == QLatin1String("duplicate-stage")) {
        if (!expectArguments(name, args, 2, 2))
            return std::nullopt;
        return model::DuplicateStage{s(args[0]), s(args[1])};
    }
    return unknownOperation(name);
}

std::optional<model::EditOperation> EditCommand::copyOperation(const QString &name,
                                                               const QStringList &args)
{
    if (name == QLatin1String("add-copy")) {
        if (!expectArguments(name, args, 4, -1))
            return std::nullopt;
        model::AddCopy op;
        op.from = s(args[0]);
        op.to = s(args[1]);
        op.destination = s(args[2]);
        for (qsizetype i = 3; i < args.size(); ++i)
            op.sources.push_back(s(args[i]));
        op.chown = s(value("--chown"));
        op.chmod = s(value("--chmod"));
        op.link = has("--link");
        return op;
    }
    if (name == QLatin1String("remove-copy")) {
        if (!expectArguments(name, args, 2, 2))
            return std::nullopt;
        model::RemoveCopy op;
        op.to = s(args[0]);
        if (!lineNumber(args[1], op.line))
            return std::nullopt;
        op.source = s(value("--source"));
        return op;
    }
    if (name == QLatin1String("retarget-copy")) {
        if (!expectArguments(name, args, 1, 1))
            return std::nullopt;
        model::RetargetCopy op;
        if (!lineNumber(args[0], op.line))
            return std::nullopt;
        op.from = s(value("--from"));
        op.to = s(value("--to"));
        if (op.from.empty() && op.to.empty()) {
            usageError(tr("retarget-copy needs --from, --to or both."));
            return std::nullopt;
        }
        return op;
    }
    return unknownOperation(name);
}

std::optional<model::EditOperation> EditCommand::instructionOperation(const QString &name,
                                                                      const QStringList &args)
{
    if (name == QLatin1String("add-instruction")) {
        if (!expectArguments(name, args, 2, 2))
            return std::nullopt;
        model::AddInstruction op{s(args[0]), s(args[1]), -1};
        if (m_values.contains(QStringLiteral("--index")) && !position(value("--index"), op.index))
            return std::nullopt;
        return op;
    }
    if (name == QLatin1String("remove-instruction")) {
        if (!expectArguments(name, args, 1, 1))
            return std::nullopt;
        model::RemoveInstruction op;
        if (!lineNumber(args[0], op.line))
            return std::nullopt;
        return op;
    }
    if (name == QLatin1String("move-instruction")) {
        if (!expectArguments(name, args, 2, 2))
            return std::nullopt;
        model::MoveInstruction op;
        if (!lineNumber(args[0], op.line) || !position(args[1], op.index))
            return std::nullopt;
        return op;
    }
    if (name == QLatin1String("edit-instruction")) {
        if (!expectArguments(name, args, 2, 2))
            return std::nullopt;
        model::EditInstruction op;
        if (!lineNumber(args[0], op.line))
            return std::nullopt;
        op.text = s(args[1]);
        return op;
    }
    return unknownOperation(name);
}

int EditCommand::run(const QStringList &arguments)
{
    QStringList positional;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (optionsEnded || argument == QStringLiteral("-")
            || !argument.startsWith(QStringLiteral("--"))) {
            positional.append(argument);
            continue;
        }
        if (argument == QStringLiteral("--")) {
            optionsEnded = true;
            continue;
        }
        if (argument == QStringLiteral("--help")) {
            m_out.write(helpText().toUtf8());
            return 0;
        }
        const QString key = argument.section(u'=', 0, 0);
        if (SwitchOptions.contains(argument)) {
            m_switches.append(argument);
        } else if (ValueOptions.contains(key)) {
            if (argument.contains(u'=')) {
                m_values.insert(key, argument.section(u'=', 1));
            } else if (i + 1 < arguments.size()) {
                m_values.insert(key, arguments.at(++i));
            } else {
                //: %1 = option name
                return usageError(tr("Option %1 needs a value.").arg(key));
            }
        } else {
            //: %1 = the option as given
            return usageError(tr("Unknown option: %1").arg(argument));
        }
    }
    if (positional.isEmpty())
        return usageError(tr("Missing file: give a Dockerfile path, or - for standard input."));
    const QString file = positional.takeFirst();
    const bool inPlace = m_switches.contains(QStringLiteral("--in-place"));
    if (inPlace && file == QStringLiteral("-"))
        return usageError(tr("--in-place needs a file, not standard input."));

    std::optional<model::EditOperation> op;
    if (m_values.contains(QStringLiteral("--json"))) {
        if (!positional.isEmpty())
            return usageError(tr("Too many arguments: %1").arg(positional.first()));
        const nlohmann::json json = nlohmann::json::parse(
            m_values.value(QStringLiteral("--json")).toStdString(), nullptr, false);
        model::EditOperation parsed;
        model::JsonOperationError error;
        if (json.is_discarded() || !model::operationFromJson(json, parsed, error)) {
            //: %1 = what is wrong with the JSON operation
            return usageError(tr("Invalid JSON operation: %1")
                                  .arg(json.is_discarded()
                                           ? QStringLiteral("not JSON")
                                           : common::EditMessages::jsonError(error)));
        }
        op = parsed;
    } else {
        if (positional.isEmpty())
            return usageError(tr("Missing operation: see 'stagecraft-cli edit --help'."));
        const QString name = positional.takeFirst();
        op = operation(name, positional);
        if (!op)
            return 2;
    }

    const common::FileLoader::Result loaded = file == QStringLiteral("-")
        ? common::FileLoader::load(m_in, QStringLiteral("<stdin>"))
        : common::FileLoader::load(file);
    if (!loaded.ok()) {
        writeErrorLine(loaded.message);
        return 2;
    }
    const std::string original(loaded.data.constData(),
                               static_cast<std::size_t>(loaded.data.size()));
    const auto tree = model::SyntaxTree::parse(original);
    const model::StageGraph graph = model::StageGraph::derive(*tree);
    const model::EditResult result = model::EditEngine(*tree, graph).apply(*op);
    if (!result.ok()) {
        writeErrorLine(common::EditMessages::refusal(result.refusal, result.refusalArgs));
        return 1;
    }
    const std::string edited = model::applyEdits(original, result.edits);
    if (inPlace && edited != original) {
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly)
            || out.write(edited.data(), static_cast<qint64>(edited.size()))
                != static_cast<qint64>(edited.size())
            || !out.commit()) {
            //: %1 = file, %2 = the system's reason
            writeErrorLine(tr("Could not write %1: %2").arg(file, out.errorString()));
            return 2;
        }
    }
    if (m_switches.contains(QStringLiteral("--diff"))) {
        const std::string name = QFileInfo(file).fileName().toStdString();
        const std::string diff = model::unifiedDiff(original, edited, "a/" + name, "b/" + name);
        m_out.write(diff.data(), static_cast<qint64>(diff.size()));
    } else if (!inPlace) {
        m_out.write(edited.data(), static_cast<qint64>(edited.size()));
    }
    return 0;
}

} // namespace stagecraft::cli
