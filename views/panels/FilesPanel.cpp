// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilesPanel.h"

#include "FilesTreeModel.h"

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
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace stagecraft::views {

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
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_onlyAdded);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addLayout(imageRow);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addLayout(filterRow);
    layout->addWidget(m_tree, 1);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filterTimer, &QTimer::timeout, this, &FilesPanel::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_onlyAdded, &QCheckBox::toggled, this, &FilesPanel::applyFilter);
    connect(m_readButton, &QPushButton::clicked, this, &FilesPanel::readChosenImage);
    connect(m_imageBox->lineEdit(), &QLineEdit::returnPressed, this, &FilesPanel::readChosenImage);
    connect(m_refreshButton, &QPushButton::clicked, this, &FilesPanel::requestImages);
    connect(m_cancelButton, &QPushButton::clicked, this, &FilesPanel::cancelRequested);

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
    m_onlyAdded->setText(tr("Only &added by this stage"));
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
    //: Files panel progress; %1 = bytes read so far, %n = entries
    m_progress->setFormat(
        tr("%1, %n item(s)", nullptr, entries).arg(QLocale().formattedDataSize(bytesRead)));
}

void FilesPanel::showStep(const QString &text)
{
    if (m_state == State::Running)
        m_status->setText(text);
}

void FilesPanel::showCancelled()
{
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
    m_model->setRoot(m_listing.root, !m_listing.baseImageId.empty());
    applyFilter();
    showSummary();
    m_onlyAdded->setEnabled(!m_listing.baseImageId.empty());
    Q_EMIT loaded();
}

void FilesPanel::showSummary()
{
    QString text = tr("%n item(s), %1 in all.", nullptr, m_listing.entryCount)
                       .arg(QLocale().formattedDataSize(m_listing.root.totalSize));
    if (!m_listing.baseImageId.empty())
        text += u' '
            + tr("This stage added %n item(s), %1.", nullptr, m_listing.root.addedCount)
                  .arg(QLocale().formattedDataSize(m_listing.root.addedSize));
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
