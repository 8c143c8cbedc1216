// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuildStreamDecoder.h"

#include "EngineJson.h"

#include <QRegularExpression>

#include <algorithm>

// Stream format of POST /build with the classic builder (moby builder/dockerfile): JSON messages
// from pkg/jsonmessage; "stream" carries output text in arbitrary pieces ("Step 1/6 : FROM x"
// and its "\n" arrive separately), " ---> <12 hex>" reports each step's resulting image.

namespace stagecraft::engine {

namespace {

const QRegularExpression &stepPattern()
{
    static const QRegularExpression re(QStringLiteral("^Step (\\d+)/(\\d+) : (.*)$"));
    return re;
}

const QRegularExpression &imageLinePattern()
{
    static const QRegularExpression re(QStringLiteral("^ ---> ([0-9a-f]{12,64})$"));
    return re;
}

// Podman (buildah): "[1/2] STEP 2/3: RUN x", or "STEP 2/3: RUN x" for one stage.
const QRegularExpression &podmanStepPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:\\[(\\d+)/\\d+\\] )?STEP (\\d+)/(\\d+): (.*)$"));
    return re;
}

// Podman: "--> 457e56aa75b" after a step, "--> Using cache <64 hex>" for a cached one.
const QRegularExpression &podmanImagePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^--> (?:(Using cache) )?([0-9a-f]{11,64})$"));
    return re;
}

} // namespace

QList<BuildEvent> BuildStreamDecoder::feedLine(const QByteArray &line)
{
    QList<BuildEvent> events;
    const nlohmann::json object = parseJson(line);
    if (!object.is_object()) {
        BuildEvent event;
        event.type = BuildEvent::Type::Log;
        event.text = QString::fromUtf8(line);
        events.append(event);
        return events;
    }
    if (object.contains("stream"))
        onText(jsonString(object, "stream"), events);
    if (object.contains("status")) {
        QString text = jsonString(object, "status");
        const QString id = jsonString(object, "id");
        if (!id.isEmpty())
            text = id + QStringLiteral(": ") + text;
        const QString progress = jsonString(object, "progress");
        if (!progress.isEmpty())
            text += u' ' + progress;
        BuildEvent event;
        event.text = text;
        events.append(event);
    }
    const auto aux = object.find("aux");
    const QString auxId = aux != object.end() ? jsonString(*aux, "ID") : QString();
    if (!auxId.isEmpty()) {
        m_finalId = auxId;
        setStageImage(auxId, true, events);
    }
    if (object.contains("error") || object.contains("errorDetail")) {
        const auto detail = object.find("errorDetail");
        QString message = detail != object.end() ? jsonString(*detail, "message") : QString();
        if (message.isEmpty())
            message = jsonString(object, "error");
        // Output text that had no line end yet belongs before the error.
        if (!m_partial.isEmpty()) {
            onLine(m_partial, events);
            m_partial.clear();
        }
        m_failed = true;
        m_errorMessage = message.trimmed();
        BuildEvent event;
        event.type = BuildEvent::Type::Error;
        event.text = m_errorMessage;
        event.step = m_step;
        event.total = m_total;
        event.stage = m_stage;
        events.append(event);
    }
    return events;
}

QList<BuildEvent> BuildStreamDecoder::finish()
{
    QList<BuildEvent> events;
    if (!m_partial.isEmpty()) {
        onLine(m_partial, events);
        m_partial.clear();
    }
    return events;
}

void BuildStreamDecoder::onText(const QString &text, QList<BuildEvent> &events)
{
    m_partial += text;
    qsizetype newline = m_partial.indexOf(u'\n');
    while (newline >= 0) {
        QString line = m_partial.left(newline);
        if (line.endsWith(u'\r'))
            line.chop(1);
        m_partial.remove(0, newline + 1);
        onLine(line, events);
        newline = m_partial.indexOf(u'\n');
    }
}

void BuildStreamDecoder::onLine(const QString &line, QList<BuildEvent> &events)
{
    BuildEvent log;
    log.type = BuildEvent::Type::Log;
    log.text = line;
    log.step = m_step;
    log.stage = m_stage;
    events.append(log);

    const QRegularExpressionMatch step = stepPattern().match(line);
    const QRegularExpressionMatch podmanStep
        = step.hasMatch() ? QRegularExpressionMatch() : podmanStepPattern().match(line);
    if (step.hasMatch() || podmanStep.hasMatch()) {
        if (step.hasMatch()) {
            m_step = step.captured(1).toInt();
            m_total = step.captured(2).toInt();
            m_instruction = step.captured(3).trimmed();
        } else {
            onPodmanStep(podmanStep);
        }
        if (step.hasMatch()
            && (m_instruction.startsWith(QStringLiteral("FROM "), Qt::CaseInsensitive)
                || m_instruction.compare(QStringLiteral("FROM"), Qt::CaseInsensitive) == 0)) {
            ++m_stage;
            m_stageImages.append(QString());
            m_stageHasFullId.append(false);
        }
        BuildEvent event;
        event.type = BuildEvent::Type::Step;
        event.step = m_step;
        event.total = m_total;
        event.stage = m_stage;
        event.text = m_instruction;
        events.append(event);
        return;
    }
    const QRegularExpressionMatch image = imageLinePattern().match(line);
    if (image.hasMatch()) {
        setStageImage(image.captured(1), false, events);
        return;
    }
    const QRegularExpressionMatch podmanImage = podmanImagePattern().match(line);
    if (podmanImage.hasMatch()) {
        const QString id = podmanImage.captured(2);
        setStageImage(id, id.size() == 64, events);
    }
}

void BuildStreamDecoder::onPodmanStep(const QRegularExpressionMatch &match)
{
    // "[S/N] STEP i/n: …": S is the Dockerfile's stage (1-based; absent for one stage), i the
    // step within it, n its steps.
    const int stage = match.captured(1).isEmpty() ? 0 : match.captured(1).toInt() - 1;
    const int inStage = match.captured(2).toInt();
    const int ofStage = match.captured(3).toInt();
    const int first = stage >= 0 && stage < m_stageFirstSteps.size()
        ? m_stageFirstSteps.at(stage)
        : m_step + 1 - (inStage - 1); // unknown Dockerfile: count on
    m_step = first + inStage - 1;
    m_total = std::max(m_total, first + ofStage - 1);
    m_instruction = match.captured(4).trimmed();
    if (inStage == 1 && stage >= 0) {
        while (m_stageImages.size() <= stage) {
            m_stageImages.append(QString());
            m_stageHasFullId.append(false);
        }
        m_stage = stage;
    }
}

void BuildStreamDecoder::setStageImage(const QString &id, bool full, QList<BuildEvent> &events)
{
    if (m_stage < 0 || m_stage >= m_stageImages.size())
        return;
    const qsizetype index = m_stage;
    // A short " ---> id" never replaces the stage's full aux ID for the same image, but a later
    // step's image (a new short id) does replace an earlier one.
    if (!full && m_stageHasFullId.at(index)) {
        const QString current = m_stageImages.at(index);
        const QString bare
            = current.startsWith(QStringLiteral("sha256:")) ? current.mid(7) : current;
        if (bare.startsWith(id))
            return;
    }
    m_stageImages[index] = id;
    m_stageHasFullId[index] = full;
    BuildEvent event;
    event.type = BuildEvent::Type::StageImage;
    event.stage = m_stage;
    event.step = m_step;
    event.id = id;
    events.append(event);
}

} // namespace stagecraft::engine
