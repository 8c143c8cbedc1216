// SPDX-License-Identifier: GPL-3.0-or-later
// The sidecar next to a Dockerfile as pure text: the layout read and written, its refusals as
// codes, and the keys other writers own (the measurement history, later versions' keys) kept.
#include "model/Sidecar.h"

#include <QtTest>

#include <nlohmann/json.hpp>

using namespace stagecraft::model;

Q_DECLARE_METATYPE(SidecarError::Code)

class TestSidecar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathIsBesideTheDockerfile()
    {
        QCOMPARE(Sidecar::pathFor("/src/app/Dockerfile"),
                 std::string("/src/app/Dockerfile.stagecraft.json"));
    }

    void layoutRoundTrips()
    {
        const LayoutEntries entries{{"build", {20, 40, true}},
                                    {"#2", {-60, 0, false}},
                                    {"image:alpine:3.19", {-300, 10, false}}};
        LayoutEntries read;
        SidecarError error;
        QVERIFY(Sidecar::parseLayout(Sidecar::serializeLayout(entries), read, error));
        QVERIFY(!error.isError());
        QVERIFY(read == entries);
    }

    void layoutIsRoundedSortedAndSplitIntoStagesAndImages()
    {
        const std::string text = Sidecar::serializeLayout(
            {{"runtime", {10.4, 20.6, false}}, {"build", {0, 0, true}}, {"image:x", {1, 2, true}}});
        const nlohmann::json json = nlohmann::json::parse(text);
        QCOMPARE(json.at("version").get<int>(), 1);
        QCOMPARE(json.at("stages").at("runtime").at("x").get<double>(), 10.0);
        QCOMPARE(json.at("stages").at("runtime").at("y").get<double>(), 21.0);
        QCOMPARE(json.at("stages").at("build").at("collapsed").get<bool>(), true);
        // Image nodes never collapse: no key for it.
        QVERIFY(!json.at("images").at("image:x").contains("collapsed"));
        QVERIFY(text.find("\"build\"") < text.find("\"runtime\""));
        QVERIFY(text.ends_with("\n"));
    }

    void otherKeysSurviveALayoutWrite()
    {
        const std::string existing
            = R"({"version":1,"measurements":[{"a":1}],"futureKey":{"b":2},"stages":{"old":{"x":1,"y":2}}})";
        const nlohmann::json json
            = nlohmann::json::parse(Sidecar::serializeLayout({{"new", {5, 6, false}}}, existing));
        QCOMPARE(json.at("measurements").at(0).at("a").get<int>(), 1);
        QCOMPARE(json.at("futureKey").at("b").get<int>(), 2);
        QVERIFY(!json.at("stages").contains("old")); // the layout is replaced as a whole
        QVERIFY(json.at("stages").contains("new"));
        // Not an object: replaced.
        QCOMPARE(
            nlohmann::json::parse(Sidecar::serializeLayout({}, "[1,2]")).at("version").get<int>(),
            1);
    }

    void malformedLayoutGivesACode_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<SidecarError::Code>("code");
        QTest::addColumn<QString>("argument");
        QTest::newRow("not json") << QByteArray("{\"version\": 1, \"stages\": {")
                                  << SidecarError::Code::NotJson << QString();
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12)
                                << SidecarError::Code::NotJson << QString();
        QTest::newRow("array") << QByteArray("[1, 2, 3]") << SidecarError::Code::NotObject
                               << QString();
        QTest::newRow("no version") << QByteArray("{\"stages\": {}}")
                                    << SidecarError::Code::UnsupportedVersion << QString();
        QTest::newRow("wrong version") << QByteArray("{\"version\": 99, \"stages\": {}}")
                                       << SidecarError::Code::UnsupportedVersion << QString();
        QTest::newRow("section") << QByteArray("{\"version\": 1, \"images\": []}")
                                 << SidecarError::Code::SectionNotObject
                                 << QStringLiteral("images");
        QTest::newRow("bad entry")
            << QByteArray("{\"version\": 1, \"stages\": {\"build\": {\"x\": \"left\"}}}")
            << SidecarError::Code::BadEntry << QStringLiteral("build");
        QTest::newRow("huge") << QByteArray(
            "{\"version\": 1, \"stages\": {\"build\": {\"x\": 1e300, \"y\": 0}}}")
                              << SidecarError::Code::BadEntry << QStringLiteral("build");
    }

    void malformedLayoutGivesACode()
    {
        QFETCH(QByteArray, text);
        QFETCH(SidecarError::Code, code);
        QFETCH(QString, argument);
        LayoutEntries entries{{"kept?", {}}};
        SidecarError error;
        QVERIFY(!Sidecar::parseLayout(std::string_view(text.constData(), size_t(text.size())),
                                      entries, error));
        QCOMPARE(error.code, code);
        QCOMPARE(QString::fromStdString(error.argument), argument);
        QVERIFY(!error.describe().empty());
        QVERIFY(entries.empty());
    }

    void sidecarWithoutLayoutHasNoEntries()
    {
        LayoutEntries entries;
        SidecarError error;
        QVERIFY(Sidecar::parseLayout(R"({"version":1,"measurements":[]})", entries, error));
        QVERIFY(entries.empty());
    }
};

QTEST_APPLESS_MAIN(TestSidecar)
#include "tst_sidecar.moc"
