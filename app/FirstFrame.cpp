// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstFrame.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <utility>

namespace stagecraft::app {

namespace {

/// Watches a widget for its first paint, then calls back once and goes away.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(QWidget *widget, std::function<void()> callback)
        : QObject(widget)
        , m_callback(std::move(callback))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_callback) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                std::exchange(m_callback, nullptr)();
                deleteLater();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_callback;
};

} // namespace

void afterFirstFrame(QWidget *widget, std::function<void()> callback)
{
    new FirstPaintProbe(widget, std::move(callback));
}

} // namespace stagecraft::app
