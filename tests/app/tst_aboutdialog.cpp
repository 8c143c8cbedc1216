// SPDX-License-Identifier: GPL-3.0-or-later
// Help → About Stagecraft: the version and build information it shows, the components it names
// with their licences and the embedded licence texts, that the Help menu opens it, and that it
// follows a language switch.

#include "app/MainWindow.h"
#include "app/dialogs/AboutDialog.h"
#include "common/Translation.h"

#include "stagecraft_version.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QPointer>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

#include <archive.h>

using namespace Qt::StringLiterals;
using stagecraft::app::AboutDialog;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheVersionAndBuild();
    void namesEveryShippedComponentWithItsLicence();
    void embedsTheLicenceTexts();
    void helpMenuOpensIt();
    void followsTheLanguage();
    void cleanup();
};

void TestAboutDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAboutDialog::showsTheVersionAndBuild()
{
    AboutDialog dialog;
    QCOMPARE(AboutDialog::version(), QString::fromUtf8(STAGECRAFT_VERSION));
    const auto *title = dialog.findChild<QLabel *>(u"aboutTitle"_s);
    QVERIFY(title);
    QCOMPARE(title->text(), u"Stagecraft "_s + QString::fromUtf8(STAGECRAFT_VERSION));

    const QString build = AboutDialog::buildInformation();
    QVERIFY2(build.contains(QString::fromLatin1(qVersion())), qPrintable(build));
    QVERIFY2(build.contains(QString::fromLatin1(QT_VERSION_STR)), qPrintable(build));
#if defined(__GNUC__) && !defined(__clang__)
    QVERIFY2(build.contains(u"GCC "_s + QString::fromLatin1(__VERSION__)), qPrintable(build));
#endif
}

void TestAboutDialog::namesEveryShippedComponentWithItsLicence()
{
    const QList<AboutDialog::Component> components = AboutDialog::components();
    QStringList names;
    for (const auto &component : components) {
        names << component.name;
        QVERIFY2(!component.licence.isEmpty(), qPrintable(component.name));
        QVERIFY2(component.url.startsWith(u"https://"_s), qPrintable(component.name));
    }
    QCOMPARE(names, (QStringList{u"Qt"_s, u"nlohmann_json"_s, u"libarchive"_s, u"Noto fonts"_s}));
    QCOMPARE(components.at(0).version, QString::fromLatin1(qVersion()));
    QCOMPARE(components.at(0).licence, u"LGPL-3.0-only"_s);
    QVERIFY(components.at(1).version.startsWith(u"3."_s));
    QCOMPARE(components.at(1).licence, u"MIT"_s);
    // The libarchive actually loaded, not the headers' idea of it.
    QCOMPARE(u"libarchive "_s + components.at(2).version,
             QString::fromLatin1(archive_version_string()));
    QCOMPARE(components.at(2).licence, u"BSD-2-Clause"_s);
    QCOMPARE(components.at(3).licence, u"OFL-1.1"_s);

    // Each licence's notice is reproduced as its terms require.
    const QString notices = AboutDialog::licenceText(u"third-party.txt"_s);
    for (const QString &needle :
         {u"Copyright (c) 2013-2022 Niels Lohmann"_s, u"The above copyright notice"_s,
          u"Tim Kientzle"_s, u"Redistributions in binary form must reproduce"_s, u"LGPL-3.0-only"_s,
          u"OFL-1.1"_s}) {
        QVERIFY2(notices.contains(needle), qPrintable(needle));
    }

    // The dialog's tab shows the table and the notices.
    AboutDialog dialog;
    const auto browsers = dialog.findChildren<QTextBrowser *>();
    QCOMPARE(browsers.size(), 1);
    const QString shown = browsers.constFirst()->toPlainText();
    QVERIFY(shown.contains(u"BSD-2-Clause"_s));
    QVERIFY(shown.contains(u"Niels Lohmann"_s));
    QVERIFY(shown.contains(components.at(2).version));
}

void TestAboutDialog::embedsTheLicenceTexts()
{
    const QString gpl = AboutDialog::licenceText(u"GPL-3.0.txt"_s);
    QVERIFY(gpl.trimmed().startsWith(u"GNU GENERAL PUBLIC LICENSE"_s));
    QVERIFY(gpl.contains(u"Version 3, 29 June 2007"_s));
    const QString lgpl = AboutDialog::licenceText(u"LGPL-3.0.txt"_s);
    QVERIFY(lgpl.trimmed().startsWith(u"GNU LESSER GENERAL PUBLIC LICENSE"_s));
    QVERIFY(AboutDialog::licenceText(u"no-such-licence.txt"_s).isEmpty());

    AboutDialog dialog;
    const auto *tabs = dialog.findChild<QTabWidget *>();
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 4);
}

void TestAboutDialog::helpMenuOpensIt()
{
    stagecraft::app::MainWindow window;
    window.openExample();
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;
    const auto actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->menuRole() == QAction::AboutRole)
            about = action;
        else if (action->menuRole() == QAction::AboutQtRole)
            aboutQt = action;
    }
    QVERIFY(about);
    QVERIFY(aboutQt);
    QCOMPARE(about->text(), u"&About Stagecraft"_s);
    QCOMPARE(window.menuBar()->actions().constLast()->text(), u"&Help"_s);

    about->trigger();
    auto *dialog = window.findChild<AboutDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QPointer<AboutDialog> guard(dialog);
    dialog->close(); // deleted on close
    QTRY_VERIFY(guard.isNull());
}

void TestAboutDialog::followsTheLanguage()
{
    AboutDialog dialog;
    QCOMPARE(dialog.windowTitle(), u"About Stagecraft"_s);
    QVERIFY(stagecraft::common::installTranslator(*QCoreApplication::instance(), u"hi"_s));
    QCoreApplication::processEvents(); // delivers QEvent::LanguageChange
    QVERIFY(dialog.windowTitle() != u"About Stagecraft"_s);
    QVERIFY(dialog.windowTitle().contains(u"Stagecraft"_s));
    const auto *tabs = dialog.findChild<QTabWidget *>();
    QVERIFY(tabs->tabText(0) != u"Build"_s);
    // The licence texts stay as their authors wrote them.
    QVERIFY(AboutDialog::licenceText(u"GPL-3.0.txt"_s).contains(u"GNU GENERAL PUBLIC LICENSE"_s));

    QVERIFY(stagecraft::common::installTranslator(*QCoreApplication::instance(), u"en"_s));
    QCoreApplication::processEvents();
    QCOMPARE(dialog.windowTitle(), u"About Stagecraft"_s);
    QCOMPARE(tabs->tabText(0), u"Build"_s);
}

void TestAboutDialog::cleanup()
{
    stagecraft::common::installTranslator(*QCoreApplication::instance(), u"en"_s);
    QCoreApplication::processEvents();
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
