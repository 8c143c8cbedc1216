// SPDX-License-Identifier: GPL-3.0-or-later
// model::TextOffsets, the one adapter between the model's UTF-8 byte offsets and QTextDocument's
// UTF-16 positions: ASCII, Devanagari (3-byte characters), emoji (4 bytes, a surrogate pair) and
// bytes that are not UTF-8 (one U+FFFD each, exactly as QString::fromUtf8 decodes them).

#include "model/TextOffsets.h"

#include <QString>
#include <QTest>

#include <cstdint>
#include <string>

using stagecraft::model::TextOffsets;
using namespace Qt::StringLiterals;

namespace {

QString decode(const std::string &bytes)
{
    return QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

/// The reference mapping: decode the prefix [0, byte) with Qt and count the UTF-16 units. Only
/// valid at character boundaries (a cut inside a character decodes to U+FFFD units).
int referenceUtf16(const std::string &bytes, std::uint32_t byte)
{
    return static_cast<int>(decode(bytes.substr(0, byte)).size());
}

} // namespace

class TestTextOffsets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asciiMapsOneToOne();
    void devanagariCountsOneUnitPerCharacter();
    void emojiIsASurrogatePair();
    void invalidBytesCountOneUnitEach_data();
    void invalidBytesCountOneUnitEach();
    void matchesQtAtEveryCharacterBoundary_data();
    void matchesQtAtEveryCharacterBoundary();
    void insideACharacterMapsToItsStart();
    void outOfRangeIsClamped();
};

void TestTextOffsets::asciiMapsOneToOne()
{
    const TextOffsets offsets("FROM alpine AS build\nRUN make\n");
    for (std::uint32_t i = 0; i <= 30; ++i) {
        QCOMPARE(offsets.toUtf16(i), static_cast<int>(i));
        QCOMPARE(offsets.toUtf8(static_cast<int>(i)), i);
    }
}

void TestTextOffsets::devanagariCountsOneUnitPerCharacter()
{
    // "निर्माण" is 7 code points of 3 bytes each.
    const std::string text = "# निर्माण\nFROM alpine AS build\n";
    const TextOffsets offsets(text);
    const auto from = static_cast<std::uint32_t>(text.find("FROM"));
    QCOMPARE(from, 2U + 7U * 3U + 1U);
    const int position = offsets.toUtf16(from);
    QCOMPARE(position, 2 + 7 + 1);
    QCOMPARE(decode(text).mid(position, 4), u"FROM"_s);
    QCOMPARE(offsets.toUtf8(position), from);
    // Each Devanagari character: 3 bytes → 1 unit.
    QCOMPARE(offsets.toUtf16(2 + 3), 3);
    QCOMPARE(offsets.toUtf8(3), 2U + 3U);
}

void TestTextOffsets::emojiIsASurrogatePair()
{
    const std::string text = "RUN echo \xF0\x9F\x90\xB3 ok\n"; // U+1F433 spouting whale
    const TextOffsets offsets(text);
    const QString decoded = decode(text);
    QVERIFY(decoded.at(9).isHighSurrogate());
    QCOMPARE(offsets.toUtf16(9), 9);
    QCOMPARE(offsets.toUtf16(13), 11); // after the 4 bytes: 2 units
    QCOMPARE(decoded.mid(12, 2), u"ok"_s);
    QCOMPARE(offsets.toUtf16(14), 12);
    QCOMPARE(offsets.toUtf8(11), 13U);
    // The low surrogate's position maps to the start of the character.
    QCOMPARE(offsets.toUtf8(10), 9U);
}

void TestTextOffsets::invalidBytesCountOneUnitEach_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("lone continuation") << QByteArray("a\x80z");
    QTest::newRow("truncated 3-byte") << QByteArray("a\xE0\xA4z");
    QTest::newRow("overlong") << QByteArray("a\xC0\x80z");
    QTest::newRow("surrogate") << QByteArray("a\xED\xA0\x80z");
    QTest::newRow("above U+10FFFF") << QByteArray("a\xF4\x90\x80\x80z");
    QTest::newRow("F5..FF") << QByteArray("a\xF5\xFF\xFEz");
    QTest::newRow("truncated emoji at end") << QByteArray("a\xF0\x9F\x90");
    QTest::newRow("invalid then valid") << QByteArray("\xE0\xA4\xE0\xA4\x95z");
}

void TestTextOffsets::invalidBytesCountOneUnitEach()
{
    QFETCH(QByteArray, bytes);
    const std::string text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    const TextOffsets offsets(text);
    const QString decoded = decode(text);
    // Qt 6 decodes every byte of a bad sequence to its own U+FFFD; the adapter must agree, or
    // every position after the first bad byte would be off.
    QCOMPARE(offsets.toUtf16(static_cast<std::uint32_t>(text.size())),
             static_cast<int>(decoded.size()));
    if (text.back() == 'z') {
        const auto last = static_cast<std::uint32_t>(text.size() - 1);
        QCOMPARE(decoded.at(offsets.toUtf16(last)), QChar(u'z'));
        QCOMPARE(offsets.toUtf8(offsets.toUtf16(last)), last);
    }
}

void TestTextOffsets::matchesQtAtEveryCharacterBoundary_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("mixed") << QByteArray("FROM alpine AS \xE0\xA4\xA8\xE0\xA4\xBF\n"
                                         "RUN echo \"\xF0\x9F\x90\xB3 \xC3\xA9\xE2\x82\xAC\"\n");
    QTest::newRow("hindi comment with invalid byte")
        << QByteArray("# \xE0\xA4\xB8\xE0\xA4\x82\x80\xE0\xA4\x95\nFROM x\n");
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                       "FROM x\n");
}

void TestTextOffsets::matchesQtAtEveryCharacterBoundary()
{
    QFETCH(QByteArray, bytes);
    const std::string text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    const TextOffsets offsets(text);
    // Walk the characters (a stray continuation byte is skipped; the positions after it are
    // still checked). Compare with Qt decoding the prefix, except for a leading BOM, which
    // QString::fromUtf8 drops (the controller never gives the model one).
    const bool bom = text.starts_with("\xEF\xBB\xBF");
    for (std::uint32_t byte = 0; byte <= text.size(); ++byte) {
        const int expected = referenceUtf16(text, byte) + (bom && byte >= 3 ? 1 : 0);
        const bool boundary
            = byte == text.size() || (static_cast<unsigned char>(text[byte]) & 0xC0U) != 0x80U;
        if (!boundary)
            continue;
        if (bom && byte > 0 && byte < 3)
            continue;
        QCOMPARE(offsets.toUtf16(byte), expected);
        QCOMPARE(offsets.toUtf8(expected), byte);
    }
}

void TestTextOffsets::insideACharacterMapsToItsStart()
{
    const std::string text = "a\xE0\xA4\xA8z"; // a न z
    const TextOffsets offsets(text);
    QCOMPARE(offsets.toUtf16(2), 1);
    QCOMPARE(offsets.toUtf16(3), 1);
    QCOMPARE(offsets.toUtf16(4), 2);
}

void TestTextOffsets::outOfRangeIsClamped()
{
    const TextOffsets ascii("abc");
    QCOMPARE(ascii.toUtf16(100), 3);
    QCOMPARE(ascii.toUtf8(100), 3U);
    QCOMPARE(ascii.toUtf8(-5), 0U);
    const TextOffsets wide("\xE0\xA4\xA8");
    QCOMPARE(wide.toUtf16(100), 1);
    QCOMPARE(wide.toUtf8(100), 3U);
    const TextOffsets empty("");
    QCOMPARE(empty.toUtf16(0), 0);
    QCOMPARE(empty.toUtf8(0), 0U);
}

QTEST_APPLESS_MAIN(TestTextOffsets)
#include "tst_textoffsets.moc"
