// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace stagecraft::views {

/// Asks for a 1-based line number between 1 and the document's line count.
class GoToLineDialog : public QDialog
{
    Q_OBJECT

public:
    GoToLineDialog(int currentLine, int lineCount, QWidget *parent = nullptr);

    /// The chosen 1-based line.
    [[nodiscard]] int line() const;
    void setLine(int line);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_label;
    QSpinBox *m_spin;
    QDialogButtonBox *m_buttons;
    int m_lineCount;
};

} // namespace stagecraft::views
