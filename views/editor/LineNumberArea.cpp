// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/editor/LineNumberArea.h"

#include "views/editor/DockerfileEditor.h"

#include <QMouseEvent>
#include <QPainter>
#include <QTextBlock>

namespace stagecraft::views {

LineNumberArea::LineNumberArea(DockerfileEditor *editor)
    : QWidget(editor)
    , m_editor(editor)
{
    setCursor(Qt::PointingHandCursor);
}

QSize LineNumberArea::sizeHint() const
{
    return {m_editor->lineNumberAreaWidth(), 0};
}

void LineNumberArea::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QPalette palette = m_editor->palette();
    painter.fillRect(event->rect(), palette.color(QPalette::AlternateBase));
    const QList<int> fixLines = m_editor->fixItLines();
    const int currentBlock = m_editor->textCursor().blockNumber();
    const QFontMetrics metrics = m_editor->fontMetrics();
    const int bulbSize = metrics.height();
    const int numberRight = width() - bulbSize - 4;
    QFont bold = m_editor->font();
    bold.setBold(true);
    const auto lines = m_editor->visibleLines(event->rect().top(), event->rect().bottom());
    for (const DockerfileEditor::VisibleLine &line : lines) {
        const bool current = line.blockNumber == currentBlock;
        painter.setFont(current ? bold : m_editor->font());
        painter.setPen(palette.color(current ? QPalette::Text : QPalette::PlaceholderText));
        painter.drawText(0, line.top, numberRight, metrics.height(), Qt::AlignRight,
                         QString::number(line.blockNumber + 1));
        if (fixLines.contains(line.blockNumber))
            paintBulb(painter, QRectF(numberRight + 3, line.top + 1, bulbSize - 4, bulbSize - 2));
    }
}

void LineNumberArea::paintBulb(QPainter &painter, const QRectF &r)
{
    // A small light bulb: glass, then the screw base.
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x9a, 0x6b, 0x00), 1));
    painter.setBrush(QColor(0xff, 0xcc, 0x33));
    painter.drawEllipse(QRectF(r.left(), r.top(), r.width(), r.height() * 0.7));
    painter.setBrush(QColor(0x80, 0x80, 0x80));
    painter.drawRect(QRectF(r.left() + r.width() * 0.3, r.top() + r.height() * 0.7, r.width() * 0.4,
                            r.height() * 0.25));
}

void LineNumberArea::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_editor->lineNumberAreaClicked(qRound(event->position().y()),
                                        event->globalPosition().toPoint());
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

} // namespace stagecraft::views
