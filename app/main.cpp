// SPDX-License-Identifier: GPL-3.0-or-later
// The `stagecraft` executable: application set-up only; everything else lives in stagecraft_app.
//
// Besides `stagecraft [FILE]`, three switches serve the command line, the documentation and the
// figures:
//   --render ARGS…     the headless render mode behind `stagecraft-cli render ARGS…` (which
//                      links no widgets): app/RenderCommand, no window, same exit codes;
//   --screenshot PATH  shows the window, waits until it has painted and settled, writes it as a
//                      PNG and quits (README screenshot under Xvfb);
//   STAGECRAFT_EXIT_AFTER_FIRST_FRAME=1 prints the time to the first painted frame and the
//                      resident memory, then quits (scripts/bench-startup.sh). When
//                      STAGECRAFT_START_NS holds the launch time (date +%s%N), the time is
//                      measured from there, so it includes loading the libraries.

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
#include <QEvent>
#include <QFile>
#include <QIcon>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <utility>

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

/// Calls `callback` once, right after the watched widget's first paint.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(QObject *parent, std::function<void()> callback)
        : QObject(parent)
        , m_callback(std::move(callback))
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_callback) {
            // After this paint (and the rest of the frame) has been flushed.
            QTimer::singleShot(0, this, std::exchange(m_callback, nullptr));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_callback;
};

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
    window.installEventFilter(new FirstPaintProbe(&window, [&sinceMain] {
        const double fromMain = static_cast<double>(sinceMain.nsecsElapsed()) / 1e6;
        double milliseconds = fromMain;
        bool fromLaunch = false;
        const qint64 launchNs = qEnvironmentVariable("STAGECRAFT_START_NS").toLongLong(&fromLaunch);
        if (fromLaunch && launchNs > 0) {
            const qint64 nowNs = QDateTime::currentMSecsSinceEpoch() * 1000000;
            milliseconds = static_cast<double>(nowNs - launchNs) / 1e6;
        }
        std::printf("first-frame-ms %.1f %s\nfirst-frame-from-main-ms %.1f\nrss-kb %lld\n"
                    "hwm-kb %lld\n",
                    milliseconds, fromLaunch ? "from-launch" : "from-main", fromMain,
                    static_cast<long long>(statusKilobytes("VmRSS:")),
                    static_cast<long long>(statusKilobytes("VmHWM:")));
        std::fflush(stdout);
        QCoreApplication::quit();
    }));
}

/// --screenshot PATH: once the window has painted and settled, writes it as a PNG and quits
/// (exit code 1 when it cannot be written).
void saveScreenshotAndQuit(stagecraft::app::MainWindow &window, const QString &screenshot)
{
    window.installEventFilter(new FirstPaintProbe(&window, [&window, screenshot] {
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
    }));
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
    window.installEventFilter(
        new FirstPaintProbe(&window, [&window] { window.editor()->setUnderlinesDeferred(false); }));
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
