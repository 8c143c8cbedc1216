// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompareDialog.h"

#include "app/Settings.h"
#include "common/EngineMessages.h"
#include "engine/ContextSecrets.h"
#include "engine/MeasureHistory.h"
#include "engine/StageFilesystem.h"
#include "engine/StageMeasurer.h"

#include "views/SizeFormat.h"
#include "views/panels/FileDiffView.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace stagecraft::app {

namespace {

enum Column { StageColumn, AColumn, BColumn, DeltaColumn, ChangeColumn, LayersColumn, ColumnCount };

QString layerText(const model::LayerDifference &difference)
{
    using Kind = model::LayerDifference::Kind;
    switch (difference.kind) {
    case Kind::Added:
        //: Layer difference: %1 = instruction, %2 = size
        return CompareDialog::tr("+ %1 (%2)")
            .arg(QString::fromStdString(difference.instruction),
                 views::SizeFormat::size(difference.sizeB));
    case Kind::Removed:
        return CompareDialog::tr("− %1 (%2)")
            .arg(QString::fromStdString(difference.instruction),
                 views::SizeFormat::size(difference.sizeA));
    case Kind::Resized:
        //: Layer difference: %1 = instruction, %2 = old size, %3 = new size
        return CompareDialog::tr("~ %1 (%2 → %3)")
            .arg(QString::fromStdString(difference.instruction),
                 views::SizeFormat::size(difference.sizeA),
                 views::SizeFormat::size(difference.sizeB));
    }
    return {};
}

} // namespace

CompareDialog::CompareDialog(QWidget *parent)
    : QDialog(parent)
    , m_a(new QComboBox(this))
    , m_b(new QComboBox(this))
    , m_load(new QPushButton(this))
    , m_build(new QPushButton(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_stageA(new QComboBox(this))
    , m_stageB(new QComboBox(this))
    , m_compareFiles(new QPushButton(this))
    , m_diffView(new views::FileDiffView(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_formA(new QLabel(this))
    , m_formB(new QLabel(this))
    , m_filesA(new QLabel(this))
    , m_filesB(new QLabel(this))
    , m_files(new engine::StageFilesystem(m_endpoint, this))
{
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setWordWrap(true);
    m_status->setWordWrap(true);
    m_progress->setVisible(false);
    m_cancel->setEnabled(false);
    m_formA->setBuddy(m_a);
    m_formB->setBuddy(m_b);
    m_filesA->setBuddy(m_stageA);
    m_filesB->setBuddy(m_stageB);
    auto *form = new QFormLayout;
    form->addRow(m_formA, m_a);
    form->addRow(m_formB, m_b);

    auto *sizes = new QWidget(m_tabs);
    auto *sizesLayout = new QVBoxLayout(sizes);
    sizesLayout->addWidget(m_table, 1);
    sizesLayout->addWidget(m_summary);
    auto *files = new QWidget(m_tabs);
    auto *pick = new QGridLayout;
    pick->addWidget(m_filesA, 0, 0);
    pick->addWidget(m_stageA, 0, 1);
    pick->addWidget(m_filesB, 1, 0);
    pick->addWidget(m_stageB, 1, 1);
    pick->addWidget(m_compareFiles, 0, 2, 2, 1);
    pick->setColumnStretch(1, 1);
    auto *filesLayout = new QVBoxLayout(files);
    filesLayout->addLayout(pick);
    filesLayout->addWidget(m_diffView, 1);
    m_tabs->addTab(sizes, QString());
    m_tabs->addTab(files, QString());

    auto *progress = new QHBoxLayout;
    progress->addWidget(m_status, 1);
    progress->addWidget(m_progress);
    progress->addWidget(m_cancel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_build, QDialogButtonBox::ActionRole);
    buttons->addButton(m_load, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_load, &QPushButton::clicked, this, &CompareDialog::loadFromFile);
    connect(m_build, &QPushButton::clicked, this, &CompareDialog::chooseDockerfile);
    connect(m_compareFiles, &QPushButton::clicked, this, &CompareDialog::compareFiles);
    connect(m_cancel, &QPushButton::clicked, this, &CompareDialog::cancel);
    connect(m_a, &QComboBox::currentIndexChanged, this, &CompareDialog::compare);
    connect(m_b, &QComboBox::currentIndexChanged, this, &CompareDialog::compare);
    connect(m_files, &engine::StageFilesystem::finished, this, &CompareDialog::onFilesRead);
    connect(m_files, &engine::StageFilesystem::progress, this,
            [this](qint64 bytes, qint64 expected, int) {
                m_progress->setRange(0, expected > 0 ? 1000 : 0);
                if (expected > 0)
                    m_progress->setValue(int(std::min<qint64>(1000, bytes * 1000 / expected)));
                //: Reading an image's files: %1 = image, %2 = bytes read so far
                showStatus(
                    tr("Reading the files of %1: %2…")
                        .arg(m_titles[std::max(0, m_reading)], views::SizeFormat::size(bytes)),
                    false);
            });
    connect(m_files, &engine::StageFilesystem::failed, this,
            [this](const engine::EngineError &error) {
                const QString title = m_titles[std::max(0, m_reading)];
                m_reading = -1;
                setBusy(false);
                //: %1 = image, %2 = the engine's message
                showStatus(tr("Cannot read the files of %1: %2")
                               .arg(title, common::EngineMessages::message(error)),
                           true);
                Q_EMIT filesCompared(false);
            });
    connect(m_files, &engine::StageFilesystem::cancelled, this, [this] {
        m_reading = -1;
        setBusy(false);
        showStatus(tr("Cancelled reading the files."), false);
        Q_EMIT filesCompared(false);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(progress);
    layout->addWidget(buttons);
    retranslateUi();
    resize(900, 520);
}

CompareDialog::~CompareDialog() = default;

void CompareDialog::retranslateUi()
{
    setWindowTitle(tr("Compare Measurements"));
    m_load->setText(tr("&Load Run from File…"));
    m_build->setText(tr("&Build && Measure Dockerfile…"));
    m_compareFiles->setText(tr("Compare &Files"));
    m_cancel->setText(tr("Cancel"));
    m_formA->setText(tr("Run &A (before):"));
    m_formB->setText(tr("Run &B (after):"));
    m_filesA->setText(tr("Stage of A:"));
    m_filesB->setText(tr("Stage of B:"));
    m_tabs->setTabText(0, tr("Sizes"));
    m_tabs->setTabText(1, tr("Files"));
    m_table->setHorizontalHeaderLabels(
        {tr("Stage"), tr("A"), tr("B"), tr("Change"), tr("Change (%)"), tr("Layer differences")});
    compare();
}

void CompareDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString CompareDialog::runTitle(const model::MeasureRun &run)
{
    const QString name = QFileInfo(QString::fromStdString(run.dockerfilePath)).fileName();
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(run.timestampMs); // local time
    //: Run list entry: %1 = Dockerfile name, %2 = date and time
    return tr("%1, %2").arg(name.isEmpty() ? tr("Dockerfile") : name,
                            QLocale().toString(when, QLocale::ShortFormat));
}

void CompareDialog::setRuns(const QList<model::MeasureRun> &runs)
{
    m_runs = runs;
    const QSignalBlocker blockA(m_a);
    const QSignalBlocker blockB(m_b);
    m_a->clear();
    m_b->clear();
    for (const model::MeasureRun &run : std::as_const(m_runs)) {
        m_a->addItem(runTitle(run));
        m_b->addItem(runTitle(run));
    }
    m_b->setCurrentIndex(m_runs.isEmpty() ? -1 : 0);
    m_a->setCurrentIndex(m_runs.size() > 1 ? 1 : (m_runs.isEmpty() ? -1 : 0));
    compare();
}

void CompareDialog::addRun(const model::MeasureRun &run)
{
    const int b = m_b->currentIndex();
    QList<model::MeasureRun> runs = m_runs;
    runs.append(run);
    setRuns(runs);
    const QSignalBlocker blockB(m_b);
    m_b->setCurrentIndex(b);
    m_a->setCurrentIndex(static_cast<int>(runs.size()) - 1);
}

void CompareDialog::loadFromFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Measurement"), QString(),
                                                      tr("Measurement (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(
            this, tr("Load Measurement"),
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    model::MeasureRun run;
    const QByteArray bytes = file.readAll();
    const model::MeasureReadError error = model::Measurement::fromJsonText(
        std::string_view(bytes.constData(), std::size_t(bytes.size())), run);
    if (error.isError()) {
        QMessageBox::warning(
            this, tr("Load Measurement"),
            //: %1 = file, %2 = what is wrong in it
            tr("%1 is not a Stagecraft measurement: %2")
                .arg(QDir::toNativeSeparators(path), common::EngineMessages::readError(error)));
        return;
    }
    addRun(run);
}

void CompareDialog::compare()
{
    fillStages();
    m_table->setRowCount(0);
    const int a = m_a->currentIndex();
    const int b = m_b->currentIndex();
    if (a < 0 || b < 0 || a >= m_runs.size() || b >= m_runs.size()) {
        m_summary->setText(tr("Measure the Dockerfile, or load a saved measurement, to compare."));
        return;
    }
    m_comparison = model::RunComparison::compare(m_runs.at(a), m_runs.at(b));
    std::vector<model::StageComparison> rows = m_comparison.stages;
    rows.push_back(m_comparison.final);
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < static_cast<int>(rows.size()); ++row) {
        const model::StageComparison &stage = rows[static_cast<std::size_t>(row)];
        const bool isFinal = row + 1 == static_cast<int>(rows.size());
        const auto set = [this, row](int column, const QString &text, bool right = false) {
            auto *item = new QTableWidgetItem(text);
            if (right)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        };
        //: Comparison row: the two final images
        set(StageColumn, isFinal ? tr("final image") : QString::fromStdString(stage.key));
        //: Comparison cell: the stage is not in this run
        set(AColumn, stage.indexA < 0 ? tr("—") : views::SizeFormat::size(stage.sizeA), true);
        set(BColumn, stage.indexB < 0 ? tr("—") : views::SizeFormat::size(stage.sizeB), true);
        set(DeltaColumn, views::SizeFormat::delta(stage.delta()), true);
        set(ChangeColumn,
            stage.indexA < 0 || stage.sizeA == 0 ? QString()
                                                 : views::SizeFormat::percent(stage.deltaPercent()),
            true);
        QStringList layers;
        for (const model::LayerDifference &difference : stage.layers)
            layers.append(layerText(difference));
        set(LayersColumn, layers.join(u"; "_s));
    }
    m_table->resizeColumnsToContents();
    const model::StageComparison &f = m_comparison.final;
    //: %1 = final size of A, %2 = final size of B, %3 = signed change, %4 = signed percentage
    m_summary->setText(tr("Final image: %1 → %2 (%3, %4)")
                           .arg(views::SizeFormat::size(f.sizeA), views::SizeFormat::size(f.sizeB),
                                views::SizeFormat::delta(f.delta()),
                                views::SizeFormat::percent(f.deltaPercent())));
}

// --- Building a second Dockerfile -------------------------------------------------------------

void CompareDialog::chooseDockerfile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Build and Measure Dockerfile"), QString(),
        tr("Dockerfiles (Dockerfile* *.Dockerfile *.dockerfile);;All files (*)"));
    if (!path.isEmpty())
        measureDockerfile(path);
}

bool CompareDialog::measureDockerfile(const QString &path)
{
    if (isBusy()) {
        showStatus(tr("Wait until the running step ends, or cancel it."), true);
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    // The same check as Build & Measure: nothing that looks like a secret leaves the machine.
    const QStringList secrets = engine::ContextSecrets::find(QFileInfo(path).absolutePath(), path);
    if (!secrets.isEmpty()) {
        //: %n = number of files, %1 = Dockerfile, %2 = the files (comma-separated)
        showStatus(tr("Not built: the build context of %1 has %n file(s) that look like secrets "
                      "and are not excluded by .dockerignore: %2. Add them to .dockerignore "
                      "first.",
                      nullptr, int(secrets.size()))
                       .arg(name, secrets.mid(0, 5).join(QStringLiteral(", "))),
                   true);
        return false;
    }
    engine::EngineError error;
    m_measurer = engine::StageMeasurer::forDockerfile(m_endpoint, path, this, error);
    if (!m_measurer) {
        //: %1 = Dockerfile, %2 = the engine's message
        showStatus(tr("Cannot build %1: %2").arg(name, common::EngineMessages::message(error)),
                   true);
        return false;
    }
    // The builder the user chose (Settings → Builder), as Build & Measure All Stages uses it.
    engine::Builder builder = engine::Builder::Auto;
    (void)engine::builderFromName(Settings::engine().builder, builder);
    m_measurer->setBuilder(builder);
    connect(m_measurer, &engine::StageMeasurer::progress, this,
            [this, name](const engine::MeasureProgress &progress) {
                //: %1 = Dockerfile, %2 = stage number, %3 = stage count, %4 = what happens
                showStatus(tr("Building %1 — stage %2 of %3: %4")
                               .arg(name)
                               .arg(progress.stage + 1)
                               .arg(progress.stageCount)
                               .arg(common::EngineMessages::progress(progress)),
                           false);
            });
    connect(
        m_measurer, &engine::StageMeasurer::finished, this,
        [this, name, path](const model::MeasureRun &run, const engine::EngineError &result) {
            if (m_measurer)
                m_measurer->deleteLater();
            m_measurer = nullptr;
            setBusy(false);
            if (result.kind() == engine::EngineError::Kind::Cancelled) {
                showStatus(tr("Cancelled building %1.").arg(name), false);
                Q_EMIT measured(false);
                return;
            }
            if (result.isError()) {
                showStatus(
                    tr("Cannot build %1: %2").arg(name, common::EngineMessages::message(result)),
                    true);
                Q_EMIT measured(false);
                return;
            }
            // Kept in the file's history, as Build & Measure and the CLI keep theirs.
            const engine::EngineError saved = engine::MeasureHistory::append(
                engine::MeasureHistory::pathFor(QFileInfo(path).absoluteFilePath()), run);
            addRun(run);
            showStatus(saved.isError()
                           //: %1 = Dockerfile, %2 = why its history was not written
                           ? tr("Measured %1 (not kept in its history: %2).")
                                 .arg(name, common::EngineMessages::message(saved))
                           : tr("Measured %1: it is run A now.").arg(name),
                       saved.isError());
            Q_EMIT measured(true);
        });
    setBusy(true);
    showStatus(tr("Building %1…").arg(name), false);
    m_measurer->start();
    return true;
}

// --- The file diff --------------------------------------------------------------------------

void CompareDialog::fillStages()
{
    const std::pair<QComboBox *, int> sides[]
        = {{m_stageA, m_a->currentIndex()}, {m_stageB, m_b->currentIndex()}};
    for (const auto &[box, index] : sides) {
        const QSignalBlocker block(box);
        box->clear();
        if (index < 0 || index >= m_runs.size())
            continue;
        const model::MeasureRun &run = m_runs.at(index);
        for (const model::StageMeasure &stage : run.stages) {
            if (!stage.built || stage.imageId.empty())
                continue;
            const QString label = QString::fromStdString(stage.label());
            box->addItem(stage.index == run.finalIndex
                             //: A stage in the list: %1 = stage, marked as the final one
                             ? tr("%1 (final)").arg(label)
                             : label,
                         stage.index);
            if (stage.index == run.finalIndex)
                box->setCurrentIndex(box->count() - 1);
        }
    }
    m_compareFiles->setEnabled(m_stageA->count() > 0 && m_stageB->count() > 0 && !isBusy());
}

QString CompareDialog::chosenImage(const QComboBox *box, int run, QString &title) const
{
    if (run < 0 || run >= m_runs.size() || box->currentIndex() < 0)
        return {};
    const model::StageMeasure *stage = m_runs.at(run).stage(box->currentData().toInt());
    if (!stage)
        return {};
    const QString file
        = QFileInfo(QString::fromStdString(m_runs.at(run).dockerfilePath)).fileName();
    //: A side of the file diff: %1 = Dockerfile, %2 = stage
    title = tr("%1, stage %2").arg(file, QString::fromStdString(stage->label()));
    return QString::fromStdString(stage->imageId);
}

void CompareDialog::compareFiles()
{
    if (isBusy())
        return;
    m_images[0] = chosenImage(m_stageA, m_a->currentIndex(), m_titles[0]);
    m_images[1] = chosenImage(m_stageB, m_b->currentIndex(), m_titles[1]);
    if (m_images[0].isEmpty() || m_images[1].isEmpty()) {
        showStatus(tr("Choose a built stage of run A and of run B."), true);
        Q_EMIT filesCompared(false);
        return;
    }
    m_tabs->setCurrentIndex(1);
    m_files->setEndpoint(m_endpoint);
    m_entries[0].clear();
    m_entries[1].clear();
    m_reading = 0;
    setBusy(true);
    readNextImage();
}

void CompareDialog::readNextImage()
{
    showStatus(tr("Reading the files of %1…").arg(m_titles[m_reading]), false);
    m_progress->setRange(0, 0);
    m_files->start(m_images[m_reading]);
}

void CompareDialog::onFilesRead()
{
    if (m_reading < 0)
        return;
    m_entries[m_reading] = model::FileDiff::entries(m_files->listing().root);
    if (m_reading == 0) {
        m_reading = 1;
        // After this signal's emission: start() waits for the finished worker.
        QMetaObject::invokeMethod(this, &CompareDialog::readNextImage, Qt::QueuedConnection);
        return;
    }
    m_reading = -1;
    setBusy(false);
    const model::FileDiffResult result = model::FileDiff::compare(m_entries[0], m_entries[1]);
    m_diffView->setDiff(result, m_titles[0], m_titles[1]);
    //: %n = number of differences
    showStatus(
        tr("%n difference(s) between the files of A and B.", nullptr, int(result.changes.size())),
        false);
    Q_EMIT filesCompared(true);
}

// --- Progress -----------------------------------------------------------------------------

bool CompareDialog::isBusy() const
{
    return m_measurer != nullptr || m_reading >= 0;
}

void CompareDialog::cancel()
{
    if (m_measurer)
        m_measurer->cancel();
    if (m_reading >= 0)
        m_files->cancel();
}

void CompareDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0);
    m_cancel->setEnabled(busy);
    m_build->setEnabled(!busy);
    m_load->setEnabled(!busy);
    m_compareFiles->setEnabled(!busy && m_stageA->count() > 0 && m_stageB->count() > 0);
}

void CompareDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    // As the Build panel shows its errors.
    m_status->setStyleSheet(error ? u"color: palette(highlighted-text); background: #c0392b;"_s
                                  : QString());
    m_status->setProperty("error", error);
}

} // namespace stagecraft::app
