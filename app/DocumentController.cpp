// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentController.h"

#include "AutosaveManager.h"
#include "ContextScanner.h"
#include "EditMessages.h"
#include "FileLoader.h"

#include "model/EditEngine.h"
#include "model/Lint.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QGuiApplication>
#include <QPlainTextDocumentLayout>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace stagecraft::app {

namespace {

/// One reparse per frame at most while typing (DESIGN.md: reparse coalesced to once per frame).
constexpr int reparseIntervalMs = 16;
constexpr int defaultAutosaveIntervalMs = 5000;
/// File-system changes in the build context are listed again after this quiet period.
constexpr int contextRescanDelayMs = 300;
/// Directories of the build context watched for changes (the root first, then breadth first).
constexpr int maxWatchedContextDirectories = 64;

QByteArray hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// Replaces the whole text of `document` as one undo step (so undo brings the old text back).
void replaceAll(QTextDocument *document, const QString &text)
{
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    cursor.endEditBlock();
}

} // namespace

DocumentController::DocumentController(QObject *parent)
    : DocumentController(nullptr, parent)
{ }

DocumentController::DocumentController(QTextDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document != nullptr ? document : new QTextDocument(this))
    , m_reparseTimer(new QTimer(this))
    , m_autosaveTimer(new QTimer(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_autosave(new AutosaveManager(this))
{
    // QPlainTextEdit only shows documents with a plain-text layout.
    if (document == nullptr)
        m_document->setDocumentLayout(new QPlainTextDocumentLayout(m_document));
    m_document->setUndoRedoEnabled(true);

    // Not restarted on every keystroke: while someone types, the text is reparsed once per frame
    // rather than only after they stop.
    m_reparseTimer->setSingleShot(true);
    m_reparseTimer->setInterval(reparseIntervalMs);
    connect(m_reparseTimer, &QTimer::timeout, this, &DocumentController::reparse);
    connect(m_document, &QTextDocument::contentsChange, this,
            &DocumentController::onContentsChange);

    m_autosaveTimer->setInterval(defaultAutosaveIntervalMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &DocumentController::autosaveNow);
    m_autosaveTimer->start();

    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        if (path != m_filePath)
            return;
        // A save by another program may replace the file (new inode): watch the new one. Ask
        // now when the window is active, otherwise the window asks when it gets focus back.
        QTimer::singleShot(100, this, [this] {
            watch();
            if (QGuiApplication::applicationState() == Qt::ApplicationActive)
                checkExternalChange();
        });
    });

    m_contextWatcher = new QFileSystemWatcher(this);
    m_contextTimer = new QTimer(this);
    m_contextTimer->setSingleShot(true);
    m_contextTimer->setInterval(contextRescanDelayMs);
    connect(m_contextTimer, &QTimer::timeout, this, &DocumentController::refreshContext);
    connect(m_contextWatcher, &QFileSystemWatcher::directoryChanged, m_contextTimer,
            qOverload<>(&QTimer::start));
    connect(m_contextWatcher, &QFileSystemWatcher::fileChanged, m_contextTimer,
            qOverload<>(&QTimer::start));

    reparse();
}

DocumentController::~DocumentController()
{
    if (m_contextThread != nullptr) {
        m_contextCancel->store(true);
        m_contextThread->wait();
    }
}

// --- File ------------------------------------------------------------------------------------

bool DocumentController::openFile(const QString &path, QString *errorString)
{
    const FileLoader::Result loaded = FileLoader::load(path);
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
    replaceAll(m_document, QString::fromUtf8(text));
    m_document->setModified(true);
    m_autosaveDirty = true;
    reparseNow();
}

void DocumentController::setContent(const QByteArray &bytes, const QString &path,
                                    const QString &displayName)
{
    m_autosave->discard();
    m_format = TextFileFormat::detect(bytes);
    m_originalBytes = bytes;
    m_untitledName = displayName;
    m_document->setPlainText(TextFileFormat::decode(bytes));
    m_document->setModified(false);
    m_originalText = modelText();
    m_autosaveDirty = false;
    m_vanishedReported = false;
    setFilePath(path);
    if (path.isEmpty())
        m_disk = DiskStamp();
    else
        rememberDisk(bytes);
    reparseNow();
}

bool DocumentController::save(QString *errorString)
{
    if (m_filePath.isEmpty()) {
        if (errorString != nullptr)
            *errorString = tr("The document has no file yet: use Save As.");
        return false;
    }
    return writeFile(m_filePath, errorString);
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
    QByteArray bytes;
    if (text == m_originalText) {
        // Unchanged: the exact bytes that were read, whatever the document made of them.
        bytes = m_originalBytes;
    } else {
        if (m_format.hasInvalidUtf8() && m_invalidUtf8Handler && !m_invalidUtf8Handler())
            return fail(tr("Saving was cancelled."));
        bytes = m_format.encode(QString::fromStdString(text));
    }

    const QFileInfo info(path);
    constexpr auto anyWrite
        = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (info.exists() && (!info.isWritable() || (info.permissions() & anyWrite) == 0)) {
        return fail(
            //: %1 = file path
            tr("Cannot save %1: the file is read-only. Your text is still here; use Save As to "
               "save it elsewhere.")
                .arg(nativePath(path)));
    }
    if (info.exists() && !info.isFile())
        return fail(tr("Cannot save %1: it is not a regular file.").arg(nativePath(path)));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        //: %1 = file path, %2 = the system's reason
        return fail(tr("Cannot save %1: %2").arg(nativePath(path), file.errorString()));
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("Cannot save %1: %2").arg(nativePath(path), file.errorString()));

    m_originalBytes = bytes;
    m_originalText = text;
    m_format = TextFileFormat::detect(bytes);
    m_vanishedReported = false;
    setFilePath(path);
    rememberDisk(bytes);
    m_document->setModified(false);
    m_autosave->discard();
    m_autosaveDirty = false;
    //: %1 = file path
    Q_EMIT statusMessage(tr("Saved %1").arg(nativePath(path)));
    return true;
}

bool DocumentController::reload(QString *errorString)
{
    if (m_filePath.isEmpty()) {
        if (errorString != nullptr)
            *errorString = tr("The document has no file to reload.");
        return false;
    }
    const FileLoader::Result loaded = FileLoader::load(m_filePath);
    if (!loaded.ok()) {
        if (errorString != nullptr)
            *errorString = loaded.message;
        return false;
    }
    m_format = TextFileFormat::detect(loaded.data);
    m_originalBytes = loaded.data;
    // One undo step: undo brings back the text as it was before the reload.
    replaceAll(m_document, TextFileFormat::decode(loaded.data));
    m_originalText = modelText();
    m_document->setModified(false);
    m_vanishedReported = false;
    rememberDisk(loaded.data);
    m_autosave->discard();
    m_autosaveDirty = false;
    watch();
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
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    //: Name of a new document that has no file yet
    return m_untitledName.isEmpty() ? tr("Untitled") : m_untitledName;
}

bool DocumentController::isModified() const
{
    return m_document->isModified();
}

void DocumentController::setFilePath(const QString &path)
{
    if (!m_filePath.isEmpty() && m_filePath != path)
        m_watcher->removePath(m_filePath);
    const bool changed = path != m_filePath;
    m_filePath = path;
    watch();
    if (changed) {
        Q_EMIT filePathChanged(path);
        refreshContext();
    }
}

// --- Build context ---------------------------------------------------------------------------

void DocumentController::refreshContext()
{
    m_contextTimer->stop();
    if (m_filePath.isEmpty()) {
        clearContext();
        return;
    }
    const QString directory = QFileInfo(m_filePath).absolutePath();
    if (directory != m_contextDir) {
        // Another directory: the old listing says nothing about it.
        clearContext();
        m_contextDir = directory;
    }
    if (m_contextThread != nullptr) {
        m_contextRescan = true;
        return;
    }
    startContextScan();
}

void DocumentController::startContextScan()
{
    m_contextRescan = false;
    m_contextCancel = std::make_shared<std::atomic<bool>>(false);
    auto result = std::make_shared<std::shared_ptr<const model::BuildContext>>();
    const QString directory = m_contextDir;
    const QString dockerfile = m_filePath;
    const std::shared_ptr<std::atomic<bool>> cancel = m_contextCancel;
    m_contextThread = QThread::create([directory, dockerfile, cancel, result] {
        *result
            = ContextScanner::scan(directory, dockerfile, ContextScanner::Limits{}, cancel.get());
    });
    QThread *thread = m_contextThread;
    connect(thread, &QThread::finished, this, [this, thread, directory, cancel, result] {
        thread->deleteLater();
        if (m_contextThread == thread)
            m_contextThread = nullptr;
        if (!cancel->load())
            contextScanned(directory, *result);
        if (m_contextRescan && !m_contextDir.isEmpty())
            startContextScan();
    });
    thread->start(QThread::LowPriority);
}

void DocumentController::contextScanned(const QString &directory,
                                        std::shared_ptr<const model::BuildContext> context)
{
    if (directory != m_contextDir)
        return; // a listing for a file no longer shown
    m_context = std::move(context);

    // Watch the root, the listed directories up to a cap, and .dockerignore (edits to it do
    // not change the directory).
    QStringList wanted{directory};
    const QString ignoreFile = directory + QStringLiteral("/.dockerignore");
    if (QFileInfo::exists(ignoreFile))
        wanted << ignoreFile;
    if (m_context) {
        for (const auto &[path, entry] : m_context->entries()) {
            if (wanted.size() >= maxWatchedContextDirectories)
                break;
            if (entry.directory && !entry.excluded && m_context->isComplete(path))
                wanted << directory + u'/' + QString::fromStdString(path);
        }
    }
    const QStringList watched = m_contextWatcher->files() + m_contextWatcher->directories();
    QStringList stale;
    for (const QString &path : watched)
        if (!wanted.contains(path))
            stale << path;
    if (!stale.isEmpty())
        m_contextWatcher->removePaths(stale);
    QStringList fresh;
    for (const QString &path : std::as_const(wanted))
        if (!watched.contains(path))
            fresh << path;
    if (!fresh.isEmpty())
        m_contextWatcher->addPaths(fresh);

    if (m_tree) {
        m_diagnostics = model::lint(*m_tree, m_graph, lintOptions());
        Q_EMIT analysisChanged();
    }
    Q_EMIT buildContextChanged();
}

void DocumentController::clearContext()
{
    if (m_contextThread != nullptr)
        m_contextCancel->store(true); // its result is dropped when it finishes
    m_contextRescan = false;
    m_contextDir.clear();
    const QStringList watched = m_contextWatcher->files() + m_contextWatcher->directories();
    if (!watched.isEmpty())
        m_contextWatcher->removePaths(watched);
    if (!m_context)
        return;
    m_context.reset();
    if (m_tree) {
        m_diagnostics = model::lint(*m_tree, m_graph, lintOptions());
        Q_EMIT analysisChanged();
    }
    Q_EMIT buildContextChanged();
}

model::LintOptions DocumentController::lintOptions() const
{
    model::LintOptions options(m_target);
    options.context = m_context;
    return options;
}

void DocumentController::watch()
{
    if (m_filePath.isEmpty() || m_watcher->files().contains(m_filePath))
        return;
    if (QFileInfo::exists(m_filePath))
        m_watcher->addPath(m_filePath);
}

void DocumentController::rememberDisk(const QByteArray &bytes)
{
    m_disk = stampOf(m_filePath);
    m_disk.hash = hashOf(bytes);
}

DocumentController::DiskStamp DocumentController::stampOf(const QString &path)
{
    DiskStamp stamp;
    const QFileInfo info(path);
    stamp.exists = info.exists();
    if (stamp.exists) {
        stamp.size = info.size();
        stamp.modified = info.lastModified();
    }
    return stamp;
}

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
    if (m_filePath.isEmpty() || m_checking)
        return DiskState::Unchanged;
    const DiskStamp now = stampOf(m_filePath);
    if (!now.exists) {
        if (!m_vanishedReported) {
            m_vanishedReported = true;
            // The text is no longer anywhere on disk: it counts as unsaved.
            m_document->setModified(true);
            m_autosaveDirty = true;
            Q_EMIT fileVanished(m_filePath);
        }
        return DiskState::Vanished;
    }
    m_vanishedReported = false;
    watch();
    // The content decides (size and time miss a rewrite within the same second); Dockerfiles
    // are small, so reading and hashing the file once on focus-in costs nothing noticeable.
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return DiskState::Unchanged;
    const QByteArray bytes = file.read(FileLoader::MaxSize + 1);
    const QByteArray hash = hashOf(bytes);
    if (hash == m_disk.hash) {
        // The same bytes (perhaps touched, or rewritten identically): remember the new stamp.
        m_disk = now;
        m_disk.hash = hash;
        return DiskState::Unchanged;
    }

    m_checking = true;
    const ExternalChoice choice
        = m_externalChangeHandler ? m_externalChangeHandler(bytes) : ExternalChoice::KeepMine;
    m_checking = false;

    if (choice == ExternalChoice::Reload) {
        reload();
    } else {
        // Keep mine: don't ask again for this version of the file; the text now differs from
        // the disk, so it is unsaved.
        m_disk = now;
        m_disk.hash = hash;
        m_document->setModified(true);
        m_autosaveDirty = true;
    }
    return DiskState::Changed;
}

void DocumentController::setAutosaveInterval(int milliseconds)
{
    m_autosaveTimer->setInterval(milliseconds);
}

void DocumentController::autosaveNow()
{
    if (!isModified()) {
        if (m_autosave->hasStored())
            m_autosave->discard();
        return;
    }
    if (!m_autosaveDirty && m_autosave->hasStored())
        return;
    // "Dirty" also follows the highlighter's format changes: write only when the text differs.
    std::string text = modelText();
    if (m_autosave->hasStored() && text == m_autosavedText) {
        m_autosaveDirty = false;
        return;
    }
    if (m_autosave->store(m_filePath, QByteArray::fromStdString(text))) {
        m_autosavedText = std::move(text);
        m_autosaveDirty = false;
    }
}

// --- Model -----------------------------------------------------------------------------------

void DocumentController::onContentsChange(int position, int removed, int added)
{
    Q_UNUSED(position);
    Q_UNUSED(removed);
    Q_UNUSED(added);
    // The highlighter's format changes arrive here too; reparse() sees that the text is the same.
    m_autosaveDirty = true;
    if (!m_reparseTimer->isActive())
        m_reparseTimer->start();
}

void DocumentController::reparseNow()
{
    m_reparseTimer->stop();
    reparse();
}

bool DocumentController::isReparsePending() const
{
    return m_reparseTimer->isActive();
}

std::string DocumentController::modelText() const
{
    // toRawText() keeps every character at its document position (toPlainText() would turn
    // non-breaking spaces into spaces); blocks are separated by U+2029, which becomes "\n".
    // Converted first and fixed up in the UTF-8 bytes: QString::replace() of a character costs
    // more than the conversion itself on a large file, and this runs on every keystroke.
    const QByteArray utf8 = m_document->toRawText().toUtf8();
    std::string text;
    text.reserve(static_cast<std::size_t>(utf8.size()));
    const char *data = utf8.constData();
    const std::size_t size = static_cast<std::size_t>(utf8.size());
    std::size_t copied = 0;
    // U+2029 is E2 80 A9 in UTF-8; no other character's encoding contains that sequence.
    for (std::size_t from = 0; from < size;) {
        const auto *hit = static_cast<const char *>(std::memchr(data + from, '\xE2', size - from));
        if (hit == nullptr)
            break;
        const auto offset = static_cast<std::size_t>(hit - data);
        if (offset + 2 < size && data[offset + 1] == '\x80' && data[offset + 2] == '\xA9') {
            text.append(data + copied, offset - copied);
            text.push_back('\n');
            copied = offset + 3;
        }
        from = offset + 1;
    }
    text.append(data + copied, size - copied);
    return text;
}

void DocumentController::reparse()
{
    std::string text = modelText();
    if (m_tree && text == m_tree->text())
        return;
    m_tree = model::SyntaxTree::parse(std::move(text));
    m_graph = model::StageGraph::derive(*m_tree);
    m_diagnostics = model::lint(*m_tree, m_graph, lintOptions());
    m_offsets = std::make_unique<model::TextOffsets>(m_tree->text());
    Q_EMIT analysisChanged();
}

void DocumentController::setTarget(int target)
{
    if (target == m_target)
        return;
    m_target = target;
    m_diagnostics = model::lint(*m_tree, m_graph, lintOptions());
    Q_EMIT analysisChanged();
}

int DocumentController::toPosition(std::uint32_t offset) const
{
    return m_offsets->toUtf16(offset);
}

std::pair<int, int> DocumentController::toPositions(model::Range range) const
{
    return {m_offsets->toUtf16(range.begin), m_offsets->toUtf16(range.end)};
}

std::uint32_t DocumentController::toOffset(int position) const
{
    return m_offsets->toUtf8(position);
}

int DocumentController::stageAtPosition(int position) const
{
    const int instruction = m_tree->instructionAt(toOffset(position));
    return instruction < 0 ? -1 : m_graph.stageOfInstruction(instruction);
}

// --- Edits -----------------------------------------------------------------------------------

bool DocumentController::applyOperation(const model::EditOperation &operation)
{
    reparseNow();
    const model::EditResult result = model::EditEngine(*m_tree, m_graph).apply(operation);
    if (!result.ok()) {
        Q_EMIT statusMessage(EditMessages::refusal(result.refusal, result.refusalArgs));
        return false;
    }
    applyEdits(result.edits);
    return true;
}

bool DocumentController::applyFixIt(int index)
{
    // The index refers to the diagnostics of the latest analysis; text typed since then would
    // make it point elsewhere, so only apply it to the text it was computed for.
    if (modelText() != m_tree->text())
        return false;
    if (index < 0 || index >= static_cast<int>(m_diagnostics.size()))
        return false;
    const model::Diagnostic &diagnostic = m_diagnostics[static_cast<std::size_t>(index)];
    if (!diagnostic.fix || diagnostic.fix->edits.empty())
        return false;
    const std::vector<model::TextEdit> edits = diagnostic.fix->edits;
    applyEdits(edits);
    return true;
}

void DocumentController::applyEdits(const std::vector<model::TextEdit> &edits)
{
    if (edits.empty())
        return;
    std::vector<model::TextEdit> sorted = edits;
    // Last to first: each replacement leaves the positions before it untouched.
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const model::TextEdit &a, const model::TextEdit &b) {
                         return a.range.begin > b.range.begin;
                     });
    QTextCursor cursor(m_document);
    cursor.beginEditBlock();
    for (const model::TextEdit &edit : sorted) {
        const auto [begin, end] = toPositions(edit.range);
        cursor.setPosition(begin);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        cursor.insertText(QString::fromStdString(edit.replacement));
    }
    cursor.endEditBlock();
    reparseNow();
}

} // namespace stagecraft::app
