// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BuildKitTrace.h"
#include "BuildStreamDecoder.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace stagecraft::engine {

/// Turns the JSON lines of a BuildKit build stream (`POST /build?version=2`) into BuildEvents:
/// {"id":"moby.buildkit.trace","aux":"<base64 StatusResponse>"} updates the vertices (Vertex
/// events) and carries their output (VertexLog events, one per complete line);
/// {"id":"moby.image.id","aux":{"ID"}} is the image; {"stream"} is plain output
/// ("Successfully tagged …"); {"error","errorDetail"} ends the build with BuildKit's message.
/// A trace that cannot be decoded makes corrupt() true (the caller stops: progress can no
/// longer be trusted). Pure: no I/O, fed line by line.
class BuildKitStreamDecoder
{
public:
    QList<BuildEvent> feedLine(const QByteArray &line);
    /// End of stream: flushes partial output lines.
    QList<BuildEvent> finish();

    [[nodiscard]] const BuildKitTrace &trace() const { return m_trace; }
    [[nodiscard]] const QString &imageId() const { return m_imageId; }
    [[nodiscard]] bool failed() const { return m_failed; }
    [[nodiscard]] const QString &errorMessage() const { return m_errorMessage; }
    /// The first vertex that reported an error, or -1.
    [[nodiscard]] int failedVertex() const { return m_failedVertex; }
    [[nodiscard]] bool corrupt() const { return m_corrupt; }
    /// What was wrong with the trace ("bad base64", "bad protobuf message").
    [[nodiscard]] const QString &corruption() const { return m_corruption; }

private:
    void onTrace(const QString &aux, QList<BuildEvent> &events);
    void onOutput(std::size_t vertex, const std::string &bytes, QList<BuildEvent> &events);

    BuildKitTrace m_trace;
    QHash<int, QString> m_partial; ///< vertex → output without a line end yet
    QString m_imageId;
    bool m_failed = false;
    QString m_errorMessage;
    int m_failedVertex = -1;
    bool m_corrupt = false;
    QString m_corruption;
};

} // namespace stagecraft::engine
