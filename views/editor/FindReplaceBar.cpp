// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/editor/FindReplaceBar.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolButton>

namespace stagecraft::views {

FindReplaceBar::FindReplaceBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_case(new QCheckBox(this))
    , m_word(new QCheckBox(this))
    , m_regex(new QCheckBox(this))
    , m_replaceOne(new QToolButton(this))
    , m_replaceAll(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_findLabel(new QLabel(this))
    , m_replaceLabel(new QLabel(this))
    , m_status(new QLabel(this))
{
    setAutoFillBackground(true);
    m_findLabel->setBuddy(m_find);
    m_replaceLabel->setBuddy(m_replace);
    m_find->setClearButtonEnabled(true);
    m_replace->setClearButtonEnabled(true);
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("×"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 2, 4, 2);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_findLabel, 0, 0);
    grid->addWidget(m_find, 0, 1);
    grid->addWidget(m_previous, 0, 2);
    grid->addWidget(m_next, 0, 3);
    grid->addWidget(m_case, 0, 4);
    grid->addWidget(m_word, 0, 5);
    grid->addWidget(m_regex, 0, 6);
    grid->addWidget(m_status, 0, 7);
    grid->addWidget(m_close, 0, 8);
    grid->addWidget(m_replaceLabel, 1, 0);
    grid->addWidget(m_replace, 1, 1);
    grid->addWidget(m_replaceOne, 1, 2, 1, 2);
    grid->addWidget(m_replaceAll, 1, 4, 1, 2);
    grid->setColumnStretch(1, 1);

    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        // Shift+Enter searches backwards, as in most editors.
        find(QGuiApplication::keyboardModifiers().testFlag(Qt::ShiftModifier));
    });
    connect(m_find, &QLineEdit::textChanged, this, [this] { setStatus({}, false); });
    connect(m_replace, &QLineEdit::returnPressed, this, [this] { replaceCurrent(); });
    connect(m_previous, &QToolButton::clicked, this, [this] { findPrevious(); });
    connect(m_next, &QToolButton::clicked, this, [this] { findNext(); });
    connect(m_replaceOne, &QToolButton::clicked, this, [this] { replaceCurrent(); });
    connect(m_replaceAll, &QToolButton::clicked, this, [this] { replaceAll(); });
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    retranslateUi();
}

void FindReplaceBar::retranslateUi()
{
    m_findLabel->setText(tr("&Find:"));
    m_replaceLabel->setText(tr("Re&place:"));
    m_find->setPlaceholderText(tr("Search"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_previous->setToolTip(tr("Find previous"));
    m_next->setToolTip(tr("Find next"));
    m_case->setText(tr("Match case"));
    m_word->setText(tr("Whole words"));
    m_regex->setText(tr("Regular expression"));
    m_replaceOne->setText(tr("Replace"));
    m_replaceAll->setText(tr("Replace All"));
    m_close->setToolTip(tr("Close"));
}

void FindReplaceBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        Q_EMIT closed();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindReplaceBar::showBar(bool replace, const QString &seed)
{
    if (!seed.isEmpty())
        m_find->setText(seed);
    for (QWidget *w : {static_cast<QWidget *>(m_replaceLabel), static_cast<QWidget *>(m_replace),
                       static_cast<QWidget *>(m_replaceOne), static_cast<QWidget *>(m_replaceAll)})
        w->setVisible(replace);
    show();
    m_find->setFocus();
    m_find->selectAll();
}

bool FindReplaceBar::isReplaceVisible() const
{
    return !isHidden() && !m_replace->isHidden();
}

void FindReplaceBar::setFindText(const QString &text)
{
    m_find->setText(text);
}

void FindReplaceBar::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}

void FindReplaceBar::setMatchCase(bool on)
{
    m_case->setChecked(on);
}

void FindReplaceBar::setWholeWords(bool on)
{
    m_word->setChecked(on);
}

void FindReplaceBar::setRegularExpression(bool on)
{
    m_regex->setChecked(on);
}

QString FindReplaceBar::findText() const
{
    return m_find->text();
}

bool FindReplaceBar::findNext()
{
    return find(false);
}

bool FindReplaceBar::findPrevious()
{
    return find(true);
}

QTextDocument::FindFlags FindReplaceBar::flags(bool backward) const
{
    QTextDocument::FindFlags f;
    if (backward)
        f |= QTextDocument::FindBackward;
    if (m_case->isChecked())
        f |= QTextDocument::FindCaseSensitively;
    if (m_word->isChecked() && !m_regex->isChecked())
        f |= QTextDocument::FindWholeWords;
    return f;
}

QRegularExpression FindReplaceBar::regularExpression() const
{
    QString pattern = m_find->text();
    if (m_word->isChecked())
        pattern = QStringLiteral("\\b(?:") + pattern + QStringLiteral(")\\b");
    QRegularExpression re(pattern);
    if (!m_case->isChecked())
        re.setPatternOptions(QRegularExpression::CaseInsensitiveOption);
    return re;
}

QTextCursor FindReplaceBar::findFrom(const QTextCursor &from, bool backward) const
{
    const QTextDocument *doc = m_editor->document();
    if (m_regex->isChecked())
        return doc->find(regularExpression(), from, flags(backward));
    return doc->find(m_find->text(), from, flags(backward));
}

bool FindReplaceBar::find(bool backward)
{
    if (m_find->text().isEmpty()) {
        setStatus({}, false);
        return false;
    }
    if (m_regex->isChecked() && !regularExpression().isValid()) {
        setStatus(tr("Invalid regular expression"), true);
        return false;
    }
    QTextCursor found = findFrom(m_editor->textCursor(), backward);
    bool wrapped = false;
    if (found.isNull()) {
        QTextCursor start(m_editor->document());
        start.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        found = findFrom(start, backward);
        wrapped = true;
    }
    if (found.isNull()) {
        setStatus(tr("Not found"), true);
        return false;
    }
    m_editor->setTextCursor(found);
    m_editor->centerCursor();
    setStatus(wrapped ? tr("Search wrapped") : QString(), false);
    return true;
}

bool FindReplaceBar::selectionIsMatch(const QTextCursor &cursor) const
{
    if (!cursor.hasSelection() || m_find->text().isEmpty())
        return false;
    QTextCursor probe(m_editor->document());
    probe.setPosition(cursor.selectionStart());
    const QTextCursor found = findFrom(probe, false);
    return !found.isNull() && found.selectionStart() == cursor.selectionStart()
        && found.selectionEnd() == cursor.selectionEnd();
}

QString FindReplaceBar::replacementFor(const QString &matched) const
{
    const QString replacement = m_replace->text();
    if (!m_regex->isChecked())
        return replacement;
    const QRegularExpressionMatch match
        = QRegularExpression(QRegularExpression::anchoredPattern(regularExpression().pattern()),
                             regularExpression().patternOptions())
              .match(matched);
    QString out;
    out.reserve(replacement.size());
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        if (c == u'\\' && i + 1 < replacement.size()) {
            const QChar n = replacement.at(i + 1);
            if (n.isDigit()) {
                out += match.captured(n.digitValue());
                ++i;
                continue;
            }
            if (n == u'n') {
                out += u'\n';
                ++i;
                continue;
            }
            if (n == u't') {
                out += u'\t';
                ++i;
                continue;
            }
            if (n == u'\\') {
                out += u'\\';
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

bool FindReplaceBar::replaceCurrent()
{
    QTextCursor cursor = m_editor->textCursor();
    if (selectionIsMatch(cursor)) {
        cursor.insertText(replacementFor(cursor.selectedText()));
        m_editor->setTextCursor(cursor);
    }
    return findNext();
}

int FindReplaceBar::replaceAll()
{
    if (m_find->text().isEmpty())
        return 0;
    if (m_regex->isChecked() && !regularExpression().isValid()) {
        setStatus(tr("Invalid regular expression"), true);
        return 0;
    }
    QTextDocument *doc = m_editor->document();
    QTextCursor edit(doc);
    QTextCursor from(doc);
    int count = 0;
    bool editing = false;
    while (true) {
        QTextCursor found = findFrom(from, false);
        if (found.isNull())
            break;
        if (found.selectionStart() == found.selectionEnd()) {
            // An empty regex match: step over one character so the loop ends.
            if (found.atEnd())
                break;
            from.setPosition(found.position() + 1);
            continue;
        }
        if (!editing) {
            edit.beginEditBlock(); // every replacement in one undo step
            editing = true;
        }
        const QString replacement = replacementFor(found.selectedText());
        edit.setPosition(found.selectionStart());
        edit.setPosition(found.selectionEnd(), QTextCursor::KeepAnchor);
        edit.insertText(replacement);
        ++count;
        from.setPosition(edit.position());
    }
    if (editing)
        edit.endEditBlock();
    //: %n = number of replacements
    setStatus(tr("%Ln replaced", nullptr, count), count == 0);
    return count;
}

void FindReplaceBar::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette p = palette();
    if (problem)
        p.setColor(QPalette::WindowText, QColor(0xcb, 0x24, 0x31));
    m_status->setPalette(p);
}

} // namespace stagecraft::views
