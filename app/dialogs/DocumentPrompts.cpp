// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentPrompts.h"

#include "app/TextFileFormat.h"
#include "model/UnifiedDiff.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWidget>

namespace stagecraft::app {

DocumentPrompts::DocumentPrompts(DocumentController *controller, QWidget *window)
    : QObject(window)
    , m_controller(controller)
    , m_window(window)
{ }

DocumentPrompts::UnsavedChoice DocumentPrompts::askUnsavedChanges() const
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("%1 has unsaved changes. Save them?").arg(m_controller->displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setDefaultButton(QMessageBox::Save);
    const int answer = box.exec();
    return answer == QMessageBox::Save   ? UnsavedChoice::Save
        : answer == QMessageBox::Discard ? UnsavedChoice::Discard
                                         : UnsavedChoice::Cancel;
}

bool DocumentPrompts::askRecover(const AutosaveManager::Entry &entry) const
{
    const QString name = entry.originalPath.isEmpty()
        ? tr("An untitled Dockerfile")
        : QDir::toNativeSeparators(entry.originalPath);
    QMessageBox box(
        QMessageBox::Question, tr("Recover Unsaved Changes"),
        //: %1 = file path (or "An untitled Dockerfile"), %2 = date and time
        tr("%1 had unsaved changes when Stagecraft stopped unexpectedly "
           "(autosaved %2). Recover them?")
            .arg(name, QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::NoButton, m_window);
    QPushButton *recoverButton = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(recoverButton);
    box.exec();
    return box.clickedButton() == recoverButton;
}

DocumentController::ExternalChoice
DocumentPrompts::askAboutExternalChange(const QByteArray &diskBytes) const
{
    for (;;) {
        QMessageBox box(QMessageBox::Warning, tr("File Changed on Disk"),
                        //: %1 = file name
                        tr("Another program changed %1. Reload it from disk, or keep the text "
                           "shown here?")
                            .arg(m_controller->displayName()),
                        QMessageBox::NoButton, m_window);
        QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
        QPushButton *keep = box.addButton(tr("&Keep Mine"), QMessageBox::RejectRole);
        QPushButton *compare = box.addButton(tr("&Compare…"), QMessageBox::ActionRole);
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() == reload)
            return DocumentController::ExternalChoice::Reload;
        if (box.clickedButton() == compare) {
            showComparison(diskBytes);
            continue;
        }
        return DocumentController::ExternalChoice::KeepMine;
    }
}

void DocumentPrompts::showComparison(const QByteArray &diskBytes) const
{
    const std::string disk = TextFileFormat::decode(diskBytes).toStdString();
    const QString name = m_controller->displayName();
    const std::string diff = model::unifiedDiff(m_controller->modelText(), disk,
                                                tr("%1 (shown here)").arg(name).toStdString(),
                                                tr("%1 (on disk)").arg(name).toStdString());
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Compare with Disk"));
    auto *text = new QPlainTextEdit(&dialog);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(diff.empty() ? tr("The texts are the same.") : QString::fromStdString(diff));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(800, 600);
    dialog.exec();
}

bool DocumentPrompts::confirmInvalidUtf8() const
{
    const auto answer = QMessageBox::warning(
        m_window, tr("Save Dockerfile"),
        tr("%1 contains bytes that are not UTF-8. They are shown as � and will be saved as the "
           "character U+FFFD, not as the original bytes. Save anyway?")
            .arg(m_controller->displayName()),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Save;
}

void DocumentPrompts::reportVanished(const QString &path)
{
    const QString message
        //: %1 = file path
        = tr("%1 was deleted or moved by another program. Your text is still here; save it to "
             "write the file again.")
              .arg(QDir::toNativeSeparators(path));
    Q_EMIT statusMessage(message);
    QMessageBox::warning(m_window, tr("File Missing"), message);
}

} // namespace stagecraft::app
