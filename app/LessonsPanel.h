// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/LessonCatalog.h"

#include <QString>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace stagecraft::app {

class MainWindow;

/// The Learn panel: the lessons (LessonCatalog, from `:/lessons`), one step at a time (Back /
/// Next, "Step k of n") in the UI language — Hindi falls back to English per file, with a note —
/// and per step: open its template or example as an untitled document (asking about unsaved
/// changes first), show the block, arrow or line it talks about (canvas selection and editor),
/// and "try it" (a comparison of the template's before/after variants, or a build), which the
/// window hands to the build panel through the signals below.
class LessonsPanel : public QWidget
{
    Q_OBJECT

public:
    /// `window` gives the document, the canvas and the editor the steps act on.
    explicit LessonsPanel(MainWindow *window, QWidget *parent = nullptr);

    /// Reads the lessons from `lessonsRoot` and templates from `templatesRoot` (defaults:
    /// `:/lessons`, `:/templates`). Bad or missing data shows a message in the panel.
    void setDataRoots(const QString &lessonsRoot, const QString &templatesRoot);
    /// Reads the lessons again from the current roots.
    void reload();

    [[nodiscard]] const LessonCatalog &catalog() const { return m_catalog; }
    /// The load error shown, or "" when the lessons are fine.
    [[nodiscard]] const QString &errorText() const { return m_error; }
    [[nodiscard]] int currentLesson() const { return m_lesson; }
    [[nodiscard]] int currentStep() const { return m_step; }
    /// The language the step text is shown in ("en", "hi"), after any fallback.
    [[nodiscard]] const QString &shownLanguage() const { return m_shownLanguage; }
    /// The Markdown shown (tests).
    [[nodiscard]] QString shownMarkdown() const;
    /// The language the UI asks for, from the installed catalogue ("en" without one).
    [[nodiscard]] static QString uiLanguage();

public Q_SLOTS:
    void setLesson(int index);
    void setStep(int index);
    void next();
    void back();
    /// Opens the step's template or example (after the unsaved-changes question); true when the
    /// document now shows it.
    bool loadStep();
    /// Shows what the step talks about in the open document; false (with a note) when it cannot.
    bool highlightStep();
    /// Emits the step's "try it" request.
    void tryStep();

Q_SIGNALS:
    /// Build the before and after variants of template `templateId` and show the saving.
    void tryCompareRequested(const QString &templateId);
    /// Build the open document.
    void tryBuildRequested();
    /// A message for the status bar (already translated).
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();
    void showNote(const QString &text);
    [[nodiscard]] const LessonCatalog::Step *step() const;
    [[nodiscard]] QString stepKey() const;

    MainWindow *m_window = nullptr;
    LessonCatalog m_catalog;
    QString m_lessonsRoot;
    QString m_templatesRoot;
    QString m_error;
    int m_lesson = -1;
    int m_step = -1;
    QString m_shownLanguage;
    QString m_loadedKey; ///< the step source the document was loaded from

    QListWidget *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_fallbackNote = nullptr;
    QTextBrowser *m_text = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_loadButton = nullptr;
    QPushButton *m_showButton = nullptr;
    QPushButton *m_tryButton = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QLabel *m_position = nullptr;
};

} // namespace stagecraft::app
