// SPDX-License-Identifier: GPL-3.0-or-later
//
// The template catalogue without an engine: what is embedded, writing a template folder (never
// overwriting, all or nothing, unwritable places reported), the New from Template dialog and the
// `templates` / `new` CLI commands. Real builds of the templates: tests/engine/tst_templates.cpp.
#include "app/MainWindow.h"
#include "app/dialogs/NewFromTemplateDialog.h"
#include "common/TemplateCatalog.h"
#include "common/Translation.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace stagecraft::app;
using namespace stagecraft::common;

namespace {

const QStringList kIds = {QStringLiteral("python"), QStringLiteral("go"),   QStringLiteral("react"),
                          QStringLiteral("java"),   QStringLiteral("node"), QStringLiteral("rust")};

/// resources/templates in the source tree.
QString sourceTemplates()
{
    return QStringLiteral(STAGECRAFT_TEST_DATA_DIR "/../../resources/templates");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/// Every file below `root`, relative, sorted.
QStringList filesOnDisk(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(STAGECRAFT_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void catalogueListsEveryTemplate();
    void embeddedFilesMatchTheSourceTree();
    void titlesAndDescriptionsAreTranslated();
    void writeCreatesTheFolder();
    void writeNeverOverwrites();
    void writeReportsUnwritablePlaces();
    void writeRemovesWhatItWroteOnFailure();
    void dialogPreviewsAndCreates();
    void dialogRefusesExistingFiles();
    void fileMenuHasNewFromTemplate();
    void cliListsTemplates();
    void cliNewWritesAndRefuses();
    void cliNewUsageErrors();
};

void TestTemplates::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // MainWindow's settings and autosaves
}

void TestTemplates::cleanup()
{
    installTranslator(*QCoreApplication::instance(), QStringLiteral("en"));
}

void TestTemplates::catalogueListsEveryTemplate()
{
    QCOMPARE(TemplateCatalog::ids(), kIds);
    const QList<TemplateCatalog::Template> templates = TemplateCatalog::templates();
    QCOMPARE(templates.size(), kIds.size());
    for (const TemplateCatalog::Template &entry : templates) {
        QVERIFY2(!entry.title.isEmpty() && !entry.description.isEmpty(), qPrintable(entry.id));
        for (const char *required : {"Dockerfile", "Dockerfile.before", ".dockerignore"})
            QVERIFY2(entry.files.contains(QLatin1StringView(required)),
                     qPrintable(entry.id + u' ' + QLatin1StringView(required)));
        QVERIFY2(entry.files.size() >= 4, qPrintable(entry.id)); // and a sample app
        QCOMPARE(TemplateCatalog::find(entry.id)->files, entry.files);
    }
    QVERIFY(!TemplateCatalog::find(QStringLiteral("cobol")));
    QVERIFY(TemplateCatalog::fileContents(QStringLiteral("go"), QStringLiteral("../python/app.py"))
                .isEmpty());
    QVERIFY(TemplateCatalog::fileContents(QStringLiteral("go"), QStringLiteral("nope")).isEmpty());
}

void TestTemplates::embeddedFilesMatchTheSourceTree()
{
    // The generated .qrc must carry every file of resources/templates, byte for byte.
    QCOMPARE(QDir(sourceTemplates()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name), [] {
        QStringList sorted = kIds;
        sorted.sort();
        return sorted;
    }());
    for (const QString &id : kIds) {
        const QString root = sourceTemplates() + u'/' + id;
        QCOMPARE(TemplateCatalog::find(id)->files, filesOnDisk(root));
        for (const QString &file : filesOnDisk(root))
            QCOMPARE(TemplateCatalog::fileContents(id, file), readAll(root + u'/' + file));
    }
}

void TestTemplates::titlesAndDescriptionsAreTranslated()
{
    const QList<TemplateCatalog::Template> english = TemplateCatalog::templates();
    QVERIFY(installTranslator(*QCoreApplication::instance(), QStringLiteral("hi")));
    const QList<TemplateCatalog::Template> hindi = TemplateCatalog::templates();
    for (qsizetype i = 0; i < english.size(); ++i) {
        QVERIFY2(hindi.at(i).description != english.at(i).description,
                 qPrintable(english.at(i).description));
        // Devanagari in every description.
        QVERIFY2(hindi.at(i).description.contains(QChar(0x0915))
                     || hindi.at(i).description.contains(QChar(0x0947)),
                 qPrintable(hindi.at(i).description));
    }
}

void TestTemplates::writeCreatesTheFolder()
{
    QTemporaryDir tmp;
    for (const QString &id : kIds) {
        const QString target = tmp.filePath(QStringLiteral("new/") + id);
        const TemplateCatalog::WriteResult result = TemplateCatalog::write(id, target);
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(result.message.isEmpty());
        QCOMPARE(result.dockerfilePath, QDir(target).filePath(QStringLiteral("Dockerfile")));
        QCOMPARE(filesOnDisk(target), TemplateCatalog::find(id)->files);
        QCOMPARE(result.written.size(), TemplateCatalog::find(id)->files.size());
        for (const QString &file : filesOnDisk(target))
            QCOMPARE(readAll(QDir(target).filePath(file)), TemplateCatalog::fileContents(id, file));
    }
    // An existing, empty folder (or one with unrelated files) is fine.
    writeFile(tmp.filePath(QStringLiteral("mine/notes.txt")), "keep me\n");
    const TemplateCatalog::WriteResult result
        = TemplateCatalog::write(QStringLiteral("rust"), tmp.filePath(QStringLiteral("mine")));
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(readAll(tmp.filePath(QStringLiteral("mine/notes.txt"))), QByteArray("keep me\n"));
}

void TestTemplates::writeNeverOverwrites()
{
    QTemporaryDir tmp;
    const QString target = tmp.filePath(QStringLiteral("app"));
    writeFile(target + QStringLiteral("/Dockerfile"), "FROM my-own-image\n");
    writeFile(target + QStringLiteral("/app.py"), "print('mine')\n");
    const TemplateCatalog::WriteResult result
        = TemplateCatalog::write(QStringLiteral("python"), target);
    QVERIFY(!result.ok);
    QCOMPARE(result.conflicts,
             (QStringList{QStringLiteral("Dockerfile"), QStringLiteral("app.py")}));
    QVERIFY(result.written.isEmpty());
    QVERIFY2(result.message.contains(QStringLiteral("Nothing was written"))
                 && result.message.contains(QStringLiteral("Dockerfile, app.py")),
             qPrintable(result.message));
    // Untouched, and nothing else written beside them.
    QCOMPARE(readAll(target + QStringLiteral("/Dockerfile")), QByteArray("FROM my-own-image\n"));
    QCOMPARE(readAll(target + QStringLiteral("/app.py")), QByteArray("print('mine')\n"));
    QCOMPARE(filesOnDisk(target),
             (QStringList{QStringLiteral("Dockerfile"), QStringLiteral("app.py")}));
    // A dangling symlink counts as existing too.
    QTemporaryDir tmp2;
    QVERIFY(QFile::link(tmp2.filePath(QStringLiteral("nowhere")),
                        tmp2.filePath(QStringLiteral(".dockerignore"))));
    const TemplateCatalog::WriteResult linked
        = TemplateCatalog::write(QStringLiteral("go"), tmp2.path());
    QVERIFY(!linked.ok);
    QCOMPARE(linked.conflicts, QStringList{QStringLiteral(".dockerignore")});
}

void TestTemplates::writeReportsUnwritablePlaces()
{
    QTemporaryDir tmp;
    writeFile(tmp.filePath(QStringLiteral("plain-file")), "x");
    // The destination is a file.
    TemplateCatalog::WriteResult result
        = TemplateCatalog::write(QStringLiteral("go"), tmp.filePath(QStringLiteral("plain-file")));
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(QStringLiteral("is a file, not a folder")),
             qPrintable(result.message));
    // The destination cannot be created (its parent is a file).
    result = TemplateCatalog::write(QStringLiteral("go"),
                                    tmp.filePath(QStringLiteral("plain-file/project")));
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(QStringLiteral("Could not create the folder")),
             qPrintable(result.message));
    // A read-only folder (permissions are not enforced for root, so only as a normal user).
    const QString readOnly = tmp.filePath(QStringLiteral("read-only"));
    QVERIFY(QDir().mkpath(readOnly));
    QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    QFile probe(readOnly + QStringLiteral("/probe"));
    if (!probe.open(QIODevice::WriteOnly)) {
        result = TemplateCatalog::write(QStringLiteral("go"), readOnly);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QStringLiteral("Could not write")),
                 qPrintable(result.message));
        QVERIFY(filesOnDisk(readOnly).isEmpty());
    }
    probe.remove();
    QFile::setPermissions(readOnly,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // No folder, no template.
    QVERIFY(!TemplateCatalog::write(QStringLiteral("go"), QStringLiteral("  ")).ok);
    result = TemplateCatalog::write(QStringLiteral("cobol"), tmp.filePath(QStringLiteral("c")));
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(QStringLiteral("python, go, react, java, node, rust")),
             qPrintable(result.message));
    QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("c"))));
}

void TestTemplates::writeRemovesWhatItWroteOnFailure()
{
    // A file named `src` where the Java template needs a folder: .dockerignore, Dockerfile,
    // Dockerfile.before and pom.xml are written first, then src/main/… fails — and the four
    // are removed again.
    QTemporaryDir tmp;
    writeFile(tmp.filePath(QStringLiteral("src")), "not a folder\n");
    const TemplateCatalog::WriteResult result
        = TemplateCatalog::write(QStringLiteral("java"), tmp.path());
    QVERIFY(!result.ok);
    QVERIFY(result.conflicts.isEmpty());
    QVERIFY2(result.message.contains(QStringLiteral("Could not create the folder")),
             qPrintable(result.message));
    QVERIFY(result.written.isEmpty());
    QCOMPARE(filesOnDisk(tmp.path()), QStringList{QStringLiteral("src")});
    QCOMPARE(readAll(tmp.filePath(QStringLiteral("src"))), QByteArray("not a folder\n"));
}

void TestTemplates::dialogPreviewsAndCreates()
{
    NewFromTemplateDialog dialog;
    QCOMPARE(dialog.selectedTemplate(), QStringLiteral("python"));
    QVERIFY(dialog.destination().endsWith(QStringLiteral("/python-app")));
    QVERIFY(dialog.previewText().contains(QStringLiteral("FROM python:3.11 AS builder")));
    QVERIFY(dialog.selectTemplate(QStringLiteral("rust")));
    QVERIFY(!dialog.selectTemplate(QStringLiteral("cobol")));
    QCOMPARE(dialog.selectedTemplate(), QStringLiteral("rust"));
    QVERIFY(dialog.destination().endsWith(QStringLiteral("/rust-app")));
    QCOMPARE(dialog.previewText(),
             QString::fromUtf8(TemplateCatalog::fileContents(QStringLiteral("rust"),
                                                             QStringLiteral("Dockerfile"))));
    dialog.setPreviewBefore(true);
    QCOMPARE(dialog.previewText(),
             QString::fromUtf8(TemplateCatalog::fileContents(QStringLiteral("rust"),
                                                             QStringLiteral("Dockerfile.before"))));

    QTemporaryDir tmp;
    const QString target = tmp.filePath(QStringLiteral("hello"));
    dialog.setDestination(target);
    QVERIFY(dialog.create());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.dockerfilePath(), target + QStringLiteral("/Dockerfile"));
    QVERIFY(QFileInfo::exists(target + QStringLiteral("/src/main.rs")));
}

void TestTemplates::dialogRefusesExistingFiles()
{
    QTemporaryDir tmp;
    writeFile(tmp.filePath(QStringLiteral("main.go")), "package mine\n");
    NewFromTemplateDialog dialog;
    QVERIFY(dialog.selectTemplate(QStringLiteral("go")));
    dialog.setDestination(tmp.path());
    QVERIFY(!dialog.create());
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("main.go")),
             qPrintable(dialog.errorText()));
    QVERIFY(dialog.dockerfilePath().isEmpty());
    QCOMPARE(filesOnDisk(tmp.path()), QStringList{QStringLiteral("main.go")});
}

void TestTemplates::fileMenuHasNewFromTemplate()
{
    MainWindow window;
    QMenu *file = window.menuBar()->actions().first()->menu();
    QVERIFY(file != nullptr);
    const QList<QAction *> actions = file->actions();
    QVERIFY(actions.size() > 2);
    QAction *action = actions.at(1);
    QCOMPARE(action->text(), QStringLiteral("New from &Template…"));

    // Triggering it shows the dialog; Create writes the folder and the window opens the new
    // Dockerfile with its two stages.
    QTemporaryDir tmp;
    const QString target = tmp.filePath(QStringLiteral("from-menu"));
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = window.findChild<NewFromTemplateDialog *>();
        if (dialog == nullptr)
            return;
        dialogSeen = true;
        dialog->selectTemplate(QStringLiteral("go"));
        dialog->setDestination(target);
        if (!dialog->create())
            dialog->reject();
    });
    action->trigger();
    QVERIFY(dialogSeen);
    QCOMPARE(window.filePath(),
             QFileInfo(target + QStringLiteral("/Dockerfile")).absoluteFilePath());
    window.reparseNow();
    QCOMPARE(window.stageGraph().stages().size(), std::size_t(2));
    QCOMPARE(window.problemCount(), 0);
}

void TestTemplates::cliListsTemplates()
{
    CliRun run = runCli({QStringLiteral("templates")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    for (const QString &id : kIds)
        QVERIFY2(run.out.contains(u'\n' + id + u'\t') || run.out.startsWith(id + u'\t'),
                 qPrintable(id));
    QVERIFY(run.out.contains(QStringLiteral("React + nginx")));
    QVERIFY(run.out.contains(
        QStringLiteral("Files: .dockerignore, Dockerfile, Dockerfile.before, go.mod, main.go")));

    run = runCli({QStringLiteral("--lang"), QStringLiteral("hi"), QStringLiteral("templates")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QChar(0x0915)), qPrintable(run.out)); // Devanagari
    QVERIFY(run.out.contains(QStringLiteral("Dockerfile.before")));

    run = runCli({QStringLiteral("templates"), QStringLiteral("extra")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("extra")));
    QVERIFY(runCli({QStringLiteral("--help")}).out.contains(QStringLiteral("new ID DIR")));
}

void TestTemplates::cliNewWritesAndRefuses()
{
    QTemporaryDir tmp;
    const QString target = tmp.filePath(QStringLiteral("svc"));
    CliRun run = runCli({QStringLiteral("new"), QStringLiteral("node"), target});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Wrote 8 files")), qPrintable(run.out));
    QCOMPARE(filesOnDisk(target), TemplateCatalog::find(QStringLiteral("node"))->files);

    writeFile(target + QStringLiteral("/src/server.js"), "// mine\n");
    run = runCli({QStringLiteral("new"), QStringLiteral("node"), target});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Nothing was written")), qPrintable(run.err));
    QCOMPARE(readAll(target + QStringLiteral("/src/server.js")), QByteArray("// mine\n"));

    run = runCli({QStringLiteral("new"), QStringLiteral("--lang"), QStringLiteral("hi"),
                  QStringLiteral("node"), target});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QChar(0x0915)), qPrintable(run.err));

    writeFile(tmp.filePath(QStringLiteral("file")), "x");
    run = runCli(
        {QStringLiteral("new"), QStringLiteral("go"), tmp.filePath(QStringLiteral("file/sub"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Could not create the folder")), qPrintable(run.err));
}

void TestTemplates::cliNewUsageErrors()
{
    QTemporaryDir tmp;
    CliRun run = runCli({QStringLiteral("new"), QStringLiteral("cobol"), tmp.path()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("Unknown template: cobol")), qPrintable(run.err));
    run = runCli({QStringLiteral("new"), QStringLiteral("go")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("new ID DIR")), qPrintable(run.err));
    run = runCli({QStringLiteral("new"), QStringLiteral("go"), tmp.path(), QStringLiteral("x")});
    QCOMPARE(run.exitCode, 2);
    run = runCli(
        {QStringLiteral("new"), QStringLiteral("--force"), QStringLiteral("go"), tmp.path()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(filesOnDisk(tmp.path()).isEmpty());
}

QTEST_MAIN(TestTemplates)
#include "tst_templates.moc"
