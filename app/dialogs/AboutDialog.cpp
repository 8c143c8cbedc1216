// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/AboutDialog.h"

#include "stagecraft_version.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtGlobal>

#include <archive.h>

// The version macros without the whole library (3.11 has them in abi_macros.hpp).
#if __has_include(<nlohmann/detail/abi_macros.hpp>)
#include <nlohmann/detail/abi_macros.hpp>
#else
#include <nlohmann/json.hpp>
#endif

using namespace Qt::StringLiterals;

namespace stagecraft::app {

namespace {

QString compilerName()
{
#if defined(__clang__)
    return u"Clang "_s + QString::fromLatin1(__clang_version__);
#elif defined(__GNUC__)
    return u"GCC "_s + QString::fromLatin1(__VERSION__);
#elif defined(_MSC_VER)
    return u"MSVC "_s + QString::number(_MSC_FULL_VER);
#else
    return QCoreApplication::translate("stagecraft::app::AboutDialog", "unknown compiler");
#endif
}

QPlainTextEdit *readOnlyText(QWidget *parent)
{
    auto *text = new QPlainTextEdit(parent);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    return text;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_licence(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_build(readOnlyText(this))
    , m_components(new QTextBrowser(this))
    , m_gpl(readOnlyText(this))
    , m_lgpl(readOnlyText(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"aboutDialog"_s);
    m_icon->setPixmap(QIcon(u":/icons/stagecraft.svg"_s).pixmap(96, 96));
    m_icon->setAlignment(Qt::AlignTop);
    m_title->setObjectName(u"aboutTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setWordWrap(true);
    m_licence->setWordWrap(true);
    m_licence->setOpenExternalLinks(true);
    m_licence->setTextFormat(Qt::RichText);
    m_components->setOpenExternalLinks(true);

    m_gpl->setPlainText(licenceText(u"GPL-3.0.txt"_s));
    m_lgpl->setPlainText(licenceText(u"LGPL-3.0.txt"_s));
    m_tabs->addTab(m_build, QString());
    m_tabs->addTab(m_components, QString());
    m_tabs->addTab(m_gpl, QString());
    m_tabs->addTab(m_lgpl, QString());

    m_aboutQt = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    connect(m_aboutQt, &QPushButton::clicked, this, [this] { QApplication::aboutQt(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_summary);
    text->addWidget(m_licence);
    text->addStretch();
    auto *header = new QHBoxLayout;
    header->addWidget(m_icon);
    header->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);

    resize(720, 560);
    retranslateUi();
}

QString AboutDialog::version()
{
    return QString::fromUtf8(STAGECRAFT_VERSION);
}

QString AboutDialog::buildInformation()
{
    QStringList lines;
    lines << tr("Stagecraft %1").arg(version());
    lines << tr("Qt: built with %1, running with %2")
                 .arg(QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion()));
    lines << tr("Compiler: %1").arg(compilerName());
#ifdef QT_DEBUG
    lines << tr("Build type: debug");
#else
    lines << tr("Build type: release");
#endif
    lines << tr("ABI: %1").arg(QSysInfo::buildAbi());
    lines << tr("Operating system: %1 (%2)")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
    return lines.join(u'\n');
}

QList<AboutDialog::Component> AboutDialog::components()
{
    QString libarchive = QString::fromLatin1(archive_version_string());
    libarchive.remove(u"libarchive "_s);
    return {
        {u"Qt"_s, QString::fromLatin1(qVersion()), u"LGPL-3.0-only"_s, u"https://www.qt.io/"_s},
        {u"nlohmann_json"_s,
         u"%1.%2.%3"_s.arg(NLOHMANN_JSON_VERSION_MAJOR)
             .arg(NLOHMANN_JSON_VERSION_MINOR)
             .arg(NLOHMANN_JSON_VERSION_PATCH),
         u"MIT"_s, u"https://github.com/nlohmann/json"_s},
        {u"libarchive"_s, libarchive, u"BSD-2-Clause"_s, u"https://www.libarchive.org/"_s},
        {u"Noto fonts"_s, QString(), u"OFL-1.1"_s, u"https://notofonts.github.io/"_s},
    };
}

QString AboutDialog::licenceText(const QString &fileName)
{
    QFile file(u":/licenses/"_s + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Stagecraft"));
    m_title->setText(tr("Stagecraft %1").arg(version()));
    m_summary->setText(tr("Compose multi-stage Docker builds visually."));
    m_licence->setText(
        tr("Copyright © The Stagecraft developers. Stagecraft is free software under the GNU "
           "General Public License, version 3 or later (GPL-3.0-or-later), and comes with "
           "ABSOLUTELY NO WARRANTY. <a href=\"%1\">%1</a>")
            .arg(u"https://github.com/stagecraft/stagecraft"_s));

    m_build->setPlainText(buildInformation());

    QString html = u"<p>"_s
        + tr("Stagecraft uses these components. Their notices and licence texts follow the "
             "table.")
              .toHtmlEscaped()
        + u"</p><table cellpadding=\"4\"><tr><th align=\"left\">"_s
        + tr("Component").toHtmlEscaped() + u"</th><th align=\"left\">"_s
        + tr("Version").toHtmlEscaped() + u"</th><th align=\"left\">"_s
        + tr("Licence").toHtmlEscaped() + u"</th></tr>"_s;
    const QList<Component> list = components();
    for (const Component &component : list) {
        html += u"<tr><td><a href=\"%1\">%2</a></td><td>%3</td><td>%4</td></tr>"_s.arg(
            component.url.toHtmlEscaped(), component.name.toHtmlEscaped(),
            //: Version column of a component whose version is not known (fonts from the system)
            component.version.isEmpty() ? tr("system").toHtmlEscaped()
                                        : component.version.toHtmlEscaped(),
            component.licence.toHtmlEscaped());
    }
    html += u"</table><pre>"_s + licenceText(u"third-party.txt"_s).toHtmlEscaped() + u"</pre>"_s;
    m_components->setHtml(html);

    m_tabs->setTabText(m_tabs->indexOf(m_build), tr("Build"));
    m_tabs->setTabText(m_tabs->indexOf(m_components), tr("Third-party licences"));
    //: Tab title; the licence text itself stays in English
    m_tabs->setTabText(m_tabs->indexOf(m_gpl), tr("GNU GPL 3"));
    //: Tab title; the licence text itself stays in English
    m_tabs->setTabText(m_tabs->indexOf(m_lgpl), tr("GNU LGPL 3"));
    m_aboutQt->setText(tr("About &Qt"));
}

} // namespace stagecraft::app
