// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineEndpoint.h"
#include "engine/EngineError.h"
#include "model/FileDiff.h"
#include "model/Measurement.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <vector>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace stagecraft::engine {
class StageFilesystem;
class StageMeasurer;
} // namespace stagecraft::engine

namespace stagecraft::views {
class FileDiffView;
} // namespace stagecraft::views

namespace stagecraft::app {

/// Two measurements side by side: pick run A and run B (measured in this session, from the
/// Dockerfile's history, loaded from a saved JSON report, or built and measured here from
/// another Dockerfile, e.g. the single-stage "before"). The Sizes tab shows per-stage and final
/// sizes, the deltas, and the layers that differ; the Files tab the file-level diff of a stage
/// of A and a stage of B (the final ones by default): what is gone, new or changed, biggest
/// first, filterable. Building (engine::StageMeasurer, the engine path of Build & Measure) and
/// reading the images (engine::StageFilesystem) run asynchronously with progress and Cancel.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CompareDialog(QWidget *parent = nullptr);
    ~CompareDialog() override;

    /// The engine to build with and read images from.
    void setEndpoint(const engine::EngineEndpoint &endpoint) { m_endpoint = endpoint; }
    /// Builds and measures the Dockerfile at `path` (its directory is the context); the run is
    /// added as A (measured(true)), or the error shown (measured(false)). False when it cannot
    /// start (the reason is shown): something runs, no engine, secrets in the context.
    bool measureDockerfile(const QString &path);
    /// Reads the chosen stages' images and shows their file diff (filesCompared()).
    void compareFiles();
    /// Stops a build or a read; the status says so.
    void cancel();
    [[nodiscard]] bool isBusy() const;

    /// The runs to choose from, newest first. A defaults to the second, B to the first.
    void setRuns(const QList<model::MeasureRun> &runs);
    /// Adds a run and selects it as A (the "before").
    void addRun(const model::MeasureRun &run);
    [[nodiscard]] const model::RunComparison &comparison() const { return m_comparison; }

    // For tests.
    [[nodiscard]] QComboBox *runABox() const { return m_a; }
    [[nodiscard]] QComboBox *runBBox() const { return m_b; }
    /// Columns: stage, A, B, delta, change, layer differences; the last row is the final image.
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QComboBox *stageABox() const { return m_stageA; }
    [[nodiscard]] QComboBox *stageBBox() const { return m_stageB; }
    [[nodiscard]] views::FileDiffView *diffView() const { return m_diffView; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    /// A measureDockerfile() ended: its run was added (true), or it failed or was cancelled.
    void measured(bool succeeded);
    /// A compareFiles() ended: the diff is shown (true), or it failed or was cancelled.
    void filesCompared(bool succeeded);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void compare();
    void loadFromFile();
    void chooseDockerfile();
    void fillStages();
    void readNextImage();
    void onFilesRead();
    void setBusy(bool busy);
    void showStatus(const QString &text, bool error);
    [[nodiscard]] static QString runTitle(const model::MeasureRun &run);
    /// The image of the stage chosen in `box` of run `run` ("" when none), and its title.
    [[nodiscard]] QString chosenImage(const QComboBox *box, int run, QString &title) const;

    QList<model::MeasureRun> m_runs;
    model::RunComparison m_comparison;
    QComboBox *m_a = nullptr;
    QComboBox *m_b = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_build = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_stageA = nullptr;
    QComboBox *m_stageB = nullptr;
    QPushButton *m_compareFiles = nullptr;
    views::FileDiffView *m_diffView = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_formA = nullptr;
    QLabel *m_formB = nullptr;
    QLabel *m_filesA = nullptr;
    QLabel *m_filesB = nullptr;

    engine::EngineEndpoint m_endpoint;
    QPointer<engine::StageMeasurer> m_measurer;
    engine::StageFilesystem *m_files = nullptr;
    QString m_images[2]; ///< the images being read, A then B
    QString m_titles[2];
    std::vector<model::FileEntry> m_entries[2];
    int m_reading = -1; ///< the side being read (0 = A, 1 = B), -1 when none
};

} // namespace stagecraft::app
