// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace stagecraft::common {

/// Installs Stagecraft's catalogue (`:/i18n/stagecraft_<lang>.qm`) on `application`.
///
/// `language` is "hi", "en" (or any locale name such as "hi_IN"); when empty the system UI
/// languages are used (on Unix: LANGUAGE, LC_ALL, LC_MESSAGES, LANG). A catalogue installed by an
/// earlier call is removed first, so this also switches language at run time (widgets then get
/// QEvent::LanguageChange). For an explicit language the default QLocale follows it, so numbers
/// are grouped the way that language expects.
///
/// Qt's own catalogue for the language (`qtbase_<lang>.qm` from QLibraryInfo::TranslationsPath,
/// Debian package qt6-translations-l10n) is installed next to ours when the system has one, so
/// Qt's dialogs and context menus follow; Qt ships none for Hindi (they stay in English).
///
/// A system language without a catalogue falls back to English. Returns true when a catalogue
/// was found and installed; false (an explicit language without a catalogue) leaves the source
/// strings in place.
bool installTranslator(QCoreApplication &application, const QString &language = {});

/// For the command line: like installTranslator() (and, when `language` has no catalogue, with
/// the English one instead), but the catalogues are read only when the first message is
/// translated, so a run that prints no message never loads them. The default QLocale is set at
/// once. Not for switching languages at run time.
void installTranslatorOnDemand(QCoreApplication &application, const QString &language = {});

/// The language of the catalogue installed by the last successful installTranslator(): "en",
/// "hi", or empty when it followed the system language (the Language menu's "System" entry).
[[nodiscard]] QString activeLanguage();

/// The languages that have a catalogue, as accepted by installTranslator(): {"en", "hi"}.
[[nodiscard]] QStringList availableLanguages();

} // namespace stagecraft::common
