// SPDX-License-Identifier: GPL-3.0-or-later
// The `stagecraft` executable: application set-up only; everything else lives in stagecraft_app.
//
// Besides `stagecraft [FILE]`, three switches serve the command line, the documentation and the
// figures:
//   --render ARGS…     the headless render mode behind `stagecraft-cli render ARGS…` (which
//                      links no widgets): app/RenderCommand, no window, same exit codes;
//   --screenshot PATH  shows the window, waits until it has painted and settled, writes it as a
//                      PNG and quits (README screenshot under Xvfb);
//   STAGECRAFT_EXIT_AFTER_FIRST_FRAME=1 prints the time to the first painted frame, the CPU
//                      time used until then and the resident memory, then quits
//                      (scripts/bench-startup.sh). When STAGECRAFT_START_NS holds the launch time
//                      (date +%s%N), the time is measured from there, so it includes loading the
//                      libraries.

#include "app/FirstFrame.h"
#include "app/MainWindow.h"
#include "app/RenderCommand.h"
#include "app/Settings.h"
#include "app/Theme.h"
#include "common/Translation.h"
#include "stagecraft_version.h"
#include "views/editor/DockerfileEditor.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <utility>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#include <sys/time.h>
#endif

using namespace Qt::StringLiterals;

namespace {

QCommandLineOption languageOption()
{
    return QCommandLineOption(QStringList{u"lang"_s},
                              QCoreApplication::translate("main", "User interface language: %1.")
                                  .arg(stagecraft::common::availableLanguages().join(u", "_s)),
                              //: Value name of the --lang option, shown as --lang <language>.
                              QCoreApplication::translate("main", "language"));
}

/// A field of /proc/self/status ("VmRSS:", "VmHWM:"), in kB (0 where there is no /proc).
qint64 statusKilobytes(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    // /proc files report size 0: read to the end rather than asking atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').constFirst().toLongLong();
    }
    return 0;
}

/// The CPU time this process has used so far (user + system, every thread; on Linux it includes
/// the dynamic loader's work before main()), in ms; 0 where it cannot be read.
double processCpuMilliseconds()
{
#if defined(Q_OS_UNIX)
    struct rusage usage = {};
    if (::getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
    double ms = 0;
    for (const timeval &t : {usage.ru_utime, usage.ru_stime})
        ms += static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3;
    return ms;
#else
    return 0;
#endif
}

/// True when `--version` (or `-v`) is among the arguments. Answered before QApplication exists,
/// so it works without a display (scripts, packages, CI).
bool versionAsked(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0)
            return true;
    }
    return false;
}

/// The application's names, version and icon.
void describeApplication()
{
    QApplication::setApplicationName(u"Stagecraft"_s);
    QApplication::setApplicationDisplayName(u"Stagecraft"_s);
    QApplication::setOrganizationName(u"Stagecraft"_s);
    QApplication::setApplicationVersion(QString::fromUtf8(STAGECRAFT_VERSION));
    // The desktop entry's id (packaging/linux/): Wayland compositors and docks match the window
    // to the entry, and so to its icon, by this name.
    QGuiApplication::setDesktopFileName(u"io.github.stagecraft.Stagecraft"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/stagecraft.svg"_s));
}

/// Installs the interface language, before the option texts are translated: --lang wins over
/// the setting, which wins over the system. False (with a message on stderr) for an unknown one.
bool installLanguage(QApplication &application)
{
    QCommandLineParser early;
    early.addOption(languageOption());
    early.parse(QCoreApplication::arguments());
    const QString language
        = early.isSet(u"lang"_s) ? early.value(u"lang"_s) : stagecraft::app::Settings::language();
    if (stagecraft::common::installTranslator(application, language) || language.isEmpty())
        return true;
    QTextStream(stderr) << QCoreApplication::translate("main",
                                                       "Unknown language %1; available: %2.")
                               .arg(language,
                                    stagecraft::common::availableLanguages().join(u", "_s))
                        << '\n';
    return false;
}

/// What the command line asks of the window.
struct StartOptions
{
    stagecraft::app::Theme::Mode theme = stagecraft::app::Theme::Mode::System;
    QString screenshot; ///< --screenshot PATH, empty when not given
    QStringList files;  ///< the Dockerfile to open (the first), empty for the example
};

/// Parses the (translated) options; --help and --version answer and exit here.
StartOptions parseOptions(QApplication &application)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Compose multi-stage Docker builds visually."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(languageOption());
    const QCommandLineOption themeOption(
        QStringList{u"theme"_s},
        QCoreApplication::translate("main", "Colour theme: system, light or dark."),
        //: Value name of the --theme option
        QCoreApplication::translate("main", "theme"));
    parser.addOption(themeOption);
    const QCommandLineOption screenshotOption(
        QStringList{u"screenshot"_s},
        QCoreApplication::translate("main", "Save a picture of the window as PNG and quit."),
        //: Value name of the --screenshot option
        QCoreApplication::translate("main", "file"));
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(
        u"file"_s,
        QCoreApplication::translate("main",
                                    "The Dockerfile to open (default: a built-in example)."),
        u"[FILE]"_s);
    parser.process(application);

    StartOptions options;
    options.theme = stagecraft::app::Theme::fromKey(
        parser.isSet(themeOption) ? parser.value(themeOption) : stagecraft::app::Settings::theme());
    options.screenshot = parser.value(screenshotOption);
    options.files = parser.positionalArguments();
    return options;
}

/// Opens the first of `files` in `window`, or the built-in example when there is none. False
/// (with a message on stderr) when the file cannot be opened.
bool openStartDocument(stagecraft::app::MainWindow &window, const QStringList &files)
{
    if (files.isEmpty()) {
        window.openExample();
        return true;
    }
    QString error;
    if (window.openFile(files.constFirst(), &error))
        return true;
    QTextStream(stderr) << QCoreApplication::translate("main", "Failed to open %1: %2")
                               .arg(QDir::toNativeSeparators(files.constFirst()), error)
                        << '\n';
    return false;
}

/// STAGECRAFT_EXIT_AFTER_FIRST_FRAME: after the window's first frame, prints the time to it and
/// the resident memory, then quits.
void reportFirstFrameAndQuit(stagecraft::app::MainWindow &window, const QElapsedTimer &sinceMain)
{
    stagecraft::app::afterFirstFrame(&window, [&sinceMain] {
        const double fromMain = static_cast<double>(sinceMain.nsecsElapsed()) / 1e6;
        double milliseconds = fromMain;
        bool fromLaunch = false;
        const qint64 launchNs = qEnvironmentVariable("STAGECRAFT_START_NS").toLongLong(&fromLaunch);
        if (fromLaunch && launchNs > 0) {
            const qint64 nowNs = QDateTime::currentMSecsSinceEpoch() * 1000000;
            milliseconds = static_cast<double>(nowNs - launchNs) / 1e6;
        }
        std::printf("first-frame-ms %.1f %s\nfirst-frame-from-main-ms %.1f\ncpu-ms %.1f\n"
                    "rss-kb %lld\nhwm-kb %lld\n",
                    milliseconds, fromLaunch ? "from-launch" : "from-main", fromMain,
                    processCpuMilliseconds(), static_cast<long long>(statusKilobytes("VmRSS:")),
                    static_cast<long long>(statusKilobytes("VmHWM:")));
        std::fflush(stdout);
        QCoreApplication::quit();
    });
}

/// --screenshot PATH: once the window has painted and settled, writes it as a PNG and quits
/// (exit code 1 when it cannot be written).
void saveScreenshotAndQuit(stagecraft::app::MainWindow &window, const QString &screenshot)
{
    stagecraft::app::afterFirstFrame(&window, [&window, screenshot] {
        // Let the canvas finish its first layout and fit, then take the picture.
        QTimer::singleShot(500, &window, [&window, screenshot] {
            const bool saved = window.grab().save(screenshot, "PNG");
            if (!saved) {
                QTextStream(stderr) << QCoreApplication::translate("main", "Cannot write %1")
                                           .arg(QDir::toNativeSeparators(screenshot))
                                    << '\n';
            }
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();

    if (argc > 1 && qstrcmp(argv[1], "--render") == 0)
        return stagecraft::app::runRenderMode(argc, argv);
    if (versionAsked(argc, argv)) {
        std::fputs("Stagecraft " STAGECRAFT_VERSION "\n", stdout);
        return 0;
    }

    QApplication application(argc, argv);
    describeApplication();
    if (!installLanguage(application))
        return 2;
    const StartOptions options = parseOptions(application);
    if (options.theme != stagecraft::app::Theme::Mode::System)
        stagecraft::app::Theme::apply(options.theme);

    const bool measureStartup
        = qEnvironmentVariableIntValue("STAGECRAFT_EXIT_AFTER_FIRST_FRAME") == 1;
    const bool unattended = !options.screenshot.isEmpty() || measureStartup;

    stagecraft::app::MainWindow window;
    // The diagnostics' underlines of a large file cost a good part of the start (each one lays
    // out its line): they are placed right after the first frame.
    window.editor()->setUnderlinesDeferred(true);
    stagecraft::app::afterFirstFrame(&window,
                                     [&window] { window.editor()->setUnderlinesDeferred(false); });
    if (!openStartDocument(window, options.files))
        return 1;
    if (unattended)
        window.resize(1280, 800);
    if (measureStartup)
        reportFirstFrameAndQuit(window, sinceMain);
    if (!options.screenshot.isEmpty())
        saveScreenshotAndQuit(window, options.screenshot);

    window.show();
    if (!unattended) {
        // Buffers left behind by a crash or kill -9: offered once the window is up.
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    }
    return QApplication::exec();
}
