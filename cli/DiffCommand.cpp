// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiffCommand.h"

#include "cli/EngineCli.h"
#include "cli/MeasureCommand.h"
#include "common/EngineMessages.h"
#include "common/MeasureReport.h"
#include "engine/StageFilesystem.h"
#include "model/JsonExport.h"
#include "model/SizeBudget.h"

#include <QEventLoop>
#include <QFileInfo>

namespace stagecraft::cli {

namespace {

using Kind = model::FileDelta::Kind;

const QStringList kFormats
    = {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown")};

struct DiffLine
{
    QStringList files;
    QString stageA;
    QString stageB;
    QString format = QStringLiteral("text");
    QString host;
    int limit = 20;
    int depth = 2;
    bool mtime = false;
};

/// Parses the command line; -1 when all is well, else the exit code after printing the reason.
int parse(const QStringList &args, DiffLine &line, QTextStream &err)
{
    const QStringList valued
        = {QStringLiteral("--stage-a"), QStringLiteral("--stage-b"), QStringLiteral("--format"),
           QStringLiteral("--limit"),   QStringLiteral("--depth"),   QStringLiteral("--host")};
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString arg = args.at(i);
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = arg.indexOf(u'=');
            arg.startsWith(QStringLiteral("--")) && eq > 0) {
            value = arg.mid(eq + 1);
            arg = arg.left(eq);
            hasValue = true;
        }
        if (valued.contains(arg)) {
            if (!hasValue) {
                if (i + 1 >= args.size())
                    return EngineCli::usage(err,
                                            EngineCli::tr("Option %1 needs a value.").arg(arg));
                value = args.at(++i);
            }
            bool ok = true;
            if (arg == QStringLiteral("--stage-a"))
                line.stageA = value;
            else if (arg == QStringLiteral("--stage-b"))
                line.stageB = value;
            else if (arg == QStringLiteral("--format"))
                line.format = value;
            else if (arg == QStringLiteral("--host"))
                line.host = value;
            else if (arg == QStringLiteral("--limit"))
                line.limit = value.toInt(&ok);
            else
                line.depth = value.toInt(&ok);
            if (!ok || line.limit < 0 || line.depth < 1)
                //: %1 = option, %2 = the value given
                return EngineCli::usage(
                    err,
                    DiffCommand::tr("%1 needs a whole number (--limit 0 shows every change, "
                                    "--depth is 1 or more), not \"%2\".")
                        .arg(arg, value));
        } else if (arg == QStringLiteral("--mtime") && !hasValue) {
            line.mtime = true;
        } else if (arg.startsWith(u'-') && arg != QStringLiteral("-")) {
            return EngineCli::usage(
                err, EngineCli::tr("Unknown option for %1: %2").arg(QStringLiteral("diff"), arg));
        } else {
            line.files << arg;
        }
    }
    if (line.files.size() != 2)
        return EngineCli::usage(err,
                                DiffCommand::tr("diff needs two images: stagecraft-cli diff A B "
                                                "(each an image name or ID, or a measured "
                                                "Dockerfile)."));
    if (!kFormats.contains(line.format))
        //: %1 = the format given, %2 = the accepted formats
        return EngineCli::usage(err,
                                DiffCommand::tr("Unknown format %1 (use %2).")
                                    .arg(line.format, kFormats.join(QStringLiteral(", "))));
    return -1;
}

/// The image a side names: an image reference as given, or a measured Dockerfile's (or a
/// measure JSON's) stage. Returns an empty string or a translated message.
QString resolve(const QString &argument, const QString &stage, QString &image, QString &title)
{
    if (!QFileInfo(argument).isFile()) {
        if (!stage.isEmpty())
            //: %1 = the argument that is no file
            return DiffCommand::tr("--stage-a and --stage-b need a measured Dockerfile or a "
                                   "measurement, and %1 is no file.")
                .arg(argument);
        image = argument;
        title = argument;
        return {};
    }
    model::MeasureRun run;
    if (QString error = MeasureCommand::loadRun(argument, run); !error.isEmpty())
        return error;
    const std::string wanted = stage.isEmpty() ? std::string("final") : stage.toStdString();
    const int index = model::SizeBudgets::stageOf(run, wanted);
    const model::StageMeasure *measured = run.stage(index);
    if (!measured)
        //: %1 = stage, %2 = file
        return DiffCommand::tr("%2 has no stage %1 (use a stage name, #index or final).")
            .arg(QString::fromStdString(wanted), argument);
    if (!measured->built || measured->imageId.empty())
        return DiffCommand::tr("Stage %1 of %2 was not built in its latest measurement.")
            .arg(QString::fromStdString(measured->label()), argument);
    image = QString::fromStdString(measured->imageId);
    //: A side of a diff: %1 = file, %2 = stage
    title = DiffCommand::tr("%1 (stage %2)")
                .arg(QFileInfo(argument).fileName(), QString::fromStdString(measured->label()));
    return {};
}

/// Reads the file system of `image`; an empty string or a translated message.
QString readFiles(engine::StageFilesystem &files, const QString &image,
                  std::vector<model::FileEntry> &entries, QString &imageId)
{
    QEventLoop loop;
    engine::EngineError failure;
    bool failed = false;
    QObject::connect(&files, &engine::StageFilesystem::finished, &loop, &QEventLoop::quit);
    QObject::connect(&files, &engine::StageFilesystem::cancelled, &loop, &QEventLoop::quit);
    QObject::connect(&files, &engine::StageFilesystem::failed, &loop,
                     [&](const engine::EngineError &error) {
                         failure = error;
                         failed = true;
                         loop.quit();
                     });
    files.start(image);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (failed)
        //: %1 = image, %2 = the engine's problem
        return DiffCommand::tr("Cannot read the files of %1: %2")
            .arg(image, common::EngineMessages::message(failure));
    entries = model::FileDiff::entries(files.listing().root);
    imageId = QString::fromStdString(files.listing().imageId);
    return {};
}

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

QString mode(std::uint32_t bits)
{
    return QStringLiteral("%1").arg(bits, 4, 8, QLatin1Char('0'));
}

/// The size column of a change: "5.0 MB", "1.2 kB → 1.3 kB".
QString sizes(const model::FileDelta &c, const QLocale &locale)
{
    using common::MeasureReport;
    switch (c.kind) {
    case Kind::Gone:
        return MeasureReport::size(c.sizeA, locale);
    case Kind::New:
        return MeasureReport::size(c.sizeB, locale);
    case Kind::Changed:
        return c.sizeA == c.sizeB ? MeasureReport::size(c.sizeA, locale)
                                  : MeasureReport::size(c.sizeA, locale) + QStringLiteral(" → ")
                + MeasureReport::size(c.sizeB, locale);
    }
    return {};
}

QString shown(const model::FileDelta &c)
{
    const bool directory = (c.kind == Kind::Gone ? c.typeA : c.typeB) == model::FileType::Directory;
    return q(c.path) + (directory ? QStringLiteral("/") : QString());
}

/// "3 files, 8.2 kB".
QString filesAndBytes(int files, qint64 bytes, const QLocale &locale)
{
    //: %n = number of files, %1 = their size
    return DiffCommand::tr("%n file(s), %1", nullptr, files)
        .arg(common::MeasureReport::size(bytes, locale));
}

QStringList summaryLines(const model::FileDiffResult &result, const DiffCommand::Sides &sides,
                         const QLocale &locale)
{
    const model::FileDiffTotals &t = result.totals;
    //: %1 = image A (before), %2 = its files and bytes
    return {DiffCommand::tr("A: %1, %2").arg(sides.a, filesAndBytes(t.filesA, t.bytesA, locale)),
            DiffCommand::tr("B: %1, %2").arg(sides.b, filesAndBytes(t.filesB, t.bytesB, locale)),
            //: %1 = files and bytes gone, %2 = new, %3 = changed, %4 = the size of the change
            DiffCommand::tr("Gone: %1. New: %2. Changed: %3 (%4).")
                .arg(filesAndBytes(t.goneFiles, t.goneBytes, locale),
                     filesAndBytes(t.newFiles, t.newBytes, locale),
                     filesAndBytes(t.changedFiles, t.changedBytesB, locale),
                     common::MeasureReport::signedSize(t.changedBytesB - t.changedBytesA, locale)),
            //: %n = paths in both images that are the same; %1 = those with only a new mtime
            DiffCommand::tr("Unchanged: %n path(s), %1 of them with another modification time "
                            "only.",
                            nullptr, t.unchanged)
                .arg(t.touched)};
}

QString directoryText(const model::DirectoryDiff &d, const QLocale &locale)
{
    QStringList parts;
    if (d.goneFiles > 0)
        //: Directory roll-up: %1 = files and bytes gone
        parts << DiffCommand::tr("gone %1").arg(filesAndBytes(d.goneFiles, d.goneBytes, locale));
    if (d.newFiles > 0)
        parts << DiffCommand::tr("new %1").arg(filesAndBytes(d.newFiles, d.newBytes, locale));
    if (d.changedFiles > 0)
        //: Directory roll-up: %n = changed files, %1 = signed size change
        parts << DiffCommand::tr("changed %n file(s) (%1)", nullptr, d.changedFiles)
                     .arg(common::MeasureReport::signedSize(d.changedDelta, locale));
    return parts.join(QStringLiteral("; "));
}

std::size_t shownCount(const model::FileDiffResult &result, int limit)
{
    return limit <= 0 ? result.changes.size() : std::min(result.changes.size(), std::size_t(limit));
}

} // namespace

QString DiffCommand::helpText()
{
    //: Appended to the --help text. Keep the command name, the options, A, B, STAGE, N, URL and
    //: the format names in English.
    return tr("File differences:\n"
              "  diff A B [--stage-a STAGE] [--stage-b STAGE] [--format text|json|markdown]\n"
              "           [--limit N] [--depth N] [--mtime] [--host URL]\n"
              "      Compare the files of two images (names or IDs, or measured\n"
              "      Dockerfiles: their final stage, or the one named): what is gone, new\n"
              "      or changed, biggest first (--limit 0 lists all), and the sums per\n"
              "      directory N levels deep (--depth, default 2).\n");
}

QString DiffCommand::kindText(model::FileDelta::Kind kind)
{
    switch (kind) {
    case Kind::Gone:
        //: A file in image A that image B lacks
        return tr("gone");
    case Kind::New:
        //: A file in image B that image A lacks
        return tr("new");
    case Kind::Changed:
        return tr("changed");
    }
    return {};
}

QString DiffCommand::whatText(const model::FileDelta &c)
{
    QStringList parts;
    if (c.what & model::FileDelta::Type)
        //: %1 → %2 = file types (file, directory, symlink…), kept in English
        parts << tr("type %1 → %2")
                     .arg(QString::fromUtf8(model::FileDiff::typeName(c.typeA)),
                          QString::fromUtf8(model::FileDiff::typeName(c.typeB)));
    if (c.what & model::FileDelta::Size)
        parts << tr("size");
    if (c.what & model::FileDelta::Mode)
        //: Permission bits: %1 → %2 (octal)
        parts << tr("mode %1 → %2").arg(mode(c.modeA), mode(c.modeB));
    if (c.what & model::FileDelta::Link)
        //: A link's target: %1 → %2
        parts << tr("link %1 → %2").arg(q(c.linkA), q(c.linkB));
    if (c.what & model::FileDelta::Time)
        parts << tr("modification time");
    return parts.join(QStringLiteral(", "));
}

QString DiffCommand::text(const model::FileDiffResult &result, const Sides &sides, int limit,
                          int depth, const QLocale &locale)
{
    QString text = summaryLines(result, sides, locale).join(u'\n') + u'\n';
    const std::size_t count = shownCount(result, limit);
    if (count > 0)
        text += u'\n' + tr("Biggest differences:") + u'\n';
    for (std::size_t i = 0; i < count; ++i) {
        const model::FileDelta &c = result.changes[i];
        QString line = QStringLiteral("  ") + kindText(c.kind).leftJustified(10)
            + sizes(c, locale).leftJustified(12) + u' ' + shown(c);
        if (c.kind == Kind::Changed)
            line += QStringLiteral(" (") + whatText(c) + u')';
        text += line + u'\n';
    }
    if (count < result.changes.size())
        //: %n = changes not shown
        text += QStringLiteral("  ")
            + tr("…and %n more (--limit 0 shows all).", nullptr, int(result.changes.size() - count))
            + u'\n';
    const std::vector<model::DirectoryDiff> directories
        = model::FileDiff::rollUp(result.changes, depth);
    if (!directories.empty())
        text += u'\n' + tr("By directory:") + u'\n';
    for (const model::DirectoryDiff &d : directories)
        text += QStringLiteral("  ") + q(d.path).leftJustified(24) + u' ' + directoryText(d, locale)
            + u'\n';
    return text;
}

QString DiffCommand::markdown(const model::FileDiffResult &result, const Sides &sides, int limit,
                              int depth, const QLocale &locale)
{
    QString text = QStringLiteral("# ") + tr("File differences") + QStringLiteral("\n\n");
    for (const QString &line : summaryLines(result, sides, locale))
        text += QStringLiteral("- ") + line + u'\n';
    const auto cell = [](QString value) { return value.replace(u'|', QStringLiteral("\\|")); };
    const std::size_t count = shownCount(result, limit);
    if (count > 0) {
        text += u'\n' + QStringLiteral("## ") + tr("Biggest differences") + QStringLiteral("\n\n");
        text += QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|---:|---|\n")
                    .arg(tr("Change"), tr("Path"), tr("Size"), tr("What changed"));
    }
    for (std::size_t i = 0; i < count; ++i) {
        const model::FileDelta &c = result.changes[i];
        text += QStringLiteral("| %1 | `%2` | %3 | %4 |\n")
                    .arg(kindText(c.kind), cell(shown(c)), sizes(c, locale),
                         cell(c.kind == Kind::Changed ? whatText(c) : QString()));
    }
    if (count < result.changes.size())
        text += u'\n'
            + tr("…and %n more (--limit 0 shows all).", nullptr, int(result.changes.size() - count))
            + u'\n';
    const std::vector<model::DirectoryDiff> directories
        = model::FileDiff::rollUp(result.changes, depth);
    if (!directories.empty()) {
        text += u'\n' + QStringLiteral("## ") + tr("By directory") + QStringLiteral("\n\n");
        text += QStringLiteral("| %1 | %2 |\n|---|---|\n").arg(tr("Directory"), tr("Differences"));
    }
    for (const model::DirectoryDiff &d : directories)
        text += QStringLiteral("| `%1` | %2 |\n").arg(cell(q(d.path)), directoryText(d, locale));
    return text;
}

int DiffCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    DiffLine line;
    if (const int bad = parse(args, line, err); bad >= 0)
        return bad;
    Sides sides;
    QString images[2];
    for (int side = 0; side < 2; ++side) {
        const QString error = resolve(line.files.at(side), side == 0 ? line.stageA : line.stageB,
                                      images[side], side == 0 ? sides.a : sides.b);
        if (!error.isEmpty())
            return EngineCli::usage(err, error);
    }
    const engine::EngineEndpoint endpoint = engine::EngineEndpoint::resolveFromSystem(line.host);
    if (!endpoint.isValid())
        return EngineCli::usage(err, common::EngineMessages::message(endpoint.error));
    engine::StageFilesystem files(endpoint);
    std::vector<model::FileEntry> entries[2];
    for (int side = 0; side < 2; ++side) {
        //: Progress on standard error: %1 = image
        err << tr("Reading the files of %1…").arg(side == 0 ? sides.a : sides.b) << u'\n';
        err.flush();
        const QString error = readFiles(files, images[side], entries[side],
                                        side == 0 ? sides.imageA : sides.imageB);
        if (!error.isEmpty())
            return EngineCli::usage(err, error);
    }
    model::FileDiffOptions options;
    options.compareMtime = line.mtime;
    const model::FileDiffResult result = model::FileDiff::compare(entries[0], entries[1], options);
    if (line.format == QStringLiteral("json")) {
        nlohmann::ordered_json json;
        json["a"] = {{"name", sides.a.toStdString()}, {"image", sides.imageA.toStdString()}};
        json["b"] = {{"name", sides.b.toStdString()}, {"image", sides.imageB.toStdString()}};
        json.update(model::FileDiff::toJson(result, line.limit == 0 ? -1 : line.limit, line.depth));
        out << QString::fromStdString(model::jsonText(json)) << u'\n';
    } else if (line.format == QStringLiteral("markdown")) {
        out << markdown(result, sides, line.limit, line.depth);
    } else {
        out << text(result, sides, line.limit, line.depth);
    }
    out.flush();
    return EngineCli::ExitOk;
}

} // namespace stagecraft::cli
