// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/canvas/CanvasNodeItem.h"
#include "views/canvas/ImageFamily.h"

#include "model/StageIdentity.h"
#include "model/Token.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPointer>
#include <QString>

#include <vector>

namespace stagecraft::views {

class InlineRenameEditor;

/// How long a stage took to build, and whether every step came from the cache.
struct StageTime
{
    qint64 ms = -1; ///< wall time; negative: not known
    bool cached = false;
    friend bool operator==(const StageTime &, const StageTime &) = default;
};

/// One FROM block on the canvas: title, base image with its family badge, a compact list of the
/// stage's instructions (collapsible), the "final" mark, a dimmed look when the target does not
/// need the stage, and a diagnostics badge. It holds its stage's id and renders what the scene
/// gives it (it owns no model data); gestures go back to the scene with the id, and the scene
/// turns them into edit operations.
class StageBlockItem : public CanvasNodeItem
{
    Q_DECLARE_TR_FUNCTIONS(StageBlockItem)

public:
    enum { Type = UserType + 1 };

    /// One instruction row.
    struct Row
    {
        QString keyword;
        QString text;
        model::Range range; ///< the instruction's bytes
        int line = 0;       ///< 1-based first line
        friend bool operator==(const Row &, const Row &) = default;
    };

    /// What the block shows, prepared by the scene from the tree, the graph and the diagnostics.
    struct Content
    {
        int index = 0;
        QString name; ///< empty when unnamed
        QString base;
        ImageFamily::Kind family = ImageFamily::Other;
        QString platform;
        std::vector<Row> rows;
        bool isFinal = false;
        bool needed = true;
        int errors = 0;
        int warnings = 0;
        QString diagnosticsTip;
        model::Range fromRange;
        friend bool operator==(const Content &, const Content &) = default;
    };

    static constexpr qreal Width = 260;
    static constexpr qreal HeaderHeight = 48;
    static constexpr qreal RowHeight = 19;
    static constexpr int MaxRows = 12;

    /// The block of the stage with `id` (its node key is `stage:<id>`).
    explicit StageBlockItem(model::StageId id);

    /// The stage's id (model::Analysis::stageIds()); the scene maps it to everything else.
    [[nodiscard]] model::StageId id() const { return m_id; }

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override;
    [[nodiscard]] QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    [[nodiscard]] const Content &content() const { return m_content; }
    /// Updates what the block shows (no-op when unchanged, so a reparse causes no repaint).
    void setContent(const Content &content);
    [[nodiscard]] bool isCollapsed() const { return m_collapsed; }
    void setCollapsed(bool collapsed);
    /// `text` elided on the right to `width`: what QFontMetricsF::elidedText(text,
    /// Qt::ElideRight, width) gives, without shaping more of a long row than can show.
    [[nodiscard]] static QString elidedRowText(const QFontMetricsF &metrics, const QString &text,
                                               qreal width);
    /// "build", or "#2" for an unnamed stage.
    [[nodiscard]] QString title() const;

    [[nodiscard]] QPointF outputAnchor() const override;
    [[nodiscard]] QPointF inputAnchor(int line) const override;
    [[nodiscard]] QRectF frameRect() const override;

    /// Hit areas, in item coordinates.
    [[nodiscard]] QRectF titleRect() const;
    [[nodiscard]] QRectF collapseToggleRect() const;
    [[nodiscard]] QRectF outputPortRect() const;
    [[nodiscard]] bool isOnOutputPort(const QPointF &itemPos) const;
    /// The instruction row at `itemPos`, or -1.
    [[nodiscard]] int rowAt(const QPointF &itemPos) const;

    /// Opens the inline title editor; Enter renames (through the scene), Escape cancels.
    void startRename();
    [[nodiscard]] InlineRenameEditor *renameEditor() const;
    /// Re-reads fonts and metrics from the scene's theme.
    void themeChanged();

    /// The measured image size of the stage, shown as a pill above the block's right edge
    /// (negative: none). Kept across reparses: it is not part of Content.
    void setMeasuredSize(qint64 bytes);
    [[nodiscard]] qint64 measuredSize() const { return m_measuredSize; }
    /// The size pill's text in the current locale ("" when no size is set).
    [[nodiscard]] QString measuredSizeText() const;
    /// The stage's wasted space as dive measures it (model::StageWaste), shown as a pill under
    /// the block: efficiency 0…1 (negative: not analysed, no pill), wasted bytes, and the wasted
    /// share of the stage's own bytes in percent. Kept across reparses, like the size.
    void setWaste(double efficiency, qint64 wastedBytes, double userWastedPercent);
    [[nodiscard]] double wasteEfficiency() const { return m_wasteEfficiency; }
    /// The waste pill's text in the current locale ("" when no waste is set).
    [[nodiscard]] QString wasteText() const;
    /// The stage's build time and cache state, shown in the same pill after the size ("45.0 MB
    /// · 4.2 s", "45.0 MB · cached"); ms < 0 and not cached: none. Kept across reparses.
    void setMeasuredTime(const StageTime &time);
    [[nodiscard]] const StageTime &measuredTime() const { return m_measuredTime; }
    /// The pill's whole text: size, time or "cached", both, or "".
    [[nodiscard]] QString pillText() const;
    /// Marks the instruction on 1-based `line` as the one being built (0: none): the block gets
    /// a highlight frame and the row (when shown) a highlight band.
    void setActiveLine(int line);
    [[nodiscard]] int activeLine() const { return m_activeLine; }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    struct Paint;
    /// Body, header band and frame (its pen marks final, building and selected).
    void paintFrame(QPainter *painter, const Paint &p, bool selected) const;
    /// Family badge, title, base image and the collapse toggle.
    void paintHeader(QPainter *painter, const Paint &p) const;
    /// The instruction rows and the "+n more" row.
    void paintRows(QPainter *painter, const Paint &p) const;
    /// Output port, the "final" and size pills, the diagnostics badge.
    void paintMarks(QPainter *painter, const Paint &p) const;
    /// The waste pill under the block's bottom edge.
    void paintWaste(QPainter *painter, const Paint &p) const;
    [[nodiscard]] int visibleRowCount() const;
    [[nodiscard]] bool hasMoreRow() const;
    [[nodiscard]] qreal height() const;

    model::StageId m_id = model::NoStageId;
    Content m_content;
    qint64 m_measuredSize = -1;
    double m_wasteEfficiency = -1;
    qint64 m_wastedBytes = 0;
    double m_userWastedPercent = 0;
    StageTime m_measuredTime;
    int m_activeLine = 0;
    bool m_collapsed = false;
    QPointer<InlineRenameEditor> m_editor;
};

} // namespace stagecraft::views
