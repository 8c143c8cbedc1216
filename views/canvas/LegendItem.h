// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QString>
#include <QStringList>

namespace stagecraft::views {

/// The key to the canvas: what each arrow style, the image pill, the "final" mark and a dimmed
/// block mean. Part of the scene, so exports carry it too.
class LegendItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(LegendItem)

public:
    enum { Type = UserType + 4 };

    LegendItem();

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// Re-reads the captions (after a language change) and the theme's fonts.
    void retranslate();
    /// The captions shown: title, then one per entry (tests check they follow the language).
    [[nodiscard]] QStringList captions() const
    {
        return {m_title, m_copy, m_from, m_mount, m_image, m_final, m_dimmed};
    }

private:
    QString m_title;
    QString m_copy;
    QString m_from;
    QString m_mount;
    QString m_image;
    QString m_final;
    QString m_dimmed;
    QRectF m_rect;
};

} // namespace stagecraft::views
