// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCompleter>
#include <QStringList>

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

    /// Replace the candidate list.
    void setItems(const QStringList &items);
    [[nodiscard]] QStringList items() const;

private:
    QStringListModel *m_model;
};

} // namespace stagecraft::views
