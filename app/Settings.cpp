// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace stagecraft::app {

namespace {

QVariant value(const QString &key, const QVariant &fallback = {})
{
    return QSettings().value(key, fallback);
}

void setValue(const QString &key, const QVariant &v)
{
    QSettings().setValue(key, v);
}

} // namespace

QByteArray Settings::windowGeometry()
{
    return value(u"window/geometry"_s).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(u"window/geometry"_s, geometry);
}
QByteArray Settings::windowState()
{
    return value(u"window/state"_s).toByteArray();
}
void Settings::setWindowState(const QByteArray &state)
{
    setValue(u"window/state"_s, state);
}
QByteArray Settings::splitterState()
{
    return value(u"window/splitter"_s).toByteArray();
}
void Settings::setSplitterState(const QByteArray &state)
{
    setValue(u"window/splitter"_s, state);
}
bool Settings::canvasVisible()
{
    return value(u"window/canvasVisible"_s, true).toBool();
}
void Settings::setCanvasVisible(bool visible)
{
    setValue(u"window/canvasVisible"_s, visible);
}
bool Settings::editorVisible()
{
    return value(u"window/editorVisible"_s, true).toBool();
}
void Settings::setEditorVisible(bool visible)
{
    setValue(u"window/editorVisible"_s, visible);
}
QStringList Settings::recentFiles()
{
    return value(u"files/recent"_s).toStringList();
}
void Settings::setRecentFiles(const QStringList &files)
{
    setValue(u"files/recent"_s, files);
}
QString Settings::language()
{
    return value(u"ui/language"_s).toString();
}
void Settings::setLanguage(const QString &language)
{
    setValue(u"ui/language"_s, language);
}
QString Settings::theme()
{
    return value(u"ui/theme"_s, u"system"_s).toString();
}
void Settings::setTheme(const QString &theme)
{
    setValue(u"ui/theme"_s, theme);
}
Settings::Engine Settings::engine()
{
    Engine engine;
    engine.host = value(u"engine/host"_s).toString();
    engine.tls = value(u"engine/tls"_s, false).toBool();
    engine.tlsVerify = value(u"engine/tlsVerify"_s, true).toBool();
    engine.certPath = value(u"engine/certPath"_s).toString();
    engine.builder = value(u"engine/builder"_s, u"auto"_s).toString();
    return engine;
}
void Settings::setEngine(const Engine &engine)
{
    setValue(u"engine/host"_s, engine.host.trimmed());
    setValue(u"engine/tls"_s, engine.tls);
    setValue(u"engine/tlsVerify"_s, engine.tlsVerify);
    setValue(u"engine/certPath"_s, engine.certPath.trimmed());
    setValue(u"engine/builder"_s, engine.builder);
}

} // namespace stagecraft::app
