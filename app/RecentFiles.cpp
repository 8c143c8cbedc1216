// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentFiles.h"

#include "Settings.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace stagecraft::app {

RecentFiles::RecentFiles(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
    , m_files(Settings::recentFiles())
{
    while (m_files.size() > maximum())
        m_files.removeLast();
    updateMenu();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_files.removeAll(absolute);
    m_files.prepend(absolute);
    while (m_files.size() > maximum())
        m_files.removeLast();
    store();
}

void RecentFiles::remove(const QString &path)
{
    m_files.removeAll(QFileInfo(path).absoluteFilePath());
    store();
}

void RecentFiles::clear()
{
    m_files.clear();
    store();
}

void RecentFiles::store()
{
    Settings::setRecentFiles(m_files);
    updateMenu();
}

void RecentFiles::updateMenu()
{
    m_menu->clear();
    int number = 0;
    for (const QString &path : std::as_const(m_files)) {
        if (!QFileInfo::exists(path))
            continue;
        ++number;
        // "&1 Dockerfile — /home/…": a mnemonic for the first nine.
        const QString mnemonic
            = number < 10 ? u"&"_s + QString::number(number) : QString::number(number);
        //: Open Recent menu entry: %1 = number, %2 = file name, %3 = its folder
        QAction *action
            = m_menu->addAction(tr("%1 %2 — %3")
                                    .arg(mnemonic, QFileInfo(path).fileName(),
                                         QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileChosen(path); });
    }
    if (number > 0)
        m_menu->addSeparator();
    QAction *clearAction = m_menu->addAction(tr("&Clear List"));
    clearAction->setEnabled(number > 0);
    connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
    m_menu->setEnabled(true);
}

} // namespace stagecraft::app
