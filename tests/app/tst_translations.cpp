// SPDX-License-Identifier: GPL-3.0-or-later
//
// The catalogues themselves: every Hindi message is finished, not empty, not vanished or
// obsolete, keeps its source's placeholders (%1…%9, %L1, %n, %Ln; in every plural form) and is
// stored in NFC; the English catalogue has every plural form. The checker is first run on a small
// broken catalogue, so it is known to catch each fault. Also: the default QLocale follows the
// interface language (Indian digit grouping under Hindi). Whether the .ts files are what lupdate
// makes of the sources is the separate CTest translations/lupdate.

#include "common/Translation.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

QString translationsDir()
{
    return QStringLiteral(STAGECRAFT_TEST_DATA_DIR) + u"/../../translations"_s;
}

/// The placeholders of a message: %1…%99, %L1, %n, %Ln (as a set: repeating one is fine).
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(L?[0-9]{1,2}|L?n)"_s);
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(u' ');
}

enum class Catalogue {
    Full,        ///< every message translated (Hindi)
    PluralsOnly, ///< only plural messages need a translation (English)
};

/// Everything wrong with a .ts file, one line per problem ("context | source: what").
QStringList problems(const QByteArray &ts, Catalogue kind)
{
    QStringList found;
    QXmlStreamReader xml(ts);
    QString context;
    QString source;
    bool numerus = false;
    QString type;
    QStringList forms;
    bool inTranslation = false;
    QString text;
    const auto report = [&](const QString &what) {
        found << u"%1 | %2: %3"_s.arg(context, source.left(60), what);
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name"_s) {
                context = xml.readElementText();
            } else if (name == u"message"_s) {
                numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
                source.clear();
                type.clear();
                forms.clear();
            } else if (name == u"source"_s) {
                source = xml.readElementText();
            } else if (name == u"translation"_s) {
                type = xml.attributes().value(u"type"_s).toString();
                inTranslation = true;
                text.clear();
            } else if (name == u"numerusform"_s) {
                forms << xml.readElementText();
            }
        } else if (xml.isCharacters() && inTranslation) {
            text += xml.text();
        } else if (xml.isEndElement()) {
            if (xml.name() == u"translation"_s) {
                inTranslation = false;
                if (!numerus)
                    forms = {text};
            } else if (xml.name() == u"message"_s) {
                if (type == u"vanished"_s || type == u"obsolete"_s) {
                    report(u"%1 (remove it)"_s.arg(type));
                    continue;
                }
                if (source != source.normalized(QString::NormalizationForm_C))
                    report(u"source not in NFC"_s);
                if (kind == Catalogue::PluralsOnly && !numerus)
                    continue;
                if (type == u"unfinished"_s)
                    report(u"unfinished"_s);
                if (forms.isEmpty())
                    report(u"no translation"_s);
                const QSet<QString> expected = placeholders(source);
                for (qsizetype i = 0; i < forms.size(); ++i) {
                    const QString &form = forms.at(i);
                    const QString which = numerus ? u"plural form %1"_s.arg(i) : u"translation"_s;
                    if (form.trimmed().isEmpty()) {
                        report(which + u" empty"_s);
                        continue;
                    }
                    if (form != form.normalized(QString::NormalizationForm_C))
                        report(which + u" not in NFC"_s);
                    const QSet<QString> got = placeholders(form);
                    if (got != expected) {
                        report(u"%1 has placeholders {%2}, source {%3}"_s.arg(which, sorted(got),
                                                                              sorted(expected)));
                    }
                }
            }
        }
    }
    if (xml.hasError())
        found << u"XML error at line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    return found;
}

QByteArray readTs(const QString &name)
{
    QFile file(translationsDir() + u'/' + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkerCatchesEachFault_data();
    void checkerCatchesEachFault();
    void hindiIsComplete();
    void englishHasEveryPluralForm();
    void defaultLocaleFollowsTheLanguage();
    void cleanupTestCase();
};

void TestTranslations::checkerCatchesEachFault_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("expected"); // empty: no problem

    QTest::newRow("good") << QByteArray("<source>Open %1</source><translation>%1 खोलें"
                                        "</translation>")
                          << QString();
    QTest::newRow("unfinished") << QByteArray(
        "<source>Open</source><translation type=\"unfinished\">खोलें</translation>")
                                << u"unfinished"_s;
    QTest::newRow("empty") << QByteArray("<source>Open</source><translation></translation>")
                           << u"translation empty"_s;
    QTest::newRow("vanished") << QByteArray(
        "<source>Old</source><translation type=\"vanished\">पुराना</translation>")
                              << u"vanished"_s;
    QTest::newRow("obsolete") << QByteArray(
        "<source>Old</source><translation type=\"obsolete\">पुराना</translation>")
                              << u"obsolete"_s;
    QTest::newRow("lost placeholder")
        << QByteArray("<source>Open %1 in %2</source><translation>%1 खोलें</translation>")
        << u"has placeholders {%1}, source {%1 %2}"_s;
    QTest::newRow("spaced placeholder")
        << QByteArray("<source>Open %1</source><translation>% 1 खोलें</translation>")
        << u"has placeholders {}, source {%1}"_s;
    QTest::newRow("L lost") << QByteArray("<source>%L1 bytes</source><translation>%1 बाइट"
                                          "</translation>")
                            << u"has placeholders {%1}, source {%L1}"_s;
    QTest::newRow("plural form lost %n")
        << QByteArray("<source>%n stage(s)</source><translation><numerusform>%n stage"
                      "</numerusform><numerusform>कई stages</numerusform></translation>")
        << u"plural form 1 has placeholders {}, source {%n}"_s;
    QTest::newRow("plural form empty")
        << QByteArray("<source>%Ln file(s)</source><translation><numerusform>%Ln फ़ाइल"
                      "</numerusform><numerusform></numerusform></translation>")
        << u"plural form 1 empty"_s;
    // फ़ as the precomposed U+095E: NFC decomposes it into फ + ़.
    QTest::newRow("not NFC") << (QByteArray("<source>File</source><translation>")
                                 + QString(QChar(0x095E)).toUtf8()
                                 + QByteArray("ाइल</translation>"))
                             << u"translation not in NFC"_s;
}

void TestTranslations::checkerCatchesEachFault()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, expected);
    const bool plural = message.contains("<numerusform>");
    const QByteArray ts = "<?xml version=\"1.0\" encoding=\"utf-8\"?><TS version=\"2.1\" "
                          "language=\"hi_IN\"><context><name>C</name><message"
        + QByteArray(plural ? " numerus=\"yes\"" : "") + ">" + message
        + "</message></context></TS>";
    const QStringList found = problems(ts, Catalogue::Full);
    if (expected.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        return;
    }
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.constFirst().contains(expected), qPrintable(found.constFirst()));
}

void TestTranslations::hindiIsComplete()
{
    const QByteArray ts = readTs(u"stagecraft_hi.ts"_s);
    QVERIFY2(ts.size() > 1000, "translations/stagecraft_hi.ts not found");
    QVERIFY(ts.count("<message") > 100);
    const QStringList found = problems(ts, Catalogue::Full);
    QVERIFY2(found.isEmpty(), qPrintable(u"\n"_s + found.join(u'\n')));
}

void TestTranslations::englishHasEveryPluralForm()
{
    const QByteArray ts = readTs(u"stagecraft_en.ts"_s);
    QVERIFY2(ts.contains("numerus=\"yes\""), "translations/stagecraft_en.ts has no plurals");
    const QStringList found = problems(ts, Catalogue::PluralsOnly);
    QVERIFY2(found.isEmpty(), qPrintable(u"\n"_s + found.join(u'\n')));
}

void TestTranslations::defaultLocaleFollowsTheLanguage()
{
    QCoreApplication &app = *QCoreApplication::instance();
    // Qt 6.4 groups Hindi numbers the Indian way: 3 digits, then 2 at a time, Latin digits.
    QVERIFY(stagecraft::common::installTranslator(app, u"hi"_s));
    QCOMPARE(stagecraft::common::activeLanguage(), u"hi"_s);
    QCOMPARE(QLocale().language(), QLocale::Hindi);
    QCOMPARE(QLocale().toString(1234567), u"12,34,567"_s);
    QCOMPARE(QLocale().toString(100000000), u"10,00,00,000"_s);
    QCOMPARE(u"%L1"_s.arg(1234567), u"12,34,567"_s);
    QCOMPARE(QLocale().formattedDataSize(512), u"512 बाइट"_s);
    QCOMPARE(QLocale().formattedDataSize(734003200, 1, QLocale::DataSizeSIFormat), u"734.0 MB"_s);

    QVERIFY(stagecraft::common::installTranslator(app, u"en"_s));
    QCOMPARE(stagecraft::common::activeLanguage(), u"en"_s);
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(QLocale().toString(1234567), u"1,234,567"_s);
    QCOMPARE(QLocale().formattedDataSize(512), u"512 bytes"_s);

    // "System" goes back to the system's locale (the test runs under LANG=C or the caller's).
    QVERIFY(stagecraft::common::installTranslator(app, QString()));
    QCOMPARE(stagecraft::common::activeLanguage(), QString());
    QCOMPARE(QLocale(), QLocale::system());
}

void TestTranslations::cleanupTestCase()
{
    stagecraft::common::installTranslator(*QCoreApplication::instance(), u"en"_s);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
