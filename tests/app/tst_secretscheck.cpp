// SPDX-License-Identifier: GPL-3.0-or-later
//
// The secrets check before a build sends the context (app/BuildSession + app/dialogs/
// SecretsPrompt): files that look like secrets stop the build before anything is sent — the
// question names them; "Add to .dockerignore" keeps the file's bytes and adds the lines; "Build
// anyway once" goes on and asks again next time; cancel sends nothing. No engine is needed: the
// endpoint is a socket that does not exist, so a build that goes on fails to connect.
#include "app/BuildSession.h"
#include "app/dialogs/SecretsPrompt.h"

#include "model/Analysis.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace stagecraft;
using namespace stagecraft::app;
using Decision = BuildSession::SecretsDecision;

namespace {

const QByteArray kDockerfile = "FROM stagecraft/busybox\nCOPY . /app\n";

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

/// A session on `dir`'s Dockerfile, with an engine that is not there.
void prepare(BuildSession &session, const QTemporaryDir &dir)
{
    const QString dockerfile = dir.filePath(QStringLiteral("Dockerfile"));
    writeFile(dockerfile, kDockerfile);
    writeFile(dir.filePath(QStringLiteral("id_rsa")), "-----BEGIN RSA PRIVATE KEY-----\n");
    writeFile(dir.filePath(QStringLiteral("app.py")), "print(1)\n");
    session.setEndpoint(engine::EngineEndpoint::fromUrl(
        QStringLiteral("unix://") + dir.filePath(QStringLiteral("no-engine.sock")),
        QStringLiteral("test")));
    session.setDocument(dockerfile, model::Analysis::build(kDockerfile.toStdString()));
}

} // namespace

class TestSecretsCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cancelSendsNothing();
    void excludingKeepsTheFileAndBuilds();
    void sendingOnceAsksAgainNextTime();
    void withoutAQuestionTheBuildIsRefused();
    void promptNamesTheFilesAndAnswers();
};

void TestSecretsCheck::cancelSendsNothing()
{
    QTemporaryDir dir;
    BuildSession session;
    prepare(session, dir);
    QStringList asked;
    session.setSecretsHandler([&asked](const QStringList &files) {
        asked = files;
        return Decision::Cancel;
    });
    QSignalSpy started(&session, &BuildSession::buildStarted);
    QSignalSpy status(&session, &BuildSession::buildStatus);
    session.startBuild({});
    QCOMPARE(asked, QStringList{QStringLiteral("id_rsa")});
    QCOMPARE(started.count(), 0);
    QVERIFY(!status.isEmpty());
    QVERIFY(status.last().at(1).toBool()); // shown as an error
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral(".dockerignore"))));
}

void TestSecretsCheck::excludingKeepsTheFileAndBuilds()
{
    QTemporaryDir dir;
    BuildSession session;
    prepare(session, dir);
    const QString ignore = dir.filePath(QStringLiteral(".dockerignore"));
    writeFile(ignore, "# keep this\n*.tmp"); // no final line end
    int questions = 0;
    session.setSecretsHandler([&questions](const QStringList &) {
        ++questions;
        return Decision::ExcludeThem;
    });
    QSignalSpy started(&session, &BuildSession::buildStarted);
    QSignalSpy finished(&session, &BuildSession::buildFinished);
    session.startBuild({});
    QCOMPARE(questions, 1);
    QCOMPARE(readBytes(ignore), QByteArray("# keep this\n*.tmp\n/id_rsa\n"));
    QCOMPARE(started.count(), 1); // went on (and fails to connect: no engine here)
    QVERIFY(finished.wait(10'000));
    // Next time nothing is asked: the file is excluded now.
    session.startBuild({});
    QCOMPARE(questions, 1);
    QVERIFY(finished.count() == 2 || finished.wait(10'000));
}

void TestSecretsCheck::sendingOnceAsksAgainNextTime()
{
    QTemporaryDir dir;
    BuildSession session;
    prepare(session, dir);
    int questions = 0;
    session.setSecretsHandler([&questions](const QStringList &) {
        ++questions;
        return Decision::SendOnce;
    });
    QSignalSpy started(&session, &BuildSession::buildStarted);
    QSignalSpy finished(&session, &BuildSession::buildFinished);
    session.startBuild({});
    QCOMPARE(started.count(), 1);
    QVERIFY(finished.wait(10'000));
    session.startBuild({});
    QCOMPARE(questions, 2);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral(".dockerignore"))));
    QVERIFY(finished.count() == 2 || finished.wait(10'000));
}

void TestSecretsCheck::withoutAQuestionTheBuildIsRefused()
{
    QTemporaryDir dir;
    BuildSession session;
    prepare(session, dir);
    QSignalSpy started(&session, &BuildSession::buildStarted);
    QSignalSpy status(&session, &BuildSession::measureStatus);
    session.startMeasure();
    QCOMPARE(started.count(), 0);
    QVERIFY(!status.isEmpty());
    QVERIFY2(status.last().at(0).toString().contains(QStringLiteral("id_rsa")),
             qPrintable(status.last().at(0).toString()));
}

void TestSecretsCheck::promptNamesTheFilesAndAnswers()
{
    const QStringList files{QStringLiteral(".env"), QStringLiteral("deploy/id_ed25519")};
    const QString text = SecretsPrompt::text(files);
    QVERIFY(text.contains(QStringLiteral(".env")));
    QVERIFY(text.contains(QStringLiteral("deploy/id_ed25519")));
    QVERIFY(text.contains(QStringLiteral(".dockerignore")));

    const auto answerWith = [](const QString &buttonName) {
        QTimer::singleShot(0, qApp, [buttonName] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (widget->objectName() != QStringLiteral("secretsPrompt"))
                    continue;
                if (auto *button = widget->findChild<QAbstractButton *>(buttonName))
                    button->click();
                else
                    qobject_cast<QMessageBox *>(widget)->reject();
            }
        });
    };
    answerWith(QStringLiteral("excludeSecrets"));
    QCOMPARE(SecretsPrompt::ask(nullptr, files), Decision::ExcludeThem);
    answerWith(QStringLiteral("sendSecretsOnce"));
    QCOMPARE(SecretsPrompt::ask(nullptr, files), Decision::SendOnce);
    answerWith(QStringLiteral("no such button: reject"));
    QCOMPARE(SecretsPrompt::ask(nullptr, files), Decision::Cancel);
}

QTEST_MAIN(TestSecretsCheck)
#include "tst_secretscheck.moc"
