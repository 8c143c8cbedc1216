// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextFileFormat.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace stagecraft::app {

namespace {

constexpr QByteArrayView utf8Bom("\xEF\xBB\xBF", 3);

bool startsWithBom(QByteArrayView bytes)
{
    return bytes.startsWith(utf8Bom);
}

} // namespace

TextFileFormat TextFileFormat::detect(QByteArrayView bytes)
{
    TextFileFormat format;
    format.m_bom = startsWithBom(bytes);
    qsizetype crlf = 0;
    qsizetype lf = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] != '\n')
            continue;
        if (i > 0 && bytes[i - 1] == '\r')
            ++crlf;
        else
            ++lf;
    }
    format.m_crlf = crlf > lf;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    format.m_invalidUtf8 = decoder.hasError();
    Q_UNUSED(text);
    return format;
}

QString TextFileFormat::decode(QByteArrayView bytes)
{
    // QString::fromUtf8 drops a leading BOM and turns each byte that is not UTF-8 into one U+FFFD
    // (model/TextOffsets counts them the same way).
    QString text = QString::fromUtf8(bytes);
    text.replace(u"\r\n"_s, u"\n"_s);
    return text;
}

QByteArray TextFileFormat::encode(const QString &text) const
{
    QByteArray bytes;
    if (m_bom)
        bytes.append(utf8Bom);
    if (m_crlf) {
        QString crlfText = text;
        crlfText.replace(u'\n', u"\r\n"_s);
        bytes.append(crlfText.toUtf8());
    } else {
        bytes.append(text.toUtf8());
    }
    return bytes;
}

} // namespace stagecraft::app
