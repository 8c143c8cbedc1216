// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"
#include "common/EngineMessages.h"

#include "app/EngineConnection.h"
#include "engine/BuildOptions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stagecraft::app {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_engineGroup(new QGroupBox(this))
    , m_hostLabel(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_tls(new QCheckBox(this))
    , m_tlsVerify(new QCheckBox(this))
    , m_certLabel(new QLabel(this))
    , m_certPath(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_builderLabel(new QLabel(this))
    , m_builder(new QComboBox(this))
    , m_test(new QPushButton(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
    , m_probe(new EngineConnection(this))
{
    setObjectName(u"settingsDialog"_s);
    m_host->setObjectName(u"engineHost"_s);
    m_hint->setObjectName(u"engineHint"_s);
    m_tls->setObjectName(u"engineTls"_s);
    m_tlsVerify->setObjectName(u"engineTlsVerify"_s);
    m_certPath->setObjectName(u"engineCertPath"_s);
    m_test->setObjectName(u"engineTest"_s);
    m_result->setObjectName(u"engineTestResult"_s);
    m_host->setClearButtonEnabled(true);
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hostLabel->setBuddy(m_host);
    m_certLabel->setBuddy(m_certPath);
    m_builder->setObjectName(u"engineBuilder"_s);
    m_builderLabel->setBuddy(m_builder);
    for (const engine::Builder builder :
         {engine::Builder::Auto, engine::Builder::BuildKit, engine::Builder::Classic})
        m_builder->addItem(QString(), engine::builderName(builder));

    auto *certRow = new QHBoxLayout;
    certRow->addWidget(m_certPath, 1);
    certRow->addWidget(m_browse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    auto *form = new QFormLayout(m_engineGroup);
    form->addRow(m_hostLabel, m_host);
    form->addRow(QString(), m_hint);
    form->addRow(QString(), m_tls);
    form->addRow(QString(), m_tlsVerify);
    form->addRow(m_certLabel, certRow);
    form->addRow(m_builderLabel, m_builder);
    form->addRow(testRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_engineGroup);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // The probe tests the values shown; it never retries by itself.
    m_probe->setAutomaticChecks(false);
    connect(m_probe, &EngineConnection::changed, this, &SettingsDialog::showTestResult);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::chooseCertificateFolder);
    for (QLineEdit *edit : {m_host, m_certPath})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_builder, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateState);
    for (QCheckBox *box : {m_tls, m_tlsVerify})
        connect(box, &QCheckBox::toggled, this, &SettingsDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);

    retranslateUi();
    setEngineSettings(Settings::engine());
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

Settings::Engine SettingsDialog::engineSettings() const
{
    Settings::Engine settings;
    settings.host = m_host->text().trimmed();
    settings.tls = m_tls->isChecked();
    settings.tlsVerify = m_tlsVerify->isChecked();
    settings.certPath = m_certPath->text().trimmed();
    settings.builder = m_builder->currentData().toString();
    return settings;
}

void SettingsDialog::setEngineSettings(const Settings::Engine &settings)
{
    m_host->setText(settings.host);
    m_tls->setChecked(settings.tls);
    m_tlsVerify->setChecked(settings.tlsVerify);
    m_certPath->setText(settings.certPath);
    m_builder->setCurrentIndex(std::max(0, m_builder->findData(settings.builder)));
    updateState();
}

QString SettingsDialog::validate(const Settings::Engine &settings)
{
    const QString host = settings.host.trimmed();
    if (host.isEmpty())
        return {};
    const qsizetype schemeEnd = host.indexOf(u"://"_s);
    if (schemeEnd <= 0) {
        //: %1 = what the user typed
        return tr("“%1” is not an endpoint URL. Write it as unix:///var/run/docker.sock or "
                  "tcp://host:2376.")
            .arg(host);
    }
    const QString scheme = host.left(schemeEnd).toLower();
    const engine::EngineEndpoint endpoint = engine::EngineEndpoint::fromUrl(host, u"settings"_s);
    if (endpoint.error.kind() == engine::EngineError::Kind::UnsupportedEndpoint) {
        //: %1 = a URL scheme such as fd://
        return tr("%1 endpoints are not supported. Use unix://, tcp://, npipe:// or "
                  "ssh://user@host.")
            .arg(scheme + u"://"_s);
    }
    if (!endpoint.isValid()) {
        if (scheme != u"unix"_s && scheme != u"tcp"_s && scheme != u"npipe"_s && scheme != u"http"_s
            && scheme != u"https"_s && scheme != u"ssh"_s) {
            return tr("Unknown endpoint type %1. Use unix://, tcp://, npipe:// or ssh://.")
                .arg(scheme + u"://"_s);
        }
        return tr("“%1” is not a valid endpoint URL. Examples: unix:///var/run/docker.sock, "
                  "tcp://192.168.1.10:2376.")
            .arg(host);
    }
    if (endpoint.kind == engine::EngineEndpoint::Kind::Unix && !endpoint.path.startsWith(u'/')) {
        return tr("The socket path must be absolute: unix:///var/run/docker.sock, not "
                  "unix://var/run/docker.sock.");
    }
    if (endpoint.kind == engine::EngineEndpoint::Kind::Tcp) {
        const QString certPath = settings.certPath.trimmed();
        if ((settings.tls || endpoint.tls) && !certPath.isEmpty() && !QFileInfo(certPath).isDir()) {
            return tr("The certificate folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(certPath));
        }
    }
    return {};
}

QString SettingsDialog::endpointHint() const
{
    return m_hint->text();
}

QString SettingsDialog::testResult() const
{
    return m_result->text();
}

void SettingsDialog::updateState()
{
    const Settings::Engine settings = engineSettings();
    const QString problem = validate(settings);
    m_valid = problem.isEmpty();
    if (!m_valid) {
        m_hint->setText(problem);
        m_hint->setStyleSheet(u"color: #d32f2f;"_s);
    } else {
        m_hint->setStyleSheet(QString());
        if (settings.host.isEmpty()) {
            const engine::EngineEndpoint automatic = EngineConnection::resolve({});
            //: %1 = endpoint URL, %2 = where it came from ("the DOCKER_HOST variable", …)
            m_hint->setText(tr("Empty means automatic, which is now %1 (from %2).")
                                .arg(automatic.url.isEmpty()
                                         ? common::EngineMessages::message(automatic.error)
                                         : automatic.url,
                                     EngineConnection::describeSource(automatic.source)));
        } else {
            m_hint->setText(tr("Leave empty to use DOCKER_HOST, the docker context or the "
                               "platform default."));
        }
    }
    const engine::EngineEndpoint endpoint = EngineConnection::resolve(settings);
    const bool tcp = m_valid && endpoint.kind == engine::EngineEndpoint::Kind::Tcp;
    m_tls->setEnabled(tcp);
    const bool tls = tcp && (m_tls->isChecked() || endpoint.tls);
    m_tlsVerify->setEnabled(tls);
    m_certPath->setEnabled(tls);
    m_browse->setEnabled(tls);
    m_test->setEnabled(m_valid);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(m_valid);
}

void SettingsDialog::testConnection()
{
    if (!m_valid)
        return;
    m_probe->setEngineSettings(engineSettings());
}

void SettingsDialog::showTestResult()
{
    const engine::EngineEndpoint &endpoint = m_probe->endpoint();
    switch (m_probe->state()) {
    case EngineConnection::State::Unknown:
        m_result->clear();
        return;
    case EngineConnection::State::Connecting:
        m_result->setText(tr("Connecting to %1…").arg(endpoint.url));
        return;
    case EngineConnection::State::Connected: {
        const engine::EngineInfo &info = m_probe->info();
        //: %1 engine name, %2 version, %3 API version, %4 endpoint URL
        m_result->setText(tr("Connected: %1 %2 (API %3) at %4.")
                              .arg(info.name, info.version, m_probe->apiVersion(), endpoint.url));
        break;
    }
    case EngineConnection::State::Failed:
        m_result->setText(common::EngineMessages::message(m_probe->error()));
        break;
    }
    Q_EMIT testFinished();
}

bool SettingsDialog::apply()
{
    if (!m_valid)
        return false;
    const Settings::Engine settings = engineSettings();
    Settings::setEngine(settings);
    Q_EMIT engineSettingsApplied(settings);
    return true;
}

void SettingsDialog::chooseCertificateFolder()
{
    const QString start
        = m_certPath->text().isEmpty() ? QDir::home().filePath(u".docker"_s) : m_certPath->text();
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder with ca.pem, cert.pem and key.pem"), start);
    if (!folder.isEmpty())
        m_certPath->setText(QDir::toNativeSeparators(folder));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_engineGroup->setTitle(tr("Docker engine"));
    m_hostLabel->setText(tr("&Endpoint:"));
    m_host->setPlaceholderText(tr("Automatic"));
    m_tls->setText(tr("Use &TLS"));
    m_tlsVerify->setText(tr("&Verify the engine's certificate"));
    m_certLabel->setText(tr("&Certificates:"));
    m_certPath->setPlaceholderText(tr("Folder with ca.pem, cert.pem and key.pem"));
    m_browse->setText(tr("&Browse…"));
    m_builderLabel->setText(tr("B&uilder:"));
    m_builder->setItemText(0, tr("Automatic (BuildKit when the engine offers it)"));
    m_builder->setItemText(1, tr("BuildKit"));
    m_builder->setItemText(2, tr("Classic builder"));
    m_test->setText(tr("Test &connection"));
    updateState();
    if (m_probe->state() != EngineConnection::State::Unknown)
        showTestResult();
}

} // namespace stagecraft::app
