// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/AutosaveManager.h"
#include "app/DocumentController.h"

#include <QObject>
#include <QString>

class QWidget;

namespace stagecraft::app {

/// The questions and notices about the controller's document, as message boxes over the window:
/// save unsaved changes, recover an autosaved buffer, reload a file another program changed
/// (with a comparison of the two texts), save text that was not valid UTF-8, and a file that
/// vanished. Each asks and answers; what to do with the answer is the caller's.
class DocumentPrompts : public QObject
{
    Q_OBJECT

public:
    /// The answer to "save your changes?".
    enum class UnsavedChoice { Save, Discard, Cancel };

    /// Asks about `controller`'s document, over `window` (also the parent).
    DocumentPrompts(DocumentController *controller, QWidget *window);

    /// "Save your changes?" about the document.
    [[nodiscard]] UnsavedChoice askUnsavedChanges() const;
    /// Offers the autosaved `entry`; true restores it.
    [[nodiscard]] bool askRecover(const AutosaveManager::Entry &entry) const;
    /// Another program wrote `diskBytes` to the document's file: reload, or keep the text
    /// shown? "Compare…" shows both as a unified diff and asks again.
    [[nodiscard]] DocumentController::ExternalChoice
    askAboutExternalChange(const QByteArray &diskBytes) const;
    /// The text held bytes that were not UTF-8, which a save replaces: save anyway?
    [[nodiscard]] bool confirmInvalidUtf8() const;
    /// Says that the file at `path` was deleted or moved: in the status bar (statusMessage())
    /// and in a message box.
    void reportVanished(const QString &path);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void showComparison(const QByteArray &diskBytes) const;

    DocumentController *m_controller;
    QWidget *m_window;
};

} // namespace stagecraft::app
