// SPDX-License-Identifier: GPL-3.0-or-later
//
// Hindi text is longer than English and Devanagari needs more height: every label and button of
// the main window (with the Build and Sizes docks showing a RECORDED measurement, see
// tst_sizespanel; then the Learn dock in presenter mode) and of the dialogs must get at least the
// room its text asks for, so nothing is clipped. STAGECRAFT_LAYOUT_LANG=en runs the same checks
// in English. With STAGECRAFT_SCREENSHOT_DIR set, the screens are also written there as PNG,
// suffixed with the language (how the README's screenshots are made, under xvfb-run with
// QT_QPA_PLATFORM=xcb).
#include "tests/EngineReplay.h"

#include "app/BuildSession.h"
#include "app/DockLayout.h"
#include "app/MainWindow.h"
#include "app/QtStandardStrings.h"
#include "app/Settings.h"
#include "app/dialogs/AboutDialog.h"
#include "app/dialogs/NewFromTemplateDialog.h"
#include "app/dialogs/SettingsDialog.h"
#include "common/Translation.h"
#include "engine/EngineEndpoint.h"
#include "views/panels/SizesPanel.h"

#include <QAbstractButton>
#include <QChart>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stagecraft;
using namespace stagecraft::app;
using namespace stagecraft::common;
using namespace stagecraft::engine;
using namespace Qt::StringLiterals;

namespace {

const char *const kDockerfile = "FROM stagecraft/busybox AS builder\n"
                                "RUN head -c 3000000 /dev/zero > /big\n"
                                "RUN head -c 20000 /dev/zero > /app.bin\n"
                                "FROM stagecraft/busybox\n"
                                "COPY --from=builder /app.bin /app.bin\n";

/// The visible labels and buttons under `root` whose text gets less room than it needs.
QStringList clippedTexts(QWidget *root)
{
    QStringList clipped;
    const auto check = [&clipped](QWidget *widget, const QString &text, bool wraps) {
        if (!widget->isVisible() || text.trimmed().isEmpty() || widget->width() <= 0)
            return;
        // A wrapping label may take more lines instead of more width; then only its height
        // must suffice for the width it has.
        const QSize need
            = wraps ? QSize(0, widget->heightForWidth(widget->width())) : widget->minimumSizeHint();
        if (widget->width() + 1 < need.width() || widget->height() + 1 < need.height()) {
            clipped.append(u"%1 \"%2\": has %3×%4, needs %5×%6"_s
                               .arg(QString::fromLatin1(widget->metaObject()->className()), text)
                               .arg(widget->width())
                               .arg(widget->height())
                               .arg(need.width())
                               .arg(need.height()));
        }
    };
    const auto labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->textFormat() == Qt::RichText || label->text().startsWith(u'<'))
            continue; // rich text (About) wraps and scrolls by design
        check(label, label->text(), label->wordWrap());
    }
    const auto buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (qobject_cast<QPushButton *>(button) || qobject_cast<QCheckBox *>(button)
            || qobject_cast<QRadioButton *>(button))
            check(button, button->text(), false);
    }
    return clipped;
}

QString layoutLanguage()
{
    const QString language = qEnvironmentVariable("STAGECRAFT_LAYOUT_LANG");
    return language.isEmpty() ? u"hi"_s : language;
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STAGECRAFT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(widget->grab().save(dir + u'/' + name + u'-' + layoutLanguage() + u".png"_s));
}

} // namespace

class TestHindiLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mainWindowWithBuildAndSizes();
    void projectorScreenShowsEverything();
    void dialogs();
    void qtStandardTextsAreHindi();

private:
    QTemporaryDir m_dir;
};

void TestHindiLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // The window applies the remembered language: remember the one under test.
    Settings::setLanguage(layoutLanguage());
    QVERIFY(installTranslator(*qApp, layoutLanguage()));
    const QString file = QCoreApplication::translate("stagecraft::app::MainWindowActions", "&File");
    if (layoutLanguage() == u"en"_s)
        QCOMPARE(file, u"&File"_s);
    else
        QVERIFY(file != u"&File"_s);
}

void TestHindiLayout::cleanupTestCase()
{
    installTranslator(*qApp, u"en"_s);
}

void TestHindiLayout::mainWindowWithBuildAndSizes()
{
    const QString socket = m_dir.filePath(u"engine.sock"_s);
    tests::EngineSession session(u"measure-all"_s, socket);
    Settings::Engine engine = Settings::engine();
    engine.builder = u"classic"_s; // the recorded session is a classic build
    Settings::setEngine(engine);
    QVERIFY2(session.ok(), qPrintable(session.error()));
    const QString path = m_dir.filePath(u"Dockerfile"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kDockerfile);
    }
    MainWindow window;
    window.resize(1280, 800);
    window.setEngineEndpoint(EngineEndpoint::fromUrl(u"unix://"_s + socket, u"test"_s));
    QVERIFY(window.openFile(path));
    window.reparseNow();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    views::SizesPanel *sizes = window.sizesPanel();
    QSignalSpy finished(window.buildSession(), &BuildSession::measureFinished);
    sizes->measureButton()->click();
    QVERIFY(finished.wait(300'000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(sizes->statusLabel()->text()));

    window.buildDock()->show();
    window.buildDock()->raise();
    QCoreApplication::processEvents();
    QStringList clipped = clippedTexts(&window);
    saveScreenshot(&window, u"main-window-build"_s);
    saveScreenshot(window.buildDock(), u"build-panel"_s);

    window.sizesDock()->raise();
    QCoreApplication::processEvents();
    clipped += clippedTexts(&window);
    saveScreenshot(&window, u"main-window-sizes"_s);
    saveScreenshot(window.sizesDock(), u"sizes-panel"_s);

    // The classroom view: the Learn dock, presenter mode (large fonts everywhere).
    window.lessonsDock()->show();
    window.lessonsDock()->raise();
    const qreal chartTitle = sizes->chart()->titleFont().pointSizeF();
    window.presenterAction()->trigger();
    QVERIFY(window.presenterAction()->isChecked());
    QTest::qWait(200); // the fonts' layout requests
    // On a loaded machine the docks may take longer to reach their new widths: wait until nothing
    // is clipped (3 s at most), then check.
    (void)QTest::qWaitFor([&window] { return clippedTexts(&window).isEmpty(); }, 3000);
    // The chart is drawn with its own fonts: they must grow with the window's.
    QVERIFY2(sizes->chart()->titleFont().pointSizeF() >= chartTitle * 1.4,
             qPrintable(QString::number(sizes->chart()->titleFont().pointSizeF())));
    clipped += clippedTexts(&window);
    saveScreenshot(&window, u"presenter-learn"_s);
    window.presenterAction()->trigger();
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
}

void TestHindiLayout::projectorScreenShowsEverything()
{
    // A classroom projector, 1024×768: the empty canvas's offer, then the example with the
    // Build dock open — nothing clipped, nothing outside the window.
    MainWindow window;
    QVERIFY(window.minimumSizeHint().width() <= 1024);
    QVERIFY(window.minimumSizeHint().height() <= 768);
    window.resize(1024, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1024, 768));
    QStringList clipped = clippedTexts(&window);
    saveScreenshot(&window, u"main-window-empty-1024"_s);
    window.openExample();
    window.reparseNow();
    window.dockLayout()->reveal(window.buildDock());
    QTest::qWait(100);
    clipped += clippedTexts(&window);
    const auto widgets = window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->isWindow())
            continue;
        const QRect inWindow(widget->mapTo(&window, QPoint(0, 0)), widget->size());
        // Scrolled contents may extend past their viewport; what is drawn of them is clipped
        // by it. Only the window's own pieces (docks, bars, the work area) must lie inside.
        // (QMainWindow parks the tab bar of a dock group that shows one dock far outside the
        // window instead of hiding it: entirely outside is not drawn, so not clipped.)
        if (widget->parentWidget() == &window && !window.rect().contains(inWindow)
            && window.rect().intersects(inWindow))
            clipped << u"%1 %2 lies outside the window (%3,%4 %5×%6)"_s
                           .arg(QString::fromLatin1(widget->metaObject()->className()),
                                widget->objectName())
                           .arg(inWindow.x())
                           .arg(inWindow.y())
                           .arg(inWindow.width())
                           .arg(inWindow.height());
    }
    saveScreenshot(&window, u"main-window-example-1024"_s);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
}

void TestHindiLayout::dialogs()
{
    QStringList clipped;
    {
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        clipped += clippedTexts(&dialog);
        saveScreenshot(&dialog, u"settings-dialog"_s);
    }
    {
        NewFromTemplateDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        clipped += clippedTexts(&dialog);
        saveScreenshot(&dialog, u"template-dialog"_s);
    }
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        clipped += clippedTexts(&dialog);
    }
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
}

void TestHindiLayout::qtStandardTextsAreHindi()
{
    if (layoutLanguage() != u"hi"_s)
        QSKIP("STAGECRAFT_LAYOUT_LANG is not hi");
    // Debian ships no qtbase_hi: our catalogue answers for Qt's dialog buttons and menus.
    for (const QtStandardString &string : qtStandardStrings()) {
        const QString translated = QCoreApplication::translate(string.context, string.source);
        QVERIFY2(translated != QString::fromUtf8(string.source),
                 qPrintable(QString::fromUtf8(string.context) + u": "_s
                            + QString::fromUtf8(string.source)));
    }
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), u"ठीक है"_s);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), u"रद्द करें"_s);
}

QTEST_MAIN(TestHindiLayout)
#include "tst_hindi_layout.moc"
