// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/DocumentController.h"

#include "app/AutosaveManager.h"
#include "app/AutosaveScheduler.h"
#include "app/BuildContextWatcher.h"
#include "app/DocumentText.h"
#include "common/EditMessages.h"
#include "common/FileLoader.h"

#include "model/EditEngine.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPlainTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace stagecraft::app {

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

DocumentController::DocumentController(QObject *parent)
    : DocumentController(nullptr, parent)
{ }

DocumentController::DocumentController(QTextDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document != nullptr ? document : new QTextDocument(this))
{
    // QPlainTextEdit only shows documents with a plain-text layout.
    if (document == nullptr)
        m_document->setDocumentLayout(new QPlainTextDocumentLayout(m_document));
    m_document->setUndoRedoEnabled(true);

    m_autosave = new AutosaveScheduler(m_document, this);
    m_diskWatcher = new ExternalChangeWatcher(this);
    m_contextWatcher = new BuildContextWatcher(this);
    m_publisher = new AnalysisPublisher(m_document, this);

    // Ask now when the window is active, otherwise the window asks when it gets focus back.
    connect(m_diskWatcher, &ExternalChangeWatcher::fileChanged, this, [this] {
        if (QGuiApplication::applicationState() == Qt::ApplicationActive)
            checkExternalChange();
    });
    connect(m_contextWatcher, &BuildContextWatcher::contextChanged, this, [this] {
        m_publisher->setContext(m_contextWatcher->context());
        Q_EMIT buildContextChanged();
    });
    connect(m_publisher, &AnalysisPublisher::analysisChanged, this,
            &DocumentController::analysisChanged);
}

DocumentController::~DocumentController() = default;

// --- File ------------------------------------------------------------------------------------

bool DocumentController::openFile(const QString &path, QString *errorString)
{
    const common::FileLoader::Result loaded = common::FileLoader::load(path);
    if (!loaded.ok()) {
        if (errorString != nullptr)
            *errorString = loaded.message;
        return false;
    }
    setContent(loaded.data, QFileInfo(path).absoluteFilePath(), QString());
    return true;
}

void DocumentController::openBytes(const QByteArray &bytes, const QString &displayName)
{
    setContent(bytes, QString(), displayName);
}

void DocumentController::newDocument()
{
    setContent(QByteArray(), QString(), QString());
}

void DocumentController::recover(const QString &originalPath, const QByteArray &text)
{
    if (originalPath.isEmpty() || !openFile(originalPath)) {
        newDocument();
        if (!originalPath.isEmpty()) {
            // The file is gone: the recovered text will be saved there again.
            setFilePath(QFileInfo(originalPath).absoluteFilePath());
        }
    }
    DocumentText::replaceAll(*m_document, QString::fromUtf8(text));
    markUnsaved();
    reparseNow();
}

void DocumentController::setContent(const QByteArray &bytes, const QString &path,
                                    const QString &displayName)
{
    m_untitledName = displayName;
    m_document->setPlainText(TextFileFormat::decode(bytes));
    m_document->setModified(false);
    m_file.remember(bytes, modelText());
    m_autosave->discard();
    m_vanishedReported = false;
    setFilePath(path);
    if (path.isEmpty())
        m_diskWatcher->forget();
    else
        m_diskWatcher->remember(bytes);
    reparseNow();
}

bool DocumentController::save(QString *errorString)
{
    if (m_file.path().isEmpty()) {
        if (errorString != nullptr)
            *errorString = tr("The document has no file yet: use Save As.");
        return false;
    }
    return writeFile(m_file.path(), errorString);
}

bool DocumentController::saveAs(const QString &path, QString *errorString)
{
    return writeFile(QFileInfo(path).absoluteFilePath(), errorString);
}

bool DocumentController::writeFile(const QString &path, QString *errorString)
{
    const auto fail = [errorString](const QString &message) {
        if (errorString != nullptr)
            *errorString = message;
        return false;
    };

    const std::string text = modelText();
    if (m_file.differs(text) && m_file.format().hasInvalidUtf8() && m_invalidUtf8Handler
        && !m_invalidUtf8Handler())
        return fail(tr("Saving was cancelled."));
    const QByteArray bytes = m_file.encode(text);

    const DocumentFile::WriteResult written = DocumentFile::write(path, bytes);
    switch (written.error) {
    case DocumentFile::WriteError::None:
        break;
    case DocumentFile::WriteError::ReadOnly:
        return fail(
            //: %1 = file path
            tr("Cannot save %1: the file is read-only. Your text is still here; use Save As to "
               "save it elsewhere.")
                .arg(nativePath(path)));
    case DocumentFile::WriteError::NotAFile:
        return fail(tr("Cannot save %1: it is not a regular file.").arg(nativePath(path)));
    case DocumentFile::WriteError::CannotOpen:
    case DocumentFile::WriteError::CannotWrite:
        //: %1 = file path, %2 = the system's reason
        return fail(tr("Cannot save %1: %2").arg(nativePath(path), written.reason));
    }

    m_file.remember(bytes, text);
    m_vanishedReported = false;
    setFilePath(path);
    m_diskWatcher->remember(bytes);
    m_document->setModified(false);
    m_autosave->discard();
    //: %1 = file path
    Q_EMIT statusMessage(tr("Saved %1").arg(nativePath(path)));
    return true;
}

bool DocumentController::reload(QString *errorString)
{
    if (m_file.path().isEmpty()) {
        if (errorString != nullptr)
            *errorString = tr("The document has no file to reload.");
        return false;
    }
    const common::FileLoader::Result loaded = common::FileLoader::load(m_file.path());
    if (!loaded.ok()) {
        if (errorString != nullptr)
            *errorString = loaded.message;
        return false;
    }
    // One undo step: undo brings back the text as it was before the reload.
    DocumentText::replaceAll(*m_document, TextFileFormat::decode(loaded.data));
    m_file.remember(loaded.data, modelText());
    m_document->setModified(false);
    m_vanishedReported = false;
    m_diskWatcher->setPath(m_file.path());
    m_diskWatcher->remember(loaded.data);
    m_autosave->discard();
    reparseNow();
    return true;
}

void DocumentController::close()
{
    m_autosave->discard();
    newDocument();
}

QString DocumentController::displayName() const
{
    if (!m_file.path().isEmpty())
        return QFileInfo(m_file.path()).fileName();
    //: Name of a new document that has no file yet
    return m_untitledName.isEmpty() ? tr("Untitled") : m_untitledName;
}

bool DocumentController::isModified() const
{
    return m_document->isModified();
}

void DocumentController::setFilePath(const QString &path)
{
    const bool changed = path != m_file.path();
    m_file.setPath(path);
    m_autosave->setFilePath(path);
    m_diskWatcher->setPath(path);
    if (changed) {
        Q_EMIT filePathChanged(path);
        refreshContext();
    }
}

void DocumentController::markUnsaved()
{
    m_document->setModified(true);
    m_autosave->markDirty();
}

// --- Changes on disk -------------------------------------------------------------------------

void DocumentController::setExternalChangeHandler(ExternalChangeHandler handler)
{
    m_externalChangeHandler = std::move(handler);
}

void DocumentController::setInvalidUtf8Handler(ConfirmHandler handler)
{
    m_invalidUtf8Handler = std::move(handler);
}

DocumentController::DiskState DocumentController::checkExternalChange()
{
    if (m_file.path().isEmpty() || m_checking)
        return DiskState::Unchanged;
    QByteArray bytes;
    const DiskState state = m_diskWatcher->compare(&bytes);
    if (state == DiskState::Vanished) {
        if (!m_vanishedReported) {
            m_vanishedReported = true;
            // The text is no longer anywhere on disk: it counts as unsaved.
            markUnsaved();
            Q_EMIT fileVanished(m_file.path());
        }
        return state;
    }
    m_vanishedReported = false;
    if (state == DiskState::Unchanged)
        return state;

    m_checking = true;
    const ExternalChoice choice
        = m_externalChangeHandler ? m_externalChangeHandler(bytes) : ExternalChoice::KeepMine;
    m_checking = false;

    if (choice == ExternalChoice::Reload) {
        reload();
    } else {
        // Keep mine: don't ask again for this version of the file; the text now differs from
        // the disk, so it is unsaved.
        m_diskWatcher->acknowledge();
        markUnsaved();
    }
    return DiskState::Changed;
}

// --- Autosave --------------------------------------------------------------------------------

AutosaveManager *DocumentController::autosave() const
{
    return m_autosave->store();
}

void DocumentController::setAutosaveInterval(int milliseconds)
{
    m_autosave->setInterval(milliseconds);
}

void DocumentController::autosaveNow()
{
    m_autosave->saveNow();
}

// --- Model -----------------------------------------------------------------------------------

void DocumentController::reparseNow()
{
    m_publisher->reparseNow();
}

bool DocumentController::isReparsePending() const
{
    return m_publisher->isReparsePending();
}

std::string DocumentController::modelText() const
{
    return DocumentText::modelText(*m_document);
}

void DocumentController::setTarget(int target)
{
    m_publisher->setTarget(target);
}

// --- Build context ---------------------------------------------------------------------------

const std::shared_ptr<const model::BuildContext> &DocumentController::buildContext() const
{
    return m_contextWatcher->context();
}

void DocumentController::refreshContext()
{
    m_contextWatcher->refresh(m_file.path());
}

bool DocumentController::isContextScanRunning() const
{
    return m_contextWatcher->isScanRunning();
}

// --- Edits -----------------------------------------------------------------------------------

bool DocumentController::applyOperation(const model::EditOperation &operation)
{
    reparseNow();
    const model::Analysis &now = *analysis();
    const model::EditResult result = model::EditEngine(*now.tree(), now.graph()).apply(operation);
    if (!result.ok()) {
        Q_EMIT statusMessage(common::EditMessages::refusal(result.refusal, result.refusalArgs));
        return false;
    }
    applyEdits(result.edits);
    return true;
}

bool DocumentController::applyFixIt(int index)
{
    // The index refers to the diagnostics of the latest analysis; text typed since then would
    // make it point elsewhere, so only apply it to the text it was computed for.
    const std::shared_ptr<const model::Analysis> now = analysis();
    if (modelText() != now->text())
        return false;
    if (index < 0 || index >= static_cast<int>(now->diagnostics().size()))
        return false;
    const model::Diagnostic &diagnostic = now->diagnostics()[static_cast<std::size_t>(index)];
    if (!diagnostic.fix || diagnostic.fix->edits.empty())
        return false;
    applyEdits(diagnostic.fix->edits);
    return true;
}

void DocumentController::applyEdits(const std::vector<model::TextEdit> &edits)
{
    if (edits.empty())
        return;
    // The offsets of the analysis the edits were computed against; kept alive while editing.
    const std::shared_ptr<const model::Analysis> now = analysis();
    std::vector<model::TextEdit> sorted = edits;
    // Last to first: each replacement leaves the positions before it untouched.
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const model::TextEdit &a, const model::TextEdit &b) {
                         return a.range.begin > b.range.begin;
                     });
    QTextCursor cursor(m_document);
    cursor.beginEditBlock();
    for (const model::TextEdit &edit : sorted) {
        const auto [begin, end] = now->offsets().toUtf16(edit.range);
        cursor.setPosition(begin);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        cursor.insertText(QString::fromStdString(edit.replacement));
    }
    cursor.endEditBlock();
    reparseNow();
}

} // namespace stagecraft::app
