// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/ArtifactDrag.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

#include <string>

namespace stagecraft::views {

QMimeData *ArtifactDrag::toMimeData() const
{
    QJsonObject object;
    object.insert(QStringLiteral("stage"), stage);
    object.insert(QStringLiteral("image"), image);
    object.insert(QStringLiteral("path"), path);
    object.insert(QStringLiteral("directory"), directory);
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(MimeType), QJsonDocument(object).toJson(QJsonDocument::Compact));
    mime->setText(path);
    return mime;
}

std::optional<ArtifactDrag> ArtifactDrag::fromMimeData(const QMimeData *mime)
{
    if (mime == nullptr || !mime->hasFormat(QLatin1String(MimeType)))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(mime->data(QLatin1String(MimeType)));
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    ArtifactDrag drag;
    drag.stage = object.value(QStringLiteral("stage")).toString();
    drag.image = object.value(QStringLiteral("image")).toString();
    drag.path = object.value(QStringLiteral("path")).toString();
    drag.directory = object.value(QStringLiteral("directory")).toBool();
    if (!drag.path.startsWith(u'/') || (drag.stage.isEmpty() && drag.image.isEmpty()))
        return std::nullopt;
    return drag;
}

std::optional<model::AddCopy> ArtifactDrag::operationFor(const model::StageGraph &graph,
                                                         int targetStage, Refusal *refusal) const
{
    const auto refuse = [refusal](Refusal why) {
        if (refusal)
            *refusal = why;
        return std::nullopt;
    };
    const auto &stages = graph.stages();
    if (targetStage < 0 || targetStage >= static_cast<int>(stages.size()))
        return refuse(Refusal::NoTarget);
    const auto reference = [&stages](int index) {
        const model::Stage &s = stages[static_cast<std::size_t>(index)];
        return s.name.empty() ? std::to_string(index) : s.name;
    };
    model::AddCopy copy;
    if (!stage.isEmpty()) {
        const int source = graph.stageIndex(stage.toStdString());
        if (source < 0)
            return refuse(Refusal::NoSource);
        if (source == targetStage)
            return refuse(Refusal::SameStage);
        if (source > targetStage)
            return refuse(Refusal::LaterStage);
        copy.from = reference(source);
    } else {
        copy.from = image.toStdString();
    }
    copy.to = reference(targetStage);
    copy.sources.push_back(path.toStdString());
    copy.destination = path.toStdString();
    if (refusal)
        *refusal = Refusal::None;
    return copy;
}

} // namespace stagecraft::views
