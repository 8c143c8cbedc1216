// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditMessages.h"

#include <QStringList>

namespace stagecraft::common {

QString EditMessages::refusal(const std::string &code, const std::vector<std::string> &args)
{
    QStringList a;
    for (const std::string &arg : args)
        a.append(QString::fromStdString(arg));
    while (a.size() < 3)
        a.append(QString());
    const QString c = QString::fromStdString(code);
    if (c == QLatin1String("InvalidImage"))
        //: %1 = what was given as an image reference
        return tr("\"%1\" is not an image reference: give a name like alpine:3.20 without spaces.")
            .arg(a[0]);
    if (c == QLatin1String("InvalidStageName"))
        return tr("\"%1\" is not a valid stage name: start with a letter, then use letters, "
                  "digits, '-', '_' or '.'.")
            .arg(a[0]);
    if (c == QLatin1String("ReservedStageName"))
        return tr("\"%1\" is reserved by Docker and cannot name a stage.").arg(a[0]);
    if (c == QLatin1String("DuplicateStageName"))
        return tr("Another stage is already named \"%1\" (stage names ignore case).").arg(a[0]);
    if (c == QLatin1String("UnknownStage"))
        return tr("There is no stage \"%1\": give a stage name or its 0-based index.").arg(a[0]);
    if (c == QLatin1String("MissingPosition"))
        return tr("Say where the stage goes: --before STAGE or --after STAGE.");
    if (c == QLatin1String("MoveBreaksReference"))
        //: %1 = stage that uses %2; %3 = line number
        return tr("Stage %1 uses stage %2 (line %3); after this move it would come first, which is "
                  "not allowed.")
            .arg(a[0], a[1], a[2]);
    if (c == QLatin1String("StageIsBase"))
        return tr("Stage %2 is built on stage %1 (FROM %1): change its base first, or remove it "
                  "without --cascade.")
            .arg(a[0], a[1]);
    if (c == QLatin1String("SelfReference"))
        return tr("A stage cannot use itself (%1).").arg(a[0]);
    if (c == QLatin1String("ForwardReference"))
        return tr("Stage %2 cannot use %1: a stage can only use stages written before it.")
            .arg(a[0], a[1]);
    if (c == QLatin1String("InvalidPlatform"))
        return tr("\"%1\" is not a platform: use a value like linux/amd64.").arg(a[0]);
    if (c == QLatin1String("MissingSource"))
        return tr("Give at least one source path to copy.");
    if (c == QLatin1String("MissingDestination"))
        return tr("Give the destination path to copy to.");
    if (c == QLatin1String("NoInstructionAtLine"))
        return a[1].isEmpty() ? tr("No instruction starts at line %1.").arg(a[0])
                              : tr("No instruction of stage %2 starts at line %1.").arg(a[0], a[1]);
    if (c == QLatin1String("NotAnArrow"))
        return tr("The instruction at line %1 is not a COPY --from or ADD --from.").arg(a[0]);
    if (c == QLatin1String("NoSuchSource"))
        return tr("The instruction at line %2 does not copy \"%1\".").arg(a[0], a[1]);
    if (c == QLatin1String("InvalidInstruction"))
        return tr("\"%1\" is not one Dockerfile instruction.").arg(a[0]);
    if (c == QLatin1String("UseAddStage"))
        return tr("A FROM line starts a new stage: add a stage instead.");
    if (c == QLatin1String("MustStayFrom"))
        return tr("The first line of a stage must stay a FROM instruction.");
    if (c == QLatin1String("UseRemoveStage"))
        return tr("Line %1 is a stage's FROM: remove the stage instead.").arg(a[0]);
    if (c == QLatin1String("CannotMoveInstruction"))
        return tr("The instruction at line %1 cannot be moved inside its stage.").arg(a[0]);
    if (c == QLatin1String("ConflictingEdits"))
        return tr("This change overlaps itself and was not applied.");
    //: %1 = an internal refusal code
    return tr("The change was refused (%1).").arg(c);
}

QString EditMessages::jsonError(const model::JsonOperationError &error)
{
    const QString c = QString::fromStdString(error.code);
    const QString a = error.args.empty() ? QString() : QString::fromStdString(error.args.front());
    if (c == QLatin1String("NotAnObject"))
        return tr("An operation must be a JSON object.");
    //: %1 = the name of a JSON field ("name", "stage", "op")
    if (c == QLatin1String("MissingField"))
        return tr("The field \"%1\" is missing.").arg(a);
    if (c == QLatin1String("NotAString"))
        return tr("The field \"%1\" must be a string.").arg(a);
    if (c == QLatin1String("NotAnInteger"))
        return tr("The field \"%1\" must be a whole number.").arg(a);
    if (c == QLatin1String("NotABoolean"))
        return tr("The field \"%1\" must be true or false.").arg(a);
    if (c == QLatin1String("NotAListOfStrings"))
        return tr("The field \"%1\" must be a list of strings.").arg(a);
    if (c == QLatin1String("UnknownOperation"))
        //: %1 = the operation name given in the JSON
        return tr("There is no operation \"%1\": see 'stagecraft-cli edit --help'.").arg(a);
    return c;
}

} // namespace stagecraft::common
