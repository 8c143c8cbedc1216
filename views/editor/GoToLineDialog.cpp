// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/editor/GoToLineDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stagecraft::views {

GoToLineDialog::GoToLineDialog(int currentLine, int lineCount, QWidget *parent)
    : QDialog(parent)
    , m_label(new QLabel(this))
    , m_spin(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_lineCount(std::max(1, lineCount))
{
    m_spin->setRange(1, m_lineCount);
    m_spin->setValue(std::clamp(currentLine, 1, m_lineCount));
    m_spin->selectAll();
    m_label->setBuddy(m_spin);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_spin);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

int GoToLineDialog::line() const
{
    return m_spin->value();
}

void GoToLineDialog::setLine(int line)
{
    m_spin->setValue(line);
}

void GoToLineDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void GoToLineDialog::retranslateUi()
{
    setWindowTitle(tr("Go to Line"));
    //: %1 = number of lines in the document
    m_label->setText(tr("&Line number (1–%1):").arg(m_lineCount));
}

} // namespace stagecraft::views
