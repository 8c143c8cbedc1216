// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTextDocument;

namespace stagecraft::views {

/// Finds the bracket or quote that pairs with the one at the cursor (the character after the
/// cursor first, then the one before it): `()`, `[]` and `{}` across lines within a scan limit,
/// double quotes within their line (escaped ones skipped).
class BracketMatcher
{
public:
    /// Characters scanned for a matching bracket.
    static constexpr int ScanLimit = 50000;

    struct Match
    {
        int at = -1;      ///< the bracket or quote at the cursor; -1 when there is none
        int partner = -1; ///< its pair; -1 when it has none
    };

    [[nodiscard]] static Match find(const QTextDocument &document, int cursorPosition);
};

} // namespace stagecraft::views
