// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewFromTemplateDialog.h"

#include "common/TemplateCatalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stagecraft::app {

NewFromTemplateDialog::NewFromTemplateDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_description(new QLabel(this))
    , m_previewLabel(new QLabel(this))
    , m_previewFile(new QComboBox(this))
    , m_preview(new QPlainTextEdit(this))
    , m_destinationLabel(new QLabel(this))
    , m_destination(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    m_description->setWordWrap(true);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_previewFile->addItem(QString::fromLatin1(common::TemplateCatalog::kDockerfile));
    m_previewFile->addItem(QString::fromLatin1(common::TemplateCatalog::kDockerfileBefore));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);
    m_destinationLabel->setBuddy(m_destination);
    m_createButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_createButton->setDefault(true);

    auto *previewHeader = new QHBoxLayout;
    previewHeader->addWidget(m_previewLabel);
    previewHeader->addStretch();
    previewHeader->addWidget(m_previewFile);
    auto *right = new QVBoxLayout;
    right->addWidget(m_description);
    right->addLayout(previewHeader);
    right->addWidget(m_preview, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(right, 3);
    auto *destination = new QHBoxLayout;
    destination->addWidget(m_destinationLabel);
    destination->addWidget(m_destination, 1);
    destination->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(destination);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (!m_destinationEdited)
            setDestination(QDir::home().filePath(selectedTemplate() + QStringLiteral("-app")));
        updatePreview();
    });
    connect(m_previewFile, &QComboBox::currentIndexChanged, this, [this] { updatePreview(); });
    connect(m_destination, &QLineEdit::textEdited, this, [this] {
        m_destinationEdited = true;
        m_error->setVisible(false);
    });
    connect(m_browse, &QPushButton::clicked, this, &NewFromTemplateDialog::chooseDirectory);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { create(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    fillList();
    setDestination(QDir::home().filePath(selectedTemplate() + QStringLiteral("-app")));
    resize(900, 560);
}

bool NewFromTemplateDialog::selectTemplate(const QString &id)
{
    const int row = static_cast<int>(common::TemplateCatalog::ids().indexOf(id));
    if (row < 0)
        return false;
    m_list->setCurrentRow(row);
    return true;
}

QString NewFromTemplateDialog::selectedTemplate() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item == nullptr ? QString() : item->data(Qt::UserRole).toString();
}

void NewFromTemplateDialog::setDestination(const QString &directory)
{
    m_destination->setText(QDir::toNativeSeparators(directory));
    m_error->setVisible(false);
}

QString NewFromTemplateDialog::destination() const
{
    return QDir::fromNativeSeparators(m_destination->text().trimmed());
}

QString NewFromTemplateDialog::previewText() const
{
    return m_preview->toPlainText();
}

void NewFromTemplateDialog::setPreviewBefore(bool before)
{
    m_previewFile->setCurrentIndex(before ? 1 : 0);
}

QString NewFromTemplateDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool NewFromTemplateDialog::create()
{
    const common::TemplateCatalog::WriteResult result
        = common::TemplateCatalog::write(selectedTemplate(), destination());
    if (!result.ok) {
        m_error->setText(result.message);
        m_error->setVisible(true);
        return false;
    }
    m_error->setVisible(false);
    m_dockerfilePath = result.dockerfilePath;
    accept();
    return true;
}

void NewFromTemplateDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillList();
    }
    QDialog::changeEvent(event);
}

void NewFromTemplateDialog::retranslateUi()
{
    setWindowTitle(tr("New from Template"));
    m_previewLabel->setText(tr("Preview:"));
    m_destinationLabel->setText(tr("&Folder:"));
    m_browse->setText(tr("&Browse…"));
    m_createButton->setText(tr("&Create"));
}

void NewFromTemplateDialog::fillList()
{
    const QString current = selectedTemplate();
    const bool edited = m_destinationEdited;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const common::TemplateCatalog::Template &entry : common::TemplateCatalog::templates()) {
        auto *item = new QListWidgetItem(entry.title, m_list);
        item->setData(Qt::UserRole, entry.id);
        item->setToolTip(entry.description);
    }
    const int row = static_cast<int>(common::TemplateCatalog::ids().indexOf(current));
    m_list->setCurrentRow(row < 0 ? 0 : row);
    m_destinationEdited = edited;
    updatePreview();
}

void NewFromTemplateDialog::updatePreview()
{
    const QString id = selectedTemplate();
    const std::optional<common::TemplateCatalog::Template> entry
        = common::TemplateCatalog::find(id);
    m_description->setText(entry ? entry->description : QString());
    m_preview->setPlainText(
        QString::fromUtf8(common::TemplateCatalog::fileContents(id, m_previewFile->currentText())));
}

void NewFromTemplateDialog::chooseDirectory()
{
    const QString start = destination().isEmpty() ? QDir::homePath() : destination();
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder for the New Project"),
                                                             QFileInfo(start).absolutePath());
    if (chosen.isEmpty())
        return;
    // The chosen folder is the parent: the project goes into a subfolder named after the
    // template, unless the chosen folder is empty.
    const QDir dir(chosen);
    const bool empty
        = dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty();
    setDestination(empty ? chosen : dir.filePath(selectedTemplate() + QStringLiteral("-app")));
    m_destinationEdited = true;
}

} // namespace stagecraft::app
