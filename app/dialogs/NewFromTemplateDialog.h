// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace stagecraft::app {

/// File → New from Template…: the templates (translated title and description), a preview of
/// the chosen template's Dockerfile (or its single-stage Dockerfile.before), and the folder to
/// write it to. Create writes the folder through TemplateCatalog::write — never overwriting a
/// file; a refusal is shown in the dialog, which stays open — and then accepts; dockerfilePath()
/// is the new Dockerfile for the caller to open.
class NewFromTemplateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewFromTemplateDialog(QWidget *parent = nullptr);

    /// Selects a template by id; false when there is none.
    bool selectTemplate(const QString &id);
    [[nodiscard]] QString selectedTemplate() const;
    /// The destination folder (the project folder itself, created when missing).
    void setDestination(const QString &directory);
    [[nodiscard]] QString destination() const;
    /// The text shown in the preview.
    [[nodiscard]] QString previewText() const;
    /// Shows Dockerfile.before (true) or Dockerfile (false) in the preview.
    void setPreviewBefore(bool before);
    /// The message under the destination: why the last Create failed (empty otherwise).
    [[nodiscard]] QString errorText() const;

    /// Writes the template; on success accepts the dialog and returns true.
    bool create();
    /// The Dockerfile written by create().
    [[nodiscard]] QString dockerfilePath() const { return m_dockerfilePath; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillList();
    void updatePreview();
    void chooseDirectory();

    QListWidget *m_list = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_previewLabel = nullptr;
    QComboBox *m_previewFile = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_destinationLabel = nullptr;
    QLineEdit *m_destination = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_createButton = nullptr;
    QString m_dockerfilePath;
    bool m_destinationEdited = false;
};

} // namespace stagecraft::app
