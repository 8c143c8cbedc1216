// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasureHistory.h"

#include "model/Sidecar.h"

#include <QFile>
#include <QSaveFile>

#include <optional>

namespace stagecraft::engine {

namespace {

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

EngineError fileError(EngineError::Kind kind, const QString &path, const QString &reason)
{
    EngineError error(kind, path);
    error.setReason(reason);
    return error;
}

EngineError sidecarError(EngineError::Kind kind, const QString &path,
                         const model::SidecarError &why)
{
    EngineError error(kind, path);
    error.setSidecarError(why);
    return error;
}

} // namespace

QString MeasureHistory::pathFor(const QString &dockerfilePath)
{
    return dockerfilePath
        + QLatin1StringView(model::Sidecar::kSuffix.data(),
                            qsizetype(model::Sidecar::kSuffix.size()));
}

EngineError MeasureHistory::parse(const QByteArray &text, std::vector<model::MeasureRun> &runs)
{
    const model::SidecarError error = model::Sidecar::parseMeasurements(view(text), runs);
    return error.isError() ? sidecarError(EngineError::Kind::SidecarInvalid, {}, error)
                           : EngineError();
}

EngineError MeasureHistory::load(const QString &sidecarPath, std::vector<model::MeasureRun> &runs)
{
    runs.clear();
    QFile file(sidecarPath);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return fileError(EngineError::Kind::FileUnreadable, sidecarPath, file.errorString());
    const model::SidecarError error = model::Sidecar::parseMeasurements(view(file.readAll()), runs);
    return error.isError() ? sidecarError(EngineError::Kind::SidecarInvalid, sidecarPath, error)
                           : EngineError();
}

EngineError MeasureHistory::append(const QString &sidecarPath, const model::MeasureRun &run,
                                   int cap)
{
    QByteArray current;
    bool exists = false;
    QFile existing(sidecarPath);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return fileError(EngineError::Kind::FileUnreadable, sidecarPath,
                             existing.errorString());
        current = existing.readAll();
        existing.close();
        exists = true;
    }
    std::string text;
    const model::SidecarError error = model::Sidecar::appendMeasurement(
        exists ? std::optional<std::string_view>(view(current)) : std::nullopt, run, cap, text);
    // Never overwrite what we cannot read: the user may want it back.
    if (error.isError())
        return sidecarError(EngineError::Kind::SidecarNotSaved, sidecarPath, error);
    QSaveFile file(sidecarPath);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(EngineError::Kind::FileUnwritable, sidecarPath, file.errorString());
    file.write(text.data(), static_cast<qint64>(text.size()));
    if (!file.commit())
        return fileError(EngineError::Kind::FileUnwritable, sidecarPath, file.errorString());
    return {};
}

} // namespace stagecraft::engine
