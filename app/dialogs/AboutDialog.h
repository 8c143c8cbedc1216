// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace stagecraft::app {

/// Help → About Stagecraft: the version, what it was built with, its licence
/// (GPL-3.0-or-later, full text) and the licences of the components it ships or links. The
/// legal texts come from `:/licenses/` (English, as their authors wrote them); everything
/// around them is translated and follows a language switch.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    /// A component Stagecraft ships or links, with the version in use.
    struct Component
    {
        QString name;
        QString version; ///< At run time where the library reports it, else at build time.
        QString licence; ///< SPDX identifier.
        QString url;
    };

    explicit AboutDialog(QWidget *parent = nullptr);

    /// The version: `git describe --tags` when the build was tagged, else the project version.
    [[nodiscard]] static QString version();
    /// Qt (built with and running), compiler, ABI and operating system, one per line.
    [[nodiscard]] static QString buildInformation();
    /// Qt, nlohmann_json, libarchive and the Noto fonts, in that order.
    [[nodiscard]] static QList<Component> components();
    /// A resource under `:/licenses/` (GPL-3.0.txt, LGPL-3.0.txt, third-party.txt); empty when
    /// it is missing.
    [[nodiscard]] static QString licenceText(const QString &fileName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_licence = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_build = nullptr;
    QTextBrowser *m_components = nullptr;
    QPlainTextEdit *m_gpl = nullptr;
    QPlainTextEdit *m_lgpl = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_aboutQt = nullptr;
};

} // namespace stagecraft::app
