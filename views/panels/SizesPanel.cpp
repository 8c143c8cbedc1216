// SPDX-License-Identifier: GPL-3.0-or-later
#include "SizesPanel.h"

#include "WasteView.h"

#include "views/SizeFormat.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSvgGenerator>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stagecraft::views {

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
    , m_analyseWaste(new QAction(this))
    , m_waste(new WasteView(this))
    , m_progress(new QProgressBar(this))
{
    m_progress->setObjectName(u"measureProgress"_s);
    m_progress->setVisible(false);
    m_progress->setMaximumHeight(m_cancel->sizeHint().height());
    m_analyseWaste->setObjectName(u"analyseWasteAction"_s);
    m_analyseWaste->setCheckable(true);
    // A context-menu toggle, not a check box: a row more would crowd the docks (tst_hindi_layout).
    addAction(m_analyseWaste);
    setContextMenuPolicy(Qt::ActionsContextMenu);
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
    // In the button row while a measurement runs (no row more: tst_hindi_layout).
    buttons->addWidget(m_progress, 1);
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
    layout->addWidget(m_waste);

    connect(m_measure, &QPushButton::clicked, this, &SizesPanel::measureRequested);
    connect(m_cancel, &QPushButton::clicked, this, &SizesPanel::cancelRequested);
    connect(m_analyseWaste, &QAction::toggled, this, &SizesPanel::analyseWasteToggled);
    connect(m_compare, &QPushButton::clicked, this, &SizesPanel::compareRequested);
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

QLabel *SizesPanel::wasteLabel() const
{
    return m_waste;
}

void SizesPanel::retranslateUi()
{
    m_measure->setText(tr("Build && &Measure All Stages"));
    m_analyseWaste->setText(tr("&Wasted space"));
    m_analyseWaste->setToolTip(tr("Also read every layer of every stage image and show its "
                                  "wasted space: files a later instruction removed or replaced, "
                                  "with the lines and a fix."));
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

void SizesPanel::setAnalysis(const std::shared_ptr<const model::Analysis> &analysis)
{
    m_analysis = analysis;
    updateButtons();
}

void SizesPanel::setExportDirectory(const QString &directory)
{
    m_exportDirectory = directory;
}

void SizesPanel::setRun(const model::MeasureRun &run)
{
    m_run = run;
    showRun();
}

void SizesPanel::setMeasuring(bool measuring)
{
    m_measuring = measuring;
    m_progress->setVisible(measuring);
    setProgress(0, 0);
    updateButtons();
}

void SizesPanel::setProgress(int done, int total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0); // busy: the part running cannot tell how far it is
        m_progress->setFormat(QString());
        return;
    }
    m_progress->setRange(0, total);
    m_progress->setValue(std::clamp(done, 0, total));
    //: Sizes panel progress bar; %1 = done, %2 = total (steps, or MB of layers read)
    m_progress->setFormat(
        tr("%1 of %2")
            .arg(QLocale().toString(std::clamp(done, 0, total)), QLocale().toString(total)));
}

void SizesPanel::updateButtons()
{
    m_measure->setEnabled(!m_measuring && m_analysis && !m_analysis->graph().stages().empty());
    m_cancel->setEnabled(m_measuring);
}

void SizesPanel::showRun()
{
    // Chart: every built stage, then the final image.
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    m_categories.clear();
    m_values.clear();
    const bool hasRun = !m_run.stages.empty();
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
    for (const model::StageMeasure &stage : m_run.stages) {
        if (!stage.built)
            continue;
        m_categories.append(QString::fromStdString(stage.label()));
        m_values.append(stage.size);
        maximum = std::max<qint64>(maximum, stage.size);
    }
    if (const model::StageMeasure *final = m_run.finalStage(); final && final->built) {
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
    const model::StageMeasure *big = m_run.stage(largest);
    const model::StageMeasure *final = m_run.finalStage();
    if (big && final && big != final && final->built) {
        m_saving->setText(SizeFormat::saving(QString::fromStdString(big->label()), big->size,
                                             //: the final image, in the saving line
                                             tr("final"), final->size));
    } else if (final && final->built) {
        m_saving->setText(tr("The final image (%1) is the largest stage: no saving from the "
                             "other stages.")
                              .arg(SizeFormat::size(final->size)));
    } else {
        m_saving->setText(tr("The final stage was not built."));
    }

    const int chosen = m_stageBox->count() > 0 ? m_stageBox->currentData().toInt() : -1;
    const QSignalBlocker blocker(m_stageBox);
    m_stageBox->clear();
    for (const model::StageMeasure &stage : m_run.stages) {
        const QString label = QString::fromStdString(stage.label());
        QString text = label;
        if (stage.built && stage.cached)
            //: Stage list entry: %1 = stage name, %2 = size; every step came from the cache
            text = tr("%1 (%2, cached)").arg(label, SizeFormat::size(stage.size));
        else if (stage.built && stage.buildMs > 0)
            //: Stage list entry: %1 = stage name, %2 = size, %3 = build time ("4.2 s")
            text = tr("%1 (%2, built in %3)")
                       .arg(label, SizeFormat::size(stage.size),
                            SizeFormat::duration(stage.buildMs));
        else if (stage.built)
            //: Stage list entry: %1 = stage name, %2 = size
            text = tr("%1 (%2)").arg(label, SizeFormat::size(stage.size));
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
    const model::StageMeasure *stage = m_run.stage(m_stageBox->currentData().toInt());
    m_waste->setWaste(stage ? stage->waste : model::StageWaste{});
    m_showFiles->setEnabled(stage && stage->built && !stage->imageId.empty());
    if (!stage)
        return;
    if (!stage->built) {
        setStatus(stage->problem.isEmpty() || !m_problemText
                      ? tr("%1 was not built.").arg(QString::fromStdString(stage->label()))
                      : m_problemText(stage->problem),
                  true);
        return;
    }
    std::vector<model::LayerMeasure> layers = stage->layers;
    // Largest first; equal sizes keep the history's order (newest first).
    std::stable_sort(
        layers.begin(), layers.end(),
        [](const model::LayerMeasure &a, const model::LayerMeasure &b) { return a.size > b.size; });
    m_layers->setRowCount(static_cast<int>(layers.size()));
    for (int row = 0; row < static_cast<int>(layers.size()); ++row) {
        const model::LayerMeasure &layer = layers[static_cast<std::size_t>(row)];
        auto *size = new QTableWidgetItem(SizeFormat::size(layer.size));
        size->setData(BytesRole, qint64(layer.size));
        size->setData(LineRole, layer.line);
        size->setToolTip(SizeFormat::exactBytes(layer.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        //: Layer table: the layer comes from the FROM image
        auto *line
            = new QTableWidgetItem(layer.line > 0 ? QString::number(layer.line) : tr("base"));
        const QString instruction
            = QString::fromStdString(model::Measurement::instructionOfCreatedBy(layer.createdBy));
        auto *text = new QTableWidgetItem(instruction);
        text->setToolTip(QString::fromStdString(layer.createdBy));
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

void SizesPanel::exportFromDialog()
{
    const QString base = m_exportDirectory.isEmpty() ? QDir::homePath() : m_exportDirectory;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Measurement"), QDir(base).filePath(u"sizes.json"_s),
        //: File dialog filter; keep the patterns in parentheses unchanged.
        tr("Markdown report (*.md);;CSV table (*.csv);;JSON report (*.json);;"
           "Chart as PNG (*.png);;Chart as SVG (*.svg)"));
    if (!path.isEmpty())
        Q_EMIT exportRequested(path);
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

} // namespace stagecraft::views
