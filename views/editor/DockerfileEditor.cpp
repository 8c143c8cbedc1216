// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/editor/DockerfileEditor.h"

#include "views/StageColors.h"
#include "views/editor/BracketMatcher.h"
#include "views/editor/ContinuationLines.h"
#include "views/editor/DockerfileHighlighter.h"
#include "views/editor/EditorCompleter.h"
#include "views/editor/EditorMarkers.h"
#include "views/editor/EditorShortcuts.h"
#include "views/editor/FindReplaceBar.h"
#include "views/editor/GoToLineDialog.h"
#include "views/editor/LineNumberArea.h"

#include <QAbstractItemView>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QScreen>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>
#include <utility>

namespace stagecraft::views {

namespace {

constexpr int MinZoom = -8;
constexpr int MaxZoom = 24;

} // namespace

DockerfileEditor::DockerfileEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumberArea(new LineNumberArea(this))
    , m_highlighter(new DockerfileHighlighter(document()))
    , m_findBar(new FindReplaceBar(this, this))
    , m_completer(new EditorCompleter(this))
{
    setLineWrapMode(QPlainTextEdit::NoWrap);
    m_findBar->hide();
    m_completer->setWidget(this);
    m_basePointSize = QFontDatabase::systemFont(QFontDatabase::FixedFont).pointSizeF();
    if (m_basePointSize <= 0)
        m_basePointSize = 10;
    applyFont();
    m_highlighter->setPalette(palette());
    // A large highlighting pass (opening a big file) does the lines on screen first. Before the
    // first show the viewport has no real height yet: a screenful is assumed.
    m_highlighter->setVisibleBlocks([this] {
        const int first = firstVisibleBlock().blockNumber();
        const int screenHeight = screen() ? screen()->availableGeometry().height() : 1080;
        const int height = isVisible() ? viewport()->height() : screenHeight;
        return std::pair{first, first + height / std::max(1, fontMetrics().lineSpacing()) + 1};
    });

    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this](int) { updateLineNumberAreaWidth(); });
    connect(this, &QPlainTextEdit::updateRequest, this, &DockerfileEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this,
            &DockerfileEditor::onCursorPositionChanged);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (m_revealBegin >= 0) {
            m_revealBegin = m_revealEnd = -1;
            updateExtraSelections();
        }
    });
    connect(m_findBar, &FindReplaceBar::closed, this, [this] {
        layoutFindBar();
        setFocus();
    });
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &DockerfileEditor::insertCompletion);

    updateLineNumberAreaWidth();
    updateExtraSelections();
    retranslateUi();
}

DockerfileEditor::~DockerfileEditor() = default;

QCompleter *DockerfileEditor::completer() const
{
    return m_completer;
}

void DockerfileEditor::retranslateUi()
{
    setAccessibleName(tr("Dockerfile editor"));
    setPlaceholderText(tr("Write a Dockerfile here, or open one."));
}

void DockerfileEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslateUi();
        // The markers' messages are the app's translated texts: made again in the new language.
        if (m_analysis && m_markersFromAnalysis)
            setDiagnosticTexts(m_texts);
        break;
    case QEvent::PaletteChange:
        // Light/dark switch: new colours for tokens, stages and diagnostics.
        m_highlighter->setPalette(palette());
        updateExtraSelections();
        m_lineNumberArea->update();
        break;
    default:
        break;
    }
}

// --- analysis -------------------------------------------------------------------------------

const model::SyntaxTree *DockerfileEditor::tree() const
{
    return m_analysis ? m_analysis->tree().get() : nullptr;
}

const model::StageGraph &DockerfileEditor::graph() const
{
    static const model::StageGraph none;
    return m_analysis ? m_analysis->graph() : none;
}

void DockerfileEditor::setDiagnosticTexts(DiagnosticTexts texts)
{
    m_texts = std::move(texts);
    if (m_analysis && m_markersFromAnalysis) {
        m_markers = EditorMarkers::fromAnalysis(*m_analysis, m_texts);
        m_markerSelectionsStale = true;
        updateExtraSelections();
    }
}

void DockerfileEditor::setAnalysis(const std::shared_ptr<const model::Analysis> &analysis)
{
    setAnalysis(analysis,
                analysis ? EditorMarkers::fromAnalysis(*analysis, m_texts) : QList<Marker>());
    m_markersFromAnalysis = true;
}

void DockerfileEditor::setAnalysis(const std::shared_ptr<const model::Analysis> &analysis,
                                   const QList<Marker> &markers)
{
    if (m_highlighter->document() != document())
        m_highlighter->setTextDocument(document()); // the controller may have swapped documents
    m_analysis = analysis;
    m_markers = markers;
    m_markersFromAnalysis = false;
    m_markerSelectionsStale = true;
    if (m_analysis)
        m_highlighter->setAnalysis(m_analysis);
    updateExtraSelections();
    m_lineNumberArea->update();
    updateCursorStage();
}

void DockerfileEditor::setUnderlinesDeferred(bool deferred)
{
    if (deferred == m_underlinesDeferred)
        return;
    m_underlinesDeferred = deferred;
    updateExtraSelections();
}

std::uint32_t DockerfileEditor::byteAt(int position) const
{
    return m_analysis ? m_analysis->offsets().toUtf8(position)
                      : static_cast<std::uint32_t>(position);
}

int DockerfileEditor::positionOf(std::uint32_t byte) const
{
    return m_analysis ? m_analysis->offsets().toUtf16(byte) : static_cast<int>(byte);
}

int DockerfileEditor::stageAt(int position) const
{
    return tree() ? graph().stageReferencedAt(byteAt(position)) : -1;
}

void DockerfileEditor::updateCursorStage()
{
    int stage = -1;
    if (tree()) {
        const std::uint32_t byte = byteAt(textCursor().position());
        int instruction = tree()->instructionAt(byte);
        if (instruction < 0) {
            // Blank and comment lines between instructions belong to the stage above them.
            const auto &list = tree()->instructions();
            const auto it
                = std::upper_bound(list.begin(), list.end(), byte,
                                   [](std::uint32_t value, const model::Instruction &ins) {
                                       return value < ins.range.begin;
                                   });
            instruction = static_cast<int>(it - list.begin()) - 1;
        }
        if (instruction >= 0)
            stage = graph().stageOfInstruction(instruction);
    }
    if (stage != m_cursorStage) {
        m_cursorStage = stage;
        Q_EMIT cursorStageChanged(stage);
    }
}

QList<int> DockerfileEditor::markersAt(int position) const
{
    return EditorMarkers::at(m_markers, position);
}

QString DockerfileEditor::toolTipAt(int position) const
{
    QStringList lines;
    for (int i : markersAt(position)) {
        const Marker &m = m_markers.at(i);
        lines.append(m.code.isEmpty()
                         ? m.message
                         : tr("%1 (%2)", "diagnostic message (code)").arg(m.message, m.code));
    }
    return lines.join(u'\n');
}

QList<int> DockerfileEditor::fixItLines() const
{
    return EditorMarkers::fixItLines(*document(), m_markers);
}

// --- extra selections -----------------------------------------------------------------------

void DockerfileEditor::onCursorPositionChanged()
{
    updateExtraSelections();
    updateCursorStage();
}

void DockerfileEditor::setBuildHighlight(int begin, int end, bool failed)
{
    if (begin < 0) {
        begin = -1;
        end = -1;
        failed = false;
    }
    if (begin == m_buildBegin && end == m_buildEnd && failed == m_buildFailed)
        return;
    m_buildBegin = begin;
    m_buildEnd = std::max(begin, end);
    m_buildFailed = failed;
    updateExtraSelections();
}

void DockerfileEditor::updateExtraSelections()
{
    const bool dark = StageColors::isDark(palette());
    QList<QTextEdit::ExtraSelection> selections;

    QTextEdit::ExtraSelection line;
    QColor lineColour = palette().color(QPalette::Highlight);
    lineColour.setAlpha(dark ? 40 : 24);
    line.format.setBackground(lineColour);
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.format.setProperty(SelectionKindProperty, static_cast<int>(SelectionKind::CurrentLine));
    line.cursor = textCursor();
    line.cursor.clearSelection();
    selections.append(line);

    if (m_revealBegin >= 0) {
        QTextEdit::ExtraSelection reveal;
        QColor c = palette().color(QPalette::Highlight);
        c.setAlpha(dark ? 90 : 60);
        reveal.format.setBackground(c);
        reveal.format.setProperty(SelectionKindProperty, static_cast<int>(SelectionKind::Reveal));
        reveal.cursor = QTextCursor(document());
        reveal.cursor.setPosition(m_revealBegin);
        reveal.cursor.setPosition(m_revealEnd, QTextCursor::KeepAnchor);
        selections.append(reveal);
    }

    if (m_buildBegin >= 0) {
        QTextEdit::ExtraSelection step;
        QColor c = m_buildFailed ? EditorMarkers::severityColour(model::Severity::Error, dark)
                                 : palette().color(QPalette::Highlight);
        c.setAlpha(dark ? 80 : 50);
        step.format.setBackground(c);
        step.format.setProperty(QTextFormat::FullWidthSelection, true);
        step.format.setProperty(SelectionKindProperty,
                                static_cast<int>(m_buildFailed ? SelectionKind::BuildFailure
                                                               : SelectionKind::BuildStep));
        // Full-width selections paint whole lines: one per line of the instruction.
        const int length = document()->characterCount() - 1;
        const int begin = std::clamp(m_buildBegin, 0, length);
        const int end = std::clamp(m_buildEnd, begin, length);
        QTextBlock block = document()->findBlock(begin);
        const QTextBlock last = document()->findBlock(end);
        while (block.isValid()) {
            step.cursor = QTextCursor(block);
            selections.append(step);
            if (block == last)
                break;
            block = block.next();
        }
    }

    if (!m_underlinesDeferred) {
        if (m_markerSelectionsStale || dark != m_markerSelectionsDark)
            updateMarkerSelections(dark);
        selections.append(m_markerSelections);
    }

    selections.append(bracketSelections());
    setExtraSelections(selections);
}

void DockerfileEditor::updateMarkerSelections(bool dark)
{
    m_markerSelections = EditorMarkers::underlines(document(), m_markers, m_markerSelections, dark);
    m_markerSelectionsStale = false;
    m_markerSelectionsDark = dark;
}

QList<QTextEdit::ExtraSelection> DockerfileEditor::bracketSelections() const
{
    const auto [at, match] = BracketMatcher::find(*document(), textCursor().position());
    QList<QTextEdit::ExtraSelection> out;
    if (at < 0)
        return out;
    const bool dark = StageColors::isDark(palette());
    QTextCharFormat format;
    if (match >= 0) {
        format.setBackground(dark ? QColor(0x3a, 0x5a, 0x40) : QColor(0xb4, 0xe6, 0xb4));
        format.setFontWeight(QFont::Bold);
        format.setProperty(SelectionKindProperty, static_cast<int>(SelectionKind::BracketMatch));
    } else {
        format.setBackground(dark ? QColor(0x6e, 0x2a, 0x2a) : QColor(0xff, 0xb4, 0xb4));
        format.setProperty(SelectionKindProperty, static_cast<int>(SelectionKind::BracketMismatch));
    }
    for (const int p : {at, match}) {
        if (p < 0)
            continue;
        QTextEdit::ExtraSelection s;
        s.format = format;
        s.cursor = QTextCursor(document());
        s.cursor.setPosition(p);
        s.cursor.setPosition(p + 1, QTextCursor::KeepAnchor);
        out.append(s);
    }
    return out;
}

void DockerfileEditor::revealRange(int begin, int end)
{
    const int length = document()->characterCount() - 1;
    begin = std::clamp(begin, 0, length);
    end = std::clamp(end, begin, length);
    QTextCursor cursor(document());
    cursor.setPosition(begin);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    m_revealBegin = begin;
    m_revealEnd = end;
    centerCursor();
    updateExtraSelections();
}

// --- gutter ---------------------------------------------------------------------------------

int DockerfileEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    digits = std::max(digits, 3);
    const int bulb = fontMetrics().height();
    return 6 + fontMetrics().horizontalAdvance(u'9') * digits + bulb + 4;
}

void DockerfileEditor::updateLineNumberAreaWidth()
{
    QMargins margins = viewportMargins();
    margins.setLeft(lineNumberAreaWidth());
    setViewportMargins(margins);
}

void DockerfileEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy != 0)
        m_lineNumberArea->scroll(0, dy);
    else
        m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateLineNumberAreaWidth();
}

void DockerfileEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_lineNumberArea->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(),
                                        cr.height() - viewportMargins().bottom()));
    layoutFindBar();
}

void DockerfileEditor::layoutFindBar()
{
    QMargins margins = viewportMargins();
    const QRect cr = contentsRect();
    if (!m_findBar->isHidden()) {
        const int h = m_findBar->sizeHint().height();
        const int scrollBar
            = horizontalScrollBar()->isVisible() ? horizontalScrollBar()->height() : 0;
        margins.setBottom(h);
        m_findBar->setGeometry(cr.left(), cr.bottom() + 1 - h - scrollBar, cr.width(), h);
    } else {
        margins.setBottom(0);
    }
    if (margins != viewportMargins())
        setViewportMargins(margins);
    m_lineNumberArea->setGeometry(
        QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height() - margins.bottom()));
}

QList<DockerfileEditor::VisibleLine> DockerfileEditor::visibleLines(int top, int bottom) const
{
    QList<VisibleLine> lines;
    QTextBlock block = firstVisibleBlock();
    int y = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && y <= bottom) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && y + height >= top)
            lines.append({block.blockNumber(), y, height});
        block = block.next();
        y += height;
    }
    return lines;
}

void DockerfileEditor::lineNumberAreaClicked(int y, const QPoint &globalPos)
{
    QTextBlock block;
    for (const VisibleLine &line : visibleLines(y, y))
        if (y >= line.top && y < line.top + line.height)
            block = document()->findBlockByNumber(line.blockNumber);
    if (!block.isValid())
        return;
    QList<int> fixes;
    for (qsizetype i = 0; i < m_markers.size(); ++i) {
        const Marker &m = m_markers.at(i);
        if (!m.fixTitle.isEmpty() && document()->findBlock(m.begin) == block)
            fixes.append(static_cast<int>(i));
    }
    if (fixes.isEmpty()) {
        QTextCursor cursor(block);
        setTextCursor(cursor);
        return;
    }
    if (fixes.size() == 1) {
        Q_EMIT fixItRequested(fixes.first());
        return;
    }
    QMenu menu(this);
    for (int index : fixes) {
        //: context menu entry; %1 = title of a fix-it ("Use lower case")
        menu.addAction(tr("Fix: %1").arg(m_markers.at(index).fixTitle), this,
                       [this, index] { Q_EMIT fixItRequested(index); });
    }
    menu.exec(globalPos);
}

// --- keys -----------------------------------------------------------------------------------

bool DockerfileEditor::event(QEvent *event)
{
    // Claim our keys before window-level shortcuts so they work wherever the editor has focus.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (EditorShortcuts::classify(*key, !m_findBar->isHidden()) != EditorShortcuts::Key::None) {
            event->accept();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

bool DockerfileEditor::viewportEvent(QEvent *event)
{
    // Diagnostics explain themselves when hovered.
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(cursorForPosition(help->pos()).position());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

bool DockerfileEditor::handleShortcut(QKeyEvent *event)
{
    switch (EditorShortcuts::classify(*event, !m_findBar->isHidden())) {
    case EditorShortcuts::Key::None:
        return false;
    case EditorShortcuts::Key::Find:
        showFindBar(false);
        break;
    case EditorShortcuts::Key::Replace:
        showFindBar(true);
        break;
    case EditorShortcuts::Key::FindNext:
        m_findBar->findNext();
        break;
    case EditorShortcuts::Key::FindPrevious:
        m_findBar->findPrevious();
        break;
    case EditorShortcuts::Key::ZoomIn:
        zoomIn();
        break;
    case EditorShortcuts::Key::ZoomOut:
        zoomOut();
        break;
    case EditorShortcuts::Key::ZoomReset:
        resetZoom();
        break;
    case EditorShortcuts::Key::GoToLine:
        goToLine();
        break;
    case EditorShortcuts::Key::Rename:
        renameStageAt(textCursor().position());
        break;
    case EditorShortcuts::Key::GoToDefinition:
        goToDefinitionAt(textCursor().position());
        break;
    case EditorShortcuts::Key::Complete:
        updateCompletion(true);
        break;
    case EditorShortcuts::Key::CloseFind:
        m_findBar->hide();
        layoutFindBar();
        break;
    }
    event->accept();
    return true;
}

void DockerfileEditor::keyPressEvent(QKeyEvent *event)
{
    QAbstractItemView *popup = m_completer->popup();
    if (popup->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return; // the completer takes these
        default:
            break;
        }
    }
    if (handleShortcut(event))
        return;
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && handleEnter()) {
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    const QString typed = event->text();
    const bool printable = !typed.isEmpty() && typed.at(0).isPrint();
    if (printable || (popup->isVisible() && event->key() == Qt::Key_Backspace))
        updateCompletion(false);
    else if (popup->isVisible() && !printable)
        popup->hide();
}

bool DockerfileEditor::handleEnter()
{
    const QChar escape = QLatin1Char(tree() ? tree()->escapeChar() : '\\');
    const QString indent = ContinuationLines::indentAfter(textCursor(), escape);
    QTextCursor cursor = textCursor();
    cursor.insertText(QStringLiteral("\n") + indent);
    setTextCursor(cursor);
    ensureCursorVisible();
    return true;
}

// --- mouse and context menu -----------------------------------------------------------------

void DockerfileEditor::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && event->modifiers() == Qt::ControlModifier) {
        const int position = cursorForPosition(event->position().toPoint()).position();
        if (stageAt(position) >= 0) {
            goToDefinitionAt(position);
            event->accept();
            return;
        }
    }
    QPlainTextEdit::mousePressEvent(event);
}

QMenu *DockerfileEditor::createEditorContextMenu(const QPoint &viewportPos)
{
    QMenu *menu = createStandardContextMenu(viewportPos);
    const int position = cursorForPosition(viewportPos).position();
    addFixActions(menu, position);
    const int stage = stageAt(position);
    if (stage >= 0) {
        menu->addSeparator();
        QAction *definition = menu->addAction(tr("Go to Stage Definition"), this,
                                              [this, position] { goToDefinitionAt(position); });
        definition->setShortcut(QKeySequence(Qt::Key_F12));
        QAction *rename = menu->addAction(tr("Rename Stage…"), this,
                                          [this, position] { renameStageAt(position); });
        rename->setShortcut(QKeySequence(Qt::Key_F2));
    }
    menu->addSeparator();
    menu->addAction(tr("Find…"), this, [this] { showFindBar(false); })
        ->setShortcut(QKeySequence::Find);
    menu->addAction(tr("Replace…"), this, [this] { showFindBar(true); })
        ->setShortcut(QKeySequence::Replace);
    menu->addAction(tr("Go to Line…"), this, [this] { goToLine(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QMenu *zoom = menu->addMenu(tr("Zoom"));
    zoom->addAction(tr("Zoom In"), this, [this] { zoomIn(); })->setShortcut(QKeySequence::ZoomIn);
    zoom->addAction(tr("Zoom Out"), this, [this] { zoomOut(); })
        ->setShortcut(QKeySequence::ZoomOut);
    zoom->addAction(tr("Reset Zoom"), this, [this] { resetZoom(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    return menu;
}

void DockerfileEditor::addFixActions(QMenu *menu, int position)
{
    const QList<int> here = markersAt(position);
    QList<QAction *> fixes;
    for (int index : here) {
        const Marker &m = m_markers.at(index);
        if (m.fixTitle.isEmpty())
            continue;
        //: context menu entry; %1 = title of a fix-it ("Use lower case")
        auto *action = new QAction(tr("Fix: %1").arg(m.fixTitle), menu);
        connect(action, &QAction::triggered, this, [this, index] { Q_EMIT fixItRequested(index); });
        fixes.append(action);
    }
    if (fixes.isEmpty())
        return;
    QAction *first = menu->actions().isEmpty() ? nullptr : menu->actions().constFirst();
    menu->insertActions(first, fixes);
    if (first)
        menu->insertSeparator(first);
}

void DockerfileEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createEditorContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

// --- stages ---------------------------------------------------------------------------------

void DockerfileEditor::goToDefinitionAt(int position)
{
    const int stage = stageAt(position);
    if (stage < 0 || stage >= static_cast<int>(graph().stages().size()))
        return;
    const model::Stage &s = graph().stages()[static_cast<std::size_t>(stage)];
    model::Range target = s.nameRange;
    if (target.isEmpty() && s.fromInstruction >= 0
        && s.fromInstruction < static_cast<int>(tree()->instructions().size()))
        target = tree()->instructions()[static_cast<std::size_t>(s.fromInstruction)].keywordRange;
    QTextCursor cursor(document());
    cursor.setPosition(positionOf(target.begin));
    cursor.setPosition(positionOf(target.end), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    centerCursor();
    Q_EMIT goToDefinitionRequested(stage);
}

std::optional<QString> DockerfileEditor::askStageName(const QString &current)
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Rename Stage"), tr("New name of the stage:"),
                                QLineEdit::Normal, current, &ok)
              .trimmed();
    if (!ok || name.isEmpty() || name == current)
        return std::nullopt;
    return name;
}

void DockerfileEditor::renameStageAt(int position)
{
    const int stage = stageAt(position);
    if (stage < 0 || stage >= static_cast<int>(graph().stages().size()))
        return;
    const model::Stage &s = graph().stages()[static_cast<std::size_t>(stage)];
    const std::string identifier = s.name.empty() ? std::to_string(s.index) : s.name;
    const std::optional<QString> name = askStageName(QString::fromStdString(s.name));
    if (!name)
        return;
    Q_EMIT operationRequested(
        model::EditOperation(model::RenameStage{identifier, name->toStdString()}));
}

// --- completion -----------------------------------------------------------------------------

void DockerfileEditor::updateCompletion(bool force)
{
    m_completer->update(*this, m_analysis.get(), force);
}

void DockerfileEditor::insertCompletion(const QString &completion)
{
    if (m_completer->widget() != this)
        return;
    if (m_completer->insert(*this, completion)) {
        // "--from=" and "from=": offer the stage names next.
        QMetaObject::invokeMethod(
            this, [this] { updateCompletion(false); }, Qt::QueuedConnection);
    }
}

// --- find, go to line, zoom -----------------------------------------------------------------

void DockerfileEditor::showFindBar(bool replace)
{
    QString seed;
    const QTextCursor cursor = textCursor();
    if (cursor.hasSelection() && !cursor.selectedText().contains(QChar::ParagraphSeparator))
        seed = cursor.selectedText();
    m_findBar->showBar(replace, seed);
    layoutFindBar();
}

void DockerfileEditor::goToLine()
{
    GoToLineDialog dialog(textCursor().blockNumber() + 1, blockCount(), this);
    if (dialog.exec() == QDialog::Accepted)
        goToLine(dialog.line());
}

void DockerfileEditor::goToLine(int line)
{
    const int number = std::clamp(line, 1, std::max(1, blockCount())) - 1;
    QTextCursor cursor(document()->findBlockByNumber(number));
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

void DockerfileEditor::applyFont()
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Comments may be written in Hindi: fall back to a Devanagari face for those glyphs.
    f.setFamilies({f.family(), QStringLiteral("Noto Sans Devanagari")});
    f.setStyleHint(QFont::Monospace);
    f.setPointSizeF(std::max(4.0, m_basePointSize + m_zoom));
    setFont(f);
    setTabStopDistance(QFontMetricsF(f).horizontalAdvance(u' ') * 4);
    updateLineNumberAreaWidth();
    layoutFindBar();
}

void DockerfileEditor::zoomIn()
{
    m_zoom = std::min(MaxZoom, m_zoom + 1);
    applyFont();
}

void DockerfileEditor::zoomOut()
{
    m_zoom = std::max(MinZoom, m_zoom - 1);
    applyFont();
}

void DockerfileEditor::resetZoom()
{
    m_zoom = 0;
    applyFont();
}

} // namespace stagecraft::views
