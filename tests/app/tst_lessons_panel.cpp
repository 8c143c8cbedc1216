// SPDX-License-Identifier: GPL-3.0-or-later
// The Learn panel in the real main window (offscreen), on the lessons of tests/data/lessons/:
// navigation, loading a step's example or template into the document (asking about unsaved
// changes), highlighting the stage, arrow or line a step talks about, the "try it" requests,
// live language switching with the per-file English fallback, and bad data → a clear message.
// The data test checks that every file the lessons refer to exists — in the test data, and in
// resources/ (strict: a missing file fails) once resources/lessons/ is in the tree.
#include "app/DocumentController.h"
#include "app/LessonCatalog.h"
#include "app/LessonsPanel.h"
#include "app/MainWindow.h"
#include "common/Translation.h"
#include "views/canvas/ArrowItem.h"
#include "views/canvas/StageBlockItem.h"
#include "views/canvas/StageCanvas.h"
#include "views/canvas/StageScene.h"
#include "views/editor/DockerfileEditor.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using stagecraft::app::LessonCatalog;
using stagecraft::app::LessonsPanel;
using stagecraft::app::MainWindow;

namespace {

const QString kData = QStringLiteral(STAGECRAFT_TEST_DATA_DIR "/lessons");
const QString kTemplates = QStringLiteral(STAGECRAFT_TEST_DATA_DIR "/lessons/templates");
/// The repository's resources/ (tests/data/../../resources).
const QString kResources = QStringLiteral(STAGECRAFT_TEST_DATA_DIR "/../../resources");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// A window whose Learn panel reads the test lessons.
std::unique_ptr<MainWindow> makeWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->setUnsavedChangesHandler([] { return MainWindow::UnsavedChoice::Discard; });
    window->lessonsPanel()->setDataRoots(kData, kTemplates);
    return window;
}

QList<QGraphicsItem *> selection(const MainWindow &window)
{
    return window.canvas()->stageScene()->selectedItems();
}

} // namespace

class TestLessonsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    /// Every case starts in English, whatever the one before left.
    void init()
    {
        stagecraft::common::installTranslator(*QCoreApplication::instance(), u"en"_s);
        QCoreApplication::processEvents();
    }
    void navigation();
    void loadingAStepChangesTheDocument();
    void unsavedChangesAreAskedFirst();
    void highlightSelectsTheBlockArrowAndLine();
    void highlightOnTheWrongDocumentSaysSo();
    void tryItRequests();
    void languageSwitchRerenders();
    void badDataShowsAMessage_data();
    void badDataShowsAMessage();
    void missingMarkdownShowsAMessage();
    void referencedFilesExist_data();
    void referencedFilesExist();
};

void TestLessonsPanel::navigation()
{
    auto window = makeWindow();
    LessonsPanel *panel = window->lessonsPanel();
    QCOMPARE(panel->errorText(), QString());
    QCOMPARE(panel->catalog().lessons().size(), 2);
    QCOMPARE(panel->currentLesson(), 0);
    QCOMPARE(panel->currentStep(), 0);
    auto *back = panel->findChildren<QPushButton *>().value(0);
    QVERIFY(back);
    QVERIFY(panel->shownMarkdown().contains(u"Why two stages?"_s));
    panel->next();
    QCOMPARE(panel->currentStep(), 1);
    QVERIFY(panel->shownMarkdown().contains(u"The builder stage"_s));
    panel->next();
    panel->next(); // stays on the last step
    QCOMPARE(panel->currentStep(), 2);
    bool sawPosition = false;
    for (QLabel *label : panel->findChildren<QLabel *>())
        sawPosition = sawPosition || label->text() == u"Step 3 of 3"_s;
    QVERIFY(sawPosition);
    panel->back();
    QCOMPARE(panel->currentStep(), 1);
    panel->setLesson(1);
    QCOMPARE(panel->currentLesson(), 1);
    QCOMPARE(panel->currentStep(), 0);
    QVERIFY(panel->shownMarkdown().contains(u"whole toolchain"_s));
}

void TestLessonsPanel::loadingAStepChangesTheDocument()
{
    auto window = makeWindow();
    LessonsPanel *panel = window->lessonsPanel();
    panel->setStep(1);
    QVERIFY(panel->loadStep());
    window->reparseNow();
    QCOMPARE(QByteArray::fromStdString(window->controller()->modelText()),
             readAll(kData + u"/examples/two-stage.Dockerfile"_s));
    QCOMPARE(window->stageGraph().stages().size(), std::size_t(2));
    QCOMPARE(window->canvas()->stageScene()->blocks().size(), std::size_t(2));
    QVERIFY(window->filePath().isEmpty()); // untitled: saving asks where

    // A template step loads the named variant.
    panel->setLesson(1);
    QVERIFY(panel->loadStep());
    QCOMPARE(QByteArray::fromStdString(window->controller()->modelText()),
             readAll(kTemplates + u"/go/Dockerfile.before"_s));
    // A step without a Dockerfile loads nothing.
    panel->setLesson(0);
    QVERIFY(!panel->loadStep());
}

void TestLessonsPanel::unsavedChangesAreAskedFirst()
{
    auto window = makeWindow();
    window->editor()->textCursor().insertText(u"FROM alpine AS mine\n"_s);
    QVERIFY(window->controller()->isModified());
    int asked = 0;
    window->setUnsavedChangesHandler([&asked] {
        ++asked;
        return MainWindow::UnsavedChoice::Cancel;
    });
    LessonsPanel *panel = window->lessonsPanel();
    panel->setStep(1);
    QVERIFY(!panel->loadStep());
    QCOMPARE(asked, 1);
    QCOMPARE(window->editor()->toPlainText(), u"FROM alpine AS mine\n"_s);
    window->setUnsavedChangesHandler([&asked] {
        ++asked;
        return MainWindow::UnsavedChoice::Discard;
    });
    QVERIFY(panel->loadStep());
    QCOMPARE(asked, 2);
    QVERIFY(window->editor()->toPlainText().startsWith(u"FROM stagecraft/busybox"_s));
}

void TestLessonsPanel::highlightSelectsTheBlockArrowAndLine()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    LessonsPanel *panel = window->lessonsPanel();
    panel->setStep(1);
    QVERIFY(panel->loadStep()); // loading highlights too
    QList<QGraphicsItem *> selected = selection(*window);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first()->type(), int(stagecraft::views::StageBlockItem::Type));
    QCOMPARE(static_cast<stagecraft::views::StageBlockItem *>(selected.first())->title(),
             u"builder"_s);
    // The editor shows the stage's FROM line.
    QCOMPARE(window->editor()->textCursor().blockNumber(), 0);

    // Next: the same document, so the arrow is highlighted at once.
    panel->next();
    selected = selection(*window);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first()->type(), int(stagecraft::views::ArrowItem::Type));
    const auto *arrow = static_cast<stagecraft::views::ArrowItem *>(selected.first());
    QCOMPARE(arrow->content().fromStage, 0);
    QCOMPARE(arrow->content().toStage, 1);
    QCOMPARE(window->editor()->textCursor().blockNumber(), 4); // the COPY --from line

    // A line: the go template's third line, and its stage on the canvas.
    panel->setLesson(1);
    QVERIFY(panel->loadStep());
    QCOMPARE(window->editor()->textCursor().block().text(), u"RUN go build -o /out/app ."_s);
    selected = selection(*window);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first()->type(), int(stagecraft::views::StageBlockItem::Type));
}

void TestLessonsPanel::highlightOnTheWrongDocumentSaysSo()
{
    auto window = makeWindow();
    window->editor()->setPlainText(u"FROM alpine AS other\n"_s);
    LessonsPanel *panel = window->lessonsPanel();
    QSignalSpy status(panel, &LessonsPanel::statusMessage);
    panel->setStep(1);
    QVERIFY(!panel->highlightStep());
    QCOMPARE(status.size(), 1);
    QVERIFY(status.first().first().toString().contains(u"builder"_s));
    panel->next();
    QVERIFY(!panel->highlightStep());
    QVERIFY(status.last().first().toString().contains(u"arrow"_s));
}

void TestLessonsPanel::tryItRequests()
{
    auto window = makeWindow();
    LessonsPanel *panel = window->lessonsPanel();
    // Only the signals are checked here (the window's reaction is tests/app/tst_wiring): an
    // untitled document's build would ask where to save it.
    QObject::disconnect(panel, nullptr, window.get(), nullptr);
    QSignalSpy build(panel, &LessonsPanel::tryBuildRequested);
    QSignalSpy compare(panel, &LessonsPanel::tryCompareRequested);
    panel->setStep(0);
    panel->tryStep(); // no "try" on this step
    QCOMPARE(build.size() + compare.size(), 0);
    panel->setStep(2);
    panel->tryStep();
    QCOMPARE(build.size(), 1);
    panel->setLesson(1);
    panel->tryStep();
    QCOMPARE(compare.size(), 1);
    QCOMPARE(compare.first().first().toString(), u"go"_s);
}

void TestLessonsPanel::languageSwitchRerenders()
{
    auto window = makeWindow();
    LessonsPanel *panel = window->lessonsPanel();
    auto *fallback = panel->findChild<QLabel *>(u"fallbackNote"_s);
    QVERIFY(fallback);
    QCOMPARE(panel->shownLanguage(), u"en"_s);
    QVERIFY(stagecraft::common::installTranslator(*QCoreApplication::instance(), u"hi"_s));
    QCoreApplication::processEvents(); // LanguageChange is posted
    QCOMPARE(LessonsPanel::uiLanguage(), u"hi"_s);
    QCOMPARE(panel->shownLanguage(), u"hi"_s);
    QVERIFY(panel->shownMarkdown().contains(u"दो stage क्यों?"_s));
    QVERIFY(fallback->isHidden());
    // No Hindi text for this step: English, with a visible note.
    panel->setLesson(1);
    QCOMPARE(panel->shownLanguage(), u"en"_s);
    QVERIFY(panel->shownMarkdown().contains(u"whole toolchain"_s));
    QVERIFY(!fallback->isHidden());
    QVERIFY(!fallback->text().isEmpty());
    QVERIFY(stagecraft::common::installTranslator(*QCoreApplication::instance(), u"en"_s));
    QCoreApplication::processEvents();
    QCOMPARE(panel->shownLanguage(), u"en"_s);
    QVERIFY(fallback->isHidden());
    panel->setLesson(0);
    QVERIFY(panel->shownMarkdown().contains(u"Why two stages?"_s));
}

void TestLessonsPanel::badDataShowsAMessage_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing file") << QByteArray() << u"missing"_s;
    QTest::newRow("not JSON") << QByteArray("{\"version\": 1, \"lessons\": [") << u"JSON"_s;
    QTest::newRow("wrong version")
        << QByteArray("{\"version\": 2, \"lessons\": []}") << u"version"_s;
    QTest::newRow("no lessons") << QByteArray("{\"version\": 1, \"lessons\": []}") << u"lessons"_s;
    QTest::newRow("unknown template")
        << QByteArray("{\"version\":1,\"lessons\":[{\"id\":\"a\",\"title\":{\"en\":\"A\"},"
                      "\"steps\":[{\"id\":\"s\",\"file\":\"s.md\",\"template\":\"cobol\"}]}]}")
        << u"lessons[0].steps[0]: \u201ctemplate\u201d"_s;
    QTest::newRow("path escape") << QByteArray(
        "{\"version\":1,\"lessons\":[{\"id\":\"a\",\"title\":{\"en\":\"A\"},"
        "\"steps\":[{\"id\":\"s\",\"file\":\"../s.md\"}]}]}")
                                 << u"plain name"_s;
    QTest::newRow("bad line") << QByteArray(
        "{\"version\":1,\"lessons\":[{\"id\":\"a\",\"title\":{\"en\":\"A\"},"
        "\"steps\":[{\"id\":\"s\",\"file\":\"s.md\",\"highlight\":{\"line\":0}}]}]}")
                              << u"line"_s;
}

void TestLessonsPanel::badDataShowsAMessage()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    if (!json.isEmpty())
        QVERIFY(writeFile(dir.filePath(u"lessons.json"_s), json));
    auto window = makeWindow();
    LessonsPanel *panel = window->lessonsPanel();
    panel->setDataRoots(dir.path(), kTemplates);
    QVERIFY2(panel->errorText().contains(expected), qPrintable(panel->errorText()));
    QVERIFY(panel->errorText().contains(u"lessons.json"_s));
    QVERIFY(panel->catalog().lessons().isEmpty());
    auto *text = panel->findChild<QTextBrowser *>(u"lessonText"_s);
    QCOMPARE(text->toPlainText(), panel->errorText());
    // Nothing to act on, and nothing breaks.
    QVERIFY(!panel->loadStep());
    QVERIFY(!panel->highlightStep());
    panel->next();
    panel->tryStep();
    // Good data again: the message goes.
    panel->setDataRoots(kData, kTemplates);
    QCOMPARE(panel->errorText(), QString());
}

void TestLessonsPanel::missingMarkdownShowsAMessage()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"lessons.json"_s),
                      "{\"version\":1,\"lessons\":[{\"id\":\"a\",\"title\":{\"en\":\"A\"},"
                      "\"steps\":[{\"id\":\"s\",\"file\":\"gone.md\","
                      "\"example\":\"examples/gone.Dockerfile\"}]}]}"));
    auto window = makeWindow();
    LessonsPanel *panel = window->lessonsPanel();
    QSignalSpy status(panel, &LessonsPanel::statusMessage);
    panel->setDataRoots(dir.path(), kTemplates);
    QCOMPARE(panel->errorText(), QString());
    auto *text = panel->findChild<QTextBrowser *>(u"lessonText"_s);
    QVERIFY(text->toPlainText().contains(u"gone.md"_s));
    const std::string before = window->controller()->modelText();
    QVERIFY(!panel->loadStep());
    QCOMPARE(window->controller()->modelText(), before);
    QCOMPARE(status.size(), 1);
    QVERIFY(status.first().first().toString().contains(u"gone.Dockerfile"_s));
}

void TestLessonsPanel::referencedFilesExist_data()
{
    QTest::addColumn<QString>("lessons");
    QTest::addColumn<QString>("templates");
    QTest::addColumn<QStringList>("languages");
    QTest::addColumn<QStringList>("allowedGaps");
    QTest::newRow("test data, English")
        << kData << kTemplates << QStringList{u"en"_s} << QStringList();
    // The test data leaves one Hindi text out on purpose (the fallback case).
    QTest::newRow("test data, Hindi")
        << kData << kTemplates << QStringList{u"hi"_s}
        << QStringList{kData + u"/hi/go-before.md (go-small/before)"_s};
    // The shipped lessons: every file, both languages, no gaps. Strict once they are in the tree.
    if (QDir(kResources + u"/lessons"_s).exists())
        QTest::newRow("resources") << kResources + u"/lessons"_s << kResources + u"/templates"_s
                                   << QStringList{u"en"_s, u"hi"_s} << QStringList();
}

void TestLessonsPanel::referencedFilesExist()
{
    QFETCH(QString, lessons);
    QFETCH(QString, templates);
    QFETCH(QStringList, languages);
    QFETCH(QStringList, allowedGaps);
    LessonCatalog catalog;
    QString error;
    QVERIFY2(catalog.load(lessons, &error), qPrintable(error));
    QVERIFY(!catalog.lessons().isEmpty());
    const QStringList missing = catalog.missingFiles(templates, languages);
    QVERIFY2(missing == allowedGaps, qPrintable(missing.join(u'\n')));
}

QTEST_MAIN(TestLessonsPanel)
#include "tst_lessons_panel.moc"
