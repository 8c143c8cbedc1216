// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace stagecraft::views {

/// What an empty canvas shows in its middle: what the canvas is for, and three ways to start,
/// each a working button: New from Template…, Open…, Start Lesson 1. The canvas shows it while it
/// has no block and keeps it centred; the window connects the requests.
class CanvasEmptyState : public QFrame
{
    Q_OBJECT

public:
    /// Sits on `viewport` (the canvas's), centred, and follows its size.
    explicit CanvasEmptyState(QWidget *viewport);

    [[nodiscard]] QPushButton *templateButton() const { return m_template; }
    [[nodiscard]] QPushButton *openButton() const { return m_open; }
    [[nodiscard]] QPushButton *lessonButton() const { return m_lesson; }

Q_SIGNALS:
    void newFromTemplateRequested();
    void openRequested();
    void lessonRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void recentre();

    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_template = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_lesson = nullptr;
};

} // namespace stagecraft::views
