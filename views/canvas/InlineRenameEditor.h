// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsTextItem>

namespace stagecraft::views {

/// The in-place editor for a block's title: Enter (or leaving it) commits, Escape cancels.
class InlineRenameEditor : public QGraphicsTextItem
{
    Q_OBJECT

public:
    enum { Type = UserType + 5 };

    InlineRenameEditor(const QString &text, QGraphicsItem *parent);

    [[nodiscard]] int type() const override { return Type; }
    /// Starts editing: takes the focus and selects the whole text.
    void begin();
    /// Ends editing, committing the text when `commit` and it changed.
    void finish(bool commit);

Q_SIGNALS:
    /// The user confirmed a new, non-empty name.
    void committed(const QString &name);
    /// Editing ended (committed or not): the owner removes the editor.
    void finished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QString m_original;
    bool m_done = false;
};

} // namespace stagecraft::views
