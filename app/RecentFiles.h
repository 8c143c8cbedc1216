// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace stagecraft::app {

/// The File → Open Recent list: most recent first, at most `maximum()` entries, no duplicates,
/// kept in Settings. The menu shows the files that still exist and a "Clear" entry.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    [[nodiscard]] static constexpr int maximum() { return 10; }
    [[nodiscard]] QStringList files() const { return m_files; }
    /// Puts `path` first (and saves the list).
    void add(const QString &path);
    /// Drops `path` (e.g. it could not be opened).
    void remove(const QString &path);
    void clear();
    /// Rebuilds the menu (after a language change, too).
    void updateMenu();

Q_SIGNALS:
    void fileChosen(const QString &path);

private:
    void store();

    QMenu *m_menu = nullptr;
    QStringList m_files;
};

} // namespace stagecraft::app
