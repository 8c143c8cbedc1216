// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/ArrowDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stagecraft::views {

ArrowDialog::ArrowDialog(const QString &fromTitle, const QString &toTitle, ImageFamily::Kind family,
                         QWidget *parent)
    : QDialog(parent)
    , m_fromTitle(fromTitle)
    , m_toTitle(toTitle)
{
    setObjectName(QStringLiteral("ArrowDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto *form = new QFormLayout;
    m_sourcesLabel = new QLabel(this);
    m_sources = new QLineEdit(this);
    m_sources->setObjectName(QStringLiteral("sources"));
    m_destinationLabel = new QLabel(this);
    m_destination = new QLineEdit(this);
    m_destination->setObjectName(QStringLiteral("destination"));
    m_sourcesLabel->setBuddy(m_sources);
    m_destinationLabel->setBuddy(m_destination);
    form->addRow(m_sourcesLabel, m_sources);
    form->addRow(m_destinationLabel, m_destination);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sources, &QLineEdit::textChanged, this, &ArrowDialog::updateOkButton);
    connect(m_destination, &QLineEdit::textChanged, this, &ArrowDialog::updateOkButton);

    const ImageFamily::CopyDefaults defaults = ImageFamily::copyDefaults(family);
    setSources(defaults.sources);
    setDestination(defaults.destination);
    m_sources->selectAll();
    setMinimumWidth(420);
    retranslateUi();
}

QStringList ArrowDialog::sources() const
{
    return m_sources->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString ArrowDialog::destination() const
{
    return m_destination->text().trimmed();
}

void ArrowDialog::setSources(const QStringList &sources)
{
    m_sources->setText(sources.join(QLatin1Char(' ')));
}

void ArrowDialog::setDestination(const QString &destination)
{
    m_destination->setText(destination);
}

void ArrowDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!sources().isEmpty() && !destination().isEmpty());
}

void ArrowDialog::retranslateUi()
{
    setWindowTitle(tr("Copy an Artifact"));
    m_intro->setText(tr("Copy files built in stage %1 into stage %2 (COPY --from).")
                         .arg(m_fromTitle, m_toTitle));
    m_sourcesLabel->setText(tr("&Source paths:"));
    m_destinationLabel->setText(tr("&Destination:"));
    m_sources->setToolTip(tr("Paths in the source stage, separated by spaces."));
}

void ArrowDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace stagecraft::views
