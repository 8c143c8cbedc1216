// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/engine/EngineEndpoint.h"
#include "app/engine/Measurement.h"

#include "model/Analysis.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace stagecraft::app {

class StageMeasurer;

/// The Sizes dock: "Build & measure all stages", then a chart of every stage's image size and
/// the final image with the saving ("builder 1.1 GB → final 45.0 MB, −96%"), and the layers of
/// the chosen stage sorted by size (a row selects its instruction in the editor and the canvas).
/// The measurement is announced with measurementsChanged() so the window can put the sizes on
/// the canvas blocks and the bytes on the artifact arrows.
class SizesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SizesPanel(QWidget *parent = nullptr);
    ~SizesPanel() override;

    void setEndpoint(const EngineEndpoint &endpoint);
    [[nodiscard]] const EngineEndpoint &endpoint() const { return m_endpoint; }
    /// The document (its file, empty when untitled, and its latest analysis).
    void setDocument(const QString &filePath,
                     const std::shared_ptr<const model::Analysis> &analysis);
    using SaveHandler = std::function<bool()>;
    /// Asked before measuring when the document must be written first (false cancels).
    void setSaveHandler(SaveHandler handler) { m_saveHandler = std::move(handler); }
    void setDocumentModified(bool modified) { m_modified = modified; }

    /// Shows a measurement (from a measure, or from the history).
    void setRun(const MeasureRun &run);
    [[nodiscard]] const MeasureRun &run() const { return m_run; }
    [[nodiscard]] bool isMeasuring() const;
    /// Puts `text` in the status line (another job's progress or result, e.g. Learn's Try it).
    void showStatus(const QString &text, bool error = false);
    /// While another job measures on the panel's behalf (`cancel` set), Measure is disabled and
    /// Cancel calls `cancel`; an empty function ends it.
    void setExternalJob(std::function<void()> cancel);
    [[nodiscard]] bool hasExternalJob() const { return static_cast<bool>(m_externalCancel); }

    /// Writes the chart as PNG (2×) or SVG, chosen by the suffix. False with `error` set on
    /// failure.
    bool exportChart(const QString &path, QString &error);
    /// Writes the report (.md, .csv, .json through MeasureReport) or the chart (.png, .svg), by
    /// suffix.
    bool exportReport(const QString &path, QString &error);
    /// The Dockerfile's runs (its history, then those measured since), newest first; Compare
    /// offers them.
    [[nodiscard]] const QList<MeasureRun> &runs() const { return m_runs; }

    // For tests.
    [[nodiscard]] QPushButton *measureButton() const { return m_measure; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }
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

public Q_SLOTS:
    /// Saves when needed, then builds every stage as a target and measures it.
    void startMeasure();
    void cancelMeasure();

Q_SIGNALS:
    /// Stage index → image bytes, and COPY --from line → bytes carried.
    void measurementsChanged(const QHash<int, qint64> &stageBytes,
                             const QHash<int, qint64> &arrowBytes);
    /// While measuring: the instruction being built (as BuildPanel::stepStarted).
    void stepStarted(int stage, int line, stagecraft::model::Range range);
    /// The measurement ended (successfully or not); run() holds what was measured.
    void measureFinished(bool succeeded);
    /// "Show Files" for the stage chosen in the stage box (its index in run()).
    void showFilesRequested(int stage);
    /// A layer row was chosen: its 1-based instruction line.
    void lineActivated(int line);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The analysis's graph and tree (an empty graph and null before the first analysis).
    [[nodiscard]] const model::StageGraph &graph() const;
    [[nodiscard]] const model::SyntaxTree *tree() const;
    void retranslateUi();
    /// Gives the chart's title, axes, legend and bar labels the panel's font.
    void applyChartFonts();
    void showRun();
    void fillLayers();
    void announce();
    void setStatus(const QString &text, bool error = false);
    void openCompare();
    void exportFromDialog();

    EngineEndpoint m_endpoint;
    QString m_filePath;
    std::shared_ptr<const model::Analysis> m_analysis;
    bool m_modified = false;
    SaveHandler m_saveHandler;
    MeasureRun m_run;
    QList<MeasureRun> m_runs;
    QPointer<StageMeasurer> m_measurer;
    std::function<void()> m_externalCancel;
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
};

} // namespace stagecraft::app
