// SPDX-License-Identifier: GPL-3.0-or-later
// Unsaved buffers survive a crash: the controller autosaves them, a controller destroyed without
// a clean close (as in a crash or kill -9) leaves a recoverable entry, and the next one restores
// it; a clean save or close removes it, and a live document's entry is never offered.

#include "app/AutosaveManager.h"
#include "app/DocumentController.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>

using namespace Qt::StringLiterals;
using stagecraft::app::AutosaveManager;
using stagecraft::app::DocumentController;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void type(DocumentController &controller, const QString &text)
{
    QTextCursor cursor(controller.document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
}

} // namespace

class TestAutosave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void unsavedBufferIsRecoveredAfterACrash();
    void untitledBufferIsRecovered();
    void cleanSaveAndCloseRemoveTheCopy();
    void liveDocumentIsNotOffered();
    void timerWritesTheCopy();
    void defaultDirectoryIsUnderAppData();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString autosaveDir() const { return m_dir->filePath(u"autosave"_s); }
};

void TestAutosave::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAutosave::unsavedBufferIsRecoveredAfterACrash()
{
    const QString path = m_dir->filePath(u"Dockerfile"_s);
    QVERIFY(writeFile(path, "FROM alpine\n"));
    {
        auto controller = std::make_unique<DocumentController>();
        controller->autosave()->setDirectory(autosaveDir());
        QVERIFY(controller->openFile(path));
        type(*controller, u"RUN echo निर्माण\n"_s);
        controller->autosaveNow();
        QVERIFY(controller->autosave()->hasStored());
        // Destroyed without close(): what a crash leaves behind.
    }
    QCOMPARE(readFile(path), QByteArray("FROM alpine\n"));

    const QList<AutosaveManager::Entry> entries = AutosaveManager::recoverable(autosaveDir());
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].originalPath, path);
    QCOMPARE(entries[0].text, QByteArray("FROM alpine\nRUN echo निर्माण\n"));
    QVERIFY(entries[0].savedAt.isValid());

    DocumentController restored;
    restored.autosave()->setDirectory(autosaveDir());
    restored.recover(entries[0].originalPath, entries[0].text);
    AutosaveManager::remove(autosaveDir(), entries[0].id);
    QCOMPARE(restored.filePath(), path);
    QCOMPARE(restored.modelText(), std::string("FROM alpine\nRUN echo निर्माण\n"));
    QVERIFY(restored.isModified());
    QCOMPARE(restored.graph().stages().size(), std::size_t{1});
    // One undo goes back to the file's text.
    restored.document()->undo();
    QCOMPARE(restored.modelText(), std::string("FROM alpine\n"));
    restored.document()->redo();
    QVERIFY(restored.save());
    QCOMPARE(readFile(path), QByteArray("FROM alpine\nRUN echo निर्माण\n"));
    QVERIFY(AutosaveManager::recoverable(autosaveDir()).isEmpty());
}

void TestAutosave::untitledBufferIsRecovered()
{
    {
        DocumentController controller;
        controller.autosave()->setDirectory(autosaveDir());
        controller.newDocument();
        type(controller, u"FROM scratch\n"_s);
        controller.autosaveNow();
    }
    const auto entries = AutosaveManager::recoverable(autosaveDir());
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries[0].originalPath.isEmpty());
    DocumentController restored;
    restored.autosave()->setDirectory(autosaveDir());
    restored.recover(entries[0].originalPath, entries[0].text);
    QVERIFY(restored.filePath().isEmpty());
    QCOMPARE(restored.modelText(), std::string("FROM scratch\n"));
    QVERIFY(restored.isModified());
}

void TestAutosave::cleanSaveAndCloseRemoveTheCopy()
{
    const QString path = m_dir->filePath(u"Dockerfile"_s);
    QVERIFY(writeFile(path, "FROM alpine\n"));
    DocumentController controller;
    controller.autosave()->setDirectory(autosaveDir());
    QVERIFY(controller.openFile(path));
    type(controller, u"RUN a\n"_s);
    controller.autosaveNow();
    QCOMPARE(QDir(autosaveDir()).entryList({u"*.json"_s}, QDir::Files).size(), 1);
    QVERIFY(controller.save());
    QCOMPARE(QDir(autosaveDir()).entryList({u"*.json"_s}, QDir::Files).size(), 0);

    type(controller, u"RUN b\n"_s);
    controller.autosaveNow();
    QCOMPARE(QDir(autosaveDir()).entryList({u"*.json"_s}, QDir::Files).size(), 1);
    // Undo back to the saved text: nothing unsaved, nothing kept.
    controller.document()->undo();
    QVERIFY(!controller.isModified());
    controller.autosaveNow();
    QCOMPARE(QDir(autosaveDir()).entryList({u"*.json"_s}, QDir::Files).size(), 0);

    type(controller, u"RUN c\n"_s);
    controller.autosaveNow();
    controller.close();
    QCOMPARE(QDir(autosaveDir()).entryList({u"*.json"_s}, QDir::Files).size(), 0);
    QVERIFY(AutosaveManager::recoverable(autosaveDir()).isEmpty());
}

void TestAutosave::liveDocumentIsNotOffered()
{
    DocumentController controller;
    controller.autosave()->setDirectory(autosaveDir());
    controller.newDocument();
    type(controller, u"FROM alpine\n"_s);
    controller.autosaveNow();
    QVERIFY(controller.autosave()->hasStored());
    // Another window (or a second start) must not take a buffer whose owner still runs.
    QVERIFY(AutosaveManager::recoverable(autosaveDir()).isEmpty());
}

void TestAutosave::timerWritesTheCopy()
{
    DocumentController controller;
    controller.autosave()->setDirectory(autosaveDir());
    controller.setAutosaveInterval(20);
    controller.newDocument();
    type(controller, u"FROM alpine\n"_s);
    QTRY_VERIFY(controller.autosave()->hasStored());
    QCOMPARE(QDir(autosaveDir()).entryList({u"*.json"_s}, QDir::Files).size(), 1);
}

void TestAutosave::defaultDirectoryIsUnderAppData()
{
    QVERIFY(AutosaveManager::defaultDirectory().endsWith(u"/autosave"_s));
}

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
