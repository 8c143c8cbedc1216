// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/StageBlockItem.h"

#include "views/SizeFormat.h"
#include "views/canvas/CanvasTheme.h"
#include "views/canvas/InlineRenameEditor.h"
#include "views/canvas/StageScene.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextCursor>
#include <QTextDocument>

namespace stagecraft::views {

namespace {

constexpr qreal BadgeSize = 28;
constexpr qreal Padding = 8;
constexpr qreal PortRadius = 6;
constexpr qreal Corner = 7;

/// True when `a` and `b` differ at most in their byte ranges and line numbers.
bool sameLook(StageBlockItem::Content a, StageBlockItem::Content b)
{
    for (auto *content : {&a, &b}) {
        content->fromRange = {};
        for (StageBlockItem::Row &row : content->rows) {
            row.range = {};
            row.line = 0;
        }
    }
    return a == b;
}

/// Stands in for text too small to read (CanvasTheme::legible()): a thin rounded bar in the
/// text's colour, about as wide as `length` characters would be (at most `area`'s width), as tall
/// as the font's capitals, centred vertically in `area`. No text is shaped.
void drawTextBar(QPainter *painter, const QRectF &area, const QFontMetricsF &metrics,
                 qsizetype length, const QColor &colour, Qt::Alignment align = Qt::AlignLeft)
{
    if (length <= 0)
        return;
    const qreal w = std::min(area.width(), metrics.averageCharWidth() * static_cast<qreal>(length));
    const qreal h = metrics.capHeight();
    const qreal x = align.testFlag(Qt::AlignHCenter) ? area.center().x() - w / 2 : area.left();
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(QRectF(x, area.center().y() - h / 2, w, h), h / 2, h / 2);
}

} // namespace

StageBlockItem::StageBlockItem(model::StageId id)
    : CanvasNodeItem(QStringLiteral("stage:%1").arg(id))
    , m_id(id)
{
    setZValue(1);
}

QString StageBlockItem::elidedRowText(const QFontMetricsF &metrics, const QString &text,
                                      qreal width)
{
    // Eliding shapes the whole string, and a row holds up to 240 characters of which a few dozen
    // fit: eliding a prefix that is already far wider than the row gives the same result for a
    // fraction of the cost (the first paint of a large file draws over a thousand rows). Margin:
    // characters kept clear of the cut, so that shaping at the cut cannot change the result.
    constexpr qsizetype Margin = 16;
    for (qsizetype length = 64; length < text.size(); length *= 2) {
        const QString prefix = text.left(length);
        const QString elided = metrics.elidedText(prefix, Qt::ElideRight, width);
        if (elided != prefix && elided.size() + Margin < length)
            return elided;
    }
    return metrics.elidedText(text, Qt::ElideRight, width);
}

QString StageBlockItem::title() const
{
    return m_content.name.isEmpty() ? QStringLiteral("#%1").arg(m_content.index) : m_content.name;
}

void StageBlockItem::setContent(const Content &content)
{
    if (content == m_content)
        return;
    const bool resized = content.rows.size() != m_content.rows.size();
    if (resized)
        prepareGeometryChange();
    // Text typed above the stage only moves its ranges and lines, which the block does not
    // show: then nothing is repainted.
    const bool looks = !sameLook(content, m_content);
    const bool tipChanged = content.diagnosticsTip != m_content.diagnosticsTip;
    m_content = content;
    setOpacity(m_content.needed ? 1.0 : 0.45);
    if (tipChanged)
        setToolTip(m_content.diagnosticsTip);
    if (looks)
        update();
    if (resized)
        adjustArrows();
}

void StageBlockItem::setCollapsed(bool collapsed)
{
    if (collapsed == m_collapsed)
        return;
    prepareGeometryChange();
    m_collapsed = collapsed;
    update();
    adjustArrows();
}

void StageBlockItem::themeChanged()
{
    update();
}

void StageBlockItem::setMeasuredSize(qint64 bytes)
{
    bytes = bytes < 0 ? -1 : bytes;
    if (bytes == m_measuredSize)
        return;
    m_measuredSize = bytes;
    update();
}

QString StageBlockItem::measuredSizeText() const
{
    return m_measuredSize < 0 ? QString() : SizeFormat::size(m_measuredSize);
}

void StageBlockItem::setWaste(double efficiency, qint64 wastedBytes, double userWastedPercent)
{
    efficiency = efficiency < 0 ? -1 : efficiency;
    if (efficiency == m_wasteEfficiency && wastedBytes == m_wastedBytes
        && userWastedPercent == m_userWastedPercent)
        return;
    if ((efficiency >= 0) != (m_wasteEfficiency >= 0))
        prepareGeometryChange();
    m_wasteEfficiency = efficiency;
    m_wastedBytes = wastedBytes;
    m_userWastedPercent = userWastedPercent;
    update();
}

QString StageBlockItem::wasteText() const
{
    if (m_wasteEfficiency < 0)
        return {};
    const QLocale locale;
    //: Waste pill under a canvas block (dive's figures). %1 = efficiency in percent,
    //: %2 = wasted size, %3 = the wasted share of the stage's own bytes in percent
    return tr("%1 efficient · %2 wasted (%3)")
        .arg(locale.toString(m_wasteEfficiency * 100.0, 'f', 1) + locale.percent(),
             SizeFormat::size(m_wastedBytes),
             locale.toString(m_userWastedPercent, 'f', 1) + locale.percent());
}

void StageBlockItem::setMeasuredTime(const StageTime &time)
{
    if (time == m_measuredTime)
        return;
    m_measuredTime = time;
    update();
}

QString StageBlockItem::pillText() const
{
    QString time;
    if (m_measuredTime.cached)
        //: Size pill of a stage block: every step of the stage came from the build cache
        time = tr("cached");
    else if (m_measuredTime.ms >= 0)
        time = SizeFormat::duration(m_measuredTime.ms);
    if (m_measuredSize < 0 || time.isEmpty())
        return m_measuredSize < 0 ? time : measuredSizeText();
    //: Size pill of a stage block: %1 = size, %2 = build time or "cached"
    return tr("%1 · %2").arg(measuredSizeText(), time);
}

void StageBlockItem::setActiveLine(int line)
{
    line = std::max(line, 0);
    if (line == m_activeLine)
        return;
    m_activeLine = line;
    update();
}

int StageBlockItem::visibleRowCount() const
{
    if (m_collapsed)
        return 0;
    const int rows = static_cast<int>(m_content.rows.size());
    return rows > MaxRows ? MaxRows - 1 : rows;
}

bool StageBlockItem::hasMoreRow() const
{
    return m_collapsed || static_cast<int>(m_content.rows.size()) > MaxRows;
}

qreal StageBlockItem::height() const
{
    const int rows = visibleRowCount() + (hasMoreRow() && !m_content.rows.empty() ? 1 : 0);
    return HeaderHeight + rows * RowHeight + (rows > 0 ? Padding / 2 : 0);
}

QRectF StageBlockItem::frameRect() const
{
    return QRectF(0, 0, Width, height());
}

QRectF StageBlockItem::boundingRect() const
{
    // Room for the "final" pill above, the diagnostics badge at the corner and the output port;
    // the waste pill below.
    return frameRect().adjusted(-4, -22, PortRadius + 12, m_wasteEfficiency >= 0 ? 22 : 4);
}

QPainterPath StageBlockItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(frameRect(), Corner, Corner);
    path.addEllipse(outputPortRect().adjusted(-3, -3, 3, 3));
    if (m_content.errors + m_content.warnings > 0)
        path.addEllipse(QPointF(Width - 4, 0), 11, 11);
    return path;
}

QRectF StageBlockItem::titleRect() const
{
    return QRectF(Padding * 2 + BadgeSize, 5, Width - (Padding * 2 + BadgeSize) - 30, 21);
}

QRectF StageBlockItem::collapseToggleRect() const
{
    return QRectF(Width - 26, HeaderHeight - 22, 18, 18);
}

QRectF StageBlockItem::outputPortRect() const
{
    return QRectF(Width - PortRadius, HeaderHeight / 2 - PortRadius, 2 * PortRadius,
                  2 * PortRadius);
}

bool StageBlockItem::isOnOutputPort(const QPointF &itemPos) const
{
    const QPointF centre = outputPortRect().center();
    const QPointF delta = itemPos - centre;
    return delta.x() * delta.x() + delta.y() * delta.y() <= (PortRadius + 4) * (PortRadius + 4);
}

int StageBlockItem::rowAt(const QPointF &itemPos) const
{
    if (itemPos.x() < 0 || itemPos.x() > Width || itemPos.y() < HeaderHeight)
        return -1;
    const int row = static_cast<int>((itemPos.y() - HeaderHeight) / RowHeight);
    return row < visibleRowCount() ? row : -1;
}

QPointF StageBlockItem::outputAnchor() const
{
    return mapToScene(outputPortRect().center());
}

QPointF StageBlockItem::inputAnchor(int line) const
{
    if (line > 0) {
        const int rows = visibleRowCount();
        for (int i = 0; i < rows; ++i) {
            if (m_content.rows[static_cast<std::size_t>(i)].line == line)
                return mapToScene(QPointF(0, HeaderHeight + (i + 0.5) * RowHeight));
        }
    }
    return mapToScene(QPointF(0, HeaderHeight / 2));
}

/// What every part of a paint shares: the theme, the stage's colour, and whether text is
/// legible at the painter's level of detail.
struct StageBlockItem::Paint
{
    const CanvasTheme &theme;
    QColor accent;
    bool titleLegible = true;
    bool smallLegible = true;
    QFontMetricsF small;
};

void StageBlockItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                           QWidget *widget)
{
    Q_UNUSED(widget);
    const StageScene *owner = stageScene();
    if (!owner)
        return;
    const CanvasTheme &theme = owner->theme();
    painter->setRenderHint(QPainter::Antialiasing);
    // Zoomed far out (a large file fitted into the view), text would be a few pixels tall:
    // shaping it is most of the cost of a paint and shows nothing legible, so it becomes bars.
    const qreal lod = CanvasTheme::levelOfDetail(painter);
    const Paint p{theme, theme.stageColor(m_content.index), theme.legible(theme.titleFont, lod),
                  theme.legible(theme.smallFont, lod), QFontMetricsF(theme.smallFont)};
    paintFrame(painter, p, option->state.testFlag(QStyle::State_Selected));
    paintHeader(painter, p);
    paintRows(painter, p);
    paintMarks(painter, p);
    paintWaste(painter, p);
}

void StageBlockItem::paintWaste(QPainter *painter, const Paint &p) const
{
    if (m_wasteEfficiency < 0)
        return;
    QFont pillFont = p.theme.smallFont;
    pillFont.setBold(true);
    const QFontMetricsF metrics(pillFont);
    const QString text = metrics.elidedText(wasteText(), Qt::ElideRight, Width - 22);
    const qreal w = metrics.horizontalAdvance(text) + 14;
    const QRectF pill(Width - 4 - w, height() + 3, w, 17);
    painter->setPen(Qt::NoPen);
    // Below dive's usual CI threshold (95 %) the pill warns.
    painter->setBrush(m_wasteEfficiency < 0.95 ? p.theme.warning.darker(125)
                                               : p.accent.darker(130));
    painter->drawRoundedRect(pill, 8, 8);
    painter->setFont(pillFont);
    painter->setPen(Qt::white);
    if (p.smallLegible)
        painter->drawText(pill, Qt::AlignCenter, text);
    else
        drawTextBar(painter, pill.adjusted(7, 0, -7, 0), p.small, text.size(), Qt::white,
                    Qt::AlignHCenter);
}

void StageBlockItem::paintFrame(QPainter *painter, const Paint &p, bool selected) const
{
    const CanvasTheme &theme = p.theme;
    const QColor &accent = p.accent;
    const QRectF frame = frameRect();
    // Body and header.
    QPainterPath body;
    body.addRoundedRect(frame, Corner, Corner);
    painter->setPen(Qt::NoPen);
    painter->setBrush(theme.blockBody);
    painter->drawPath(body);
    QPainterPath header;
    header.addRoundedRect(QRectF(0, 0, Width, HeaderHeight), Corner, Corner);
    if (visibleRowCount() > 0 || hasMoreRow())
        header.addRect(QRectF(0, HeaderHeight - Corner, Width, Corner));
    painter->setBrush(theme.stageTint(m_content.index));
    painter->drawPath(header.simplified());
    painter->setBrush(accent);
    painter->drawRect(QRectF(0, Corner, 4, HeaderHeight - Corner));
    QPen framePen(theme.blockBorder, 1);
    if (m_content.isFinal)
        framePen = QPen(theme.finalMark, 2.5);
    if (m_activeLine > 0)
        framePen = QPen(theme.selection, 3, Qt::DashLine);
    if (selected)
        framePen = QPen(theme.selection, 2.5);
    framePen.setWidthF(framePen.widthF() * theme.lineScale);
    painter->setPen(framePen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(body);
}

void StageBlockItem::paintHeader(QPainter *painter, const Paint &p) const
{
    const CanvasTheme &theme = p.theme;
    const bool titleLegible = p.titleLegible;
    const bool smallLegible = p.smallLegible;
    const QFontMetricsF &small = p.small;
    // Badge, title, base.
    ImageFamily::paintBadge(
        painter, QRectF(Padding + 2, (HeaderHeight - BadgeSize) / 2, BadgeSize, BadgeSize),
        m_content.family, titleLegible);
    painter->setFont(theme.titleFont);
    painter->setPen(theme.text);
    const QRectF titleArea = titleRect();
    if (!m_editor && !titleLegible) {
        drawTextBar(painter, titleArea, QFontMetricsF(theme.titleFont), title().size(), theme.text);
    } else if (!m_editor) {
        const QString titleText
            = QFontMetricsF(theme.titleFont).elidedText(title(), Qt::ElideRight, titleArea.width());
        painter->drawText(titleArea, Qt::AlignLeft | Qt::AlignVCenter, titleText);
    }
    painter->setFont(theme.smallFont);
    painter->setPen(theme.mutedText);
    QString base = m_content.base;
    if (!m_content.platform.isEmpty())
        base = base % QStringLiteral("  [") % m_content.platform % QStringLiteral("]");
    const QRectF baseArea(titleArea.left(), titleArea.bottom(), Width - titleArea.left() - 30, 18);
    if (smallLegible)
        painter->drawText(baseArea, Qt::AlignLeft | Qt::AlignVCenter,
                          small.elidedText(base, Qt::ElideMiddle, baseArea.width()));
    else
        drawTextBar(painter, baseArea, small, base.size(), theme.mutedText);

    // Collapse toggle: a small triangle.
    if (!m_content.rows.empty()) {
        const QRectF toggle = collapseToggleRect().adjusted(5, 5, -5, -5);
        QPolygonF triangle;
        if (m_collapsed)
            triangle << toggle.topLeft() << QPointF(toggle.right(), toggle.center().y())
                     << toggle.bottomLeft();
        else
            triangle << toggle.topLeft() << toggle.topRight()
                     << QPointF(toggle.center().x(), toggle.bottom());
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme.mutedText);
        painter->drawPolygon(triangle);
    }
}

void StageBlockItem::paintRows(QPainter *painter, const Paint &p) const
{
    const CanvasTheme &theme = p.theme;
    const QColor &accent = p.accent;
    const bool smallLegible = p.smallLegible;
    const QFontMetricsF &small = p.small;
    // Instruction rows.
    QFont keywordFont = theme.smallFont;
    keywordFont.setBold(true);
    const QFontMetricsF keywordMetrics(keywordFont);
    const int rows = visibleRowCount();
    for (int i = 0; i < rows; ++i) {
        const Row &row = m_content.rows[static_cast<std::size_t>(i)];
        const QRectF rowRect(Padding + 4, HeaderHeight + i * RowHeight + 1, Width - 2 * Padding - 4,
                             RowHeight);
        if (m_activeLine > 0 && row.line == m_activeLine) {
            QColor band = theme.selection;
            band.setAlpha(70);
            painter->setPen(Qt::NoPen);
            painter->setBrush(band);
            painter->drawRect(QRectF(4, rowRect.top(), Width - 8, RowHeight));
        }
        if (!smallLegible) {
            const qreal keywordWidth
                = keywordMetrics.averageCharWidth() * static_cast<qreal>(row.keyword.size() + 1);
            drawTextBar(painter, rowRect, keywordMetrics, row.keyword.size(), accent);
            drawTextBar(painter, rowRect.adjusted(keywordWidth, 0, 0, 0), small, row.text.size(),
                        theme.mutedText);
            continue;
        }
        painter->setFont(keywordFont);
        painter->setPen(accent);
        painter->drawText(rowRect, Qt::AlignLeft | Qt::AlignVCenter, row.keyword);
        const qreal keywordWidth = keywordMetrics.horizontalAdvance(row.keyword) + 5;
        painter->setFont(theme.smallFont);
        painter->setPen(theme.text);
        const QRectF textRect = rowRect.adjusted(keywordWidth, 0, 0, 0);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          elidedRowText(small, row.text, textRect.width()));
    }
    if (hasMoreRow() && !m_content.rows.empty()) {
        const int hidden = static_cast<int>(m_content.rows.size()) - rows;
        const QRectF moreRect(Padding + 4, HeaderHeight + rows * RowHeight + 1, Width - 2 * Padding,
                              RowHeight);
        painter->setFont(theme.smallFont);
        painter->setPen(theme.mutedText);
        const QString more = m_collapsed ? tr("%n instruction(s)", "collapsed block", hidden)
                                         : tr("+%n more", "hidden instruction rows", hidden);
        if (smallLegible)
            painter->drawText(moreRect, Qt::AlignLeft | Qt::AlignVCenter, more);
        else
            drawTextBar(painter, moreRect, small, more.size(), theme.mutedText);
    }
}

void StageBlockItem::paintMarks(QPainter *painter, const Paint &p) const
{
    const CanvasTheme &theme = p.theme;
    const QColor &accent = p.accent;
    const bool smallLegible = p.smallLegible;
    const QFontMetricsF &small = p.small;
    // Output port.
    painter->setPen(QPen(theme.port, 1.2));
    painter->setBrush(accent);
    painter->drawEllipse(outputPortRect());

    // "final" pill above the block.
    if (m_content.isFinal) {
        QFont pillFont = theme.smallFont;
        pillFont.setBold(true);
        const QString text = tr("final", "the build target stage");
        const qreal w = QFontMetricsF(pillFont).horizontalAdvance(text) + 14;
        const QRectF pill(4, -20, w, 17);
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme.finalMark);
        painter->drawRoundedRect(pill, 8, 8);
        painter->setFont(pillFont);
        painter->setPen(Qt::white);
        if (smallLegible)
            painter->drawText(pill, Qt::AlignCenter, text);
        else
            drawTextBar(painter, pill.adjusted(7, 0, -7, 0), small, text.size(), Qt::white,
                        Qt::AlignHCenter);
    }

    // Measured size: a pill above the right edge, left of the diagnostics badge.
    if (const QString text = pillText(); !text.isEmpty()) {
        QFont pillFont = theme.smallFont;
        pillFont.setBold(true);
        const qreal w = QFontMetricsF(pillFont).horizontalAdvance(text) + 14;
        const QRectF pill(Width - 18 - w, -20, w, 17);
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent.darker(130));
        painter->drawRoundedRect(pill, 8, 8);
        painter->setFont(pillFont);
        painter->setPen(Qt::white);
        if (smallLegible)
            painter->drawText(pill, Qt::AlignCenter, text);
        else
            drawTextBar(painter, pill.adjusted(7, 0, -7, 0), small, text.size(), Qt::white,
                        Qt::AlignHCenter);
    }

    // Diagnostics badge at the top-right corner.
    const int count = m_content.errors + m_content.warnings;
    if (count > 0) {
        const QPointF centre(Width - 4, 0);
        painter->setPen(QPen(theme.blockBody, 1.5));
        painter->setBrush(m_content.errors > 0 ? theme.error : theme.warning);
        painter->drawEllipse(centre, 10, 10);
        QFont badgeFont = theme.smallFont;
        badgeFont.setBold(true);
        painter->setFont(badgeFont);
        painter->setPen(Qt::white);
        if (smallLegible)
            painter->drawText(QRectF(centre.x() - 10, centre.y() - 10, 20, 20), Qt::AlignCenter,
                              count > 99 ? QStringLiteral("99+") : QString::number(count));
    }
}

void StageBlockItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (!m_content.rows.empty() && collapseToggleRect().contains(event->pos())) {
            if (StageScene *owner = stageScene())
                owner->toggleCollapsed(m_id);
            event->accept();
            return;
        }
        const int row = rowAt(event->pos());
        if (row >= 0) {
            if (StageScene *owner = stageScene())
                owner->activateRange(m_content.rows[static_cast<std::size_t>(row)].range);
        }
    }
    CanvasNodeItem::mousePressEvent(event);
}

void StageBlockItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && titleRect().contains(event->pos())) {
        startRename();
        event->accept();
        return;
    }
    CanvasNodeItem::mouseDoubleClickEvent(event);
}

void StageBlockItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    if (isOnOutputPort(event->pos()))
        setCursor(Qt::CrossCursor);
    else if (collapseToggleRect().contains(event->pos()))
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
    CanvasNodeItem::hoverMoveEvent(event);
}

void StageBlockItem::startRename()
{
    StageScene *owner = stageScene();
    if (!owner || m_editor)
        return;
    auto *editor = new InlineRenameEditor(m_content.name, this);
    editor->setFont(owner->theme().titleFont);
    editor->setDefaultTextColor(owner->theme().text);
    editor->setPos(titleRect().topLeft() + QPointF(-4, -3));
    editor->setTextWidth(titleRect().width() + 8);
    m_editor = editor;
    const model::StageId id = m_id;
    QObject::connect(editor, &InlineRenameEditor::committed, owner,
                     [owner, id](const QString &name) { owner->requestRename(id, name); });
    QObject::connect(editor, &InlineRenameEditor::finished, owner, [this] {
        if (m_editor) {
            m_editor->deleteLater();
            m_editor = nullptr;
        }
        update();
    });
    editor->begin();
    update();
}

InlineRenameEditor *StageBlockItem::renameEditor() const
{
    return m_editor;
}

} // namespace stagecraft::views
