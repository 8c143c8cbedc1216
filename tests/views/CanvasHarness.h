// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A stand-in for the app's document controller in canvas tests: it applies the canvas's
// operations through the edit engine to a string, reparses, calls setAnalysis() again and keeps
// undo copies of the text.

#include "views/canvas/StageCanvas.h"
#include "views/canvas/StageScene.h"

#include "model/Analysis.h"
#include "model/EditEngine.h"

#include <QFile>
#include <QObject>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace stagecraft::tests {

inline std::string readTestFile(const QString &name)
{
    QFile file(QStringLiteral(STAGECRAFT_TEST_DATA_DIR "/canvas/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

class CanvasHarness
{
public:
    CanvasHarness()
    {
        canvas.resize(1200, 800);
        QObject::connect(&canvas, &views::StageCanvas::operationRequested, &canvas,
                         [this](const model::EditOperation &operation) { apply(operation); });
    }

    void load(const std::string &newText)
    {
        text = newText;
        refresh();
    }

    void refresh()
    {
        analysis = model::Analysis::build(text, {}, analysis.get());
        canvas.setAnalysis(analysis);
    }

    void apply(const model::EditOperation &operation)
    {
        operations.push_back(operation);
        const model::EditEngine engine(*analysis->tree(), analysis->graph());
        const model::EditResult result = engine.apply(operation);
        if (!result.ok()) {
            refusals << QString::fromStdString(result.refusal);
            return;
        }
        undoStack.push_back(text);
        text = model::applyEdits(text, result.edits);
        refresh();
    }

    /// One undo: back to the text before the last applied operation.
    void undo()
    {
        if (undoStack.empty())
            return;
        text = undoStack.back();
        undoStack.pop_back();
        refresh();
    }

    views::StageScene *scene() const { return canvas.stageScene(); }

    views::StageCanvas canvas;
    std::string text;
    std::shared_ptr<const model::Analysis> analysis;
    std::vector<std::string> undoStack;
    std::vector<model::EditOperation> operations;
    QStringList refusals;
};

} // namespace stagecraft::tests
