// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Analysis.h"
#include "model/Measurement.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <functional>

class QBarSet;
class QChart;
class QChartView;
class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace stagecraft::views {

class WasteView;

/// The Sizes dock: "Build & measure all stages", then a chart of every stage's image size and
/// the final image with the saving ("builder 1.1 GB → final 45 MB, −96%"), and the layers of the
/// chosen stage sorted by size (a row selects its instruction in the editor and the canvas). A
/// view: it shows a measurement (setRun()) and the status of the job (setMeasuring(),
/// setStatus()), and asks for what the user wants with signals; the app measures
/// (app/BuildSession) and keeps the history.
class SizesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SizesPanel(QWidget *parent = nullptr);
    ~SizesPanel() override;

    /// The document's latest analysis (Measure is offered when its graph has a stage).
    void setAnalysis(const std::shared_ptr<const model::Analysis> &analysis);
    /// Shows a measurement (from a measure, or from the history); an empty run clears the chart.
    void setRun(const model::MeasureRun &run);
    [[nodiscard]] const model::MeasureRun &run() const { return m_run; }
    /// Where the export dialog starts (the Dockerfile's folder; empty: the home folder).
    void setExportDirectory(const QString &directory);
    /// Words a stage's problem (why it was not built) for the status line; the app gives the
    /// translated message table.
    using ProblemText = std::function<QString(const model::MeasureProblem &)>;
    void setProblemText(ProblemText text) { m_problemText = std::move(text); }

    /// Writes the chart as PNG (2×) or SVG, chosen by the suffix. False with `error` set on
    /// failure (translated).
    bool exportChart(const QString &path, QString &error);

    // For tests.
    [[nodiscard]] QPushButton *measureButton() const { return m_measure; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }
    [[nodiscard]] QProgressBar *progressBar() const { return m_progress; }
    [[nodiscard]] QPushButton *compareButton() const { return m_compare; }
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }
    [[nodiscard]] QChartView *chartView() const { return m_chartView; }
    [[nodiscard]] QChart *chart() const { return m_chart; }
    /// Chart categories (stage labels, then the final image) and bar values in bytes.
    [[nodiscard]] QStringList chartCategories() const { return m_categories; }
    [[nodiscard]] QList<qint64> chartValues() const { return m_values; }
    [[nodiscard]] QLabel *savingLabel() const { return m_saving; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QComboBox *stageBox() const { return m_stageBox; }
    [[nodiscard]] QPushButton *showFilesButton() const { return m_showFiles; }
    /// Columns: size, line, instruction; rows sorted by size, largest first.
    [[nodiscard]] QTableWidget *layerTable() const { return m_layers; }
    [[nodiscard]] QLabel *wasteLabel() const;
    /// The "Wasted space" toggle of the panel's context menu.
    [[nodiscard]] QAction *analyseWasteAction() const { return m_analyseWaste; }

public Q_SLOTS:
    /// A measurement (or a template trial) runs: Measure off, Cancel on; or not.
    void setMeasuring(bool measuring);
    /// How far the running measurement is: `done` of `total` (0 of 0: busy, no figure). Shown
    /// beside Cancel while measuring.
    void setProgress(int done, int total);
    /// The status line; `error` shows it as an error.
    void setStatus(const QString &text, bool error = false);

Q_SIGNALS:
    /// "Build & Measure All Stages" was clicked.
    void measureRequested();
    void cancelRequested();
    /// The "Wasted space" toggle changed (off by default).
    void analyseWasteToggled(bool analyse);
    /// "Compare…" was clicked.
    void compareRequested();
    /// The user chose where to export the measurement (.md, .csv, .json, .png or .svg).
    void exportRequested(const QString &path);
    /// "Show Files" for the stage chosen in the stage box (its index in run()).
    void showFilesRequested(int stage);
    /// A layer row was chosen: its 1-based instruction line.
    void lineActivated(int line);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    /// Gives the chart's title, axes, legend and bar labels the panel's font.
    void applyChartFonts();
    void showRun();
    void fillLayers();
    void exportFromDialog();
    void updateButtons();

    std::shared_ptr<const model::Analysis> m_analysis;
    model::MeasureRun m_run;
    ProblemText m_problemText;
    QString m_exportDirectory;
    bool m_measuring = false;
    QStringList m_categories;
    QList<qint64> m_values;

    QPushButton *m_measure = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_status = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QLabel *m_saving = nullptr;
    QLabel *m_stageLabel = nullptr;
    QComboBox *m_stageBox = nullptr;
    QPushButton *m_showFiles = nullptr;
    QTableWidget *m_layers = nullptr;
    QAction *m_analyseWaste = nullptr;
    WasteView *m_waste = nullptr; ///< the selected stage's wasted space
    QProgressBar *m_progress = nullptr;
};

} // namespace stagecraft::views
