// SPDX-License-Identifier: GPL-3.0-or-later
//
// Switching the interface language at run time reaches every visible text of the main window:
// each action, menu title, dock title, label, button, item-view header, the canvas palette's
// groups and legend captions, and the engine indicator. The English texts are collected, the
// window is switched to Hindi, and every one must have changed; switched back, each must be
// exactly what it was. A dock or panel that forgets to retranslate (or a string that is not in
// the catalogue) fails here. Also: the Language menu's check mark follows the active language,
// including a language given on the command line (--lang) and "System".

#include "app/EngineConnection.h"
#include "app/MainWindow.h"
#include "app/Settings.h"
#include "common/Translation.h"

#include "views/canvas/CanvasPalette.h"
#include "views/canvas/LegendItem.h"
#include "views/canvas/StageCanvas.h"
#include "views/canvas/StageScene.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using stagecraft::app::MainWindow;

namespace {

/// Texts that are the same in English and Hindi on purpose. Each entry is a full-match pattern;
/// keep the reason next to it.
const QStringList kAllowedToStay = {
    // Language names are written in their own language, so anyone can find theirs.
    u"English"_s,
    u"हिन्दी"_s,
    // The house style keeps Docker nouns in Latin script with an English plural (HINDI.md §3):
    // the status bar's "2 stages" reads the same in both.
    u"[0-9,]+ stages?"_s,
    // ... and as a column title (the Files panel's layer list: "Stage").
    u"Stage"_s,
    // "Build" as a title (the Build dock and its View-menu toggle) is such a noun: GLOSSARY.md.
    u"Build"_s,
    // Product and file names.
    u"Docker"_s,
    u"Dockerfile"_s,
};

bool allowedToStay(const QString &text)
{
    for (const QString &pattern : kAllowedToStay) {
        if (QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch())
            return true;
    }
    // Nothing to translate: no letters at all ("…", "×", "12").
    return !std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

QString describe(const QObject *object)
{
    QString name = QString::fromLatin1(object->metaObject()->className());
    if (!object->objectName().isEmpty())
        name += u" \""_s + object->objectName() + u'"';
    return name;
}

/// Every translatable text in the window, keyed by where it is shown.
QMap<QString, QString> collectTexts(MainWindow &window)
{
    QMap<QString, QString> texts;
    int serial = 0;
    const auto add = [&](const QString &where, const QString &text) {
        if (!text.isEmpty())
            texts.insert(u"%1 #%2"_s.arg(where).arg(serial++, 3, 10, QChar(u'0')), text);
    };
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (!action->isSeparator() && !action->menu())
            add(u"action "_s + describe(action), action->text());
    }
    const QList<QMenu *> menus = window.findChildren<QMenu *>();
    for (const QMenu *menu : menus)
        add(u"menu "_s + describe(menu), menu->title());
    const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
    for (const QDockWidget *dock : docks)
        add(u"dock "_s + describe(dock), dock->windowTitle());
    const QList<QLabel *> labels = window.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        add(u"label "_s + describe(label), label->text());
    const QList<QAbstractButton *> buttons = window.findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        // Qt's own dock title buttons carry no text of ours.
        if (button->parent() && qobject_cast<QDockWidget *>(button->parent()))
            continue;
        add(u"button "_s + describe(button), button->text());
    }
    const QList<QAbstractItemView *> views = window.findChildren<QAbstractItemView *>();
    for (const QAbstractItemView *view : views) {
        const QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        if (auto *tree = qobject_cast<const QTreeView *>(view); tree && !tree->isHeaderHidden()) {
            for (int column = 0; column < model->columnCount(); ++column)
                add(u"header of "_s + describe(view),
                    model->headerData(column, Qt::Horizontal).toString());
        }
    }
    // The canvas: the palette's groups (when the window has a palette) and the legend (painted
    // text, cached by the item).
    const auto *palette = window.findChild<stagecraft::views::CanvasPalette *>();
    if (palette) {
        for (int i = 0; i < palette->topLevelItemCount(); ++i)
            add(u"palette group"_s, palette->topLevelItem(i)->text(0));
    }
    if (const auto *legend = window.canvas()->stageScene()->legend()) {
        const QStringList captions = legend->captions();
        for (const QString &caption : captions)
            add(u"legend caption"_s, caption);
    }
    add(u"canvas accessible name"_s, window.canvas()->accessibleName());
    return texts;
}

QString checkedLanguage(MainWindow &window)
{
    const QList<QActionGroup *> groups = window.findChildren<QActionGroup *>();
    for (const QActionGroup *group : groups) {
        const QList<QAction *> actions = group->actions();
        const bool isLanguageGroup = std::any_of(actions.cbegin(), actions.cend(), [](QAction *a) {
            return a->data().toString() == u"hi"_s;
        });
        if (isLanguageGroup && group->checkedAction())
            return u"checked:"_s + group->checkedAction()->data().toString();
    }
    return u"none checked"_s;
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyTextFollowsTheLanguage();
    void menuCheckMarkFollowsTheActiveLanguage();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
};

void TestLanguageSwitch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"StagecraftTest"_s);
    QCoreApplication::setApplicationName(u"tst_language_switch"_s);
    QVERIFY(m_dir.isValid());
    stagecraft::app::Settings::setLanguage(QString());
    // A fixed, unreachable engine: the indicator shows its translated "No engine" text, not a
    // version that would read the same in any language.
    stagecraft::app::Settings::Engine engine;
    engine.host = u"unix://"_s + m_dir.filePath(u"no-engine.sock"_s);
    stagecraft::app::Settings::setEngine(engine);
    QVERIFY(stagecraft::common::installTranslator(*QCoreApplication::instance(), u"en"_s));
}

void TestLanguageSwitch::everyTextFollowsTheLanguage()
{
    MainWindow window;
    window.openExample();
    window.reparseNow();
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(window.engineConnection()->state(),
                              stagecraft::app::EngineConnection::State::Failed, 5000);

    const QMap<QString, QString> english = collectTexts(window);
    QVERIFY(english.size() > 50);

    QVERIFY(stagecraft::common::installTranslator(*QCoreApplication::instance(), u"hi"_s));
    QCoreApplication::processEvents();
    const QMap<QString, QString> hindi = collectTexts(window);
    QCOMPARE(hindi.keys(), english.keys());
    QStringList unchanged;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (hindi.value(it.key()) == it.value() && !allowedToStay(it.value()))
            unchanged << it.key() + u": "_s + it.value();
    }
    QVERIFY2(unchanged.isEmpty(),
             qPrintable(u"still English after switching to Hindi:\n"_s + unchanged.join(u'\n')));

    QVERIFY(stagecraft::common::installTranslator(*QCoreApplication::instance(), u"en"_s));
    QCoreApplication::processEvents();
    const QMap<QString, QString> back = collectTexts(window);
    for (auto it = english.cbegin(); it != english.cend(); ++it)
        QCOMPARE(back.value(it.key()), it.value());
}

void TestLanguageSwitch::menuCheckMarkFollowsTheActiveLanguage()
{
    QCoreApplication &app = *QCoreApplication::instance();
    // Started with --lang hi while the stored setting says "System".
    stagecraft::app::Settings::setLanguage(QString());
    QVERIFY(stagecraft::common::installTranslator(app, u"hi_IN"_s));
    {
        MainWindow window;
        QCOMPARE(checkedLanguage(window), u"checked:hi"_s);
    }
    // Started with --lang en while the setting says Hindi.
    stagecraft::app::Settings::setLanguage(u"hi"_s);
    QVERIFY(stagecraft::common::installTranslator(app, u"en"_s));
    {
        MainWindow window;
        QCOMPARE(checkedLanguage(window), u"checked:en"_s);
        // Choosing from the menu moves the mark and stores the choice.
        const QList<QAction *> actions = window.findChildren<QAction *>();
        for (QAction *action : actions) {
            if (action->isCheckable() && action->data().toString() == u"hi"_s
                && action->actionGroup()) {
                action->trigger();
                break;
            }
        }
        QCOMPARE(checkedLanguage(window), u"checked:hi"_s);
        QCOMPARE(stagecraft::app::Settings::language(), u"hi"_s);
        QCOMPARE(stagecraft::common::activeLanguage(), u"hi"_s);
    }
    // System default.
    stagecraft::app::Settings::setLanguage(QString());
    QVERIFY(stagecraft::common::installTranslator(app, QString()));
    {
        MainWindow window;
        QCOMPARE(checkedLanguage(window), u"checked:"_s);
    }
}

void TestLanguageSwitch::cleanupTestCase()
{
    stagecraft::app::Settings::setLanguage(QString());
    stagecraft::app::Settings::setEngine({});
    stagecraft::common::installTranslator(*QCoreApplication::instance(), u"en"_s);
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_language_switch.moc"
