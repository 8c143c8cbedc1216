// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

class QMimeData;

namespace stagecraft::views {

/// The drag source beside the canvas: base images grouped by kind (full SDK images, slim, alpine,
/// distroless, scratch, web servers) and instructions. Drop an image on empty canvas to add a
/// stage (or on a block to change its base), an instruction on a block to add it there.
class CanvasPalette : public QTreeWidget
{
    Q_OBJECT

public:
    /// MIME type of a dragged base image; the payload is the UTF-8 image reference.
    static constexpr const char *ImageMimeType = "application/x-stagecraft-image";
    /// MIME type of a dragged instruction; the payload is the UTF-8 instruction text.
    static constexpr const char *InstructionMimeType = "application/x-stagecraft-instruction";

    explicit CanvasPalette(QWidget *parent = nullptr);

    /// The drag payload for `item` (nullptr for a group header). The caller owns it.
    [[nodiscard]] QMimeData *mimeDataFor(const QTreeWidgetItem *item) const;
    /// The item showing `value` (an image reference or an instruction's text), or nullptr.
    [[nodiscard]] QTreeWidgetItem *findEntry(const QString &value) const;

protected:
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
    void changeEvent(QEvent *event) override;

private:
    void populate();
    void retranslateUi();

    QList<QTreeWidgetItem *> m_groups;
};

} // namespace stagecraft::views
