// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/ModelMetaTypes.h"

#include "model/Analysis.h"
#include "model/Diagnostic.h"
#include "model/EditOperation.h"

#include <QList>
#include <QPlainTextEdit>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <string>

class QAction;
class QCompleter;
class QMenu;

namespace stagecraft::views {

class DockerfileHighlighter;
class EditorCompleter;
class FindReplaceBar;
class LineNumberArea;

/// The Dockerfile text editor: line numbers, current line, bracket and quote matching,
/// continuation-aware indentation, find/replace, go to line, zoom, highlighting from the model's
/// tokens with stage colours, diagnostics as wavy underlines with tooltips and fix-it light bulbs,
/// completion, go to definition and rename stage. It never parses the text for semantics and never
/// applies model edits: analysis arrives through setAnalysis() and operations leave as signals.
class DockerfileEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    /// One diagnostic in UTF-16 document positions, with its texts.
    struct Marker
    {
        int begin = 0;
        int end = 0;
        model::Severity severity = model::Severity::Warning;
        QString message; ///< translated
        QString code;
        QString fixTitle; ///< translated title of its fix-it; empty: no fix
    };

    /// How diagnostics read: the app's translated message of a diagnostic and the title of a
    /// code's fix-it. Without them a marker shows its code.
    struct DiagnosticTexts
    {
        std::function<QString(const model::Diagnostic &)> message;
        std::function<QString(const std::string &code)> fixTitle;
    };

    explicit DockerfileEditor(QWidget *parent = nullptr);
    ~DockerfileEditor() override;

    /// The texts markers get from now on (and the current markers again).
    void setDiagnosticTexts(DiagnosticTexts texts);
    /// A new analysis (the controller publishes one per reparse), made from the document's
    /// current text. Re-highlights the blocks that changed, places a marker for each of its
    /// diagnostics (positions from its offset table, texts from setDiagnosticTexts()), refreshes
    /// completion and may emit cursorStageChanged().
    void setAnalysis(const std::shared_ptr<const stagecraft::model::Analysis> &analysis);
    /// The same, with these markers instead of the analysis's diagnostics.
    void setAnalysis(const std::shared_ptr<const stagecraft::model::Analysis> &analysis,
                     const QList<stagecraft::views::DockerfileEditor::Marker> &markers);
    /// The analysis shown (null before the first).
    [[nodiscard]] const std::shared_ptr<const model::Analysis> &analysis() const
    {
        return m_analysis;
    }
    /// While deferred, setAnalysis() keeps the markers (tooltips, fix-its and light bulbs work)
    /// but does not place their underlines; ending the deferral places them. Placing an underline
    /// lays out its line, so the window defers them until after its first frame.
    void setUnderlinesDeferred(bool deferred);
    [[nodiscard]] bool underlinesDeferred() const { return m_underlinesDeferred; }
    /// Select and highlight a document range and scroll it to the centre.
    void revealRange(int begin, int end);

    void zoomIn();
    void zoomOut();
    void resetZoom();
    /// Zoom steps from the base font size (0 = reset).
    [[nodiscard]] int zoomLevel() const { return m_zoom; }

    /// Show the find bar (with the replace row when `replace`), seeded with the selection.
    void showFindBar(bool replace);
    /// Ask for a line number and go there.
    void goToLine();
    /// Go to the 1-based `line` (clamped) and centre it.
    void goToLine(int line);

    /// The stage the cursor is in (-1 outside any stage), as last emitted.
    [[nodiscard]] int cursorStage() const { return m_cursorStage; }
    /// The stage whose name or reference is at document position `position`, or -1.
    [[nodiscard]] int stageAt(int position) const;
    /// The markers (diagnostics) passed to the last setAnalysis().
    [[nodiscard]] const QList<Marker> &markers() const { return m_markers; }
    /// Indices of the markers covering document position `position`.
    [[nodiscard]] QList<int> markersAt(int position) const;
    /// Tooltip text for document position `position` (diagnostic messages), empty if none.
    [[nodiscard]] QString toolTipAt(int position) const;
    /// Lines (0-based block numbers) that carry a fix-it light bulb.
    [[nodiscard]] QList<int> fixItLines() const;

    [[nodiscard]] DockerfileHighlighter *highlighter() const { return m_highlighter; }
    [[nodiscard]] FindReplaceBar *findReplaceBar() const { return m_findBar; }
    [[nodiscard]] QCompleter *completer() const;
    /// The context menu for viewport position `viewportPos`: the standard entries, fix-its
    /// ("Fix: …") of the diagnostics there, stage actions on a stage name, find, go to line, zoom.
    /// The caller owns the menu.
    [[nodiscard]] QMenu *createEditorContextMenu(const QPoint &viewportPos);

    /// The format property holding an extra selection's SelectionKind, and the one holding a
    /// diagnostic underline's marker index.
    static constexpr int SelectionKindProperty = QTextFormat::UserProperty;
    static constexpr int MarkerIndexProperty = QTextFormat::UserProperty + 1;
    /// Extra-selection kinds, stored in the selection format's SelectionKindProperty.
    enum class SelectionKind {
        CurrentLine = 1,
        BracketMatch,
        BracketMismatch,
        Diagnostic,
        Reveal,
        BuildStep,   ///< the instruction a build is running
        BuildFailure ///< the instruction a build failed at
    };

    /// Highlights the document range of the instruction a build is running (`failed`: the one it
    /// failed at, in the error colour) across the full width. begin < 0 clears.
    void setBuildHighlight(int begin, int end, bool failed = false);
    /// The highlighted build range ({-1, -1} when none) and whether it marks a failure.
    [[nodiscard]] std::pair<int, int> buildHighlight() const { return {m_buildBegin, m_buildEnd}; }
    [[nodiscard]] bool buildHighlightFailed() const { return m_buildFailed; }

    // Used by LineNumberArea.
    [[nodiscard]] int lineNumberAreaWidth() const;
    /// A line on screen: its block, and its top and height in viewport coordinates.
    struct VisibleLine
    {
        int blockNumber = 0;
        int top = 0;
        int height = 0;
    };
    /// The lines showing between viewport y `top` and `bottom`.
    [[nodiscard]] QList<VisibleLine> visibleLines(int top, int bottom) const;
    void lineNumberAreaClicked(int y, const QPoint &globalPos);

Q_SIGNALS:
    /// The cursor moved into stage `stageIndex` (-1 outside any stage).
    void cursorStageChanged(int stageIndex);
    /// A fix-it was chosen (context menu or light bulb): index into setAnalysis()'s markers.
    void fixItRequested(int markerIndex);
    /// Rename-stage and other edits, for the edit engine (so every reference follows).
    void operationRequested(const stagecraft::model::EditOperation &operation);
    /// "Go to definition" of the stage name under the cursor.
    void goToDefinitionRequested(int stageIndex);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void retranslateUi();
    [[nodiscard]] const model::SyntaxTree *tree() const;
    [[nodiscard]] const model::StageGraph &graph() const;
    void applyFont();
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);
    void updateExtraSelections();
    void updateMarkerSelections(bool dark);
    void onCursorPositionChanged();
    void updateCursorStage();
    void layoutFindBar();
    [[nodiscard]] bool handleShortcut(QKeyEvent *event);
    [[nodiscard]] bool handleEnter();
    void goToDefinitionAt(int position);
    void renameStageAt(int position);
    [[nodiscard]] std::optional<QString> askStageName(const QString &current);
    void addFixActions(QMenu *menu, int position);
    void updateCompletion(bool force);
    void insertCompletion(const QString &completion);
    [[nodiscard]] std::uint32_t byteAt(int position) const;
    [[nodiscard]] int positionOf(std::uint32_t byte) const;
    [[nodiscard]] QList<QTextEdit::ExtraSelection> bracketSelections() const;

    LineNumberArea *m_lineNumberArea = nullptr;
    DockerfileHighlighter *m_highlighter = nullptr;
    FindReplaceBar *m_findBar = nullptr;
    EditorCompleter *m_completer = nullptr;
    std::shared_ptr<const model::Analysis> m_analysis;
    DiagnosticTexts m_texts;
    QList<Marker> m_markers;
    bool m_markersFromAnalysis = false; ///< m_markers were made from m_analysis's diagnostics
    /// The markers' underlines, built by updateMarkerSelections() (their cursors move with the
    /// text); stale after setAnalysis().
    QList<QTextEdit::ExtraSelection> m_markerSelections;
    bool m_markerSelectionsStale = true;
    bool m_markerSelectionsDark = false;
    bool m_underlinesDeferred = false;
    int m_cursorStage = -1;
    int m_zoom = 0;
    qreal m_basePointSize = 10;
    int m_revealBegin = -1;
    int m_revealEnd = -1;
    int m_buildBegin = -1;
    int m_buildEnd = -1;
    bool m_buildFailed = false;
};

} // namespace stagecraft::views
