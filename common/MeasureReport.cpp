// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureReport.h"

#include "WasteMessages.h"

#include "common/EngineMessages.h"

#include <QDateTime>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace stagecraft::common {

namespace {

using model::ArrowMeasure;
using model::LayerDifference;
using model::LayerMeasure;
using model::MeasureRun;
using model::RunComparison;
using model::StageComparison;
using model::StageMeasure;

const QChar kMinus(0x2212);

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

QString joined(const std::vector<std::string> &items, const QString &separator)
{
    QStringList list;
    for (const std::string &item : items)
        list << q(item);
    return list.join(separator);
}

/// A run's time as Qt::UTC (written with "Z", as reports always showed it).
QDateTime utc(std::int64_t msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toUTC();
}

QString percent(double value, const QLocale &locale)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    QString text = locale.toString(std::abs(rounded), 'f', std::abs(rounded) >= 10.0 ? 0 : 1);
    if (rounded < 0)
        text.prepend(kMinus);
    else if (rounded > 0)
        text.prepend(u'+');
    return text + QStringLiteral(" %");
}

QString seconds(qint64 ms, const QLocale &locale)
{
    //: A duration in seconds, e.g. "3.2 s"
    return MeasureReport::tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
}

QString shortId(const std::string &imageId)
{
    const QString id = q(imageId);
    return id.startsWith(QStringLiteral("sha256:")) ? id.mid(7, 12) : id.left(12);
}

QString stageTitle(const MeasureRun &run, int index)
{
    const StageMeasure *stage = run.stage(index);
    if (stage == nullptr)
        return QStringLiteral("#%1").arg(index);
    return stage->name.empty() ? QStringLiteral("#%1").arg(index)
                               : QStringLiteral("%1 (#%2)").arg(q(stage->name)).arg(index);
}

/// Escapes a Markdown table cell.
QString cell(QString text)
{
    text.replace(u'|', QStringLiteral("\\|"));
    text.replace(u'\n', u' ');
    return text;
}

QString row(const QStringList &cells)
{
    QStringList escaped;
    for (const QString &c : cells)
        escaped << cell(c);
    return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString rule(int columns)
{
    QString text = QStringLiteral("|");
    for (int i = 0; i < columns; ++i)
        text += QStringLiteral("---|");
    return text + u'\n';
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted << MeasureReport::csvField(f);
    return quoted.join(u',') + QStringLiteral("\r\n");
}

QString bytesCell(qint64 bytes, const QLocale &locale)
{
    return MeasureReport::size(bytes, locale) + QStringLiteral(" (") + QString::number(bytes)
        + u')';
}

/// Left-aligned plain-text table.
QString table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &r : rows) {
        for (qsizetype i = 0; i < r.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], r.at(i).size());
        }
    }
    QString text;
    for (const QStringList &r : rows) {
        QString line;
        for (qsizetype i = 0; i < r.size(); ++i)
            line += (i + 1 < r.size() ? r.at(i).leftJustified(widths[i] + 2) : r.at(i));
        text += line + u'\n';
    }
    return text;
}

QString changeName(LayerDifference::Kind kind)
{
    switch (kind) {
    case LayerDifference::Kind::Added:
        return MeasureReport::tr("added");
    case LayerDifference::Kind::Removed:
        return MeasureReport::tr("removed");
    case LayerDifference::Kind::Resized:
        return MeasureReport::tr("resized");
    }
    return {};
}

QString comparedIndex(int index)
{
    return index < 0 ? QStringLiteral("–") : QStringLiteral("#%1").arg(index);
}

} // namespace

QString MeasureReport::size(qint64 bytes, const QLocale &locale)
{
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString MeasureReport::signedSize(qint64 bytes, const QLocale &locale)
{
    if (bytes == 0)
        return size(0, locale);
    const QString magnitude = size(bytes < 0 ? -bytes : bytes, locale);
    return (bytes < 0 ? QString(kMinus) : QStringLiteral("+")) + magnitude;
}

QString MeasureReport::savingLine(const MeasureRun &run, const QLocale &locale)
{
    const StageMeasure *largest = run.stage(run.largestStage());
    const StageMeasure *result = run.finalStage();
    if (largest == nullptr || result == nullptr || !result->built)
        return {};
    //: The saving of a multi-stage build. %1 = largest stage, %2 = its size, %3 = final size,
    //: %4 = change in percent (e.g. −96 %)
    return tr("%1 %2 → final %3, %4")
        .arg(q(largest->label()), size(largest->size, locale), size(result->size, locale),
             percent(-run.savingPercent(), locale));
}

QString MeasureReport::csvField(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n')
        && !field.contains(u'\r'))
        return field;
    QString quoted = field;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString MeasureReport::markdown(const MeasureRun &run, const QLocale &locale)
{
    QString text;
    //: Markdown report title. %1 = Dockerfile name
    text += QStringLiteral("# ")
        + tr("Stage sizes of %1").arg(QFileInfo(q(run.dockerfilePath)).fileName())
        + QStringLiteral("\n\n");
    //: %1 = date and time, %2 = SHA-256 of the Dockerfile
    text += tr("Measured %1 · Dockerfile SHA-256 `%2`")
                .arg(locale.toString(utc(run.timestampMs).toLocalTime(), QLocale::ShortFormat),
                     q(run.dockerfileSha256))
        + QStringLiteral("\n\n");
    text += row({tr("Stage"), tr("Image"), tr("Size"), tr("From base"), tr("Own layers"),
                 tr("Layers"), tr("Build time"), tr("Status")});
    text += rule(8);
    for (const StageMeasure &stage : run.stages) {
        text += row({stageTitle(run, stage.index)
                         + (stage.index == run.finalIndex ? tr(" — final") : QString()),
                     shortId(stage.imageId), bytesCell(stage.size, locale),
                     bytesCell(stage.baseSize, locale), bytesCell(stage.ownSize(), locale),
                     QString::number(stage.layers.size()), seconds(stage.buildMs, locale),
                     !stage.built ? EngineMessages::problem(stage.problem)
                         //: BuildKit: every step of the stage came from the cache
                         : stage.cached ? tr("built, from the cache")
                                        : tr("built")});
    }
    const QString saving = savingLine(run, locale);
    if (!saving.isEmpty())
        text += u'\n' + tr("**Saving:** %1 (%2 bytes)").arg(saving).arg(run.savingBytes()) + u'\n';
    text += WasteMessages::markdown(run, locale);
    if (!run.arrows.empty()) {
        text += u'\n' + QStringLiteral("## ") + tr("Artifact arrows") + QStringLiteral("\n\n");
        text += row({tr("From"), tr("To"), tr("Line"), tr("Paths"), tr("Files"), tr("Bytes")});
        text += rule(6);
        for (const ArrowMeasure &arrow : run.arrows) {
            text += row({stageTitle(run, arrow.fromStage), stageTitle(run, arrow.toStage),
                         QString::number(arrow.line), joined(arrow.paths, QStringLiteral(", ")),
                         QString::number(arrow.files),
                         arrow.measured ? bytesCell(arrow.bytes, locale)
                                        : EngineMessages::problem(arrow.problem)});
        }
    }
    for (const StageMeasure &stage : run.stages) {
        if (stage.layers.empty())
            continue;
        text += u'\n' + QStringLiteral("## ") + tr("Layers of %1").arg(stageTitle(run, stage.index))
            + QStringLiteral("\n\n");
        text += row({tr("Line"), tr("Instruction"), tr("Size")});
        text += rule(3);
        for (const LayerMeasure &layer : stage.layers) {
            text += row({layer.line > 0 ? QString::number(layer.line) : tr("base"),
                         QLatin1Char('`')
                             + q(model::Measurement::instructionOfCreatedBy(layer.createdBy))
                             + QLatin1Char('`'),
                         bytesCell(layer.size, locale)});
        }
    }
    return text;
}

QString MeasureReport::csv(const MeasureRun &run)
{
    QString text = csvLine({QStringLiteral("record"), QStringLiteral("stage"),
                            QStringLiteral("name"), QStringLiteral("to_stage"),
                            QStringLiteral("line"), QStringLiteral("text"), QStringLiteral("bytes"),
                            QStringLiteral("build_ms"), QStringLiteral("image_id")});
    for (const StageMeasure &stage : run.stages) {
        text += csvLine(
            {QStringLiteral("stage"), QString::number(stage.index), q(stage.name), QString(),
             QString(), stage.built ? QString() : EngineMessages::problem(stage.problem),
             QString::number(stage.size), QString::number(stage.buildMs), q(stage.imageId)});
        for (const LayerMeasure &layer : stage.layers) {
            text += csvLine({QStringLiteral("layer"), QString::number(stage.index), q(stage.name),
                             QString(), QString::number(layer.line), q(layer.createdBy),
                             QString::number(layer.size), QString(), QString()});
        }
    }
    for (const ArrowMeasure &arrow : run.arrows) {
        const StageMeasure *from = run.stage(arrow.fromStage);
        text += csvLine({QStringLiteral("arrow"), QString::number(arrow.fromStage),
                         from ? q(from->name) : QString(), QString::number(arrow.toStage),
                         QString::number(arrow.line),
                         arrow.measured ? joined(arrow.paths, QStringLiteral(" "))
                                        : EngineMessages::problem(arrow.problem),
                         arrow.measured ? QString::number(arrow.bytes) : QString(), QString(),
                         QString()});
    }
    const StageMeasure *result = run.finalStage();
    if (result != nullptr) {
        text += csvLine({QStringLiteral("final"), QString::number(result->index), q(result->name),
                         QString(), QString(), QString(), QString::number(result->size), QString(),
                         q(result->imageId)});
    }
    const StageMeasure *largest = run.stage(run.largestStage());
    if (largest != nullptr) {
        text += csvLine({QStringLiteral("largest"), QString::number(largest->index),
                         q(largest->name), QString(), QString(), QString(),
                         QString::number(largest->size), QString(), q(largest->imageId)});
        text += csvLine({QStringLiteral("saving"), QString(), QString(), QString(), QString(),
                         QString::number(std::round(run.savingPercent() * 10.0) / 10.0, 'f', 1),
                         QString::number(run.savingBytes()), QString(), QString()});
    }
    return text;
}

QByteArray MeasureReport::json(const MeasureRun &run)
{
    return QByteArray::fromStdString(model::Measurement::text(model::Measurement::toJson(run)));
}

QString MeasureReport::markdown(const RunComparison &comparison, const QLocale &locale)
{
    const auto name = [](const MeasureRun &run) -> QString {
        return QFileInfo(q(run.dockerfilePath)).fileName() + QStringLiteral(" (")
            + utc(run.timestampMs).toString(Qt::ISODate) + u')';
    };
    QString text = QStringLiteral("# ") + tr("Stage sizes compared") + QStringLiteral("\n\n");
    text += tr("A: %1").arg(name(comparison.a)) + QStringLiteral("  \n");
    text += tr("B: %1").arg(name(comparison.b)) + QStringLiteral("\n\n");
    text += row({tr("Stage"), tr("A"), tr("B"), tr("Change"), tr("Change %")});
    text += rule(5);
    std::vector<StageComparison> rows = comparison.stages;
    rows.push_back(comparison.final);
    for (const StageComparison &r : rows) {
        const bool isFinal = &r == &rows.back();
        text += row({isFinal ? QStringLiteral("**") + tr("final") + QStringLiteral("**") : q(r.key),
                     r.indexA < 0 ? tr("—") : bytesCell(r.sizeA, locale),
                     r.indexB < 0 ? tr("—") : bytesCell(r.sizeB, locale),
                     signedSize(r.delta(), locale) + QStringLiteral(" (")
                         + QString::number(r.delta()) + u')',
                     r.indexA < 0 || r.sizeA == 0 ? tr("—") : percent(r.deltaPercent(), locale)});
    }
    for (const StageComparison &r : rows) {
        if (r.layers.empty())
            continue;
        const bool isFinal = &r == &rows.back();
        text += u'\n' + QStringLiteral("## ")
            + (isFinal ? tr("Layer differences of the final stages")
                       : tr("Layer differences of %1").arg(q(r.key)))
            + QStringLiteral("\n\n");
        text
            += row({tr("Change"), tr("Instruction"), tr("Line A"), tr("Line B"), tr("A"), tr("B")});
        text += rule(6);
        for (const LayerDifference &layer : r.layers) {
            text += row(
                {changeName(layer.kind), QLatin1Char('`') + q(layer.instruction) + QLatin1Char('`'),
                 layer.lineA > 0 ? QString::number(layer.lineA) : tr("—"),
                 layer.lineB > 0 ? QString::number(layer.lineB) : tr("—"),
                 layer.kind == LayerDifference::Kind::Added ? tr("—")
                                                            : bytesCell(layer.sizeA, locale),
                 layer.kind == LayerDifference::Kind::Removed ? tr("—")
                                                              : bytesCell(layer.sizeB, locale)});
        }
    }
    return text;
}

QString MeasureReport::csv(const RunComparison &comparison)
{
    QString text = csvLine(
        {QStringLiteral("record"), QStringLiteral("key"), QStringLiteral("index_a"),
         QStringLiteral("index_b"), QStringLiteral("size_a"), QStringLiteral("size_b"),
         QStringLiteral("delta"), QStringLiteral("delta_percent"), QStringLiteral("change"),
         QStringLiteral("instruction"), QStringLiteral("line_a"), QStringLiteral("line_b")});
    std::vector<StageComparison> rows = comparison.stages;
    rows.push_back(comparison.final);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const StageComparison &r = rows[i];
        const QString record
            = i + 1 == rows.size() ? QStringLiteral("final") : QStringLiteral("stage");
        text += csvLine({record, q(r.key), QString::number(r.indexA), QString::number(r.indexB),
                         QString::number(r.sizeA), QString::number(r.sizeB),
                         QString::number(r.delta()),
                         QString::number(std::round(r.deltaPercent() * 10.0) / 10.0, 'f', 1),
                         QString(), QString(), QString(), QString()});
        for (const LayerDifference &layer : r.layers) {
            const std::string_view kind = LayerDifference::kindName(layer.kind);
            text += csvLine(
                {QStringLiteral("layer"), q(r.key), QString::number(r.indexA),
                 QString::number(r.indexB), QString::number(layer.sizeA),
                 QString::number(layer.sizeB), QString::number(layer.sizeB - layer.sizeA),
                 QString(), QString::fromLatin1(kind.data(), qsizetype(kind.size())),
                 q(layer.instruction), QString::number(layer.lineA), QString::number(layer.lineB)});
        }
    }
    return text;
}

QByteArray MeasureReport::json(const RunComparison &comparison)
{
    return QByteArray::fromStdString(
        model::Measurement::text(model::Measurement::toJson(comparison)));
}

QString MeasureReport::text(const MeasureRun &run, const QLocale &locale)
{
    QList<QStringList> rows;
    rows.append({tr("STAGE"), tr("IMAGE"), tr("SIZE"), tr("BYTES"), tr("LAYERS"), tr("TIME")});
    for (const StageMeasure &stage : run.stages) {
        rows.append({stageTitle(run, stage.index)
                         + (stage.index == run.finalIndex ? tr(" (final)") : QString()),
                     stage.built ? shortId(stage.imageId) : tr("not built"),
                     size(stage.size, locale), QString::number(stage.size),
                     QString::number(stage.layers.size()),
                     //: BuildKit: the stage's time, every step from the cache
                     stage.cached ? tr("%1 (cached)").arg(seconds(stage.buildMs, locale))
                                  : seconds(stage.buildMs, locale)});
    }
    QString text = table(rows);
    if (!run.arrows.empty()) {
        text += u'\n';
        for (const ArrowMeasure &arrow : run.arrows) {
            //: One artifact arrow. %1 = source stage, %2 = target stage, %3 = line,
            //: %4 = paths, %5 = size or the reason it was not measured
            text += tr("%1 → %2 (line %3, %4): %5")
                        .arg(stageTitle(run, arrow.fromStage), stageTitle(run, arrow.toStage))
                        .arg(arrow.line)
                        .arg(joined(arrow.paths, QStringLiteral(" ")),
                             arrow.measured ? bytesCell(arrow.bytes, locale)
                                            : EngineMessages::problem(arrow.problem))
                + u'\n';
        }
    }
    const QString saving = savingLine(run, locale);
    if (!saving.isEmpty())
        text += u'\n' + tr("Saving: %1").arg(saving) + u'\n';
    text += WasteMessages::text(run, locale);
    return text;
}

QString MeasureReport::text(const RunComparison &comparison, const QLocale &locale)
{
    QList<QStringList> rows;
    rows.append({tr("STAGE"), tr("A"), tr("B"), tr("CHANGE"), tr("CHANGE %")});
    std::vector<StageComparison> all = comparison.stages;
    all.push_back(comparison.final);
    for (std::size_t i = 0; i < all.size(); ++i) {
        const StageComparison &r = all[i];
        const bool isFinal = i + 1 == all.size();
        rows.append({isFinal ? tr("final")
                             + QStringLiteral(" (%1/%2)")
                                   .arg(comparedIndex(r.indexA), comparedIndex(r.indexB))
                             : q(r.key),
                     r.indexA < 0 ? tr("—") : size(r.sizeA, locale),
                     r.indexB < 0 ? tr("—") : size(r.sizeB, locale), signedSize(r.delta(), locale),
                     r.indexA < 0 || r.sizeA == 0 ? tr("—") : percent(r.deltaPercent(), locale)});
    }
    QString text = table(rows);
    const StageComparison &last = comparison.final;
    if (!last.layers.empty()) {
        text += u'\n' + tr("Layer differences of the final stages:") + u'\n';
        for (const LayerDifference &layer : last.layers) {
            text += QStringLiteral("  ") + changeName(layer.kind) + QStringLiteral("  ")
                + q(layer.instruction) + QStringLiteral("  ")
                + signedSize(layer.sizeB - layer.sizeA, locale) + u'\n';
        }
    }
    return text;
}

} // namespace stagecraft::common
