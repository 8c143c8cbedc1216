// SPDX-License-Identifier: GPL-3.0-or-later
// The message table for what the engine reports as codes (common/EngineMessages): every error
// kind, measurement problem, refusal and progress step has a sentence that carries its
// arguments, in English and in Hindi; an engine error kept in a run as a problem reads back the
// same; unknown codes still say something.
#include "common/EngineMessages.h"
#include "common/Translation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTest>

using namespace stagecraft;
using engine::EngineError;
using Kind = engine::EngineError::Kind;

Q_DECLARE_METATYPE(stagecraft::engine::EngineError::Kind)

namespace {

const QString kDetail = QStringLiteral("DETAIL-7f3");

/// Every kind but None, with the argument its message must show (empty: none shown).
QList<std::pair<Kind, QString>> everyKind()
{
    return {{Kind::InvalidEndpoint, kDetail},
            {Kind::UnsupportedEndpoint, kDetail},
            {Kind::NotRunning, kDetail},
            {Kind::PermissionDenied, kDetail},
            {Kind::ConnectFailed, kDetail},
            {Kind::ConnectTimeout, kDetail},
            {Kind::Timeout, kDetail},
            {Kind::TlsFailed, kDetail},
            {Kind::SshMissing, kDetail},
            {Kind::SshHostKeyUnknown, kDetail},
            {Kind::SshHostKeyChanged, kDetail},
            {Kind::SshAuthFailed, kDetail},
            {Kind::SshFailed, kDetail},
            {Kind::ConnectionLost, {}},
            {Kind::GarbageReply, kDetail},
            {Kind::ApiTooOld, kDetail},
            {Kind::HttpError, kDetail},
            {Kind::BuildFailed, kDetail},
            {Kind::ContextFailed, kDetail},
            {Kind::Cancelled, {}},
            {Kind::NoStages, {}},
            {Kind::UnknownTarget, kDetail},
            {Kind::NoSuchImage, kDetail},
            {Kind::NoContainer, kDetail},
            {Kind::ContainerNotRemoved, kDetail},
            {Kind::BadArchive, kDetail},
            {Kind::BaseImageUnreadable, {}},
            {Kind::FileUnreadable, kDetail},
            {Kind::FileUnwritable, kDetail},
            {Kind::SidecarInvalid, kDetail},
            {Kind::SidecarNotSaved, kDetail},
            {Kind::BadTrace, kDetail},
            {Kind::BuilderUnavailable, kDetail},
            {Kind::SessionFailed, kDetail},
            {Kind::SessionLost, kDetail}};
}

bool hasDevanagari(const QString &text)
{
    static const QRegularExpression devanagari(QStringLiteral("[\\x{0900}-\\x{097F}]"));
    return text.contains(devanagari);
}

} // namespace

class TestEngineMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(common::installTranslator(*QCoreApplication::instance(), QStringLiteral("en")));
    }
    void cleanupTestCase()
    {
        common::installTranslator(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void everyErrorKindHasASentenceWithItsDetail_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("shown");
        for (const auto &[kind, shown] : everyKind())
            QTest::newRow(qPrintable(EngineError::kindName(kind))) << kind << shown;
    }

    void everyErrorKindHasASentenceWithItsDetail()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, shown);
        EngineError error(kind, kDetail, 503);
        error.setReason(QStringLiteral("REASON-9"));
        error.setSidecarError({model::SidecarError::Code::NotJson, {}, -1, {}});
        const QString message = common::EngineMessages::message(error);
        QVERIFY(!message.isEmpty());
        QVERIFY2(message.contains(shown.left(12)), qPrintable(message));
        QVERIFY2(!message.contains(u'%'), qPrintable(message)); // every placeholder filled
        // The kind survives its name (logs, and runs that keep an engine error).
        QCOMPARE(EngineError::kindFromName(EngineError::kindName(kind)), kind);

        QVERIFY(common::installTranslator(*QCoreApplication::instance(), QStringLiteral("hi")));
        const QString hindi = common::EngineMessages::message(error);
        QVERIFY(common::installTranslator(*QCoreApplication::instance(), QStringLiteral("en")));
        QVERIFY2(hasDevanagari(hindi), qPrintable(hindi));
        QVERIFY2(hindi.contains(shown.left(12)), qPrintable(hindi));
    }

    void messagesAreActionable()
    {
        const QString denied = common::EngineMessages::message(
            EngineError(Kind::PermissionDenied, QStringLiteral("/var/run/docker.sock")));
        QVERIFY(denied.contains(QStringLiteral("docker")));
        QVERIFY(denied.contains(QStringLiteral("rootless")));
        EngineError failed(Kind::BuildFailed, QStringLiteral("exit 3"));
        failed.setStep(4, 7, QStringLiteral("RUN false"));
        const QString build = common::EngineMessages::message(failed);
        QVERIFY(build.contains(QStringLiteral("7")));
        QVERIFY(build.contains(QStringLiteral("RUN false")));
        QVERIFY(build.contains(QStringLiteral("exit 3")));
        QVERIFY(common::EngineMessages::message(EngineError()).isEmpty());
        QCOMPARE(common::EngineMessages::message(EngineError(Kind::HttpError, kDetail, 409)),
                 QStringLiteral("The Docker engine refused the request (HTTP 409): ") + kDetail);
    }

    void errorsNestTheirCause()
    {
        EngineError cause(Kind::NotRunning, QStringLiteral("/run/x.sock"));
        EngineError notRemoved(Kind::ContainerNotRemoved, QString(64, u'c'));
        notRemoved.setCause(cause);
        const QString message = common::EngineMessages::message(notRemoved);
        QVERIFY2(message.contains(QString(12, u'c')) && !message.contains(QString(13, u'c')),
                 qPrintable(message)); // the short container ID
        QVERIFY2(message.contains(common::EngineMessages::message(cause)), qPrintable(message));
        EngineError base(Kind::BaseImageUnreadable);
        base.setCause(EngineError(Kind::NoSuchImage, QStringLiteral("alpine:9")));
        QVERIFY(common::EngineMessages::message(base).contains(QStringLiteral("alpine:9")));
    }

    void engineErrorKeptInARunReadsBackTheSame()
    {
        EngineError error(Kind::BuildFailed, QStringLiteral("exit 3"), 0);
        error.setStep(4, 7, QStringLiteral("RUN false"));
        const model::MeasureProblem problem = error.toProblem();
        QCOMPARE(QString::fromStdString(problem.code), QStringLiteral("engine:build-failed"));
        const EngineError back = EngineError::fromProblem(problem);
        QCOMPARE(back.kind(), error.kind());
        QCOMPARE(back.detail(), error.detail());
        QCOMPARE(back.step(), 4);
        QCOMPARE(back.line(), 7);
        QCOMPARE(back.instruction(), error.instruction());
        QCOMPARE(common::EngineMessages::problem(problem), common::EngineMessages::message(error));
        QVERIFY(EngineError().toProblem().isEmpty());
        QVERIFY(!EngineError::fromProblem({"engine:no-such-kind", {}}).isError());
    }

    void everyProblemCodeHasASentence_data()
    {
        using P = model::MeasureProblem;
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("argument");
        for (const std::string_view code :
             {P::EarlierStageFailed, P::NoImage, P::SourceNotBuilt, P::NoSourcePath})
            QTest::newRow(code.data())
                << QString::fromLatin1(code.data(), code.size()) << QString();
        for (const std::string_view code : {P::VariablePath, P::PathMissing, P::BadArchive})
            QTest::newRow(code.data())
                << QString::fromLatin1(code.data(), code.size()) << QStringLiteral("/out/$APP");
    }

    void everyProblemCodeHasASentence()
    {
        QFETCH(QString, code);
        QFETCH(QString, argument);
        model::MeasureProblem problem{code.toStdString(), {}};
        if (!argument.isEmpty())
            problem.args.push_back(argument.toStdString());
        const QString message = common::EngineMessages::problem(problem);
        QVERIFY(!message.isEmpty());
        QVERIFY(!message.contains(code)); // a sentence, not the code
        QVERIFY2(message.contains(argument), qPrintable(message));
        QVERIFY2(!message.contains(u'%'), qPrintable(message));
    }

    void oldSentencesAndUnknownCodesStillRead()
    {
        // A history written before problems were codes keeps its sentence.
        QCOMPARE(common::EngineMessages::problem({"message", {"Nicht gebaut."}}),
                 QStringLiteral("Nicht gebaut."));
        QCOMPARE(common::EngineMessages::problem({"from-the-future", {"a", "b"}}),
                 QStringLiteral("from-the-future: a, b"));
        QVERIFY(common::EngineMessages::problem({}).isEmpty());
    }

    void progressAndFilesSteps()
    {
        using Phase = engine::MeasureProgress::Phase;
        QCOMPARE(common::EngineMessages::progress(
                     {Phase::Step, 1, 2, 3, 9, QStringLiteral("RUN make"), {}, 0}),
                 QStringLiteral("Step 3/9: RUN make"));
        QCOMPARE(
            common::EngineMessages::progress({Phase::MeasuringArrow, 0, 2, 0, 0,
                                              QStringLiteral("build"), QStringLiteral("#1"), 12}),
            QStringLiteral("Measuring the arrow build → #1 (line 12)"));
        QVERIFY(common::EngineMessages::progress(
                    {Phase::MeasuringStage, 0, 1, 0, 0, QStringLiteral("build"), {}, 0})
                    .contains(QStringLiteral("build")));
        QVERIFY(!common::EngineMessages::progress({}).isEmpty());
        using FilesPhase = engine::StageFilesystem::Phase;
        for (const FilesPhase phase :
             {FilesPhase::Inspecting, FilesPhase::Reading, FilesPhase::ReadingBase})
            QVERIFY(common::EngineMessages::filesPhase(phase, QStringLiteral("alpine:3"))
                        .contains(QStringLiteral("alpine:3")));
    }

    void sidecarRefusalsAreWorded()
    {
        using Code = model::SidecarError::Code;
        EngineError invalid(Kind::SidecarInvalid,
                            QStringLiteral("/src/Dockerfile.stagecraft.json"));
        invalid.setSidecarError(
            {Code::BadMeasurement,
             {},
             1,
             {model::MeasureReadError::Code::ExpectedInteger, "stages[0].size", 0}});
        QCOMPARE(common::EngineMessages::message(invalid),
                 QStringLiteral("/src/Dockerfile.stagecraft.json: Measurement 1 in the sidecar "
                                "cannot be read: stages[0].size: expected an integer"));
        EngineError notSaved(Kind::SidecarNotSaved, QStringLiteral("/x.json"));
        notSaved.setSidecarError({Code::NotObject, {}, -1, {}});
        QVERIFY(common::EngineMessages::message(notSaved).contains(QStringLiteral("not a valid")));
        notSaved.setSidecarError({Code::MeasurementsNotArray, {}, -1, {}});
        QVERIFY(common::EngineMessages::message(notSaved).contains(QStringLiteral("not an array")));
    }
};

QTEST_GUILESS_MAIN(TestEngineMessages)
#include "tst_enginemessages.moc"
