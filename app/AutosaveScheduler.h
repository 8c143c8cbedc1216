// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <string>

class QTextDocument;
class QTimer;

namespace stagecraft::app {

class AutosaveManager;

/// Keeps the autosave copy of the document (AutosaveManager) current: every few seconds while
/// the text has unsaved changes it writes the copy (only when the text differs from the copy),
/// and a document without unsaved changes has none.
class AutosaveScheduler : public QObject
{
    Q_OBJECT

public:
    /// Follows the edits of `document`, which must outlive the scheduler's use of it.
    explicit AutosaveScheduler(QTextDocument *document, QObject *parent = nullptr);

    /// Where the copy is kept (its directory can be changed).
    [[nodiscard]] AutosaveManager *store() const { return m_store; }
    /// The file the copy belongs to ("" for an untitled document).
    void setFilePath(const QString &path) { m_filePath = path; }
    /// The period in milliseconds (default 5000).
    void setInterval(int milliseconds);
    /// The text differs from the disk in a way the document's edits do not show (the file
    /// vanished, or the user kept their text over a changed file): write at the next tick.
    void markDirty() { m_dirty = true; }
    /// The document was saved, loaded or closed: the copy is dropped.
    void discard();
    /// Writes the copy now when the document has unsaved changes (else drops it).
    void saveNow();

private:
    QPointer<QTextDocument> m_document;
    AutosaveManager *m_store = nullptr;
    QTimer *m_timer = nullptr;
    QString m_filePath;
    bool m_dirty = false;
    std::string m_storedText; ///< what the copy holds
};

} // namespace stagecraft::app
