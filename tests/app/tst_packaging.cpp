// SPDX-License-Identifier: GPL-3.0-or-later
// The files the packages install besides the executables (packaging/linux/ and the icons
// rendered at build time): the desktop entry and the AppStream metainfo pass their validators
// (desktop-file-validate, appstreamcli; skipped when those are not installed, failed under
// CI=true), they agree with each other and with the project version, the MIME type claims the
// Dockerfile names, and every rendered icon has the size it claims.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cstdint>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString appId = QStringLiteral(STAGECRAFT_APP_ID);

QString linuxFile(const QString &suffix)
{
    return QStringLiteral(STAGECRAFT_PACKAGING_DIR) + u"/linux/"_s + appId + suffix;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The program's path; when it is not installed, empty after recording a skip (a failure under
/// CI=true): the caller returns.
QString requireTool(const QString &name, const QString &debianPackage)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty()) {
        const QString message = u"%1 not found (apt-get install %2)"_s.arg(name, debianPackage);
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QTest::qFail(qPrintable(message + u"; required under CI=true"_s), __FILE__, __LINE__);
        else
            QTest::qSkip(qPrintable(u"skipped: "_s + message), __FILE__, __LINE__);
    }
    return path;
}

struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {-1, u"did not finish: "_s + process.errorString()};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

/// `Key=value` of the [Desktop Entry] group (no localised keys).
QString desktopValue(const QByteArray &entry, const QString &key)
{
    const QRegularExpression line(u"^"_s + QRegularExpression::escape(key) + u"=(.*)$"_s,
                                  QRegularExpression::MultilineOption);
    return line.match(QString::fromUtf8(entry)).captured(1);
}

quint32 bigEndian(const QByteArray &bytes, qsizetype at)
{
    quint32 value = 0;
    for (qsizetype i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<quint8>(bytes.at(at + i));
    return value;
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void desktopEntryValidates();
    void desktopEntryMatchesWhatIsInstalled();
    void metainfoValidates();
    void metainfoDescribesThisVersion();
    void dockerfilesGetOurMimeType_data();
    void dockerfilesGetOurMimeType();
    void pngIconsHaveTheirSizes();
    void windowsIconHoldsEverySize();
    void macIconFamilyIsWellFormed();
};

void TestPackaging::desktopEntryValidates()
{
    const QString validator = requireTool(u"desktop-file-validate"_s, u"desktop-file-utils"_s);
    if (validator.isEmpty())
        return;
    const Run result = run(validator, {linuxFile(u".desktop"_s)});
    // It prints errors and warnings (and hints) but exits 0 on warnings: accept no output at all.
    QVERIFY2(result.exitCode == 0 && result.output.trimmed().isEmpty(), qPrintable(result.output));
}

void TestPackaging::desktopEntryMatchesWhatIsInstalled()
{
    const QByteArray entry = readAll(linuxFile(u".desktop"_s));
    QVERIFY(!entry.isEmpty());
    QCOMPARE(desktopValue(entry, u"Exec"_s), u"stagecraft %f"_s);
    QCOMPARE(desktopValue(entry, u"Icon"_s), appId);
    QCOMPARE(desktopValue(entry, u"MimeType"_s), u"text/x-dockerfile;"_s);
    QVERIFY(readAll(linuxFile(u".mime.xml"_s)).contains("type=\"text/x-dockerfile\""));
    // app/main.cpp sets the same id as the desktop file name (Wayland matches windows by it).
    const QByteArray call = QByteArray("setDesktopFileName(u\"") + appId.toUtf8() + "\"_s)";
    QVERIFY(readAll(QStringLiteral(STAGECRAFT_SOURCE_DIR) + u"/app/main.cpp"_s).contains(call));
}

void TestPackaging::metainfoValidates()
{
    const QString validator = requireTool(u"appstreamcli"_s, u"appstream"_s);
    if (validator.isEmpty())
        return;
    // --no-net: the screenshot URLs point at the tagged release, which need not exist yet.
    const Run result = run(
        validator, {u"validate"_s, u"--no-net"_s, u"--explain"_s, linuxFile(u".metainfo.xml"_s)});
    QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    QVERIFY2(!result.output.contains(u"W: "_s), qPrintable(result.output));
}

void TestPackaging::metainfoDescribesThisVersion()
{
    QXmlStreamReader xml(readAll(linuxFile(u".metainfo.xml"_s)));
    QString id;
    QString launchable;
    QStringList releases;
    QStringList mediaTypes;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"id"_s)
            id = xml.readElementText();
        else if (xml.name() == u"launchable"_s)
            launchable = xml.readElementText();
        else if (xml.name() == u"release"_s)
            releases << xml.attributes().value(u"version"_s).toString();
        else if (xml.name() == u"mediatype"_s)
            mediaTypes << xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, appId);
    QCOMPARE(launchable, appId + u".desktop"_s);
    QCOMPARE(mediaTypes, QStringList{u"text/x-dockerfile"_s});
    // A version bump in CMakeLists.txt needs its release notes here (newest first).
    QVERIFY(!releases.isEmpty());
    QCOMPARE(releases.constFirst(), QStringLiteral(STAGECRAFT_PROJECT_VERSION));
}

void TestPackaging::dockerfilesGetOurMimeType_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("isDockerfile");
    QTest::newRow("Dockerfile") << u"Dockerfile"_s << true;
    QTest::newRow("*.Dockerfile") << u"api.Dockerfile"_s << true;
    QTest::newRow("Dockerfile.*") << u"Dockerfile.dev"_s << true;
    QTest::newRow("Containerfile") << u"Containerfile"_s << true;
    QTest::newRow("*.containerfile") << u"web.containerfile"_s << true;
    QTest::newRow("plain text") << u"notes.txt"_s << false;
    QTest::newRow("a name that only contains it") << u"MyDockerfileNotes"_s << false;
}

void TestPackaging::dockerfilesGetOurMimeType()
{
    // A private XDG data directory with only our package: Qt reads packages/*.xml when there is
    // no mime.cache; with update-mime-database (shared-mime-info) the XML must also compile.
    static std::unique_ptr<QTemporaryDir> dataDir;
    if (!dataDir) {
        dataDir = std::make_unique<QTemporaryDir>();
        QVERIFY(dataDir->isValid());
        const QString packages = dataDir->filePath(u"mime/packages"_s);
        QVERIFY(QDir().mkpath(packages));
        QVERIFY(QFile::copy(linuxFile(u".mime.xml"_s), packages + u"/"_s + appId + u".xml"_s));
        const QString update = QStandardPaths::findExecutable(u"update-mime-database"_s);
        if (!update.isEmpty()) {
            const Run result = run(update, {dataDir->filePath(u"mime"_s)});
            QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        }
    }
    QFETCH(QString, fileName);
    QFETCH(bool, isDockerfile);
    // Set before the first QMimeDatabase in this process (nothing else here uses one).
    qputenv("XDG_DATA_HOME", dataDir->filePath(u"home"_s).toUtf8());
    qputenv("XDG_DATA_DIRS", dataDir->path().toUtf8());
    const QMimeDatabase mimeDatabase;
    const QMimeType type = mimeDatabase.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    QCOMPARE(type.name() == u"text/x-dockerfile"_s, isDockerfile);
    if (isDockerfile)
        QVERIFY(type.inherits(u"text/plain"_s));
}

void TestPackaging::pngIconsHaveTheirSizes()
{
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QString path = u"%1/hicolor/%2x%2/apps/%3.png"_s.arg(
            QStringLiteral(STAGECRAFT_ICONS_DIR), QString::number(size), appId);
        const QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY(image.hasAlphaChannel());
        // Transparent corners (rounded square), opaque centre.
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
    }
}

void TestPackaging::windowsIconHoldsEverySize()
{
    QImageReader reader(QStringLiteral(STAGECRAFT_ICONS_DIR) + u"/"_s + appId + u".ico"_s, "ico");
    if (!QImageReader::supportedImageFormats().contains("ico"))
        QSKIP("Qt's ico image plugin is not installed");
    QCOMPARE(reader.imageCount(), 7);
    QList<int> sizes;
    for (int i = 0; i < reader.imageCount(); ++i) {
        QVERIFY(reader.jumpToImage(i));
        const QImage image = reader.read();
        QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
        QCOMPARE(image.width(), image.height());
        sizes << image.width();
    }
    QCOMPARE(sizes, (QList<int>{16, 24, 32, 48, 64, 128, 256}));
}

void TestPackaging::macIconFamilyIsWellFormed()
{
    const QByteArray icns
        = readAll(QStringLiteral(STAGECRAFT_ICONS_DIR) + u"/"_s + appId + u".icns"_s);
    QVERIFY(icns.size() > 8);
    QCOMPARE(icns.left(4), QByteArray("icns"));
    QCOMPARE(qsizetype(bigEndian(icns, 4)), icns.size());
    // Apple's PNG element types and the pixel size each one must have.
    const QList<std::pair<QByteArray, int>> expected{
        {"icp4", 16},   {"icp5", 32}, {"icp6", 64}, {"ic07", 128}, {"ic08", 256}, {"ic09", 512},
        {"ic10", 1024}, {"ic11", 32}, {"ic12", 64}, {"ic13", 256}, {"ic14", 512},
    };
    qsizetype at = 8;
    for (const auto &[type, size] : expected) {
        QVERIFY2(at + 8 <= icns.size(), type.constData());
        QCOMPARE(icns.mid(at, 4), type);
        const qsizetype length = bigEndian(icns, at + 4);
        QVERIFY(length > 8 && at + length <= icns.size());
        const QImage image = QImage::fromData(icns.mid(at + 8, length - 8), "PNG");
        QVERIFY2(!image.isNull(), type.constData());
        QCOMPARE(image.size(), QSize(size, size));
        at += length;
    }
    QCOMPARE(at, icns.size());
}

QTEST_MAIN(TestPackaging)
#include "tst_packaging.moc"
