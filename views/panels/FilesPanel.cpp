// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilesPanel.h"

#include "FilesTreeModel.h"

#include "model/LayerTree.h"
#include "model/Measurement.h"
#include "views/SizeFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stagecraft::views {

namespace {

enum LayerColumn {
    LayerSizeColumn,
    LayerLineColumn,
    LayerStageColumn,
    LayerInstructionColumn,
    LayerColumnCount
};

constexpr int kLayerRole = Qt::UserRole + 1; ///< the layer's index; −1 for "all files"

} // namespace

FilesPanel::FilesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FilesTreeModel(this))
    , m_heading(new QLabel(this))
    , m_imageLabel(new QLabel(this))
    , m_imageBox(new QComboBox(this))
    , m_readButton(new QPushButton(this))
    , m_refreshButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_onlyAdded(new QCheckBox(this))
    , m_matches(new QLabel(this))
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_layerList(new QTreeWidget(this))
    , m_aggregated(new QCheckBox(this))
    , m_tree(new QTreeView(this))
    , m_filterTimer(new QTimer(this))
{
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_imageBox->setEditable(true);
    m_imageBox->setInsertPolicy(QComboBox::NoInsert);
    m_imageBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_imageBox->setMinimumContentsLength(16);
    m_imageLabel->setBuddy(m_imageBox);
    m_progress->setTextVisible(true);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_filter->setClearButtonEnabled(true);

    m_tree->setModel(m_model);
    m_tree->setObjectName(QStringLiteral("filesTree"));
    m_tree->setUniformRowHeights(true);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(FilesTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(FilesTreeModel::SizeColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(FilesTreeModel::AddedColumn,
                                           QHeaderView::ResizeToContents);

    auto *imageRow = new QHBoxLayout;
    imageRow->addWidget(m_imageLabel);
    imageRow->addWidget(m_imageBox, 1);
    imageRow->addWidget(m_refreshButton);
    imageRow->addWidget(m_readButton);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    m_layerList->setObjectName(QStringLiteral("layerList"));
    m_layerList->setRootIsDecorated(false);
    m_layerList->setUniformRowHeights(true);
    m_layerList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_layerList->setColumnCount(LayerColumnCount);
    m_layerList->header()->setStretchLastSection(true);
    for (int column : {LayerSizeColumn, LayerLineColumn, LayerStageColumn})
        m_layerList->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    auto *layersBox = new QWidget(m_split);
    auto *layersLayout = new QVBoxLayout(layersBox);
    layersLayout->setContentsMargins(0, 0, 0, 0);
    layersLayout->addWidget(m_layerList, 1);
    layersLayout->addWidget(m_aggregated);
    m_split->addWidget(layersBox);
    m_split->addWidget(m_tree);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 3);
    m_split->setChildrenCollapsible(false);
    layersBox->setVisible(false);
    m_matches->setObjectName(QStringLiteral("filterMatches"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_matches);
    filterRow->addWidget(m_onlyAdded);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addLayout(imageRow);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addLayout(filterRow);
    layout->addWidget(m_split, 1);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filterTimer, &QTimer::timeout, this, &FilesPanel::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_onlyAdded, &QCheckBox::toggled, this, &FilesPanel::applyFilter);
    connect(m_readButton, &QPushButton::clicked, this, &FilesPanel::readChosenImage);
    connect(m_imageBox->lineEdit(), &QLineEdit::returnPressed, this, &FilesPanel::readChosenImage);
    connect(m_refreshButton, &QPushButton::clicked, this, &FilesPanel::requestImages);
    connect(m_cancelButton, &QPushButton::clicked, this, &FilesPanel::cancelRequested);
    connect(m_layerList, &QTreeWidget::currentItemChanged, this, &FilesPanel::onLayerRowChanged);
    connect(m_aggregated, &QCheckBox::toggled, this, [this] {
        if (m_shownLayer >= 0)
            showLayer(m_shownLayer);
    });

    setRunning(false);
    retranslateUi();
}

FilesPanel::~FilesPanel() = default;

void FilesPanel::retranslateUi()
{
    m_imageLabel->setText(tr("&Image:"));
    m_imageBox->lineEdit()->setPlaceholderText(tr("image name or ID"));
    m_readButton->setText(tr("&Show Files"));
    m_readButton->setToolTip(tr("Read the files of this image (a container is created, never "
                                "started, and removed again)."));
    m_refreshButton->setText(tr("&Refresh List"));
    m_refreshButton->setToolTip(tr("List the local images again."));
    m_cancelButton->setText(tr("&Cancel"));
    m_filter->setPlaceholderText(tr("Filter by path"));
    m_onlyAdded->setText(m_shownLayer >= 0 ? tr("Only &changed by this layer")
                                           : tr("Only &added by this stage"));
    m_aggregated->setText(tr("A&ggregated: all changes since the base image"));
    m_aggregated->setToolTip(tr("Mark everything the layers above the base image changed, up to "
                                "the chosen one, instead of the chosen layer's changes only."));
    m_layerList->setHeaderLabels({tr("Size"), tr("Line"), tr("Stage"), tr("Instruction")});
    m_layerList->setAccessibleName(tr("Layers of the image"));
    if (m_layers)
        fillLayerList();
    m_tree->setAccessibleName(tr("Files of the stage"));
    switch (m_state) {
    case State::Idle:
        m_status->setText(tr("Build the Dockerfile, then select a stage to see its files — or "
                             "pick any local image above."));
        break;
    case State::Cancelled:
        m_status->setText(tr("Cancelled. The temporary container was removed."));
        break;
    case State::Failed:
        m_status->setText(m_failure);
        break;
    case State::Running:
    case State::Done:
        break;
    }
    updateHeading();
    if (m_state == State::Done)
        showSummary();
    if (m_state == State::Done && m_shownLayer >= 0)
        showLayerSummary();
    if (m_state == State::Done && m_layersState == LayersState::Failed)
        m_status->setText(m_layersFailure);
    updateMatches();
}

void FilesPanel::updateHeading()
{
    if (m_image.isEmpty()) {
        m_heading->setText(tr("Which files does a stage make? Drag one onto a later stage to "
                              "copy it there."));
        return;
    }
    QString text;
    if (m_stageIndex >= 0)
        //: Files panel heading; %1 = stage name or #index, %2 = image ID
        text
            = tr("Stage %1 (image %2)")
                  .arg(m_stageName.isEmpty() ? QStringLiteral("#%1").arg(m_stageIndex)
                                             : m_stageName,
                       m_image.startsWith(QLatin1String("sha256:")) ? m_image.mid(7, 12) : m_image);
    else
        text = tr("Image %1").arg(m_image);
    if (!m_baseImage.isEmpty())
        //: %1 = the base image the files are compared with
        text += u'\n' + tr("Compared with its base %1.").arg(m_baseImage);
    m_heading->setText(text);
}

void FilesPanel::setAnalysis(const std::shared_ptr<const model::Analysis> &analysis)
{
    m_analysis = analysis;
}

void FilesPanel::showReading(int stageIndex, const QString &image, const QString &baseImage)
{
    m_stageIndex = stageIndex;
    m_stageName.clear();
    static const std::vector<model::Stage> none;
    const auto &stages = m_analysis ? m_analysis->graph().stages() : none;
    if (stageIndex >= 0 && stageIndex < static_cast<int>(stages.size()))
        m_stageName = QString::fromStdString(stages[static_cast<std::size_t>(stageIndex)].name);
    if (stageIndex >= 0)
        m_model->setSource(m_stageName.isEmpty() ? QString::number(stageIndex) : m_stageName,
                           QString());
    else
        m_model->setSource(QString(), image);
    m_image = image;
    m_baseImage = baseImage;
    m_model->clear();
    m_layers.reset();
    m_layersState = LayersState::None;
    m_shownLayer = -1;
    fillLayerList();
    m_state = State::Running;
    updateHeading();
    m_status->setText(tr("Reading the files of %1 …").arg(image));
    setRunning(true);
}

void FilesPanel::showProgress(qint64 bytesRead, qint64 expected, int entries)
{
    if (expected > 0) {
        // Permille, so sizes beyond int stay exact enough.
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(
            std::min<qint64>(1000, bytesRead * 1000 / std::max<qint64>(1, expected))));
    } else {
        m_progress->setRange(0, 0);
    }
    //: Files panel progress; %1 = bytes read so far, %Ln = entries
    m_progress->setFormat(tr("%1, %Ln item(s)", nullptr, entries).arg(SizeFormat::size(bytesRead)));
}

void FilesPanel::showStep(const QString &text)
{
    if (m_state == State::Running)
        m_status->setText(text);
}

void FilesPanel::showCancelled()
{
    if (m_state == State::Done && m_layersState == LayersState::Reading) {
        setRunning(false);
        m_layersState = LayersState::Cancelled;
        m_status->setText(tr("Reading the layers was cancelled; the files above are complete."));
        return;
    }
    if (m_state != State::Running)
        return;
    setRunning(false);
    m_state = State::Cancelled;
    m_status->setText(tr("Cancelled. The temporary container was removed."));
}

void FilesPanel::readChosenImage()
{
    const QString image = m_imageBox->currentText().trimmed();
    if (image.isEmpty()) {
        m_status->setText(tr("Type or pick an image name first."));
        return;
    }
    Q_EMIT imageRequested(image);
}

void FilesPanel::showNotice(const QString &message)
{
    setRunning(false);
    m_model->clear();
    m_layers.reset();
    m_layersState = LayersState::None;
    m_shownLayer = -1;
    fillLayerList();
    m_stageIndex = -1;
    m_stageName.clear();
    m_image.clear();
    m_baseImage.clear();
    m_state = State::Failed;
    m_failure = message;
    updateHeading();
    m_status->setText(message);
}

void FilesPanel::invalidateImages()
{
    m_listedImages = isVisible();
    if (m_listedImages)
        requestImages();
}

void FilesPanel::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancelButton->setVisible(running);
    m_cancelButton->setEnabled(running);
    if (running) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(QString());
    }
}

void FilesPanel::showListing(const model::FileListing &listing)
{
    if (m_state != State::Running)
        return;
    setRunning(false);
    m_state = State::Done;
    m_listing = listing;
    m_shownLayer = -1;
    m_model->setRoot(m_listing.root, !m_listing.baseImageId.empty());
    applyFilter();
    showSummary();
    m_onlyAdded->setEnabled(!m_listing.baseImageId.empty());
    Q_EMIT loaded();
}

void FilesPanel::showSummary()
{
    QString text = tr("%Ln item(s), %1 in all.", nullptr, m_listing.entryCount)
                       .arg(SizeFormat::size(m_listing.root.totalSize));
    if (!m_listing.baseImageId.empty())
        text += u' '
            + tr("This stage added %Ln item(s), %1.", nullptr, m_listing.root.addedCount)
                  .arg(SizeFormat::size(m_listing.root.addedSize));
    if (m_layers)
        //: appended to the Files panel summary; %Ln = layers
        text += u' '
            + tr("%Ln layer(s): choose one to see what it changed.", nullptr,
                 static_cast<int>(m_layers->size()));
    m_status->setText(text);
}

void FilesPanel::showFailure(const QString &message)
{
    if (m_state != State::Running)
        return;
    setRunning(false);
    m_state = State::Failed;
    m_failure = message;
    m_status->setText(message);
    Q_EMIT statusMessage(message);
}

void FilesPanel::applyFilter()
{
    m_model->setFilter(m_filter->text().trimmed(), m_onlyAdded->isChecked());
    // The first level is open: that is where the big directories are.
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_tree->expand(m_model->index(row, 0));
    if (!m_filter->text().trimmed().isEmpty() || m_onlyAdded->isChecked())
        m_tree->expandAll();
    updateMatches();
}

void FilesPanel::updateMatches()
{
    const bool filtered = !m_filter->text().trimmed().isEmpty() || m_onlyAdded->isChecked();
    //: Beside the Files panel's filter; %Ln = entries whose path matches
    m_matches->setText(filtered ? tr("%Ln match(es)", nullptr, m_model->matchCount()) : QString());
}

QString FilesPanel::matchText() const
{
    return m_matches->text();
}

// --- Layers -----------------------------------------------------------------------------------

void FilesPanel::showLayersReading()
{
    if (m_state != State::Done)
        return;
    m_layersState = LayersState::Reading;
    setRunning(true);
    //: %1 = image
    m_status->setText(tr("Reading the layers of %1 …").arg(m_image));
}

void FilesPanel::showLayersProgress(qint64 bytesRead, qint64 expected)
{
    if (m_layersState != LayersState::Reading)
        return;
    if (expected > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(
            std::min<qint64>(1000, bytesRead * 1000 / std::max<qint64>(1, expected))));
        //: Files panel, reading an image's layers; %1 = read so far, %2 = about how much in all
        m_progress->setFormat(
            tr("%1 of about %2").arg(SizeFormat::size(bytesRead), SizeFormat::size(expected)));
    } else {
        m_progress->setRange(0, 0);
        m_progress->setFormat(SizeFormat::size(bytesRead));
    }
}

void FilesPanel::showLayers(const std::vector<model::LayerFiles> &layers)
{
    if (m_layersState != LayersState::Reading)
        return;
    setRunning(false);
    m_layersState = LayersState::Done;
    m_layers = std::make_shared<const std::vector<model::LayerFiles>>(layers);
    fillLayerList();
    showSummary();
}

void FilesPanel::showLayersFailed(const QString &message)
{
    if (m_layersState != LayersState::Reading)
        return;
    setRunning(false);
    m_layersState = LayersState::Failed;
    //: %1 = why (the engine's error, translated)
    m_layersFailure = tr("The layers could not be read: %1").arg(message);
    m_status->setText(m_layersFailure);
    Q_EMIT statusMessage(m_layersFailure);
}

void FilesPanel::fillLayerList()
{
    const QSignalBlocker blocker(m_layerList);
    m_layerList->clear();
    m_layerList->parentWidget()->setVisible(m_layers != nullptr);
    if (!m_layers)
        return;
    auto *all = new QTreeWidgetItem(m_layerList);
    all->setData(0, kLayerRole, -1);
    all->setText(LayerSizeColumn, SizeFormat::size(m_listing.root.totalSize));
    //: Files panel, the first row of the layer list: the whole image as read
    all->setText(LayerInstructionColumn, tr("All files of the image"));
    const model::StageGraph *graph = m_analysis ? &m_analysis->graph() : nullptr;
    for (std::size_t i = 0; i < m_layers->size(); ++i) {
        const model::LayerFiles &layer = (*m_layers)[i];
        auto *row = new QTreeWidgetItem(m_layerList);
        row->setData(0, kLayerRole, static_cast<int>(i));
        row->setText(LayerSizeColumn, SizeFormat::size(model::LayerTree::layerBytes(layer)));
        row->setTextAlignment(LayerSizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (layer.line > 0)
            row->setText(LayerLineColumn, QLocale().toString(layer.line));
        const int stage = graph && layer.instructionIndex >= 0
            ? graph->stageOfInstruction(layer.instructionIndex)
            : -1;
        if (stage >= 0 && stage < static_cast<int>(graph->stages().size())) {
            const std::string &name = graph->stages()[static_cast<std::size_t>(stage)].name;
            row->setText(LayerStageColumn,
                         name.empty() ? QStringLiteral("#%1").arg(stage)
                                      : QString::fromStdString(name));
        } else {
            //: Files panel, layer list: a layer that came with the FROM image
            row->setText(LayerStageColumn, tr("base image"));
        }
        const QString instruction
            = QString::fromStdString(model::Measurement::instructionOfCreatedBy(layer.createdBy));
        row->setText(LayerInstructionColumn,
                     instruction.isEmpty() ? tr("(instruction unknown)") : instruction);
        row->setToolTip(LayerInstructionColumn, QString::fromStdString(layer.createdBy));
    }
    QTreeWidgetItem *current = m_layerList->topLevelItem(m_shownLayer + 1);
    m_layerList->setCurrentItem(current ? current : all);
}

void FilesPanel::onLayerRowChanged()
{
    const QTreeWidgetItem *item = m_layerList->currentItem();
    if (!item)
        return;
    const int layer = item->data(0, kLayerRole).toInt();
    showLayer(layer);
    if (layer >= 0 && m_layers && layer < static_cast<int>(m_layers->size())) {
        const int line = (*m_layers)[static_cast<std::size_t>(layer)].line;
        if (line > 0)
            Q_EMIT lineActivated(line);
    }
}

void FilesPanel::showLayer(int layer)
{
    if (!m_layers || layer >= static_cast<int>(m_layers->size()))
        layer = -1;
    m_shownLayer = layer;
    if (layer < 0) {
        m_model->setRoot(m_listing.root, !m_listing.baseImageId.empty());
        m_onlyAdded->setEnabled(!m_listing.baseImageId.empty());
    } else {
        m_model->setLayerRoot(model::LayerTree::build(*m_layers, layer, m_aggregated->isChecked()));
        m_onlyAdded->setEnabled(true);
    }
    {
        const QSignalBlocker blocker(m_layerList);
        if (QTreeWidgetItem *row = m_layerList->topLevelItem(layer + 1))
            m_layerList->setCurrentItem(row);
    }
    m_onlyAdded->setText(layer >= 0 ? tr("Only &changed by this layer")
                                    : tr("Only &added by this stage"));
    applyFilter();
    if (m_state != State::Done)
        return;
    if (layer < 0)
        showSummary();
    else
        showLayerSummary();
}

void FilesPanel::showLayerSummary()
{
    const model::LayerTreeCounts counts = model::LayerTree::count(m_model->root());
    const model::LayerFiles &layer = (*m_layers)[static_cast<std::size_t>(m_shownLayer)];
    const QString changes
        //: Files panel; %L1, %L2, %L3 = numbers of entries
        = tr("%L1 added, %L2 modified, %L3 removed")
              .arg(counts.added)
              .arg(counts.modified)
              .arg(counts.removed);
    QString text;
    if (m_aggregated->isChecked())
        //: %1 = layer number (1 = lowest), %2 = "N added, N modified, N removed"
        text = tr("Up to layer %1, since the base image: %2.")
                   .arg(QLocale().toString(m_shownLayer + 1), changes);
    else if (layer.line > 0)
        //: %1 = layer number (1 = lowest), %2 = Dockerfile line, %3 = the changes
        text = tr("Layer %1 (line %2): %3.")
                   .arg(QLocale().toString(m_shownLayer + 1), QLocale().toString(layer.line),
                        changes);
    else
        //: %1 = layer number (1 = lowest), %2 = the changes
        text = tr("Layer %1 (base image): %2.").arg(QLocale().toString(m_shownLayer + 1), changes);
    m_status->setText(text);
}

void FilesPanel::requestImages()
{
    m_refreshButton->setEnabled(false);
    Q_EMIT imagesRequested();
}

void FilesPanel::setImages(const QStringList &names)
{
    m_refreshButton->setEnabled(true);
    const QString current = m_imageBox->currentText();
    m_imageBox->clear();
    m_imageBox->addItems(names);
    m_imageBox->setEditText(current);
}

void FilesPanel::showImagesFailed(const QString &message)
{
    m_refreshButton->setEnabled(true);
    m_status->setText(message);
}

QString FilesPanel::statusText() const
{
    return m_status->text();
}

void FilesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_listedImages) {
        m_listedImages = true;
        requestImages();
    }
}

void FilesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace stagecraft::views
