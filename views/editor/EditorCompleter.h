// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Analysis.h"

#include <QCompleter>
#include <QStringList>

class QPlainTextEdit;
class QStringListModel;

namespace stagecraft::views {

/// Completion for the Dockerfile editor: instruction keywords at the start of an instruction,
/// the flags each instruction takes, stage names after --from= (also from= inside --mount=) and
/// in FROM, and a small list of common base images in FROM. The context is worked out from the
/// text alone, so it also works while the document is ahead of the last parse.
class EditorCompleter : public QCompleter
{
    Q_OBJECT

public:
    /// What to offer: the candidates and the typed prefix they complete.
    struct Context
    {
        QStringList items;
        QString prefix;
        bool automatic = false; ///< worth showing unasked (e.g. right after "--from=")
    };

    explicit EditorCompleter(QObject *parent = nullptr);

    /// The context at the end of `instruction`: the instruction's text from its keyword (its
    /// continuation lines joined by blanks) up to the cursor. `lowerCase`: the file writes its
    /// keywords in lower case.
    [[nodiscard]] static Context contextFor(const QString &instruction, bool lowerCase,
                                            const QStringList &stageNames);
    /// The flags `keyword` takes (with a trailing '=' when they take a value).
    [[nodiscard]] static QStringList flagsFor(const QString &keyword);
    /// Common base images offered after FROM.
    [[nodiscard]] static QStringList builtinImages();

    /// Shows, updates or hides the popup for the text before `editor`'s cursor: when asked
    /// (`force`, Ctrl+Space), or unasked when the context is worth it. `analysis` (may be null)
    /// gives the stage names and whether the file writes keywords in lower case.
    void update(QPlainTextEdit &editor, const model::Analysis *analysis, bool force);
    /// Replaces the typed prefix in `editor` with `completion`. True when more should be offered
    /// right after it (a completion ending in '=', such as "--from=").
    bool insert(QPlainTextEdit &editor, const QString &completion);

    /// Replace the candidate list.
    void setItems(const QStringList &items);
    [[nodiscard]] QStringList items() const;

private:
    QStringListModel *m_model;
};

} // namespace stagecraft::views
