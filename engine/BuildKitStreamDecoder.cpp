// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuildKitStreamDecoder.h"

#include "EngineJson.h"

namespace stagecraft::engine {

QList<BuildEvent> BuildKitStreamDecoder::feedLine(const QByteArray &line)
{
    QList<BuildEvent> events;
    const nlohmann::json object = parseJson(line);
    if (!object.is_object()) {
        BuildEvent event;
        event.text = QString::fromUtf8(line);
        events.append(event);
        return events;
    }
    const QString id = jsonString(object, "id");
    const auto aux = object.find("aux");
    if (id == QStringLiteral("moby.buildkit.trace")) {
        if (aux == object.end() || !aux->is_string()) {
            m_corrupt = true;
            m_corruption = QStringLiteral("trace without aux");
            return events;
        }
        onTrace(QString::fromStdString(aux->get<std::string>()), events);
        return events;
    }
    if (id == QStringLiteral("moby.image.id") && aux != object.end()) {
        m_imageId = jsonString(*aux, "ID");
        return events;
    }
    if (object.contains("stream")) {
        const QStringList lines = jsonString(object, "stream").split(u'\n', Qt::SkipEmptyParts);
        for (const QString &text : lines) {
            BuildEvent event;
            event.text = text.endsWith(u'\r') ? text.chopped(1) : text;
            events.append(event);
        }
    }
    if (object.contains("error") || object.contains("errorDetail")) {
        const auto detail = object.find("errorDetail");
        QString message = detail != object.end() ? jsonString(*detail, "message") : QString();
        if (message.isEmpty())
            message = jsonString(object, "error");
        m_failed = true;
        m_errorMessage = message.trimmed();
        BuildEvent event;
        event.type = BuildEvent::Type::Error;
        event.text = m_errorMessage;
        event.vertex = m_failedVertex;
        events.append(event);
    }
    return events;
}

void BuildKitStreamDecoder::onTrace(const QString &aux, QList<BuildEvent> &events)
{
    BuildKitUpdate update;
    const std::string base64 = aux.toStdString();
    switch (m_trace.feedBase64(base64, update)) {
    case BuildKitTrace::Error::None:
        break;
    case BuildKitTrace::Error::BadBase64:
        m_corrupt = true;
        m_corruption = QStringLiteral("bad base64");
        return;
    case BuildKitTrace::Error::BadMessage:
        m_corrupt = true;
        m_corruption = QStringLiteral("bad protobuf message");
        return;
    }
    for (const std::size_t index : update.vertices) {
        const BuildKitVertex &vertex = m_trace.vertices()[index];
        if (!vertex.error.empty() && m_failedVertex < 0)
            m_failedVertex = static_cast<int>(index);
        BuildEvent event;
        event.type = BuildEvent::Type::Vertex;
        event.vertex = static_cast<int>(index);
        event.text = QString::fromStdString(vertex.name);
        events.append(event);
    }
    for (const BuildKitUpdate::Log &log : update.logs)
        onOutput(log.vertex, log.text, events);
    for (const BuildKitUpdate::Warning &warning : update.warnings) {
        BuildEvent event;
        event.type = BuildEvent::Type::VertexLog;
        event.vertex = static_cast<int>(warning.vertex);
        event.text = QString::fromStdString(warning.text);
        events.append(event);
    }
}

void BuildKitStreamDecoder::onOutput(std::size_t vertex, const std::string &bytes,
                                     QList<BuildEvent> &events)
{
    QString &partial = m_partial[static_cast<int>(vertex)];
    partial += QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
    qsizetype newline = partial.indexOf(u'\n');
    while (newline >= 0) {
        QString text = partial.left(newline);
        if (text.endsWith(u'\r'))
            text.chop(1);
        partial.remove(0, newline + 1);
        BuildEvent event;
        event.type = BuildEvent::Type::VertexLog;
        event.vertex = static_cast<int>(vertex);
        event.text = text;
        events.append(event);
        newline = partial.indexOf(u'\n');
    }
}

QList<BuildEvent> BuildKitStreamDecoder::finish()
{
    QList<BuildEvent> events;
    for (auto it = m_partial.cbegin(); it != m_partial.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        BuildEvent event;
        event.type = BuildEvent::Type::VertexLog;
        event.vertex = it.key();
        event.text = it.value();
        events.append(event);
    }
    m_partial.clear();
    return events;
}

} // namespace stagecraft::engine
