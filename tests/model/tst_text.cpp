// SPDX-License-Identifier: GPL-3.0-or-later
//
// The byte-level helpers under the parser (model/Text.h): the blank masks its tokenizer reads 64
// bytes at a time, against a byte-by-byte reference.

#include "model/Text.h"

#include <QtTest>

#include <array>
#include <cstdint>
#include <string>

using namespace stagecraft::model;

namespace {

/// The definition, one byte at a time.
std::uint64_t referenceMask(const char *p)
{
    std::uint64_t mask = 0;
    for (int i = 0; i < 64; ++i) {
        const char c = p[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r')
            mask |= std::uint64_t{1} << i;
    }
    return mask;
}

/// splitmix64, so every platform gets the same "random" bytes.
std::uint64_t nextRandom(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31U);
}

} // namespace

class TestText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blankMaskMarksEveryByteValueAtEveryPosition()
    {
        // Every byte value at every position, among neighbours that are blank and that are not.
        for (const char background : {'a', ' ', '\x80', '\n'}) {
            for (int value = 0; value < 256; ++value) {
                for (int position = 0; position < 64; ++position) {
                    std::array<char, 64> block;
                    block.fill(background);
                    block[static_cast<std::size_t>(position)] = static_cast<char>(value);
                    const std::uint64_t expected = referenceMask(block.data());
                    QCOMPARE(text::blankMask64(block.data()), expected);
                    QCOMPARE(text::blankMask64Portable(block.data()), expected);
                }
            }
        }
    }

    void lineMasksMarkEveryByteValueAtEveryPosition()
    {
        for (const char background : {'a', '\n', '\x80', '\xFF'}) {
            for (int value = 0; value < 256; ++value) {
                for (int position = 0; position < 64; ++position) {
                    std::array<char, 64> block;
                    block.fill(background);
                    block[static_cast<std::size_t>(position)] = static_cast<char>(value);
                    std::uint64_t newlines = 0;
                    std::uint64_t nonAscii = 0;
                    for (std::size_t i = 0; i < block.size(); ++i) {
                        if (block[i] == '\n')
                            newlines |= std::uint64_t{1} << i;
                        if (static_cast<unsigned char>(block[i]) >= 0x80)
                            nonAscii |= std::uint64_t{1} << i;
                    }
                    const text::LineMasks fast = text::lineMasks64(block.data());
                    const text::LineMasks portable = text::lineMasks64Portable(block.data());
                    QCOMPARE(fast.newlines, newlines);
                    QCOMPARE(fast.nonAscii, nonAscii);
                    QCOMPARE(portable.newlines, newlines);
                    QCOMPARE(portable.nonAscii, nonAscii);
                }
            }
        }
    }

    void blankMaskMatchesTheReferenceOnRandomBytes_data()
    {
        QTest::addColumn<QString>("alphabet");
        QTest::newRow("all bytes") << QString();
        QTest::newRow("blanks and letters") << QStringLiteral(" \t\n\v\f\rab");
        QTest::newRow("neighbours of the blanks") << QStringLiteral("\x08\x0e\x1f!\x7f \t\r");
    }

    void blankMaskMatchesTheReferenceOnRandomBytes()
    {
        QFETCH(QString, alphabet);
        const QByteArray letters = alphabet.toLatin1();
        std::uint64_t state = 42;
        std::array<char, 64> block{};
        for (int round = 0; round < 20000; ++round) {
            for (char &c : block) {
                const std::uint64_t r = nextRandom(state);
                c = letters.isEmpty() ? static_cast<char>(r & 0xFFU)
                                      : letters[static_cast<qsizetype>(
                                          r % static_cast<std::uint64_t>(letters.size()))];
            }
            const std::uint64_t expected = referenceMask(block.data());
            QCOMPARE(text::blankMask64(block.data()), expected);
            QCOMPARE(text::blankMask64Portable(block.data()), expected);
        }
    }

    void trimLeftSpaceFollowsGo_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("ascii blanks") << QByteArray(" \t\v\f\r\nx y") << QByteArray("x y");
        QTest::newRow("no blank") << QByteArray("FROM a") << QByteArray("FROM a");
        QTest::newRow("only blanks") << QByteArray("  \t ") << QByteArray();
        QTest::newRow("no-break space after blanks")
            << QByteArray("  \xC2\xA0x") << QByteArray("x");
        QTest::newRow("em space") << QByteArray("\xE2\x80\x83 x") << QByteArray("x");
        QTest::newRow("lone 0xA0 byte is no space") << QByteArray(" \xA0x") << QByteArray("\xA0x");
        QTest::newRow("other letter") << QByteArray(" \xC3\xA9x") << QByteArray("\xC3\xA9x");
    }

    void trimLeftSpaceFollowsGo()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        const std::string_view in(input.constData(), static_cast<std::size_t>(input.size()));
        const std::string_view out = text::trimLeftSpace(in);
        QCOMPARE(QByteArray(out.data(), static_cast<qsizetype>(out.size())), expected);
    }

    void containsIgnoreCaseFindsAsciiLettersInAnyCase_data()
    {
        QTest::addColumn<QString>("haystack");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<bool>("found");
        QTest::newRow("lower") << QStringLiteral("type=bind,from=build") << QStringLiteral("from")
                               << true;
        QTest::newRow("upper") << QStringLiteral("type=bind,FROM=build") << QStringLiteral("from")
                               << true;
        QTest::newRow("mixed needle")
            << QStringLiteral("x,from=a") << QStringLiteral("FrOm") << true;
        QTest::newRow("at the end") << QStringLiteral("abcfrom") << QStringLiteral("from") << true;
        QTest::newRow("absent") << QStringLiteral("type=cache,target=/x") << QStringLiteral("from")
                                << false;
        QTest::newRow("prefix only") << QStringLiteral("fro") << QStringLiteral("from") << false;
        QTest::newRow("empty needle") << QStringLiteral("x") << QString() << true;
    }

    void containsIgnoreCaseFindsAsciiLettersInAnyCase()
    {
        QFETCH(QString, haystack);
        QFETCH(QString, needle);
        QFETCH(bool, found);
        QCOMPARE(text::containsIgnoreCase(haystack.toStdString(), needle.toStdString()), found);
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
