// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureHistory.h"

#include "model/Sidecar.h"

#include <QFile>
#include <QSaveFile>

namespace stagecraft::engine {

namespace {

using Document = nlohmann::ordered_json;

constexpr const char *kKey = "measurements";

} // namespace

QString MeasureHistory::pathFor(const QString &dockerfilePath)
{
    return dockerfilePath
        + QLatin1StringView(model::Sidecar::kSuffix.data(),
                            qsizetype(model::Sidecar::kSuffix.size()));
}

QString MeasureHistory::parse(const QByteArray &text, QList<MeasureRun> &runs)
{
    runs.clear();
    const Document document = Document::parse(text.constBegin(), text.constEnd(), nullptr,
                                              /*allow_exceptions=*/false);
    if (document.is_discarded())
        return tr("The sidecar is not valid JSON.");
    if (!document.is_object())
        return tr("The sidecar's top level is not a JSON object.");
    const auto found = document.find(kKey);
    if (found == document.end())
        return {};
    if (!found->is_array())
        return tr("\"measurements\" in the sidecar is not an array.");
    QString firstError;
    for (std::size_t i = 0; i < found->size(); ++i) {
        MeasureRun run;
        const QString error = Measurement::fromJson(nlohmann::json((*found)[i]), run);
        if (error.isEmpty()) {
            runs.append(run);
        } else if (firstError.isEmpty()) {
            //: %1 = position in the history (0 = oldest), %2 = what is wrong
            firstError = tr("Measurement %1 in the sidecar cannot be read: %2").arg(i).arg(error);
        }
    }
    return firstError;
}

QString MeasureHistory::load(const QString &sidecarPath, QList<MeasureRun> &runs)
{
    runs.clear();
    QFile file(sidecarPath);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        //: %1 = file, %2 = system message
        return tr("Cannot read %1: %2").arg(sidecarPath, file.errorString());
    const QString error = parse(file.readAll(), runs);
    return error.isEmpty() ? error : sidecarPath + QStringLiteral(": ") + error;
}

QString MeasureHistory::append(const QString &sidecarPath, const MeasureRun &run, int cap)
{
    Document document = Document::object();
    QFile current(sidecarPath);
    if (current.exists()) {
        if (!current.open(QIODevice::ReadOnly))
            return tr("Cannot read %1: %2").arg(sidecarPath, current.errorString());
        const QByteArray text = current.readAll();
        current.close();
        document = Document::parse(text.constBegin(), text.constEnd(), nullptr,
                                   /*allow_exceptions=*/false);
        // Never overwrite what we cannot read: the user may want it back.
        if (document.is_discarded() || !document.is_object())
            //: %1 = file
            return tr("%1 is not a valid sidecar (not a JSON object); the measurement was not "
                      "saved. Fix or move the file and measure again.")
                .arg(sidecarPath);
    }
    if (!document.contains("version"))
        document["version"] = 1; // the layout reader wants it
    auto found = document.find(kKey);
    if (found == document.end()) {
        document[kKey] = Document::array();
        found = document.find(kKey);
    } else if (!found->is_array()) {
        return tr("\"measurements\" in %1 is not an array; the measurement was not saved.")
            .arg(sidecarPath);
    }
    found->push_back(Measurement::toJson(run));
    const std::size_t limit = static_cast<std::size_t>(std::max(1, cap));
    if (found->size() > limit)
        found->erase(found->begin(),
                     found->begin() + static_cast<std::ptrdiff_t>(found->size() - limit));

    QSaveFile file(sidecarPath);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(sidecarPath, file.errorString());
    file.write(Measurement::text(document));
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(sidecarPath, file.errorString());
    return {};
}

} // namespace stagecraft::engine
