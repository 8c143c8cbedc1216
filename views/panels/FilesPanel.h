// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Analysis.h"
#include "model/FileTree.h"
#include "model/WasteAnalysis.h"

#include <QString>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTimer;
class QTreeView;
class QTreeWidget;

namespace stagecraft::views {

class FilesTreeModel;

/// "How do you know which files to copy?" — the filesystem of a built stage (or of any local
/// image) as a tree with sizes, largest first, with what the stage added beyond its base image
/// marked; drag a file or folder onto a later stage's block on the canvas to add
/// `COPY --from=<stage> <path> <path>`. Under it, once the image's layers are read, a layer list
/// as dive shows it (size, Dockerfile line, stage, instruction): choosing a layer shows the files
/// stacked up to it with what that layer added, modified or removed marked (model::LayerTree),
/// or, aggregated, everything changed since the base image; the layer's instruction is revealed
/// (lineActivated()). A view: it shows a listing (model::FileListing), the layers
/// (model::LayerFiles) and the reads' progress, and asks for a read, a cancel or the image list
/// with signals; the app reads through the engine (app/BuildSession).
class FilesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FilesPanel(QWidget *parent = nullptr);
    ~FilesPanel() override;

    /// The analysis the stage indices refer to (for names and drags).
    void setAnalysis(const std::shared_ptr<const model::Analysis> &analysis);
    /// The image shown or being read ("" when none), its base, and its stage (-1: none).
    [[nodiscard]] QString image() const { return m_image; }
    [[nodiscard]] QString baseImage() const { return m_baseImage; }
    [[nodiscard]] int stageIndex() const { return m_stageIndex; }

    [[nodiscard]] FilesTreeModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *treeView() const { return m_tree; }
    /// Row 0: all files (the listing); row k: layer k − 1, lowest first (tests).
    [[nodiscard]] QTreeWidget *layerList() const { return m_layerList; }
    [[nodiscard]] QCheckBox *aggregatedBox() const { return m_aggregated; }
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
    /// "N matches" beside the filter (tests).
    [[nodiscard]] QString matchText() const;
    /// The layer whose tree is shown, −1 for the listing.
    [[nodiscard]] int shownLayer() const { return m_shownLayer; }
    /// Shows layer `layer`'s tree (−1: the listing), as choosing its row does.
    void showLayer(int layer);
    /// The text of the status line (tests).
    [[nodiscard]] QString statusText() const;

public Q_SLOTS:
    /// A read of `image` starts: of stage `stageIndex` (-1: an image that is no stage), compared
    /// with `baseImage` ("" for none). The tree empties until listingRead().
    void showReading(int stageIndex, const QString &image, const QString &baseImage);
    /// Progress of the read: bytes of the image's archive so far, its expected size (0 when
    /// unknown) and the entries seen.
    void showProgress(qint64 bytesRead, qint64 expected, int entries);
    /// A note about the read's current step (shown while it runs).
    void showStep(const QString &text);
    /// The read finished: shows its tree.
    void showListing(const model::FileListing &listing);
    /// The read failed (`message` is translated).
    void showFailure(const QString &message);
    /// The read was cancelled.
    void showCancelled();
    /// Clears the tree and shows `message` instead (e.g. "build this stage first").
    void showNotice(const QString &message);
    /// The engine's local images, offered in the image box.
    void setImages(const QStringList &names);
    /// The image list could not be read (`message` is translated).
    void showImagesFailed(const QString &message);
    /// The layers of the image shown are being read (after its listing).
    void showLayersReading();
    /// Progress of the layer read: bytes of the image's archive so far, about `expected`.
    void showLayersProgress(qint64 bytesRead, qint64 expected);
    /// The image's layers, lowest first, with their instructions and lines when known.
    void showLayers(const std::vector<stagecraft::model::LayerFiles> &layers);
    /// The layers could not be read (`message` is translated); the listing stays.
    void showLayersFailed(const QString &message);
    /// The engine changed: the image list is asked for again, now when the panel is visible,
    /// otherwise when it is shown next.
    void invalidateImages();

Q_SIGNALS:
    /// The user asked for the files of an image typed or picked in the image box.
    void imageRequested(const QString &image);
    /// The panel wants the engine's image list (shown for the first time, or Refresh List).
    void imagesRequested();
    void cancelRequested();
    /// A message for the status bar (already translated).
    void statusMessage(const QString &message);
    /// A listing is shown.
    void loaded();
    /// A layer was chosen: its instruction's 1-based line.
    void lineActivated(int line);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void readChosenImage();
    void requestImages();
    void applyFilter();
    void setRunning(bool running);
    void showSummary();
    void updateHeading();
    void showLayerSummary();
    void updateMatches();
    void fillLayerList();
    void onLayerRowChanged();

    FilesTreeModel *m_model = nullptr;
    std::shared_ptr<const model::Analysis> m_analysis;
    model::FileListing m_listing;

    QLabel *m_heading = nullptr;
    QLabel *m_imageLabel = nullptr;
    QComboBox *m_imageBox = nullptr;
    QPushButton *m_readButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_onlyAdded = nullptr;
    QLabel *m_matches = nullptr;
    QSplitter *m_split = nullptr;
    QTreeWidget *m_layerList = nullptr;
    QCheckBox *m_aggregated = nullptr;
    QTreeView *m_tree = nullptr;
    QTimer *m_filterTimer = nullptr;

    int m_stageIndex = -1;
    QString m_stageName;
    QString m_image;
    QString m_baseImage;
    enum class State { Idle, Running, Done, Failed, Cancelled } m_state = State::Idle;
    QString m_failure;
    bool m_listedImages = false;
    std::shared_ptr<const std::vector<model::LayerFiles>> m_layers;
    int m_shownLayer = -1;
    enum class LayersState {
        None,
        Reading,
        Done,
        Failed,
        Cancelled
    } m_layersState
        = LayersState::None;
    QString m_layersFailure;
};

} // namespace stagecraft::views
