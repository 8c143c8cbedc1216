// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/LayoutSidecar.h"

#include "model/Sidecar.h"

#include <QFile>
#include <QSaveFile>

namespace stagecraft::views {

namespace {

model::LayoutEntries toModel(const LayoutSidecar::Entries &entries)
{
    model::LayoutEntries result;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        result.insert_or_assign(
            it.key().toStdString(),
            model::LayoutEntry{it->position.x(), it->position.y(), it->collapsed});
    return result;
}

} // namespace

QString LayoutSidecar::pathFor(const QString &dockerfilePath)
{
    return dockerfilePath
        + QLatin1StringView(model::Sidecar::kSuffix.data(),
                            qsizetype(model::Sidecar::kSuffix.size()));
}

bool LayoutSidecar::parse(const QByteArray &json, Entries &entries, QString &error)
{
    entries.clear();
    model::LayoutEntries read;
    model::SidecarError problem;
    if (!model::Sidecar::parseLayout(std::string_view(json.constData(), size_t(json.size())), read,
                                     problem)) {
        error = QString::fromStdString(problem.describe());
        return false;
    }
    for (const auto &[key, entry] : read)
        entries.insert(QString::fromStdString(key),
                       Entry{QPointF(entry.x, entry.y), entry.collapsed});
    return true;
}

bool LayoutSidecar::load(const QString &path, Entries &entries, QString &error)
{
    entries.clear();
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return false;
    }
    return parse(file.readAll(), entries, error);
}

QByteArray LayoutSidecar::serialize(const Entries &entries, const QByteArray &existing)
{
    return QByteArray::fromStdString(model::Sidecar::serializeLayout(
        toModel(entries), std::string_view(existing.constData(), size_t(existing.size()))));
}

bool LayoutSidecar::save(const QString &path, const Entries &entries, QString &error)
{
    QByteArray existing;
    QFile current(path);
    if (current.open(QIODevice::ReadOnly))
        existing = current.readAll();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = file.errorString();
        return false;
    }
    file.write(serialize(entries, existing));
    if (!file.commit()) {
        error = file.errorString();
        return false;
    }
    return true;
}

} // namespace stagecraft::views
