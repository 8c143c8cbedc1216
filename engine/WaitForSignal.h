// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEventLoop>
#include <QTimer>

namespace stagecraft::engine {

/// Runs a local event loop until `object` emits `signal` or `timeoutMs` passes (-1: no limit).
/// For the blocking helpers the CLI uses; the GUI stays asynchronous. User input is not processed.
template<typename Object, typename Signal>
void waitForSignal(Object *object, Signal signal, int timeoutMs)
{
    QEventLoop loop;
    QObject::connect(object, signal, &loop, &QEventLoop::quit);
    QTimer guard;
    if (timeoutMs >= 0) {
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        guard.start(timeoutMs);
    }
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace stagecraft::engine
