// SPDX-License-Identifier: GPL-3.0-or-later
#include "LessonsPanel.h"

#include "DocumentController.h"
#include "MainWindow.h"

#include "views/canvas/ArrowItem.h"
#include "views/canvas/StageCanvas.h"
#include "views/canvas/StageScene.h"
#include "views/editor/DockerfileEditor.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace stagecraft::app {

namespace {

QString readText(const QString &path, bool *ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    return *ok ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

LessonsPanel::LessonsPanel(MainWindow *window, QWidget *parent)
    : QWidget(parent)
    , m_window(window)
    , m_lessonsRoot(QStringLiteral(":/lessons"))
    , m_templatesRoot(QStringLiteral(":/templates"))
    , m_list(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_fallbackNote(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_note(new QLabel(this))
    , m_loadButton(new QPushButton(this))
    , m_showButton(new QPushButton(this))
    , m_tryButton(new QPushButton(this))
    , m_backButton(new QPushButton(this))
    , m_nextButton(new QPushButton(this))
    , m_position(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("lessonList"));
    m_list->setMaximumHeight(120);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_fallbackNote->setWordWrap(true);
    m_fallbackNote->setTextFormat(Qt::PlainText);
    m_fallbackNote->setObjectName(QStringLiteral("fallbackNote"));
    m_fallbackNote->setStyleSheet(QStringLiteral("font-style: italic;"));
    m_text->setObjectName(QStringLiteral("lessonText"));
    m_text->setOpenExternalLinks(true);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_position->setAlignment(Qt::AlignCenter);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_loadButton);
    actions->addWidget(m_showButton);
    actions->addWidget(m_tryButton);
    actions->addStretch(1);
    auto *navigation = new QHBoxLayout;
    navigation->addWidget(m_backButton);
    navigation->addWidget(m_position, 1);
    navigation->addWidget(m_nextButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list);
    layout->addWidget(m_title);
    layout->addWidget(m_fallbackNote);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_note);
    layout->addLayout(actions);
    layout->addLayout(navigation);

    connect(m_list, &QListWidget::currentRowChanged, this, &LessonsPanel::setLesson);
    connect(m_backButton, &QPushButton::clicked, this, &LessonsPanel::back);
    connect(m_nextButton, &QPushButton::clicked, this, &LessonsPanel::next);
    connect(m_loadButton, &QPushButton::clicked, this, [this] { loadStep(); });
    connect(m_showButton, &QPushButton::clicked, this, [this] { highlightStep(); });
    connect(m_tryButton, &QPushButton::clicked, this, &LessonsPanel::tryStep);

    retranslateUi();
    reload();
}

QString LessonsPanel::uiLanguage()
{
    //: The code of the language of this translation ("en", "hi"): the Learn panel shows the
    //: lessons written in it.
    const QString code = QCoreApplication::translate("stagecraft::app::LessonsPanel", "en");
    return code.isEmpty() ? QStringLiteral("en") : code;
}

void LessonsPanel::setDataRoots(const QString &lessonsRoot, const QString &templatesRoot)
{
    m_lessonsRoot = lessonsRoot;
    m_templatesRoot = templatesRoot;
    reload();
}

void LessonsPanel::reload()
{
    m_error.clear();
    if (!m_catalog.load(m_lessonsRoot, &m_error) && m_error.isEmpty())
        m_error = tr("The lessons could not be read.");
    m_lesson = -1;
    m_step = -1;
    m_loadedKey.clear();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const LessonCatalog::Lesson &lesson : m_catalog.lessons())
            m_list->addItem(lesson.title(uiLanguage()));
    }
    if (!m_catalog.lessons().isEmpty()) {
        m_list->setCurrentRow(0);
        setLesson(0);
    } else {
        render();
    }
}

const LessonCatalog::Step *LessonsPanel::step() const
{
    if (m_lesson < 0 || m_lesson >= m_catalog.lessons().size())
        return nullptr;
    const auto &steps = m_catalog.lessons().at(m_lesson).steps;
    if (m_step < 0 || m_step >= steps.size())
        return nullptr;
    return &steps.at(m_step);
}

QString LessonsPanel::stepKey() const
{
    const LessonCatalog::Step *s = step();
    return s ? m_catalog.dockerfilePath(*s, m_templatesRoot) : QString();
}

void LessonsPanel::setLesson(int index)
{
    if (index < 0 || index >= m_catalog.lessons().size())
        return;
    m_lesson = index;
    if (m_list->currentRow() != index) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(index);
    }
    setStep(0);
}

void LessonsPanel::setStep(int index)
{
    if (m_lesson < 0)
        return;
    const auto &steps = m_catalog.lessons().at(m_lesson).steps;
    m_step = std::clamp(index, 0, static_cast<int>(steps.size()) - 1);
    m_note->clear();
    render();
    // The document is already this step's: point at what the step talks about.
    const LessonCatalog::Step *s = step();
    if (s && !s->highlight.isEmpty() && !m_loadedKey.isEmpty() && m_loadedKey == stepKey())
        highlightStep();
}

void LessonsPanel::next()
{
    setStep(m_step + 1);
}

void LessonsPanel::back()
{
    setStep(m_step - 1);
}

QString LessonsPanel::shownMarkdown() const
{
    return m_text->toMarkdown();
}

void LessonsPanel::render()
{
    const LessonCatalog::Step *s = step();
    const bool ok = s != nullptr;
    m_list->setVisible(m_catalog.lessons().size() > 1);
    m_loadButton->setVisible(ok && !m_catalog.dockerfilePath(*s, m_templatesRoot).isEmpty());
    m_showButton->setVisible(ok && !s->highlight.isEmpty());
    m_tryButton->setVisible(ok && !s->tryAction.isEmpty());
    m_backButton->setEnabled(ok && m_step > 0);
    const int count = ok ? static_cast<int>(m_catalog.lessons().at(m_lesson).steps.size()) : 0;
    m_nextButton->setEnabled(ok && m_step + 1 < count);
    m_fallbackNote->setVisible(false);
    if (!ok) {
        m_title->setText(tr("Learn"));
        m_position->clear();
        m_text->setPlainText(m_error.isEmpty() ? tr("There are no lessons.") : m_error);
        return;
    }
    const QString language = uiLanguage();
    const LessonCatalog::Lesson &lesson = m_catalog.lessons().at(m_lesson);
    m_title->setText(lesson.title(language));
    //: Learn panel: %1 = step number, %2 = number of steps
    m_position->setText(tr("Step %1 of %2").arg(m_step + 1).arg(count));
    bool read = false;
    QString markdown = readText(m_catalog.markdownPath(*s, language), &read);
    m_shownLanguage = language;
    if (!read && language != QLatin1String("en")) {
        markdown = readText(m_catalog.markdownPath(*s, QStringLiteral("en")), &read);
        if (read) {
            m_shownLanguage = QStringLiteral("en");
            m_fallbackNote->setText(
                tr("This step is not written in your language yet; it is shown in English."));
            m_fallbackNote->setVisible(true);
        }
    }
    if (!read) {
        m_shownLanguage.clear();
        //: %1 = file path of the missing lesson text
        m_text->setPlainText(tr("The text of this step is missing (%1). The lessons are "
                                "incomplete; reinstall Stagecraft or report it.")
                                 .arg(m_catalog.markdownPath(*s, language)));
        return;
    }
    m_text->setSearchPaths({QFileInfo(m_catalog.markdownPath(*s, m_shownLanguage)).path()});
    m_text->setMarkdown(markdown);
    if (s->tryAction == QLatin1String("compare"))
        m_tryButton->setText(tr("&Try It: Build Before and After"));
    else if (s->tryAction == QLatin1String("build"))
        m_tryButton->setText(tr("&Try It: Build"));
}

void LessonsPanel::showNote(const QString &text)
{
    m_note->setText(text);
    Q_EMIT statusMessage(text);
}

bool LessonsPanel::loadStep()
{
    const LessonCatalog::Step *s = step();
    if (!s || !m_window)
        return false;
    const QString path = m_catalog.dockerfilePath(*s, m_templatesRoot);
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 = path of the missing example Dockerfile
        showNote(tr("The example of this step is missing (%1).").arg(path));
        return false;
    }
    if (!m_window->openText(file.readAll()))
        return false;
    m_loadedKey = path;
    m_note->clear();
    if (!s->highlight.isEmpty())
        highlightStep();
    return true;
}

bool LessonsPanel::highlightStep()
{
    const LessonCatalog::Step *s = step();
    if (!s || !m_window || s->highlight.isEmpty())
        return false;
    m_window->reparseNow();
    DocumentController *controller = m_window->controller();
    const std::shared_ptr<const model::Analysis> analysis = controller->analysis();
    const model::StageGraph &graph = analysis->graph();
    const auto &tree = analysis->tree();
    views::StageCanvas *canvas = m_window->canvas();
    views::DockerfileEditor *editor = m_window->editor();
    const auto reveal = [&](model::Range range) {
        const auto [begin, end] = analysis->offsets().toUtf16(range);
        editor->revealRange(begin, end);
    };
    const LessonCatalog::Highlight &h = s->highlight;
    bool shown = false;
    if (!h.arrowFrom.isEmpty()) {
        const int from = graph.stageIndex(h.arrowFrom.toStdString());
        const int to = graph.stageIndex(h.arrowTo.toStdString());
        const model::Edge *edge = nullptr;
        for (const model::Edge &e : graph.edges()) {
            if (e.from == from && e.to == to && from >= 0
                && (!edge || e.kind == model::EdgeKind::Copy))
                edge = &e;
        }
        views::ArrowItem *arrow = edge ? canvas->stageScene()->arrowForLine(edge->line) : nullptr;
        if (!arrow) {
            //: %1, %2 = stage names
            showNote(tr("The open Dockerfile has no arrow from %1 to %2. Open this step's example "
                        "first.")
                         .arg(h.arrowFrom, h.arrowTo));
            return false;
        }
        // The editor first: its cursor moving selects the stage on the canvas, then the arrow.
        if (edge->instruction >= 0
            && edge->instruction < static_cast<int>(tree->instructions().size()))
            reveal(tree->instructions()[static_cast<std::size_t>(edge->instruction)].range);
        canvas->stageScene()->clearSelection();
        arrow->setSelected(true);
        canvas->ensureVisible(arrow);
        shown = true;
    } else if (!h.stage.isEmpty()) {
        const int index = graph.stageIndex(h.stage.toStdString());
        if (index < 0) {
            //: %1 = stage name
            showNote(tr("The open Dockerfile has no stage %1. Open this step's example first.")
                         .arg(h.stage));
            return false;
        }
        const model::Stage &stage = graph.stages()[static_cast<std::size_t>(index)];
        if (stage.fromInstruction >= 0)
            reveal(tree->instructions()[static_cast<std::size_t>(stage.fromInstruction)].range);
        canvas->selectStage(index);
        shown = true;
    }
    if (h.line > 0) {
        const QTextBlock block = controller->document()->findBlockByNumber(h.line - 1);
        if (!block.isValid()) {
            //: %1 = line number
            showNote(tr("The open Dockerfile has no line %1. Open this step's example first.")
                         .arg(h.line));
            return shown;
        }
        // A line alone still points at its stage on the canvas; with a stage or an arrow, the
        // canvas keeps that selection.
        QList<QGraphicsItem *> keep = canvas->stageScene()->selectedItems();
        editor->revealRange(block.position(), block.position() + block.length() - 1);
        if (!shown) {
            canvas->selectStage(
                analysis->stageAtOffset(analysis->offsets().toUtf8(block.position())));
        } else {
            canvas->stageScene()->clearSelection();
            for (QGraphicsItem *item : keep)
                item->setSelected(true);
        }
        shown = true;
    }
    if (shown)
        m_note->clear();
    return shown;
}

void LessonsPanel::tryStep()
{
    const LessonCatalog::Step *s = step();
    if (!s)
        return;
    if (s->tryAction == QLatin1String("compare")) {
        if (s->templateId.isEmpty()) {
            showNote(tr("This step has no template to compare."));
            return;
        }
        Q_EMIT tryCompareRequested(s->templateId);
    } else if (s->tryAction == QLatin1String("build")) {
        Q_EMIT tryBuildRequested();
    }
}

void LessonsPanel::retranslateUi()
{
    m_loadButton->setText(tr("&Open Example"));
    m_loadButton->setToolTip(tr("Open the Dockerfile this step talks about, as a new untitled "
                                "document."));
    m_showButton->setText(tr("&Show Me"));
    m_showButton->setToolTip(tr("Select the block, arrow or line this step talks about."));
    m_backButton->setText(tr("&Back"));
    m_nextButton->setText(tr("&Next"));
    m_list->setAccessibleName(tr("Lessons"));
    m_text->setAccessibleName(tr("Lesson text"));
}

void LessonsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Titles and step texts follow the language.
        const QSignalBlocker blocker(m_list);
        for (int i = 0; i < m_list->count() && i < m_catalog.lessons().size(); ++i)
            m_list->item(i)->setText(m_catalog.lessons().at(i).title(uiLanguage()));
        if (!m_error.isEmpty())
            m_catalog.load(m_lessonsRoot, &m_error); // the message is translated again
        render();
    }
    QWidget::changeEvent(event);
}

} // namespace stagecraft::app
