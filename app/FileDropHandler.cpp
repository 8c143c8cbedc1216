// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDropHandler.h"

#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QTimer>
#include <QUrl>

namespace stagecraft::app {

namespace {

/// The local files among dropped URLs.
QStringList droppedFiles(const QMimeData *mime)
{
    QStringList files;
    if (mime == nullptr || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files.append(url.toLocalFile());
    }
    return files;
}

} // namespace

FileDropHandler::FileDropHandler(QObject *parent)
    : QObject(parent)
{ }

void FileDropHandler::watch(QObject *widget)
{
    widget->installEventFilter(this);
}

bool FileDropHandler::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!droppedFiles(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList files = droppedFiles(drop->mimeData());
        if (!files.isEmpty()) {
            drop->acceptProposedAction();
            // Open after the drop finishes: a modal question inside a drop blocks the file
            // manager.
            const QString path = files.constFirst();
            QTimer::singleShot(0, this, [this, path] { Q_EMIT fileDropped(path); });
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace stagecraft::app
