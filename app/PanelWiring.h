// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace stagecraft::views {
class BuildPanel;
class FilesPanel;
class SizesPanel;
} // namespace stagecraft::views

namespace stagecraft::app {

class BuildSession;
class CompareDialog;

/// Wires the Build, Sizes and Files panels (views, which show values and ask for things) to the
/// BuildSession (which does the engine work): each intent of a panel to the session's slot, each
/// result of the session to what the panel shows. Also opens what the panels ask for that is
/// neither: the Compare dialog, exports, and the before/after comparison of a template trial.
class PanelWiring : public QObject
{
    Q_OBJECT

public:
    PanelWiring(BuildSession *session, views::BuildPanel *build, views::SizesPanel *sizes,
                views::FilesPanel *files, QObject *parent = nullptr);

    /// Writes what the Sizes panel shows: the report (.md, .csv, .json) or the chart (.png,
    /// .svg), by suffix. False with `error` (translated) on failure.
    bool exportSizes(const QString &path, QString &error);
    /// The Compare dialog a template trial opened (null when none is open).
    [[nodiscard]] CompareDialog *trialCompareDialog() const { return m_trialCompare.data(); }

private:
    void openCompare();
    void onTrialFinished(bool succeeded);

    BuildSession *m_session;
    views::BuildPanel *m_build;
    views::SizesPanel *m_sizes;
    views::FilesPanel *m_files;
    QPointer<CompareDialog> m_trialCompare;
};

} // namespace stagecraft::app
