// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/Settings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace stagecraft::app {

class EngineConnection;

/// Preferences: the Docker Engine endpoint (empty = automatic, with what automatic resolves to
/// and where that came from), TLS for tcp:// endpoints, and a "Test connection" button. OK and
/// Apply store the values in Settings and emit engineSettingsApplied(); invalid input keeps them
/// disabled and says what is wrong.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /// The values shown in the dialog.
    [[nodiscard]] Settings::Engine engineSettings() const;
    void setEngineSettings(const Settings::Engine &settings);
    /// Empty when `settings` can be used, else a translated message saying what to fix.
    [[nodiscard]] static QString validate(const Settings::Engine &settings);
    /// The text under the endpoint field: the validation message, or what automatic means.
    [[nodiscard]] QString endpointHint() const;
    /// The outcome of the last "Test connection" (empty before one finished).
    [[nodiscard]] QString testResult() const;
    /// Starts "Test connection" with the values shown (no need to apply them first).
    void testConnection();
    /// Stores valid values in Settings and emits engineSettingsApplied(); false when invalid.
    bool apply();

Q_SIGNALS:
    void engineSettingsApplied(const stagecraft::app::Settings::Engine &settings);
    /// A "Test connection" finished; see testResult().
    void testFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void showTestResult();
    void chooseCertificateFolder();

    QGroupBox *m_engineGroup = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_hint = nullptr;
    QCheckBox *m_tls = nullptr;
    QCheckBox *m_tlsVerify = nullptr;
    QLabel *m_certLabel = nullptr;
    QLineEdit *m_certPath = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_builderLabel = nullptr;
    QComboBox *m_builder = nullptr; ///< data: engine::builderName()
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    EngineConnection *m_probe = nullptr;
    bool m_valid = true;
};

} // namespace stagecraft::app
