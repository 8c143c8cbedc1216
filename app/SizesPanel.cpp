// SPDX-License-Identifier: GPL-3.0-or-later
#include "SizesPanel.h"

#include "CompareDialog.h"

#include "app/BuildReadiness.h"
#include "app/engine/EngineClient.h"
#include "app/engine/MeasureHistory.h"
#include "app/engine/MeasureReport.h"
#include "app/engine/StageMeasurer.h"

#include "views/SizeFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stagecraft::app {

namespace {

enum LayerColumn { SizeColumn, LineColumn, InstructionColumn, LayerColumnCount };
constexpr int BytesRole = Qt::UserRole + 1;
constexpr int LineRole = Qt::UserRole + 2;

} // namespace

SizesPanel::SizesPanel(QWidget *parent)
    : QWidget(parent)
    , m_measure(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_compare(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_saving(new QLabel(this))
    , m_stageLabel(new QLabel(this))
    , m_stageBox(new QComboBox(this))
    , m_showFiles(new QPushButton(this))
    , m_layers(new QTableWidget(0, LayerColumnCount, this))
{
    m_measure->setObjectName(u"measureButton"_s);
    m_cancel->setObjectName(u"measureCancelButton"_s);
    m_saving->setObjectName(u"savingLabel"_s);
    m_layers->setObjectName(u"layerTable"_s);
    m_showFiles->setObjectName(u"showFilesButton"_s);
    m_showFiles->setEnabled(false);
    m_chartView->setObjectName(u"sizeChart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(180);
    m_chart->legend()->hide();
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_cancel->setEnabled(false);
    m_compare->setEnabled(false);
    m_export->setEnabled(false);
    m_status->setWordWrap(true);
    QFont savingFont = m_saving->font();
    savingFont.setBold(true);
    m_saving->setFont(savingFont);
    m_saving->setWordWrap(true);
    m_layers->verticalHeader()->hide();
    m_layers->horizontalHeader()->setStretchLastSection(true);
    m_layers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_layers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_layers->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_measure);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_export);
    auto *stageRow = new QHBoxLayout;
    stageRow->addWidget(m_stageLabel);
    stageRow->addWidget(m_stageBox, 1);
    stageRow->addWidget(m_showFiles);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_chartView, 2);
    layout->addWidget(m_saving);
    layout->addLayout(stageRow);
    layout->addWidget(m_layers, 2);

    connect(m_measure, &QPushButton::clicked, this, &SizesPanel::startMeasure);
    connect(m_cancel, &QPushButton::clicked, this, &SizesPanel::cancelMeasure);
    connect(m_compare, &QPushButton::clicked, this, &SizesPanel::openCompare);
    connect(m_export, &QPushButton::clicked, this, &SizesPanel::exportFromDialog);
    connect(m_stageBox, &QComboBox::currentIndexChanged, this, &SizesPanel::fillLayers);
    connect(m_showFiles, &QPushButton::clicked, this, [this] {
        if (m_stageBox->count() > 0)
            Q_EMIT showFilesRequested(m_stageBox->currentData().toInt());
    });
    connect(m_layers, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem *> selected = m_layers->selectedItems();
        if (selected.isEmpty())
            return;
        const int line
            = m_layers->item(selected.first()->row(), SizeColumn)->data(LineRole).toInt();
        if (line > 0)
            Q_EMIT lineActivated(line);
    });
    retranslateUi();
}

SizesPanel::~SizesPanel() = default;

void SizesPanel::retranslateUi()
{
    m_measure->setText(tr("Build && &Measure All Stages"));
    m_measure->setToolTip(tr("Build every stage as a target and measure its image, its layers "
                             "and the bytes each COPY --from carries."));
    m_cancel->setText(tr("&Cancel"));
    m_compare->setText(tr("C&ompare…"));
    m_export->setText(tr("&Export…"));
    m_stageLabel->setText(tr("&Layers of:"));
    m_stageLabel->setBuddy(m_stageBox);
    m_showFiles->setText(tr("Show &Files"));
    m_showFiles->setToolTip(tr("Show the files of the chosen stage's image in the Files panel."));
    m_layers->setHorizontalHeaderLabels({tr("Size"), tr("Line"), tr("Instruction")});
    m_chartView->setAccessibleName(tr("Image size per stage"));
    showRun();
}

void SizesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        applyChartFonts(); // presenter mode: the chart grows with the rest of the window
    QWidget::changeEvent(event);
}

void SizesPanel::applyChartFonts()
{
    // QChart draws with its own fonts, not the widget's: give it the panel's, so the chart
    // follows the application font (presenter mode makes it large enough for a classroom).
    const QFont title = [this] {
        QFont f = font();
        f.setBold(true);
        return f;
    }();
    // Axis and bar labels a little smaller than the text around the chart, as charts have
    // them, so the stage names under the bars fit without eliding.
    QFont base = font();
    base.setPointSizeF(base.pointSizeF() * 0.85);
    m_chart->setTitleFont(title);
    m_chart->legend()->setFont(base);
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(base);
        axis->setTitleFont(base);
    }
    const auto series = m_chart->series();
    for (QAbstractSeries *item : series) {
        if (auto *bars = qobject_cast<QBarSeries *>(item)) {
            const auto sets = bars->barSets();
            for (QBarSet *set : sets)
                set->setLabelFont(base);
        }
    }
}

bool SizesPanel::isMeasuring() const
{
    return !m_measurer.isNull();
}

void SizesPanel::setEndpoint(const EngineEndpoint &endpoint)
{
    m_endpoint = endpoint;
}

const model::StageGraph &SizesPanel::graph() const
{
    static const model::StageGraph none;
    return m_analysis ? m_analysis->graph() : none;
}

const model::SyntaxTree *SizesPanel::tree() const
{
    return m_analysis ? m_analysis->tree().get() : nullptr;
}

void SizesPanel::setDocument(const QString &filePath,
                             const std::shared_ptr<const model::Analysis> &analysis)
{
    const bool newFile = filePath != m_filePath;
    m_filePath = filePath;
    m_analysis = analysis;
    m_measure->setEnabled(!isMeasuring() && !graph().stages().empty());
    if (!newFile || isMeasuring())
        return;
    // Another file: its own history (newest first), and its latest measurement on show.
    m_runs.clear();
    if (!m_filePath.isEmpty()) {
        QList<MeasureRun> history;
        const QString error = MeasureHistory::load(MeasureHistory::pathFor(m_filePath), history);
        if (!error.isEmpty())
            setStatus(error, true);
        for (auto it = history.crbegin(); it != history.crend(); ++it)
            m_runs.append(*it);
    }
    setRun(m_runs.isEmpty() ? MeasureRun{} : m_runs.constFirst());
}

void SizesPanel::setRun(const MeasureRun &run)
{
    m_run = run;
    showRun();
    announce();
}

void SizesPanel::announce()
{
    QHash<int, qint64> stageBytes;
    for (const StageMeasure &stage : std::as_const(m_run.stages)) {
        if (stage.built)
            stageBytes.insert(stage.index, stage.size);
    }
    QHash<int, qint64> arrowBytes;
    for (const ArrowMeasure &arrow : std::as_const(m_run.arrows)) {
        if (arrow.measured)
            arrowBytes.insert(arrow.line, arrowBytes.value(arrow.line) + arrow.bytes);
    }
    Q_EMIT measurementsChanged(stageBytes, arrowBytes);
}

void SizesPanel::showRun()
{
    // Chart: every built stage, then the final image.
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    m_categories.clear();
    m_values.clear();
    const bool hasRun = !m_run.stages.isEmpty();
    m_compare->setEnabled(hasRun);
    m_export->setEnabled(hasRun);
    if (!hasRun) {
        m_chart->setTitle(tr("No measurement yet: use \"Build & Measure All Stages\"."));
        m_saving->clear();
        m_stageBox->clear();
        m_layers->setRowCount(0);
        return;
    }
    m_chart->setTitle(tr("Image size per stage"));
    auto *set = new QBarSet(tr("Size (MB)"));
    qint64 maximum = 0;
    for (const StageMeasure &stage : std::as_const(m_run.stages)) {
        if (!stage.built)
            continue;
        m_categories.append(stage.label());
        m_values.append(stage.size);
        maximum = std::max(maximum, stage.size);
    }
    if (const StageMeasure *final = m_run.finalStage(); final && final->built) {
        //: Chart bar: the image the build produces
        m_categories.append(tr("final image"));
        m_values.append(final->size);
    }
    for (qint64 value : std::as_const(m_values))
        set->append(static_cast<double>(value) / 1e6);
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value"_s);
    series->setLabelsPrecision(3);
    m_chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(m_categories);
    m_chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(0, std::max(0.001, static_cast<double>(maximum) / 1e6 * 1.15));
    values->setTitleText(tr("MB"));
    values->setLabelFormat(u"%.1f"_s);
    m_chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    applyChartFonts();

    const int largest = m_run.largestStage();
    const StageMeasure *big = m_run.stage(largest);
    const StageMeasure *final = m_run.finalStage();
    if (big && final && big != final && final->built) {
        m_saving->setText(views::SizeFormat::saving(big->label(), big->size,
                                                    //: the final image, in the saving line
                                                    tr("final"), final->size));
    } else if (final && final->built) {
        m_saving->setText(tr("The final image (%1) is the largest stage: no saving from the "
                             "other stages.")
                              .arg(views::SizeFormat::size(final->size)));
    } else {
        m_saving->setText(tr("The final stage was not built."));
    }

    const int chosen = m_stageBox->count() > 0 ? m_stageBox->currentData().toInt() : -1;
    const QSignalBlocker blocker(m_stageBox);
    m_stageBox->clear();
    for (const StageMeasure &stage : std::as_const(m_run.stages)) {
        QString text = stage.label();
        if (stage.built)
            //: Stage list entry: %1 = stage name, %2 = size
            text = tr("%1 (%2)").arg(stage.label(), views::SizeFormat::size(stage.size));
        m_stageBox->addItem(text, stage.index);
    }
    const int keep = m_stageBox->findData(chosen);
    m_stageBox->setCurrentIndex(keep >= 0 ? keep
                                          : std::max(0, m_stageBox->findData(m_run.finalIndex)));
    fillLayers();
}

void SizesPanel::fillLayers()
{
    m_layers->setRowCount(0);
    const StageMeasure *stage = m_run.stage(m_stageBox->currentData().toInt());
    m_showFiles->setEnabled(stage && stage->built && !stage->imageId.isEmpty());
    if (!stage)
        return;
    if (!stage->built) {
        setStatus(stage->error.isEmpty() ? tr("%1 was not built.").arg(stage->label())
                                         : stage->error,
                  true);
        return;
    }
    QList<LayerMeasure> layers = stage->layers;
    // Largest first; equal sizes keep the history's order (newest first).
    std::stable_sort(layers.begin(), layers.end(),
                     [](const LayerMeasure &a, const LayerMeasure &b) { return a.size > b.size; });
    m_layers->setRowCount(static_cast<int>(layers.size()));
    for (int row = 0; row < layers.size(); ++row) {
        const LayerMeasure &layer = layers.at(row);
        auto *size = new QTableWidgetItem(views::SizeFormat::size(layer.size));
        size->setData(BytesRole, layer.size);
        size->setData(LineRole, layer.line);
        size->setToolTip(views::SizeFormat::exactBytes(layer.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        //: Layer table: the layer comes from the FROM image
        auto *line
            = new QTableWidgetItem(layer.line > 0 ? QString::number(layer.line) : tr("base"));
        const QString instruction = Measurement::instructionOfCreatedBy(layer.createdBy);
        auto *text = new QTableWidgetItem(instruction);
        text->setToolTip(layer.createdBy);
        m_layers->setItem(row, SizeColumn, size);
        m_layers->setItem(row, LineColumn, line);
        m_layers->setItem(row, InstructionColumn, text);
    }
    m_layers->resizeColumnToContents(SizeColumn);
    m_layers->resizeColumnToContents(LineColumn);
}

void SizesPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error);
    m_status->setStyleSheet(error ? u"color: #c0392b;"_s : QString());
}

void SizesPanel::startMeasure()
{
    if (isMeasuring())
        return;
    if (m_externalCancel) {
        setStatus(tr("Wait for the running measurement to finish, or cancel it."), true);
        return;
    }
    if ((m_modified || m_filePath.isEmpty()) && m_saveHandler && !m_saveHandler()) {
        setStatus(tr("Measuring cancelled: the Dockerfile must be saved first, because the "
                     "engine builds the file on disk."),
                  true);
        return;
    }
    if (const QString blocker
        = buildBlocker(m_filePath, tree() != nullptr, !graph().stages().empty(), m_endpoint);
        !blocker.isEmpty()) {
        setStatus(blocker, true);
        return;
    }
    setStatus(tr("Connecting to the Docker Engine…"));
    EngineError error;
    m_measurer = StageMeasurer::forDockerfile(m_endpoint, m_filePath, this, error);
    if (!m_measurer) {
        setStatus(error.message(), true);
        Q_EMIT measureFinished(false);
        return;
    }
    m_measure->setEnabled(false);
    m_cancel->setEnabled(true);
    connect(m_measurer, &StageMeasurer::progress, this,
            [this](int stage, int total, const QString &text) {
                //: %1 = stage number (1-based), %2 = stage count, %3 = what happens
                setStatus(tr("Stage %1 of %2: %3").arg(stage + 1).arg(total).arg(text));
                const auto &stages = graph().stages();
                if (stage >= 0 && stage < static_cast<int>(stages.size()) && tree()) {
                    const model::Stage &s = stages[static_cast<std::size_t>(stage)];
                    const auto &instructions = tree()->instructions();
                    if (s.fromInstruction >= 0
                        && s.fromInstruction < static_cast<int>(instructions.size()))
                        Q_EMIT stepStarted(
                            stage, s.line,
                            instructions[static_cast<std::size_t>(s.fromInstruction)].range);
                }
            });
    connect(m_measurer, &StageMeasurer::finished, this,
            [this](const MeasureRun &run, const EngineError &result) {
                StageMeasurer *measurer = m_measurer;
                m_measurer = nullptr;
                if (measurer)
                    measurer->deleteLater();
                m_measure->setEnabled(!graph().stages().empty());
                m_cancel->setEnabled(false);
                QString historyError;
                if (!run.stages.isEmpty()) {
                    m_runs.prepend(run);
                    setRun(run);
                    if (!m_filePath.isEmpty())
                        historyError
                            = MeasureHistory::append(MeasureHistory::pathFor(m_filePath), run);
                }
                if (result.isError())
                    setStatus(result.message(), true);
                else if (!historyError.isEmpty())
                    setStatus(historyError, true);
                else
                    //: %1 = duration in seconds
                    setStatus(tr("Measured every stage in %1 s.")
                                  .arg(QLocale().toString(run.totalMs / 1000.0, 'f', 1)));
                Q_EMIT measureFinished(!result.isError());
            });
    m_measurer->start();
}

void SizesPanel::cancelMeasure()
{
    if (m_measurer)
        m_measurer->cancel();
    else if (m_externalCancel)
        m_externalCancel();
}

void SizesPanel::showStatus(const QString &text, bool error)
{
    setStatus(text, error);
}

void SizesPanel::setExternalJob(std::function<void()> cancel)
{
    m_externalCancel = std::move(cancel);
    const bool busy = static_cast<bool>(m_externalCancel) || isMeasuring();
    m_measure->setEnabled(!busy && !graph().stages().empty());
    m_cancel->setEnabled(busy);
}

void SizesPanel::openCompare()
{
    CompareDialog dialog(this);
    QList<MeasureRun> runs = m_runs;
    if (!m_run.stages.isEmpty() && !runs.contains(m_run))
        runs.prepend(m_run);
    dialog.setRuns(runs);
    dialog.exec();
}

bool SizesPanel::exportReport(const QString &path, QString &error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png"_s || suffix == u"svg"_s)
        return exportChart(path, error);
    QByteArray bytes;
    if (suffix == u"json"_s) {
        bytes = MeasureReport::json(m_run);
    } else if (suffix == u"md"_s || suffix == u"markdown"_s) {
        bytes = MeasureReport::markdown(m_run).toUtf8();
    } else if (suffix == u"csv"_s) {
        bytes = MeasureReport::csv(m_run).toUtf8();
    } else {
        error = tr("Choose a .md, .csv, .json, .png or .svg file.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void SizesPanel::exportFromDialog()
{
    const QString base
        = m_filePath.isEmpty() ? QDir::homePath() : QFileInfo(m_filePath).absolutePath();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Measurement"), QDir(base).filePath(u"sizes.json"_s),
        //: File dialog filter; keep the patterns in parentheses unchanged.
        tr("Markdown report (*.md);;CSV table (*.csv);;JSON report (*.json);;"
           "Chart as PNG (*.png);;Chart as SVG (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportReport(path, error))
        QMessageBox::warning(this, tr("Export Measurement"), error);
}

bool SizesPanel::exportChart(const QString &path, QString &error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QSize size = m_chartView->size().expandedTo(QSize(640, 400));
    if (suffix == u"svg"_s) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(m_chart->title());
        QPainter painter;
        if (!painter.begin(&generator)) {
            error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        m_chartView->render(&painter, QRectF(QPointF(0, 0), size), m_chartView->rect());
        painter.end();
        return true;
    }
    if (suffix != u"png"_s) {
        error = tr("Choose a .png or .svg file for the chart.");
        return false;
    }
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_chartView->render(&painter, QRectF(QPointF(0, 0), size * 2), m_chartView->rect());
    painter.end();
    if (!image.save(path, "PNG")) {
        error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace stagecraft::app
