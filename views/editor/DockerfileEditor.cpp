// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/editor/DockerfileEditor.h"

#include "views/StageColors.h"
#include "views/editor/DockerfileHighlighter.h"
#include "views/editor/EditorCompleter.h"
#include "views/editor/FindReplaceBar.h"
#include "views/editor/GoToLineDialog.h"
#include "views/editor/LineNumberArea.h"

#include <QAbstractItemView>
#include <QFontDatabase>
#include <QHash>
#include <QHelpEvent>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>
#include <cctype>
#include <tuple>
#include <utility>

namespace stagecraft::views {

namespace {

constexpr int MinZoom = -8;
constexpr int MaxZoom = 24;
constexpr int BracketScanLimit = 50000; ///< characters scanned for a matching bracket
constexpr int SelectionKindProperty = QTextFormat::UserProperty;
constexpr int MarkerIndexProperty = QTextFormat::UserProperty + 1;

enum class EditorKey {
    None,
    Find,
    Replace,
    FindNext,
    FindPrevious,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    GoToLine,
    Rename,
    GoToDefinition,
    Complete,
    CloseFind,
};

QColor severityColour(model::Severity severity, bool dark)
{
    switch (severity) {
    case model::Severity::Error:
        return dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xd7, 0x1a, 0x1a);
    case model::Severity::Warning:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0xc2, 0x7c, 0x00);
    case model::Severity::Info:
        return dark ? QColor(0x58, 0xa6, 0xff) : QColor(0x1f, 0x6f, 0xeb);
    }
    return {};
}

QString leadingBlanks(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t'))
        ++i;
    return line.left(i);
}

bool isCommentLine(const QString &line)
{
    return line.trimmed().startsWith(u'#');
}

/// True when `line` ends with the escape character (trailing blanks allowed): it continues.
bool continues(const QString &line, QChar escape)
{
    if (isCommentLine(line))
        return false;
    qsizetype end = line.size();
    while (end > 0 && line.at(end - 1).isSpace())
        --end;
    return end > 0 && line.at(end - 1) == escape;
}

/// True when the logical line holding `block` started on an earlier block.
bool isContinuationLine(const QTextBlock &block, QChar escape)
{
    QTextBlock prev = block.previous();
    // Comment lines inside a continued instruction are skipped by the parser.
    while (prev.isValid() && isCommentLine(prev.text()))
        prev = prev.previous();
    return prev.isValid() && continues(prev.text(), escape);
}

QTextBlock instructionFirstBlock(QTextBlock block, QChar escape)
{
    while (block.isValid() && isContinuationLine(block, escape)) {
        block = block.previous();
        while (block.isValid() && isCommentLine(block.text()))
            block = block.previous();
    }
    return block;
}

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
        m_markers = markersFor(*m_analysis);
        m_markerSelectionsStale = true;
        updateExtraSelections();
    }
}

QList<DockerfileEditor::Marker> DockerfileEditor::markersFor(const model::Analysis &analysis) const
{
    QList<Marker> markers;
    markers.reserve(static_cast<qsizetype>(analysis.diagnostics().size()));
    for (const model::Diagnostic &d : analysis.diagnostics()) {
        Marker marker;
        std::tie(marker.begin, marker.end) = analysis.offsets().toUtf16(d.range);
        marker.severity = d.severity;
        marker.code = QString::fromStdString(d.code);
        marker.message = m_texts.message ? m_texts.message(d) : marker.code;
        if (d.fix)
            marker.fixTitle = m_texts.fixTitle ? m_texts.fixTitle(d.code) : marker.code;
        markers.append(marker);
    }
    return markers;
}

void DockerfileEditor::setAnalysis(const std::shared_ptr<const model::Analysis> &analysis)
{
    setAnalysis(analysis, analysis ? markersFor(*analysis) : QList<Marker>());
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
    if (!tree())
        return -1;
    const std::uint32_t byte = byteAt(position);
    // The end is inclusive: a cursor right after a name is still "on" it.
    const auto on
        = [byte](model::Range r) { return !r.isEmpty() && byte >= r.begin && byte <= r.end; };
    for (const model::Stage &stage : graph().stages()) {
        if (on(stage.nameRange))
            return stage.index;
        if (stage.baseStage >= 0 && on(stage.baseRange))
            return stage.baseStage;
    }
    for (const model::Edge &edge : graph().edges()) {
        if (edge.from >= 0 && on(edge.referenceRange))
            return edge.from;
    }
    return -1;
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
    QList<int> out;
    for (qsizetype i = 0; i < m_markers.size(); ++i) {
        const Marker &m = m_markers.at(i);
        const int end = std::max(m.end, m.begin + 1);
        if (position >= m.begin && position < end)
            out.append(static_cast<int>(i));
    }
    return out;
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
    QList<int> lines;
    for (const Marker &m : m_markers) {
        if (m.fixTitle.isEmpty())
            continue;
        const int line = document()->findBlock(m.begin).blockNumber();
        if (!lines.contains(line))
            lines.append(line);
    }
    std::sort(lines.begin(), lines.end());
    return lines;
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
        QColor c = m_buildFailed ? severityColour(model::Severity::Error, dark)
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
    // Placing a cursor lays out its block, which costs more than everything else here on a big
    // file. The cursors of the previous markers moved with the text, so a marker that still
    // covers the same characters (typically all but the ones on the edited line) reuses its
    // cursor.
    QHash<std::pair<int, int>, QTextCursor> previous;
    for (const QTextEdit::ExtraSelection &s : std::as_const(m_markerSelections)) {
        if (s.cursor.document() == document())
            previous.insert({s.cursor.anchor(), s.cursor.position()}, s.cursor);
    }
    m_markerSelections.clear();
    m_markerSelections.reserve(m_markers.size());
    const int length = document()->characterCount() - 1;
    for (qsizetype i = 0; i < m_markers.size(); ++i) {
        const Marker &m = m_markers.at(i);
        QTextEdit::ExtraSelection s;
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(severityColour(m.severity, dark));
        s.format.setProperty(SelectionKindProperty, static_cast<int>(SelectionKind::Diagnostic));
        s.format.setProperty(MarkerIndexProperty, static_cast<int>(i));
        int begin = std::clamp(m.begin, 0, length);
        int end = std::clamp(m.end, begin, length);
        if (end == begin) {
            // An empty range (e.g. "missing argument") underlines the character before or after.
            if (end < length && document()->characterAt(end) != QChar::ParagraphSeparator)
                ++end;
            else if (begin > 0)
                --begin;
        }
        const auto reused = previous.constFind({begin, end});
        if (reused != previous.cend()) {
            s.cursor = *reused;
        } else {
            s.cursor = QTextCursor(document());
            s.cursor.setPosition(begin);
            s.cursor.setPosition(end, QTextCursor::KeepAnchor);
        }
        m_markerSelections.append(s);
    }
    m_markerSelectionsStale = false;
    m_markerSelectionsDark = dark;
}

QList<QTextEdit::ExtraSelection> DockerfileEditor::bracketSelections() const
{
    const QTextDocument *doc = document();
    const int position = textCursor().position();
    const auto opening = [](QChar c) -> QChar {
        switch (c.unicode()) {
        case u')':
            return u'(';
        case u']':
            return u'[';
        case u'}':
            return u'{';
        default:
            return QChar();
        }
    };
    const auto closing = [](QChar c) -> QChar {
        switch (c.unicode()) {
        case u'(':
            return u')';
        case u'[':
            return u']';
        case u'{':
            return u'}';
        default:
            return QChar();
        }
    };

    // The character after the cursor first, then the one before it.
    int at = -1;
    int match = -1;
    for (const int candidate : {position, position - 1}) {
        if (candidate < 0 || candidate >= doc->characterCount() - 1)
            continue;
        const QChar c = doc->characterAt(candidate);
        if (!closing(c).isNull()) {
            at = candidate;
            int depth = 0;
            const int limit = std::min(doc->characterCount() - 1, candidate + BracketScanLimit);
            for (int i = candidate; i < limit; ++i) {
                const QChar d = doc->characterAt(i);
                if (d == c)
                    ++depth;
                else if (d == closing(c) && --depth == 0) {
                    match = i;
                    break;
                }
            }
            break;
        }
        if (!opening(c).isNull()) {
            at = candidate;
            int depth = 0;
            const int limit = std::max(0, candidate - BracketScanLimit);
            for (int i = candidate; i >= limit; --i) {
                const QChar d = doc->characterAt(i);
                if (d == c)
                    ++depth;
                else if (d == opening(c) && --depth == 0) {
                    match = i;
                    break;
                }
            }
            break;
        }
        if (c == u'"') {
            // Quotes pair up within their line, skipping escaped ones.
            at = candidate;
            const QTextBlock block = doc->findBlock(candidate);
            const QString text = block.text();
            const int column = candidate - block.position();
            QList<int> quotes;
            for (int i = 0; i < text.size(); ++i) {
                if (text.at(i) == u'\\') {
                    ++i;
                    continue;
                }
                if (text.at(i) == u'"')
                    quotes.append(i);
            }
            const auto index = quotes.indexOf(column);
            if (index >= 0) {
                const auto partner = (index % 2 == 0) ? index + 1 : index - 1;
                if (partner >= 0 && partner < quotes.size())
                    match = block.position() + quotes.at(partner);
            }
            break;
        }
    }
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

void DockerfileEditor::paintLineNumberArea(QPaintEvent *event)
{
    QPainter painter(m_lineNumberArea);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    const QList<int> fixLines = fixItLines();
    const int currentBlock = textCursor().blockNumber();
    const int bulbSize = fontMetrics().height();
    const int numberRight = m_lineNumberArea->width() - bulbSize - 4;

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    QFont bold = font();
    bold.setBold(true);
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int number = block.blockNumber();
            const bool current = number == currentBlock;
            painter.setFont(current ? bold : font());
            painter.setPen(pal.color(current ? QPalette::Text : QPalette::PlaceholderText));
            painter.drawText(0, top, numberRight, fontMetrics().height(), Qt::AlignRight,
                             QString::number(number + 1));
            if (fixLines.contains(number)) {
                // A small light bulb: glass, then the screw base.
                const QRectF r(numberRight + 3, top + 1, bulbSize - 4, bulbSize - 2);
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(QPen(QColor(0x9a, 0x6b, 0x00), 1));
                painter.setBrush(QColor(0xff, 0xcc, 0x33));
                painter.drawEllipse(QRectF(r.left(), r.top(), r.width(), r.height() * 0.7));
                painter.setBrush(QColor(0x80, 0x80, 0x80));
                painter.drawRect(QRectF(r.left() + r.width() * 0.3, r.top() + r.height() * 0.7,
                                        r.width() * 0.4, r.height() * 0.25));
            }
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

void DockerfileEditor::lineNumberAreaClicked(int y, const QPoint &globalPos)
{
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (y >= top && y < bottom)
            break;
        top = bottom;
        block = block.next();
    }
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

namespace {

EditorKey classify(QKeyEvent *event, bool findBarVisible)
{
    const QKeySequence pressed(event->keyCombination());
    if (event->matches(QKeySequence::Find))
        return EditorKey::Find;
    if (event->matches(QKeySequence::Replace))
        return EditorKey::Replace;
    if (event->matches(QKeySequence::FindNext))
        return EditorKey::FindNext;
    if (event->matches(QKeySequence::FindPrevious))
        return EditorKey::FindPrevious;
    if (event->matches(QKeySequence::ZoomIn) || pressed == QKeySequence(Qt::CTRL | Qt::Key_Equal))
        return EditorKey::ZoomIn;
    if (event->matches(QKeySequence::ZoomOut))
        return EditorKey::ZoomOut;
    if (pressed == QKeySequence(Qt::CTRL | Qt::Key_0))
        return EditorKey::ZoomReset;
    if (pressed == QKeySequence(Qt::CTRL | Qt::Key_L))
        return EditorKey::GoToLine;
    if (pressed == QKeySequence(Qt::Key_F2))
        return EditorKey::Rename;
    if (pressed == QKeySequence(Qt::Key_F12))
        return EditorKey::GoToDefinition;
    if (pressed == QKeySequence(Qt::CTRL | Qt::Key_Space))
        return EditorKey::Complete;
    if (findBarVisible && pressed == QKeySequence(Qt::Key_Escape))
        return EditorKey::CloseFind;
    return EditorKey::None;
}

} // namespace

bool DockerfileEditor::event(QEvent *event)
{
    // Claim our keys before window-level shortcuts so they work wherever the editor has focus.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (classify(key, !m_findBar->isHidden()) != EditorKey::None) {
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
    switch (classify(event, !m_findBar->isHidden())) {
    case EditorKey::None:
        return false;
    case EditorKey::Find:
        showFindBar(false);
        break;
    case EditorKey::Replace:
        showFindBar(true);
        break;
    case EditorKey::FindNext:
        m_findBar->findNext();
        break;
    case EditorKey::FindPrevious:
        m_findBar->findPrevious();
        break;
    case EditorKey::ZoomIn:
        zoomIn();
        break;
    case EditorKey::ZoomOut:
        zoomOut();
        break;
    case EditorKey::ZoomReset:
        resetZoom();
        break;
    case EditorKey::GoToLine:
        goToLine();
        break;
    case EditorKey::Rename:
        renameStageAt(textCursor().position());
        break;
    case EditorKey::GoToDefinition:
        goToDefinitionAt(textCursor().position());
        break;
    case EditorKey::Complete:
        updateCompletion(true);
        break;
    case EditorKey::CloseFind:
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

QString DockerfileEditor::continuationIndent() const
{
    const QChar escape = QLatin1Char(tree() ? tree()->escapeChar() : '\\');
    const QTextCursor cursor = textCursor();
    const QTextBlock block = cursor.block();
    const QString before = block.text().left(cursor.positionInBlock());
    const QString indent = leadingBlanks(block.text());
    if (continues(before, escape)) {
        // The first line of an instruction starts the continuation indent; later lines keep it.
        if (isContinuationLine(block, escape))
            return indent;
        return indent + QStringLiteral("    ");
    }
    if (isContinuationLine(block, escape)) {
        // The instruction ends here: back to where it started.
        return leadingBlanks(instructionFirstBlock(block, escape).text());
    }
    return indent;
}

bool DockerfileEditor::handleEnter()
{
    const QString indent = continuationIndent();
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
    const QChar escape = QLatin1Char(tree() ? tree()->escapeChar() : '\\');
    const QTextCursor cursor = textCursor();
    QTextBlock block = cursor.block();
    QString text = block.text().left(cursor.positionInBlock());
    // Join the instruction's earlier lines (without their escape characters).
    if (isContinuationLine(block, escape)) {
        QTextBlock first = instructionFirstBlock(block, escape);
        QStringList parts;
        for (QTextBlock b = first; b.isValid() && b != block; b = b.next()) {
            if (isCommentLine(b.text()))
                continue;
            QString line = b.text().trimmed();
            if (line.endsWith(escape))
                line.chop(1);
            parts.append(line);
        }
        parts.append(text);
        text = parts.join(u' ');
    }
    bool lower = false;
    QStringList stageNames;
    if (tree()) {
        int lowerCount = 0;
        for (const model::Instruction &ins : tree()->instructions())
            if (!ins.keyword.empty() && std::islower(static_cast<unsigned char>(ins.keyword[0])))
                ++lowerCount;
        lower = lowerCount * 2 > static_cast<int>(tree()->instructions().size());
        for (const model::Stage &s : graph().stages())
            if (!s.name.empty())
                stageNames.append(QString::fromStdString(s.name));
    }
    const EditorCompleter::Context context = EditorCompleter::contextFor(text, lower, stageNames);
    QAbstractItemView *popup = m_completer->popup();
    const bool wanted
        = !context.items.isEmpty() && (force || context.automatic || !context.prefix.isEmpty());
    if (!wanted) {
        popup->hide();
        return;
    }
    m_completer->setItems(context.items);
    m_completer->setCompletionPrefix(context.prefix);
    if (m_completer->completionCount() == 0
        || (!force && m_completer->completionCount() == 1
            && m_completer->currentCompletion().compare(context.prefix, Qt::CaseInsensitive)
                == 0)) {
        popup->hide();
        return;
    }
    popup->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

void DockerfileEditor::insertCompletion(const QString &completion)
{
    if (m_completer->widget() != this)
        return;
    QTextCursor cursor = textCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor,
                        static_cast<int>(m_completer->completionPrefix().size()));
    cursor.insertText(completion);
    setTextCursor(cursor);
    if (completion.endsWith(u'=')) {
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
