// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/canvas/ImageFamily.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace stagecraft::views {

/// Asks for the source path(s) and the destination of a new artifact arrow
/// (`COPY --from=<from> <sources…> <destination>`), pre-filled from the source stage's image
/// family.
class ArrowDialog : public QDialog
{
    Q_OBJECT

public:
    ArrowDialog(const QString &fromTitle, const QString &toTitle, ImageFamily::Kind family,
                QWidget *parent = nullptr);

    /// The source paths (separated by blanks in the field).
    [[nodiscard]] QStringList sources() const;
    [[nodiscard]] QString destination() const;
    void setSources(const QStringList &sources);
    void setDestination(const QString &destination);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateOkButton();

    QString m_fromTitle;
    QString m_toTitle;
    QLabel *m_intro = nullptr;
    QLabel *m_sourcesLabel = nullptr;
    QLabel *m_destinationLabel = nullptr;
    QLineEdit *m_sources = nullptr;
    QLineEdit *m_destination = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace stagecraft::views
