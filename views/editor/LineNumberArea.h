// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPainter;

namespace stagecraft::views {

class DockerfileEditor;

/// The editor's gutter: line numbers (the cursor's in bold) and fix-it light bulbs, painted from
/// the lines the editor shows (DockerfileEditor::visibleLines()); clicks go to the editor, which
/// knows the diagnostics.
class LineNumberArea : public QWidget
{
    Q_OBJECT

public:
    explicit LineNumberArea(DockerfileEditor *editor);

    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    static void paintBulb(QPainter &painter, const QRectF &rect);

    DockerfileEditor *m_editor;
};

} // namespace stagecraft::views
