// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/editor/BracketMatcher.h"

#include <QList>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace stagecraft::views {

namespace {

QChar opening(QChar c)
{
    switch (c.unicode()) {
    case u')':
        return u'(';
    case u']':
        return u'[';
    case u'}':
        return u'{';
    default:
        return QChar();
    }
}

QChar closing(QChar c)
{
    switch (c.unicode()) {
    case u'(':
        return u')';
    case u'[':
        return u']';
    case u'{':
        return u'}';
    default:
        return QChar();
    }
}

/// The partner of the opening bracket at `at`, scanning forward.
int forwardPartner(const QTextDocument &doc, int at)
{
    const QChar c = doc.characterAt(at);
    int depth = 0;
    const int limit = std::min(doc.characterCount() - 1, at + BracketMatcher::ScanLimit);
    for (int i = at; i < limit; ++i) {
        const QChar d = doc.characterAt(i);
        if (d == c)
            ++depth;
        else if (d == closing(c) && --depth == 0)
            return i;
    }
    return -1;
}

/// The partner of the closing bracket at `at`, scanning backward.
int backwardPartner(const QTextDocument &doc, int at)
{
    const QChar c = doc.characterAt(at);
    int depth = 0;
    const int limit = std::max(0, at - BracketMatcher::ScanLimit);
    for (int i = at; i >= limit; --i) {
        const QChar d = doc.characterAt(i);
        if (d == c)
            ++depth;
        else if (d == opening(c) && --depth == 0)
            return i;
    }
    return -1;
}

/// Quotes pair up within their line, skipping escaped ones.
int quotePartner(const QTextDocument &doc, int at)
{
    const QTextBlock block = doc.findBlock(at);
    const QString text = block.text();
    const int column = at - block.position();
    QList<int> quotes;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\') {
            ++i;
            continue;
        }
        if (text.at(i) == u'"')
            quotes.append(i);
    }
    const auto index = quotes.indexOf(column);
    if (index < 0)
        return -1;
    const auto partner = (index % 2 == 0) ? index + 1 : index - 1;
    return partner >= 0 && partner < quotes.size() ? block.position() + quotes.at(partner) : -1;
}

} // namespace

BracketMatcher::Match BracketMatcher::find(const QTextDocument &document, int cursorPosition)
{
    for (const int candidate : {cursorPosition, cursorPosition - 1}) {
        if (candidate < 0 || candidate >= document.characterCount() - 1)
            continue;
        const QChar c = document.characterAt(candidate);
        if (!closing(c).isNull())
            return {candidate, forwardPartner(document, candidate)};
        if (!opening(c).isNull())
            return {candidate, backwardPartner(document, candidate)};
        if (c == u'"')
            return {candidate, quotePartner(document, candidate)};
    }
    return {};
}

} // namespace stagecraft::views
