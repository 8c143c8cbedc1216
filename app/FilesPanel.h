// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/engine/EngineEndpoint.h"

#include "model/Analysis.h"

#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeView;

namespace stagecraft::app {

class FilesTreeModel;
class StageFilesystem;

/// "How do you know which files to copy?" — the filesystem of a built stage (or of any local
/// image) as a tree with sizes, largest first, with what the stage added beyond its base image
/// marked. Read through the engine off the GUI thread, with progress and Cancel. Drag a file or
/// folder onto a later stage's block on the canvas to add `COPY --from=<stage> <path> <path>`.
class FilesPanel : public QWidget
{
    Q_OBJECT

public:
    /// `endpoint` defaults to the system's engine (EngineEndpoint::resolveFromSystem()).
    explicit FilesPanel(QWidget *parent = nullptr);
    explicit FilesPanel(const EngineEndpoint &endpoint, QWidget *parent = nullptr);
    ~FilesPanel() override;

    /// The analysis the stage indices refer to (for names and drags).
    void setAnalysis(const std::shared_ptr<const stagecraft::model::Analysis> &analysis);
    /// Shows the files of stage `stageIndex`, built as `imageId`; `baseImage` (its FROM image,
    /// or the image of the stage it is based on) is read too, to mark what the stage added.
    /// Starts reading at once (a running read is cancelled) — unless this very stage, image and
    /// base are already shown or being read, which is left as it is.
    void setStageImage(int stageIndex, const QString &imageId, const QString &baseImage);
    /// Clears the tree and shows `message` instead (e.g. "build this stage first"); a running
    /// read is cancelled.
    void showNotice(const QString &message);
    /// Shows the files of any local image (no stage; drags copy `--from=<image>`).
    void showImage(const QString &image, const QString &baseImage = {});
    /// Stops a running read.
    void cancel();
    /// The engine the panel reads from. Another engine cancels a running read, and the image
    /// list is read again (now when the panel is visible, otherwise when it is shown next).
    void setEndpoint(const EngineEndpoint &endpoint);
    [[nodiscard]] const EngineEndpoint &endpoint() const { return m_endpoint; }
    /// The image shown or being read ("" when none), its base, and its stage (-1: none).
    [[nodiscard]] QString image() const { return m_image; }
    [[nodiscard]] QString baseImage() const { return m_baseImage; }
    [[nodiscard]] int stageIndex() const { return m_stageIndex; }

    [[nodiscard]] FilesTreeModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *treeView() const { return m_tree; }
    [[nodiscard]] StageFilesystem *filesystem() const { return m_filesystem; }
    /// The text of the status line (tests).
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    /// A message for the status bar (already translated).
    void statusMessage(const QString &message);
    /// A read finished and the tree shows it.
    void loaded();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void start(const QString &image, const QString &baseImage);
    void refreshImageList();
    void readChosenImage();
    void applyFilter();
    void setRunning(bool running);
    void onFinished();
    void onFailed(const QString &message);
    void showSummary();
    void updateHeading();

    EngineEndpoint m_endpoint;
    StageFilesystem *m_filesystem = nullptr;
    FilesTreeModel *m_model = nullptr;
    std::shared_ptr<const model::Analysis> m_analysis;

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
    QTreeView *m_tree = nullptr;
    QTimer *m_filterTimer = nullptr;

    int m_stageIndex = -1;
    QString m_stageName;
    QString m_image;
    QString m_baseImage;
    enum class State { Idle, Running, Done, Failed, Cancelled } m_state = State::Idle;
    QString m_failure;
    bool m_listedImages = false;
};

} // namespace stagecraft::app
