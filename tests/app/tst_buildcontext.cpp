// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/DocumentController.h"
#include "common/DiagnosticMessages.h"
#include "engine/ContextScanner.h"
#include "views/canvas/StageBlockItem.h"
#include "views/canvas/StageScene.h"

#include "model/Lint.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace stagecraft;

namespace {

void write(const QString &path, const QByteArray &bytes = {})
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QStringList codesOf(const std::vector<model::Diagnostic> &diagnostics)
{
    QStringList out;
    for (const model::Diagnostic &d : diagnostics)
        out << QString::fromStdString(d.code);
    return out;
}

} // namespace

class TestBuildContext : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scanListsAndMarksExclusions()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        write(dir.filePath(QStringLiteral("Dockerfile")), "FROM alpine:3.19\n");
        write(dir.filePath(QStringLiteral("app.py")));
        write(dir.filePath(QStringLiteral("dist/index.html")));
        write(dir.filePath(QStringLiteral("dist/keep.txt")));
        write(dir.filePath(QStringLiteral("build/out.bin")));
        write(dir.filePath(QStringLiteral(".dockerignore")),
              "dist\n!dist/keep.txt\nbuild\nDockerfile\n");
        const auto context
            = engine::ContextScanner::scan(dir.path(), dir.filePath(QStringLiteral("Dockerfile")));
        QVERIFY(context != nullptr);
        QVERIFY(context->hasDockerIgnore());
        QVERIFY(context->isComplete(""));
        QVERIFY(!context->find("app.py")->excluded);
        QVERIFY(!context->find("Dockerfile")->excluded); // always sent
        QVERIFY(context->find("dist")->excluded);
        QVERIFY(context->find("dist/index.html")->excluded);
        QVERIFY(!context->find("dist/keep.txt")->excluded); // the exception is looked into
        QVERIFY(context->find("build")->excluded);
        QVERIFY(context->find("build/out.bin") == nullptr); // excluded dirs are not entered
        QVERIFY(!context->isComplete("build"));
    }

    void scanIsBounded()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (int i = 0; i < 30; ++i)
            write(dir.filePath(QStringLiteral("f%1").arg(i, 2, 10, QLatin1Char('0'))));
        write(dir.filePath(QStringLiteral("a/b/c/d/deep.txt")));
        engine::ContextScanner::Limits limits;
        limits.maxEntries = 10;
        auto context = engine::ContextScanner::scan(dir.path(), QString(), limits);
        QVERIFY(context != nullptr);
        QCOMPARE(context->entries().size(), std::size_t(10));
        QVERIFY(!context->isComplete("")); // cut short: lint must not call anything missing

        limits = {};
        limits.maxDepth = 2;
        context = engine::ContextScanner::scan(dir.path(), QString(), limits);
        QVERIFY(context->find("a/b") != nullptr);
        QVERIFY(context->find("a/b/c") == nullptr);
        QVERIFY(context->isComplete("a"));
        QVERIFY(!context->isComplete("a/b"));

        std::atomic<bool> cancelled{true};
        QVERIFY(engine::ContextScanner::scan(dir.path(), QString(), {}, &cancelled) == nullptr);
    }

    void scanRefusesWhatTheBuildWouldRefuse()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(engine::ContextScanner::scan(dir.filePath(QStringLiteral("nope"))) == nullptr);
        write(dir.filePath(QStringLiteral(".dockerignore")), "[unterminated\n");
        QVERIFY(engine::ContextScanner::scan(dir.path()) == nullptr);
    }

    void controllerListsTheContextOffTheKeystrokePath()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString dockerfile = dir.filePath(QStringLiteral("Dockerfile"));
        write(dockerfile, "FROM python:3.12-slim\nCOPY requirement.txt .\n");
        write(dir.filePath(QStringLiteral("requirements.txt")), "flask\n");

        app::DocumentController controller;
        QSignalSpy contextChanged(&controller, &app::DocumentController::buildContextChanged);
        QVERIFY(controller.openFile(dockerfile));
        // The listing runs on a worker thread; the first lint has no context yet.
        QVERIFY(controller.buildContext() == nullptr || !controller.isContextScanRunning());
        QVERIFY(contextChanged.wait(5000));
        QVERIFY(controller.buildContext() != nullptr);
        QVERIFY(codesOf(controller.diagnostics()).contains(QStringLiteral("CopySourceMissing")));

        // Creating the file lets the watcher list again; the finding goes away.
        write(dir.filePath(QStringLiteral("requirement.txt")), "flask\n");
        QTRY_VERIFY_WITH_TIMEOUT(
            !codesOf(controller.diagnostics()).contains(QStringLiteral("CopySourceMissing")), 5000);

        // An untitled document has no context.
        controller.newDocument();
        QVERIFY(controller.buildContext() == nullptr);
    }

    void everyAdviceCodeHasMessagesInBothLanguages()
    {
        // One file that triggers all eight advice codes, in a context made for it.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        write(dir.filePath(QStringLiteral("requirements.txt")));
        write(dir.filePath(QStringLiteral(".env")));
        write(dir.filePath(QStringLiteral("dist/index.html")));
        write(dir.filePath(QStringLiteral(".dockerignore")), "dist\n");
        const std::string text = "FROM openjdk:17 AS build\nCOPY requirement.txt .\n"
                                 "FROM python:3.12\nCOPY --from=build /a /a\nCOPY . .\n"
                                 "COPY .git /g\nCOPY dist/index.html /i\nFROM alpine AS other\n";
        const auto tree = model::SyntaxTree::parse(text);
        const model::StageGraph graph = model::StageGraph::derive(*tree);
        model::LintOptions options(1);
        options.context = engine::ContextScanner::scan(dir.path());
        QVERIFY(options.context != nullptr);
        QSet<QString> seen;
        for (const model::Diagnostic &d : model::lint(*tree, graph, options)) {
            const QString code = QString::fromStdString(d.code);
            seen.insert(code);
            if (model::diagnosticInfo(d.code)->url.starts_with("https://"))
                continue; // BuildKit's checks and the graph's are tested elsewhere
            int argc = static_cast<int>(d.args.size());
            while (argc > 0 && d.args[static_cast<std::size_t>(argc) - 1].empty())
                --argc;
            const std::vector<int> counts = common::DiagnosticMessages::argumentCounts(d.code);
            QVERIFY2(std::find(counts.begin(), counts.end(), argc) != counts.end(),
                     qPrintable(code));
        }
        const QStringList advice{
            QStringLiteral("FinalStageCopiesContext"),    QStringLiteral("FinalStageSdkBase"),
            QStringLiteral("FinalStageCopiesBuildFiles"), QStringLiteral("SecretInContext"),
            QStringLiteral("CopySourceMissing"),          QStringLiteral("CopySourceExcluded"),
            QStringLiteral("UnpinnedBaseImage"),          QStringLiteral("DeprecatedBaseImage")};
        for (const QString &code : advice) {
            QVERIFY2(seen.contains(code), qPrintable(code));
            QVERIFY2(!common::DiagnosticMessages::explanation(code.toStdString()).isEmpty(),
                     qPrintable(code));
        }
        QCOMPARE(
            common::DiagnosticMessages::message("FinalStageCopiesBuildFiles",
                                                {".git", "git-history"}),
            QStringLiteral("The final stage copies '.git' (the Git history): the app does not need "
                           "it to run."));
    }

    void adviceReachesTheCanvasBlocks()
    {
        // The canvas badges warnings per stage; an advice warning marks the final stage's block.
        app::DocumentController controller;
        controller.openBytes("FROM golang:1.22 AS build\nRUN go build -o /app .\n"
                             "FROM golang:1.22 AS runtime\nCOPY --from=build /app /app\n",
                             QStringLiteral("advice"));
        controller.reparseNow();
        QVERIFY(codesOf(controller.diagnostics()).contains(QStringLiteral("FinalStageSdkBase")));
        views::StageScene scene;
        scene.setAnalysis(controller.analysis());
        QCOMPARE(scene.blockForStage(0)->content().warnings, 0);
        QCOMPARE(scene.blockForStage(1)->content().warnings, 1);
        QVERIFY(scene.blockForStage(1)->content().diagnosticsTip.contains(
            QStringLiteral("FinalStageSdkBase")));
    }

    void cliContextOption()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString dockerfile = dir.filePath(QStringLiteral("Dockerfile"));
        write(dockerfile, "FROM python:3.12-slim\nCOPY requirement.txt .\nCOPY . /app\n");
        write(dir.filePath(QStringLiteral("requirements.txt")), "flask\n");
        write(dir.filePath(QStringLiteral(".env")), "TOKEN=x\n");
        auto run = [](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral(STAGECRAFT_CLI_PATH), args);
            p.waitForFinished(30000);
            return std::make_pair(
                p.exitCode(),
                QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
        };
        const auto with = run({QStringLiteral("lint"), dockerfile, QStringLiteral("--context"),
                               dir.path(), QStringLiteral("--lang=en")});
        QCOMPARE(with.first, 0);
        QVERIFY2(with.second.contains(QStringLiteral("Did you mean 'requirements.txt'?")),
                 qPrintable(with.second));
        QVERIFY2(with.second.contains(QStringLiteral("[SecretInContext]")),
                 qPrintable(with.second));
        const auto without = run({QStringLiteral("lint"), dockerfile, QStringLiteral("--lang=en")});
        QVERIFY(!without.second.contains(QStringLiteral("CopySourceMissing")));
        const auto missing
            = run({QStringLiteral("lint"), dockerfile, QStringLiteral("--context"),
                   dir.filePath(QStringLiteral("nope")), QStringLiteral("--lang=en")});
        QCOMPARE(missing.first, 2);
        QVERIFY(missing.second.contains(QStringLiteral("Context directory not found")));
        const auto wrongCommand
            = run({QStringLiteral("print"), dockerfile, QStringLiteral("--context"), dir.path()});
        QCOMPARE(wrongCommand.first, 2);
    }
};

QTEST_MAIN(TestBuildContext)
#include "tst_buildcontext.moc"
