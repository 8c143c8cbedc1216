// SPDX-License-Identifier: GPL-3.0-or-later
// app::DocumentController without widgets: typing reparses once per frame, each edit operation
// lands as one undo step that restores the text byte for byte (also with Devanagari and emoji
// before the edit), files keep their BOM and CRLF line ends, changes on disk are detected, and a
// read-only or vanished file never loses the text.

#include "app/DocumentController.h"

#include "model/EditEngine.h"
#include "views/ModelMetaTypes.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <string>

using namespace Qt::StringLiterals;
using stagecraft::app::DocumentController;
namespace model = stagecraft::model;

namespace {

// A Hindi comment and an emoji before the stages: every byte offset after them differs from the
// UTF-16 position, so a conversion slip would land the edit in the wrong place.
const char *const Source = "# निर्माण: build stage 🐳\n"
                           "FROM golang:1.22 AS build\n"
                           "RUN go build -o /out/app\n"
                           "\n"
                           "FROM busybox AS tools\n"
                           "RUN true\n"
                           "\n"
                           "FROM alpine AS runtime\n"
                           "COPY --from=build /out/app /app\n"
                           "CMD [\"/app\"]\n";

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

QByteArray bytesOf(const std::string &text)
{
    return QByteArray::fromStdString(text);
}

/// What the edit engine makes of `text`, applied with the model's own applyEdits.
std::string modelResult(const std::string &text, const model::EditOperation &op)
{
    const auto tree = model::SyntaxTree::parse(text);
    const model::StageGraph graph = model::StageGraph::derive(*tree);
    const model::EditResult result = model::EditEngine(*tree, graph).apply(op);
    return result.ok() ? model::applyEdits(text, result.edits) : std::string();
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTextMapsOnlyLineBreaks();
    void initTestCase();
    void typingReparsesOncePerFrame();
    void unparseableTextKeepsWhatParsed();
    void operationIsOneUndoStep_data();
    void operationIsOneUndoStep();
    void renameFollowsEveryReference();
    void refusalLeavesTheTextAndSaysWhy();
    void fixItIsOneUndoStep();
    void positionsFollowTheText();
    void crlfAndBomAreSavedByteForByte();
    void editedCrlfFileKeepsItsConventions();
    void invalidUtf8AsksBeforeReplacing();
    void externalChangeAsksAndReloads();
    void externalChangeKeepMine();
    void vanishedFileKeepsTheText();
    void readOnlyFileKeepsTheTextAndReports();
    void reloadIsUndoable();

private:
    QTemporaryDir m_dir;
};

void TestDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestDocument::typingReparsesOncePerFrame()
{
    DocumentController controller;
    controller.openBytes("FROM alpine AS a\n", u"test"_s);
    QCOMPARE(controller.graph().stages().size(), std::size_t{1});
    QSignalSpy analysed(&controller, &DocumentController::analysisChanged);

    QTextCursor cursor(controller.document());
    cursor.movePosition(QTextCursor::End);
    const QString typed = u"FROM a AS b\n"_s;
    for (const QChar c : typed)
        cursor.insertText(QString(c)); // one keystroke each, within one frame
    QVERIFY(controller.isReparsePending());
    QCOMPARE(controller.graph().stages().size(), std::size_t{1}); // not yet: coalesced
    QTRY_COMPARE(controller.graph().stages().size(), std::size_t{2});
    QCOMPARE(analysed.count(), 1);
    QCOMPARE(controller.graph().stages()[1].baseStage, 0);
    QVERIFY(controller.isModified());
}

void TestDocument::modelTextMapsOnlyLineBreaks()
{
    // Blocks become "\n"; every other character, including those whose UTF-8 starts like a
    // paragraph separator's (E2 80 ..: quotes, dashes, ellipsis), stays as it is.
    DocumentController controller;
    const QString text
        = u"# \u201cquoted\u201d \u2014 dash\u2026\n"
          u"RUN echo \u2018x\u2019 \u0928\u092e\u0938\u094d\u0924\u0947 \U0001F600\u00a0\u2028\n"
          u"\u20ac\n\nLABEL a=\u2029b\n\u2026"_s;
    controller.document()->setPlainText(text);
    QString expected = controller.document()->toRawText();
    expected.replace(QChar::ParagraphSeparator, u'\n');
    QCOMPARE(controller.modelText(), expected.toStdString());
    const std::string model = controller.modelText();
    QVERIFY(model.find("\xE2\x80\x9C"
                       "quoted\xE2\x80\x9D")
            != std::string::npos);
    QCOMPARE(std::count(model.begin(), model.end(), '\n'), 6);
    controller.document()->setPlainText(u"\u2029"_s);
    QCOMPARE(controller.modelText(), std::string("\n"));
}

void TestDocument::unparseableTextKeepsWhatParsed()
{
    DocumentController controller;
    controller.openBytes(Source, u"test"_s);
    QTextCursor cursor(controller.document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(u"COPY --from= [\"unterminated\nRUN <<EOF\n\\\n\x01\u00a0 FROM\n"_s);
    controller.reparseNow();
    QCOMPARE(controller.graph().stages().size(), std::size_t{3});
    QVERIFY(!controller.diagnostics().empty());
    QCOMPARE(controller.tree()->text(), controller.modelText());
}

void TestDocument::operationIsOneUndoStep_data()
{
    QTest::addColumn<model::EditOperation>("operation");
    QTest::addColumn<int>("stages");
    QTest::newRow("add stage") << model::EditOperation(
        model::AddStage{"alpine:3.20", "test", "", "", ""})
                               << 4;
    QTest::newRow("rename stage") << model::EditOperation(model::RenameStage{"build", "compile"})
                                  << 3;
    QTest::newRow("add copy") << model::EditOperation(
        model::AddCopy{"tools", "runtime", {"/bin/busybox"}, "/bin/", "", "", false})
                              << 3;
    QTest::newRow("remove stage") << model::EditOperation(model::RemoveStage{"runtime", false})
                                  << 2;
    QTest::newRow("move stage") << model::EditOperation(model::MoveStage{"tools", "", "build"})
                                << 3;
}

void TestDocument::operationIsOneUndoStep()
{
    QFETCH(model::EditOperation, operation);
    QFETCH(int, stages);

    DocumentController controller;
    controller.openBytes(Source, u"test"_s);
    const std::string before = controller.modelText();
    QCOMPARE(before, std::string(Source));
    const std::string expected = modelResult(before, operation);
    QVERIFY(!expected.empty());
    QVERIFY(expected != before);
    QSignalSpy status(&controller, &DocumentController::statusMessage);

    QVERIFY(controller.applyOperation(operation));
    QCOMPARE(status.count(), 0);
    QCOMPARE(bytesOf(controller.modelText()), bytesOf(expected));
    // The model sees the result at once: the canvas gets it without waiting a frame.
    QCOMPARE(bytesOf(controller.tree()->text()), bytesOf(expected));
    QCOMPARE(static_cast<int>(controller.graph().stages().size()), stages);
    QVERIFY(controller.document()->isUndoAvailable());

    controller.document()->undo();
    QCOMPARE(bytesOf(controller.modelText()), bytesOf(before));
    QVERIFY(!controller.isModified());
    // One undo step: nothing older to undo (loading the file is not undoable).
    QVERIFY(!controller.document()->isUndoAvailable());
    controller.reparseNow();
    QCOMPARE(controller.graph().stages().size(), std::size_t{3});

    controller.document()->redo();
    QCOMPARE(bytesOf(controller.modelText()), bytesOf(expected));
}

void TestDocument::renameFollowsEveryReference()
{
    DocumentController controller;
    controller.openBytes(Source, u"test"_s);
    QVERIFY(controller.applyOperation(model::RenameStage{"build", "compile"}));
    std::string expected = Source;
    expected.replace(expected.find("AS build"), 8, "AS compile");
    expected.replace(expected.find("--from=build"), 12, "--from=compile");
    QCOMPARE(bytesOf(controller.modelText()), bytesOf(expected));
    QCOMPARE(controller.graph().stages()[0].name, std::string("compile"));
    QCOMPARE(controller.graph().edges().size(), std::size_t{1});
    QCOMPARE(controller.graph().edges()[0].from, 0);
}

void TestDocument::refusalLeavesTheTextAndSaysWhy()
{
    DocumentController controller;
    controller.openBytes(Source, u"test"_s);
    QSignalSpy status(&controller, &DocumentController::statusMessage);
    QVERIFY(!controller.applyOperation(model::RenameStage{"tools", "BUILD"}));
    QCOMPARE(status.count(), 1);
    QVERIFY(status.constFirst().constFirst().toString().contains(u"BUILD"_s));
    QCOMPARE(controller.modelText(), std::string(Source));
    QVERIFY(!controller.document()->isUndoAvailable());
    QVERIFY(!controller.isModified());
}

void TestDocument::fixItIsOneUndoStep()
{
    DocumentController controller;
    controller.openBytes("# ✓ ok\nfrom alpine as Base\nFROM base\n", u"test"_s);
    int index = -1;
    for (std::size_t i = 0; i < controller.diagnostics().size(); ++i) {
        if (controller.diagnostics()[i].fix) {
            index = static_cast<int>(i);
            break;
        }
    }
    QVERIFY2(index >= 0, "the model reports no fix-it for this text");
    const std::string before = controller.modelText();
    const model::Diagnostic diagnostic = controller.diagnostics()[static_cast<std::size_t>(index)];
    QVERIFY(controller.applyFixIt(index));
    QCOMPARE(bytesOf(controller.modelText()),
             bytesOf(model::applyEdits(before, diagnostic.fix->edits)));
    controller.document()->undo();
    QCOMPARE(bytesOf(controller.modelText()), bytesOf(before));
    QVERIFY(!controller.applyFixIt(-1));
    QVERIFY(!controller.applyFixIt(1000));
}

void TestDocument::positionsFollowTheText()
{
    DocumentController controller;
    controller.openBytes(Source, u"test"_s);
    const std::shared_ptr<const model::Analysis> analysis = controller.analysis();
    const model::TextOffsets &offsets = analysis->offsets();
    const model::Stage &runtime = analysis->graph().stages()[2];
    const auto [begin, end] = offsets.toUtf16(runtime.nameRange);
    const QString text = controller.document()->toPlainText();
    QCOMPARE(text.mid(begin, end - begin), u"runtime"_s);
    QCOMPARE(offsets.toUtf8(begin), runtime.nameRange.begin);
    const auto stageAt
        = [&](int position) { return analysis->stageAtOffset(offsets.toUtf8(position)); };
    QCOMPARE(stageAt(begin), 2);
    QCOMPARE(stageAt(0), -1); // the comment before the first FROM
    QCOMPARE(stageAt(static_cast<int>(text.indexOf(u"RUN true"_s))), 1);
}

void TestDocument::crlfAndBomAreSavedByteForByte()
{
    const QString path = m_dir.filePath(u"crlf.Dockerfile"_s);
    const QByteArray original = "\xEF\xBB\xBF# \xE0\xA4\xA8\r\nFROM alpine AS a\r\nRUN echo hi\r\n";
    QVERIFY(writeFile(path, original));
    DocumentController controller;
    QString error;
    QVERIFY2(controller.openFile(path, &error), qPrintable(error));
    QVERIFY(controller.format().hasBom());
    QVERIFY(controller.format().usesCrlf());
    QCOMPARE(controller.modelText(),
             std::string("# \xE0\xA4\xA8\nFROM alpine AS a\nRUN echo hi\n"));
    QVERIFY2(controller.save(&error), qPrintable(error));
    QCOMPARE(readFile(path), original);

    // Edit and undo: unchanged again, so the very same bytes.
    QTextCursor cursor(controller.document());
    cursor.insertText(u"x"_s);
    controller.document()->undo();
    QVERIFY(controller.save(&error));
    QCOMPARE(readFile(path), original);
}

void TestDocument::editedCrlfFileKeepsItsConventions()
{
    const QString path = m_dir.filePath(u"crlf2.Dockerfile"_s);
    QVERIFY(writeFile(path,
                      "\xEF\xBB\xBF"
                      "FROM alpine AS a\r\nRUN echo hi\r\n"));
    DocumentController controller;
    QVERIFY(controller.openFile(path));
    QVERIFY(controller.applyOperation(model::AddStage{"busybox", "b", "", "", ""}));
    QString error;
    QVERIFY2(controller.save(&error), qPrintable(error));
    QCOMPARE(readFile(path),
             QByteArray("\xEF\xBB\xBF"
                        "FROM alpine AS a\r\nRUN echo hi\r\n\r\nFROM busybox AS b\r\n"));
    QVERIFY(!controller.isModified());
}

void TestDocument::invalidUtf8AsksBeforeReplacing()
{
    const QString path = m_dir.filePath(u"latin1.Dockerfile"_s);
    const QByteArray original = "# caf\xE9\nFROM alpine\n";
    QVERIFY(writeFile(path, original));
    DocumentController controller;
    QVERIFY(controller.openFile(path));
    QVERIFY(controller.format().hasInvalidUtf8());
    int asked = 0;
    bool answer = false;
    controller.setInvalidUtf8Handler([&] {
        ++asked;
        return answer;
    });
    // Unchanged: written back as read, no question.
    QVERIFY(controller.save());
    QCOMPARE(asked, 0);
    QCOMPARE(readFile(path), original);

    QTextCursor cursor(controller.document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(u"RUN true\n"_s);
    QString error;
    QVERIFY(!controller.save(&error));
    QCOMPARE(asked, 1);
    QVERIFY(!error.isEmpty());
    QCOMPARE(readFile(path), original);
    QVERIFY(controller.isModified());

    answer = true;
    QVERIFY(controller.save(&error));
    QCOMPARE(asked, 2);
    QCOMPARE(readFile(path), QByteArray("# caf\xEF\xBF\xBD\nFROM alpine\nRUN true\n"));
}

void TestDocument::externalChangeAsksAndReloads()
{
    const QString path = m_dir.filePath(u"external.Dockerfile"_s);
    QVERIFY(writeFile(path, "FROM alpine\n"));
    DocumentController controller;
    QVERIFY(controller.openFile(path));
    QByteArray seen;
    int asked = 0;
    controller.setExternalChangeHandler([&](const QByteArray &disk) {
        ++asked;
        seen = disk;
        return DocumentController::ExternalChoice::Reload;
    });
    QCOMPARE(controller.checkExternalChange(), DocumentController::DiskState::Unchanged);
    QCOMPARE(asked, 0);

    // Same size, same second: only the content tells.
    QVERIFY(writeFile(path, "FROM busybx\n"));
    QCOMPARE(controller.checkExternalChange(), DocumentController::DiskState::Changed);
    QCOMPARE(asked, 1);
    QCOMPARE(seen, QByteArray("FROM busybx\n"));
    QCOMPARE(controller.modelText(), std::string("FROM busybx\n"));
    QCOMPARE(controller.graph().stages()[0].base, std::string("busybx"));
    QVERIFY(!controller.isModified());
    QCOMPARE(controller.checkExternalChange(), DocumentController::DiskState::Unchanged);
    QCOMPARE(asked, 1);

    // Our own save is not an external change.
    QTextCursor cursor(controller.document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(u"RUN true\n"_s);
    QVERIFY(controller.save());
    QCOMPARE(controller.checkExternalChange(), DocumentController::DiskState::Unchanged);
    QCOMPARE(asked, 1);
}

void TestDocument::externalChangeKeepMine()
{
    const QString path = m_dir.filePath(u"keep.Dockerfile"_s);
    QVERIFY(writeFile(path, "FROM alpine\n"));
    DocumentController controller;
    QVERIFY(controller.openFile(path));
    int asked = 0;
    controller.setExternalChangeHandler([&](const QByteArray &) {
        ++asked;
        return DocumentController::ExternalChoice::KeepMine;
    });
    QVERIFY(writeFile(path, "FROM debian:12\nRUN true\n"));
    QCOMPARE(controller.checkExternalChange(), DocumentController::DiskState::Changed);
    QCOMPARE(asked, 1);
    QCOMPARE(controller.modelText(), std::string("FROM alpine\n"));
    QVERIFY(controller.isModified()); // the disk differs: saving would overwrite it
    QCOMPARE(controller.checkExternalChange(), DocumentController::DiskState::Unchanged);
    QCOMPARE(asked, 1); // not asked twice about the same version
    QVERIFY(controller.save());
    QCOMPARE(readFile(path), QByteArray("FROM alpine\n"));
}

void TestDocument::vanishedFileKeepsTheText()
{
    const QString path = m_dir.filePath(u"vanish.Dockerfile"_s);
    QVERIFY(writeFile(path, "FROM alpine\n"));
    DocumentController controller;
    QVERIFY(controller.openFile(path));
    QSignalSpy vanished(&controller, &DocumentController::fileVanished);
    QVERIFY(QFile::remove(path));
    QCOMPARE(controller.checkExternalChange(), DocumentController::DiskState::Vanished);
    QCOMPARE(vanished.count(), 1);
    QCOMPARE(vanished.constFirst().constFirst().toString(), path);
    QCOMPARE(controller.checkExternalChange(), DocumentController::DiskState::Vanished);
    QCOMPARE(vanished.count(), 1); // said once
    QCOMPARE(controller.modelText(), std::string("FROM alpine\n"));
    QVERIFY(controller.isModified());
    QVERIFY(controller.save()); // writes it again
    QCOMPARE(readFile(path), QByteArray("FROM alpine\n"));
}

void TestDocument::readOnlyFileKeepsTheTextAndReports()
{
    const QString path = m_dir.filePath(u"readonly.Dockerfile"_s);
    QVERIFY(writeFile(path, "FROM alpine\n"));
    DocumentController controller;
    QVERIFY(controller.openFile(path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    QTextCursor cursor(controller.document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(u"RUN true\n"_s);
    QString error;
    QVERIFY(!controller.save(&error));
    QVERIFY2(error.contains(u"read-only"_s), qPrintable(error));
    QVERIFY(error.contains(path));
    QCOMPARE(controller.modelText(), std::string("FROM alpine\nRUN true\n"));
    QVERIFY(controller.isModified());
    QCOMPARE(readFile(path), QByteArray("FROM alpine\n"));

    // A directory that does not exist: the system's reason, the text stays.
    QVERIFY(!controller.saveAs(m_dir.filePath(u"missing/dir/Dockerfile"_s), &error));
    QVERIFY(error.contains(u"missing"_s));
    QCOMPARE(controller.filePath(), path);
    QVERIFY(controller.isModified());

    // Save As elsewhere works and the document follows the new file.
    const QString copy = m_dir.filePath(u"copy.Dockerfile"_s);
    QVERIFY(controller.saveAs(copy, &error));
    QCOMPARE(controller.filePath(), copy);
    QCOMPARE(readFile(copy), QByteArray("FROM alpine\nRUN true\n"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

void TestDocument::reloadIsUndoable()
{
    const QString path = m_dir.filePath(u"reload.Dockerfile"_s);
    QVERIFY(writeFile(path, "FROM alpine\n"));
    DocumentController controller;
    QVERIFY(controller.openFile(path));
    QTextCursor cursor(controller.document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(u"RUN mine\n"_s);
    QVERIFY(controller.reload());
    QCOMPARE(controller.modelText(), std::string("FROM alpine\n"));
    QVERIFY(!controller.isModified());
    controller.document()->undo();
    QCOMPARE(controller.modelText(), std::string("FROM alpine\nRUN mine\n"));
    QVERIFY(controller.isModified());
}

QTEST_MAIN(TestDocument)
#include "tst_document.moc"
