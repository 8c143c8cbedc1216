// SPDX-License-Identifier: GPL-3.0-or-later
// Sizes in the UI locale: decimal units like `docker image ls`, Indian digit grouping in Hindi.
#include "common/Translation.h"

#include "views/SizeFormat.h"

#include <QApplication>
#include <QTest>

using stagecraft::views::SizeFormat;
using namespace Qt::StringLiterals;

class TestSizeFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void english_data();
    void english();
    void hindi_data();
    void hindi();
    void saving();
    void durations();
    void cleanupTestCase();
};

namespace {
const QString nbsp = QString(QChar(0x00A0));
const QLocale en(QLocale::English, QLocale::UnitedStates);
const QLocale hi(QLocale::Hindi, QLocale::India);
} // namespace

void TestSizeFormat::english_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("exact");
    QTest::newRow("512") << qint64(512) << u"512"_s + nbsp + u"bytes"_s
                         << u"512"_s + nbsp + u"bytes"_s;
    QTest::newRow("1234567") << qint64(1234567) << u"1.2"_s + nbsp + u"MB"_s
                             << u"1,234,567"_s + nbsp + u"bytes"_s;
    QTest::newRow("45 MB") << qint64(45'000'000) << u"45.0"_s + nbsp + u"MB"_s
                           << u"45,000,000"_s + nbsp + u"bytes"_s;
    QTest::newRow("1.1 GB") << qint64(1'100'000'000) << u"1.1"_s + nbsp + u"GB"_s
                            << u"1,100,000,000"_s + nbsp + u"bytes"_s;
    QTest::newRow("negative") << qint64(-5) << u"0"_s + nbsp + u"bytes"_s
                              << u"-5"_s + nbsp + u"bytes"_s;
}

void TestSizeFormat::english()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, size);
    QFETCH(QString, exact);
    QCOMPARE(SizeFormat::size(bytes, en), size);
    QCOMPARE(SizeFormat::exactBytes(bytes, en), exact);
}

void TestSizeFormat::hindi_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("exact");
    QTest::newRow("512") << qint64(512) << u"512"_s + nbsp + u"बाइट"_s
                         << u"512"_s + nbsp + u"बाइट"_s;
    QTest::newRow("1234567") << qint64(1234567) << u"1.2"_s + nbsp + u"MB"_s
                             << u"12,34,567"_s + nbsp + u"बाइट"_s;
    QTest::newRow("45 MB") << qint64(45'000'000) << u"45.0"_s + nbsp + u"MB"_s
                           << u"4,50,00,000"_s + nbsp + u"बाइट"_s;
}

void TestSizeFormat::hindi()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, size);
    QFETCH(QString, exact);
    QVERIFY(stagecraft::common::installTranslator(*qApp, u"hi"_s));
    QCOMPARE(SizeFormat::size(bytes, hi), size);
    QCOMPARE(SizeFormat::exactBytes(bytes, hi), exact);
    stagecraft::common::installTranslator(*qApp, u"en"_s);
}

void TestSizeFormat::saving()
{
    QCOMPARE(SizeFormat::saving(u"builder"_s, 1'100'000'000, u"final"_s, 45'000'000, en),
             u"builder 1.1"_s + nbsp + u"GB → final 45.0"_s + nbsp + u"MB, \u221296%"_s);
    QCOMPARE(SizeFormat::saving(u"a"_s, 0, u"b"_s, 10, en), QString());
    QCOMPARE(SizeFormat::delta(-3'000'000, en), u"\u22123.0"_s + nbsp + u"MB"_s);
    QCOMPARE(SizeFormat::delta(1500, en), u"+1.5"_s + nbsp + u"kB"_s);
    QCOMPARE(SizeFormat::delta(0, en), u"±0"_s + nbsp + u"bytes"_s);
    QCOMPARE(SizeFormat::percent(12.4, en), u"+12%"_s);
    QCOMPARE(SizeFormat::percent(-0.2, en), u"0%"_s);
    QCOMPARE(SizeFormat::percent(-95.6, hi), u"\u221296%"_s);
}

void TestSizeFormat::durations()
{
    // Stage and step wall times: one decimal under a minute, then minutes and seconds, with the
    // locale's grouping (Hindi: 1,00,000) and CLDR's short units in Hindi.
    QCOMPARE(SizeFormat::duration(0, en), u"0.0"_s + nbsp + u"s"_s);
    QCOMPARE(SizeFormat::duration(-40, en), u"0.0"_s + nbsp + u"s"_s);
    QCOMPARE(SizeFormat::duration(4'249, en), u"4.2"_s + nbsp + u"s"_s);
    QCOMPARE(SizeFormat::duration(59'940, en), u"59.9"_s + nbsp + u"s"_s);
    QCOMPARE(SizeFormat::duration(125'400, en),
             u"2"_s + nbsp + u"min"_s + nbsp + u"5"_s + nbsp + u"s"_s);
    QCOMPARE(SizeFormat::duration(6'000'000'000, en),
             u"100,000"_s + nbsp + u"min"_s + nbsp + u"0"_s + nbsp + u"s"_s);
    QVERIFY(stagecraft::common::installTranslator(*qApp, u"hi"_s));
    QCOMPARE(SizeFormat::duration(4'249, hi), u"4.2"_s + nbsp + u"से॰"_s);
    QCOMPARE(SizeFormat::duration(125'400, hi),
             u"2"_s + nbsp + u"मि॰"_s + nbsp + u"5"_s + nbsp + u"से॰"_s);
    QCOMPARE(SizeFormat::duration(6'000'000'000, hi),
             u"1,00,000"_s + nbsp + u"मि॰"_s + nbsp + u"0"_s + nbsp + u"से॰"_s);
    stagecraft::common::installTranslator(*qApp, u"en"_s);
}

void TestSizeFormat::cleanupTestCase()
{
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestSizeFormat)
#include "tst_sizeformat.moc"
