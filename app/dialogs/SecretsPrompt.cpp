// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretsPrompt.h"

#include <QMessageBox>
#include <QPushButton>

namespace stagecraft::app {

namespace {

constexpr qsizetype kMaxNamed = 12;

} // namespace

QString SecretsPrompt::text(const QStringList &files)
{
    QStringList named = files.mid(0, kMaxNamed);
    if (files.size() > named.size())
        //: after the list of files: how many more there are
        named << tr("and %n more", nullptr, int(files.size() - named.size()));
    //: %n = number of files; %1 = their paths, one a line
    return tr("The build context holds %n file(s) that look like secrets (keys, .env, "
              "credentials) and are not excluded by .dockerignore:\n\n%1\n\nA build sends them "
              "to the Docker engine, and a COPY can put them in the image.",
              nullptr, int(files.size()))
        .arg(named.join(u'\n'));
}

BuildSession::SecretsDecision SecretsPrompt::ask(QWidget *parent, const QStringList &files)
{
    QMessageBox box(QMessageBox::Warning, tr("Secrets in the Build Context"), text(files),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("secretsPrompt"));
    QPushButton *exclude = box.addButton(tr("&Add to .dockerignore"), QMessageBox::AcceptRole);
    exclude->setObjectName(QStringLiteral("excludeSecrets"));
    QPushButton *once = box.addButton(tr("&Build Anyway Once"), QMessageBox::DestructiveRole);
    once->setObjectName(QStringLiteral("sendSecretsOnce"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(exclude);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == exclude)
        return BuildSession::SecretsDecision::ExcludeThem;
    if (box.clickedButton() == once)
        return BuildSession::SecretsDecision::SendOnce;
    return BuildSession::SecretsDecision::Cancel;
}

} // namespace stagecraft::app
