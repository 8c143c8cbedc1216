// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompareDialog.h"

#include "common/EngineMessages.h"

#include "views/SizeFormat.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
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
    , m_load(new QPushButton(tr("&Load Run from File…"), this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Compare Measurements"));
    m_table->setHorizontalHeaderLabels(
        {tr("Stage"), tr("A"), tr("B"), tr("Change"), tr("Change (%)"), tr("Layer differences")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Run &A (before):"), m_a);
    form->addRow(tr("Run &B (after):"), m_b);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_load, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_load, &QPushButton::clicked, this, &CompareDialog::loadFromFile);
    connect(m_a, &QComboBox::currentIndexChanged, this, &CompareDialog::compare);
    connect(m_b, &QComboBox::currentIndexChanged, this, &CompareDialog::compare);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(860, 420);
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

} // namespace stagecraft::app
