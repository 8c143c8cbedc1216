// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace stagecraft::views {

class DockerfileEditor;

/// The editor's gutter: line numbers and fix-it light bulbs. Painting and clicks are delegated to
/// the editor, which knows the block geometry and the diagnostics.
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
    DockerfileEditor *m_editor;
};

} // namespace stagecraft::views
