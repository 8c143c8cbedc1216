// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextDocument>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRegularExpression;
class QTextCursor;
class QToolButton;

namespace stagecraft::views {

/// Find and replace over a QPlainTextEdit: next/previous (wrapping), match case, whole words,
/// regular expressions (replacement may use \1…\9), replace and replace all (one undo step).
class FindReplaceBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindReplaceBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    /// Show the bar, with the replace row when `replace`; a non-empty `seed` becomes the pattern.
    void showBar(bool replace, const QString &seed = {});
    [[nodiscard]] bool isReplaceVisible() const;

    void setFindText(const QString &text);
    void setReplaceText(const QString &text);
    void setMatchCase(bool on);
    void setWholeWords(bool on);
    void setRegularExpression(bool on);
    [[nodiscard]] QString findText() const;

    /// Select the next (previous) match, wrapping around; false when there is none.
    bool findNext();
    bool findPrevious();
    /// Replace the selected match (if the selection is one) and select the next one.
    bool replaceCurrent();
    /// Replace every match as one undo step; returns how many were replaced.
    int replaceAll();

Q_SIGNALS:
    /// The bar was closed (Escape or its close button); the editor takes the focus back.
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslateUi();
    bool find(bool backward);
    [[nodiscard]] QTextDocument::FindFlags flags(bool backward) const;
    [[nodiscard]] QRegularExpression regularExpression() const;
    [[nodiscard]] QTextCursor findFrom(const QTextCursor &from, bool backward) const;
    [[nodiscard]] bool selectionIsMatch(const QTextCursor &cursor) const;
    [[nodiscard]] QString replacementFor(const QString &matched) const;
    void setStatus(const QString &text, bool problem);

    QPlainTextEdit *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QToolButton *m_previous;
    QToolButton *m_next;
    QCheckBox *m_case;
    QCheckBox *m_word;
    QCheckBox *m_regex;
    QToolButton *m_replaceOne;
    QToolButton *m_replaceAll;
    QToolButton *m_close;
    QLabel *m_findLabel;
    QLabel *m_replaceLabel;
    QLabel *m_status;
};

} // namespace stagecraft::views
