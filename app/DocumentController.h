// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/AnalysisPublisher.h"
#include "app/DocumentFile.h"
#include "app/ExternalChangeWatcher.h"
#include "app/TextFileFormat.h"

#include "model/Analysis.h"
#include "model/BuildContext.h"
#include "model/Diagnostic.h"
#include "model/EditOperation.h"
#include "model/StageGraph.h"
#include "model/SyntaxTree.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTextDocument>

#include <functional>
#include <memory>
#include <vector>

namespace stagecraft::app {

class AutosaveManager;
class AutosaveScheduler;
class BuildContextWatcher;

/// The document: the one QTextDocument the editor shows, the file it came from, and the model
/// derived from its text.
///
/// The text is the truth. Every change schedules a reparse (at most one per frame while typing);
/// each reparse builds one immutable model::Analysis (tree, graph, diagnostics, offset table,
/// stable stage ids) and publishes it once through analysisChanged(): the canvas, the editor and
/// the panels each take that snapshot. Operations from either side go through the model's edit
/// engine and land in the document as ONE edit block, so one undo restores the text byte for
/// byte.
///
/// The model sees the document's text as UTF-8 with "\n" line ends and no BOM; the file's own
/// BOM, CRLF line ends and invalid bytes are kept (DocumentFile) and restored on save, and a file
/// saved without changes is written back byte for byte. Widget-free: dialogs are the window's
/// business, through the handlers below. The pieces: DocumentFile (the file and its format),
/// AutosaveScheduler (the crash copy), ExternalChangeWatcher (changes by other programs),
/// BuildContextWatcher (the build context listing) and AnalysisPublisher (reparse and publish).
class DocumentController : public QObject
{
    Q_OBJECT

public:
    /// What to do when the file changed on disk.
    enum class ExternalChoice { Reload, KeepMine };
    /// What checkExternalChange() found.
    using DiskState = ExternalChangeWatcher::DiskState;

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
    [[nodiscard]] QString filePath() const { return m_file.path(); }
    /// The file name, or the untitled document's name.
    [[nodiscard]] QString displayName() const;
    /// True when the text differs from the file (or the document is untitled and edited).
    [[nodiscard]] bool isModified() const;
    /// The byte-level facts of the file (BOM, line ends, invalid UTF-8).
    [[nodiscard]] const TextFileFormat &format() const { return m_file.format(); }

    void setExternalChangeHandler(ExternalChangeHandler handler);
    void setInvalidUtf8Handler(ConfirmHandler handler);
    /// Compares the file on disk with what was loaded or saved last (size, time, then content)
    /// and, when it changed, asks the external-change handler (no handler: keep mine). A vanished
    /// file emits fileVanished() once; the text stays and counts as unsaved.
    DiskState checkExternalChange();

    /// The autosave of this document (its directory and interval can be changed).
    [[nodiscard]] AutosaveManager *autosave() const;
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

    /// The latest analysis of the text (never null): what analysisChanged() last published.
    /// Readers keep the pointer; the analysis itself never changes.
    [[nodiscard]] const std::shared_ptr<const model::Analysis> &analysis() const
    {
        return m_publisher->analysis();
    }
    /// Shorthands for analysis()->tree(), graph() and diagnostics() (lint order; the editor's
    /// markers and fix-it indices use this order).
    [[nodiscard]] const std::shared_ptr<const model::SyntaxTree> &tree() const
    {
        return analysis()->tree();
    }
    [[nodiscard]] const model::StageGraph &graph() const { return analysis()->graph(); }
    [[nodiscard]] const std::vector<model::Diagnostic> &diagnostics() const
    {
        return analysis()->diagnostics();
    }
    /// The build target used for lint (-1: the last stage).
    void setTarget(int target);
    [[nodiscard]] int target() const { return m_publisher->target(); }

    // --- Build context -------------------------------------------------------------------------

    /// The listing of the Dockerfile's directory (the build context the app builds with) that
    /// lint's context checks use (missing COPY sources, secrets). Null for an untitled document
    /// and until the first listing is done.
    [[nodiscard]] const std::shared_ptr<const model::BuildContext> &buildContext() const;
    /// Lists the build context again on a worker thread (bounded, see ContextScanner); lint runs
    /// again when it is done and analysisChanged() follows. Runs by itself when a file is opened
    /// or saved under a new name, and when the directory (or its `.dockerignore`, or a listed
    /// subdirectory up to a cap) changes on disk; never on the keystroke path.
    void refreshContext();
    /// True while a listing runs.
    [[nodiscard]] bool isContextScanRunning() const;

    // --- Edits ---------------------------------------------------------------------------------

    /// Applies `operation` through the edit engine as one undo step. A refusal emits
    /// statusMessage() with its translated text and returns false.
    bool applyOperation(const model::EditOperation &operation);
    /// Applies the fix-it of diagnostic `index` (diagnostics() order) as one undo step.
    bool applyFixIt(int index);
    /// Applies non-overlapping replacements (in the latest tree's byte offsets) as one undo step.
    void applyEdits(const std::vector<model::TextEdit> &edits);

Q_SIGNALS:
    /// A new analysis (a reparse, or new lint options): the same pointer as analysis().
    void analysisChanged(const std::shared_ptr<const stagecraft::model::Analysis> &analysis);
    /// A message for the status bar (already translated).
    void statusMessage(const QString &message);
    /// The document's file changed (open, save as, close); empty for untitled.
    void filePathChanged(const QString &path);
    /// The file was deleted or moved away by another program.
    void fileVanished(const QString &path);
    /// A new build context listing arrived (buildContext() changed).
    void buildContextChanged();

private:
    void setContent(const QByteArray &bytes, const QString &path, const QString &displayName);
    bool writeFile(const QString &path, QString *errorString);
    void setFilePath(const QString &path);
    /// The text now differs from the file in a way its edits do not show: unsaved.
    void markUnsaved();

    QPointer<QTextDocument> m_document;
    DocumentFile m_file;
    QString m_untitledName;
    AutosaveScheduler *m_autosave = nullptr;
    ExternalChangeWatcher *m_diskWatcher = nullptr;
    BuildContextWatcher *m_contextWatcher = nullptr;
    AnalysisPublisher *m_publisher = nullptr;
    bool m_vanishedReported = false;
    bool m_checking = false;

    ExternalChangeHandler m_externalChangeHandler;
    ConfirmHandler m_invalidUtf8Handler;
};

} // namespace stagecraft::app
