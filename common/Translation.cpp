// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <mutex>

using namespace Qt::StringLiterals;

namespace stagecraft::common {

namespace {

constexpr auto translatorObjectName = "stagecraft-translator";
constexpr auto qtTranslatorObjectName = "stagecraft-qt-translator";

QString g_activeLanguage;

void removeTranslators(QCoreApplication &application, const QString &objectName)
{
    const auto previous
        = application.findChildren<QTranslator *>(objectName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

/// Qt's own strings (dialog buttons, context menus) for `locale`, when the system has them.
void installQtTranslator(QCoreApplication &application, const QLocale &locale)
{
    removeTranslators(application, QString::fromLatin1(qtTranslatorObjectName));
    auto *translator = new QTranslator(&application);
    translator->setObjectName(QString::fromLatin1(qtTranslatorObjectName));
    if (!translator->load(locale, u"qtbase"_s, u"_"_s,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || !QCoreApplication::installTranslator(translator))
        delete translator;
}

/// A translator that loads Stagecraft's catalogue and Qt's own for a locale on first use
/// (installTranslatorOnDemand()). QCoreApplication::translate() may call it from several threads:
/// the loading happens once.
class OnDemandTranslator : public QTranslator
{
public:
    OnDemandTranslator(QLocale locale, bool explicitLanguage, QObject *parent)
        : QTranslator(parent)
        , m_locale(std::move(locale))
        , m_explicit(explicitLanguage)
    { }

    bool isEmpty() const override { return false; } // unknown until loaded; never empty then

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        std::call_once(m_once, [this] { load(); });
        QString text = m_catalogue.translate(context, sourceText, disambiguation, n);
        if (text.isNull())
            text = m_qt.translate(context, sourceText, disambiguation, n);
        return text;
    }

private:
    void load() const
    {
        // As installTranslator(): the language's catalogue, else the English one (it holds the
        // plural forms).
        const bool named = !m_explicit || m_locale.language() != QLocale::C;
        if (!named || !m_catalogue.load(m_locale, u"stagecraft"_s, u"_"_s, u":/i18n"_s))
            (void)m_catalogue.load(u":/i18n/stagecraft_en.qm"_s);
        (void)m_qt.load(m_locale, u"qtbase"_s, u"_"_s,
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }

    QLocale m_locale;
    bool m_explicit;
    mutable std::once_flag m_once;
    mutable QTranslator m_catalogue;
    mutable QTranslator m_qt;
};

} // namespace

void installTranslatorOnDemand(QCoreApplication &application, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    removeTranslators(application, QString::fromLatin1(translatorObjectName));
    removeTranslators(application, QString::fromLatin1(qtTranslatorObjectName));
    auto *translator = new OnDemandTranslator(locale, !language.isEmpty(), &application);
    translator->setObjectName(QString::fromLatin1(translatorObjectName));
    QCoreApplication::installTranslator(translator);
    const QLocale::Language code = locale.language();
    const bool hasCatalogue = code == QLocale::Hindi || code == QLocale::English;
    QLocale::setDefault(language.isEmpty() ? QLocale::system()
                                           : (hasCatalogue ? locale : QLocale(u"en"_s)));
    if (language.isEmpty())
        g_activeLanguage.clear();
    else
        g_activeLanguage = hasCatalogue ? QLocale::languageToCode(code).toLower() : u"en"_s;
}

bool installTranslator(QCoreApplication &application, const QString &language)
{
    const QString objectName = QString::fromLatin1(translatorObjectName);
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty() && locale.language() == QLocale::C)
        return false; // not a language name at all
    // Only one Stagecraft catalogue at a time: a later call replaces the earlier one.
    removeTranslators(application, objectName);

    auto *translator = new QTranslator(&application);
    translator->setObjectName(objectName);
    // QTranslator tries every UI language of the locale in order (hi-IN, hi, …), so "hi_IN",
    // "hi-Deva-IN" and "hi" all find stagecraft_hi.qm.
    bool loaded = translator->load(locale, u"stagecraft"_s, u"_"_s, u":/i18n"_s);
    // A system language without a catalogue (or the C locale) gets the English one, which holds
    // the plural forms ("%Ln stage(s)" -> "1 stage", "2 stages").
    if (!loaded && language.isEmpty())
        loaded = translator->load(u":/i18n/stagecraft_en.qm"_s);
    if (!loaded || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    // Numbers and dates follow the interface language; "System" goes back to the system's.
    QLocale::setDefault(language.isEmpty() ? QLocale::system() : locale);
    installQtTranslator(application, locale);
    g_activeLanguage
        = language.isEmpty() ? QString() : QLocale::languageToCode(locale.language()).toLower();
    return true;
}

QString activeLanguage()
{
    return g_activeLanguage;
}

QStringList availableLanguages()
{
    return {u"en"_s, u"hi"_s};
}

} // namespace stagecraft::common
