// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/TextFileFormat.h"

#include "model/BuildContext.h"
#include "model/Diagnostic.h"
#include "model/EditOperation.h"
#include "model/Lint.h"
#include "model/StageGraph.h"
#include "model/SyntaxTree.h"
#include "model/TextOffsets.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTextDocument>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QFileSystemWatcher;
class QThread;
class QTimer;

namespace stagecraft::app {

class AutosaveManager;

/// The document: the one QTextDocument the editor shows, the file it came from, and the model
/// derived from its text.
///
/// The text is the truth. Every change schedules a reparse (at most one per frame while typing);
/// the reparse builds the syntax tree, the stage graph and the lint diagnostics and emits
/// analysisChanged(), which the window forwards to the canvas and the editor. Operations from
/// either side go through the model's edit engine and land in the document as ONE edit block, so
/// one undo restores the text byte for byte.
///
/// The model sees the document's text as UTF-8 with "\n" line ends and no BOM; the file's own
/// BOM, CRLF line ends and invalid bytes are kept in a TextFileFormat and restored on save, and a
/// file saved without changes is written back byte for byte. Widget-free: dialogs are the
/// window's business, through the handlers below.
class DocumentController : public QObject
{
    Q_OBJECT

public:
    /// What to do when the file changed on disk.
    enum class ExternalChoice { Reload, KeepMine };
    /// What checkExternalChange() found.
    enum class DiskState { Unchanged, Changed, Vanished };

    /// Asked when the file on disk differs from what was loaded or saved; gets the disk bytes.
    using ExternalChangeHandler = std::function<ExternalChoice(const QByteArray &diskBytes)>;
    /// Asked before saving an edited file that had bytes that were not UTF-8 (they become
    /// U+FFFD); false cancels the save.
    using ConfirmHandler = std::function<bool()>;

    /// A controller with a document of its own.
    explicit DocumentController(QObject *parent = nullptr);
    /// A controller for `document`, which someone else owns and which outlives the controller's
    /// use of it (the window passes the editor's own document, so the editor never has to swap
    /// documents). It must use a QPlainTextDocumentLayout.
    explicit DocumentController(QTextDocument *document, QObject *parent = nullptr);
    ~DocumentController() override;

    /// The document the editor shows.
    [[nodiscard]] QTextDocument *document() const { return m_document; }

    // --- File ----------------------------------------------------------------------------------

    /// Loads the file at `path`. On failure the current text stays, `errorString` (when given)
    /// receives the reason, and false is returned.
    bool openFile(const QString &path, QString *errorString = nullptr);
    /// Shows `bytes` as an unsaved, untitled document named `displayName` (the built-in example).
    void openBytes(const QByteArray &bytes, const QString &displayName);
    /// An empty, untitled document.
    void newDocument();
    /// Restores a buffer found by AutosaveManager::recoverable(): the original file (when it
    /// still exists) is loaded and the buffer replaces its text as one undoable, unsaved change.
    void recover(const QString &originalPath, const QByteArray &text);
    /// Saves to the current file. Fails (false, `errorString`) for an untitled document, a
    /// read-only file, or a write error; the text always stays.
    bool save(QString *errorString = nullptr);
    /// Saves to `path`, which becomes the document's file.
    bool saveAs(const QString &path, QString *errorString = nullptr);
    /// Reads the file again, dropping unsaved changes (one undo step brings them back).
    bool reload(QString *errorString = nullptr);
    /// A clean close: drops the autosaved copy and shows an empty, untitled document.
    void close();

    /// The file shown; empty for an untitled document.
    [[nodiscard]] QString filePath() const { return m_filePath; }
    /// The file name, or the untitled document's name.
    [[nodiscard]] QString displayName() const;
    /// True when the text differs from the file (or the document is untitled and edited).
    [[nodiscard]] bool isModified() const;
    /// The byte-level facts of the file (BOM, line ends, invalid UTF-8).
    [[nodiscard]] const TextFileFormat &format() const { return m_format; }

    void setExternalChangeHandler(ExternalChangeHandler handler);
    void setInvalidUtf8Handler(ConfirmHandler handler);
    /// Compares the file on disk with what was loaded or saved last (size, time, then content)
    /// and, when it changed, asks the external-change handler (no handler: keep mine). A vanished
    /// file emits fileVanished() once; the text stays and counts as unsaved.
    DiskState checkExternalChange();

    /// The autosave of this document (its directory and interval can be changed).
    [[nodiscard]] AutosaveManager *autosave() const { return m_autosave; }
    /// Autosave period in milliseconds (default 5000).
    void setAutosaveInterval(int milliseconds);
    /// Writes the autosave copy now when the buffer has unsaved changes (else drops it).
    void autosaveNow();

    // --- Model ---------------------------------------------------------------------------------

    /// Reparses now when a reparse is pending (tests, benchmarks, and before applying edits).
    void reparseNow();
    [[nodiscard]] bool isReparsePending() const;
    /// The document's text as the model sees it: UTF-8, "\n" line ends, no BOM.
    [[nodiscard]] std::string modelText() const;

    [[nodiscard]] const std::shared_ptr<const model::SyntaxTree> &tree() const { return m_tree; }
    [[nodiscard]] const model::StageGraph &graph() const { return m_graph; }
    /// Every diagnostic of the latest reparse (lint order); the editor's markers use this order.
    [[nodiscard]] const std::vector<model::Diagnostic> &diagnostics() const
    {
        return m_diagnostics;
    }
    /// The build target used for lint (-1: the last stage).
    void setTarget(int target);
    [[nodiscard]] int target() const { return m_target; }

    /// Document position of model byte `offset` in the latest tree.
    [[nodiscard]] int toPosition(std::uint32_t offset) const;
    /// Document positions of a model byte range in the latest tree.
    [[nodiscard]] std::pair<int, int> toPositions(model::Range range) const;
    /// Model byte offset of a document position in the latest tree.
    [[nodiscard]] std::uint32_t toOffset(int position) const;
    /// The stage holding document position `position`, or -1.
    [[nodiscard]] int stageAtPosition(int position) const;

    // --- Build context -------------------------------------------------------------------------

    /// The listing of the Dockerfile's directory (the build context the app builds with) that
    /// lint's context checks use (missing COPY sources, secrets). Null for an untitled document
    /// and until the first listing is done.
    [[nodiscard]] const std::shared_ptr<const model::BuildContext> &buildContext() const
    {
        return m_context;
    }
    /// Lists the build context again on a worker thread (bounded, see ContextScanner); lint runs
    /// again when it is done and analysisChanged() follows. Runs by itself when a file is opened
    /// or saved under a new name, and when the directory (or its `.dockerignore`, or a listed
    /// subdirectory up to a cap) changes on disk; never on the keystroke path.
    void refreshContext();
    /// True while a listing runs.
    [[nodiscard]] bool isContextScanRunning() const { return m_contextThread != nullptr; }

    // --- Edits ---------------------------------------------------------------------------------

    /// Applies `operation` through the edit engine as one undo step. A refusal emits
    /// statusMessage() with its translated text and returns false.
    bool applyOperation(const model::EditOperation &operation);
    /// Applies the fix-it of diagnostic `index` (diagnostics() order) as one undo step.
    bool applyFixIt(int index);
    /// Applies non-overlapping replacements (in the latest tree's byte offsets) as one undo step.
    void applyEdits(const std::vector<model::TextEdit> &edits);

Q_SIGNALS:
    /// A reparse finished: tree(), graph() and diagnostics() are new.
    void analysisChanged();
    /// A message for the status bar (already translated).
    void statusMessage(const QString &message);
    /// The document's file changed (open, save as, close); empty for untitled.
    void filePathChanged(const QString &path);
    /// The file was deleted or moved away by another program.
    void fileVanished(const QString &path);
    /// A new build context listing arrived (buildContext() changed).
    void buildContextChanged();

private:
    struct DiskStamp
    {
        bool exists = false;
        qint64 size = -1;
        QDateTime modified;
        QByteArray hash;
    };

    void onContentsChange(int position, int removed, int added);
    void reparse();
    void setContent(const QByteArray &bytes, const QString &path, const QString &displayName);
    bool writeFile(const QString &path, QString *errorString);
    void setFilePath(const QString &path);
    void watch();
    void rememberDisk(const QByteArray &bytes);
    [[nodiscard]] static DiskStamp stampOf(const QString &path);
    [[nodiscard]] model::LintOptions lintOptions() const;
    void startContextScan();
    void contextScanned(const QString &directory,
                        std::shared_ptr<const model::BuildContext> context);
    void clearContext();

    QPointer<QTextDocument> m_document;
    QTimer *m_reparseTimer = nullptr;
    QTimer *m_autosaveTimer = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    AutosaveManager *m_autosave = nullptr;

    QString m_filePath;
    QString m_untitledName;
    TextFileFormat m_format;
    QByteArray m_originalBytes; ///< the file's bytes as loaded or last saved
    std::string m_originalText; ///< modelText() right after loading or saving
    DiskStamp m_disk;           ///< the file as we last read or wrote it
    bool m_vanishedReported = false;
    bool m_checking = false;
    bool m_autosaveDirty = false;
    std::string m_autosavedText; ///< what the autosave copy holds

    ExternalChangeHandler m_externalChangeHandler;
    ConfirmHandler m_invalidUtf8Handler;

    std::shared_ptr<const model::SyntaxTree> m_tree;
    model::StageGraph m_graph;
    std::vector<model::Diagnostic> m_diagnostics;
    std::unique_ptr<model::TextOffsets> m_offsets;
    int m_target = -1;

    std::shared_ptr<const model::BuildContext> m_context;
    QString m_contextDir; ///< the directory m_context lists (or is being listed)
    QFileSystemWatcher *m_contextWatcher = nullptr;
    QTimer *m_contextTimer = nullptr;   ///< coalesces bursts of file-system changes
    QThread *m_contextThread = nullptr; ///< the running listing, or null
    std::shared_ptr<std::atomic<bool>> m_contextCancel;
    bool m_contextRescan = false; ///< another listing was asked for while one ran
};

} // namespace stagecraft::app
