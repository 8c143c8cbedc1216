// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace stagecraft::app {

/// Opens files dropped from a file manager, wherever they land: an event filter for the window
/// and for the widgets that would otherwise take the drop themselves (the editor would insert
/// the URLs as text). A drag carrying local files is accepted; its drop emits fileDropped()
/// with the first of them once the drop has finished (a modal question inside a drop blocks
/// the file manager). Drags without local files pass on untouched.
class FileDropHandler : public QObject
{
    Q_OBJECT

public:
    explicit FileDropHandler(QObject *parent = nullptr);

    /// Handles the drags and drops of `widget` from now on.
    void watch(QObject *widget);

Q_SIGNALS:
    /// Emitted from the event loop after a drop of the local file `path`.
    void fileDropped(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace stagecraft::app
