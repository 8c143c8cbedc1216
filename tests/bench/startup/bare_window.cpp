// SPDX-License-Identifier: GPL-3.0-or-later
//
// The floor for scripts/bench-startup.sh: a bare Qt Widgets window (a QMainWindow of the same
// size as Stagecraft's measured one, nothing in it), timed the way `stagecraft` times itself
// with STAGECRAFT_EXIT_AFTER_FIRST_FRAME=1: from STAGECRAFT_START_NS (taken just before exec)
// to right after the first painted frame, then the CPU time used until then, VmRSS and VmHWM. Built
// by the script with pkg-config (Qt6Widgets); not part of the project's build.

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

#include <sys/resource.h>
#include <sys/time.h>

namespace {

long long statusKilobytes(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').constFirst().toLongLong();
    }
    return 0;
}

/// CPU time so far (user + system, every thread), in ms, as `stagecraft` reports it.
double processCpuMilliseconds()
{
    struct rusage usage = {};
    if (::getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
    double ms = 0;
    for (const timeval &t : {usage.ru_utime, usage.ru_stime})
        ms += static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3;
    return ms;
}

class FirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, [] {
                const qint64 launchNs = qEnvironmentVariable("STAGECRAFT_START_NS").toLongLong();
                const qint64 nowNs = QDateTime::currentMSecsSinceEpoch() * 1000000;
                std::printf("first-frame-ms %.1f\ncpu-ms %.1f\nrss-kb %lld\nhwm-kb %lld\n",
                            static_cast<double>(nowNs - launchNs) / 1e6, processCpuMilliseconds(),
                            statusKilobytes("VmRSS:"), statusKilobytes("VmHWM:"));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("bare"));
    window.resize(1280, 800);
    window.installEventFilter(new FirstPaint(&window));
    window.show();
    return QApplication::exec();
}
