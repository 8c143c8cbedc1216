// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/CanvasEmptyState.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace stagecraft::views {

CanvasEmptyState::CanvasEmptyState(QWidget *viewport)
    : QFrame(viewport)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_template(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_lesson(new QPushButton(this))
{
    setObjectName(QStringLiteral("canvasEmptyState"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_template->setObjectName(QStringLiteral("emptyNewFromTemplate"));
    m_open->setObjectName(QStringLiteral("emptyOpen"));
    m_lesson->setObjectName(QStringLiteral("emptyStartLesson"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    for (QPushButton *button : {m_template, m_open, m_lesson})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addLayout(buttons);

    connect(m_template, &QPushButton::clicked, this, &CanvasEmptyState::newFromTemplateRequested);
    connect(m_open, &QPushButton::clicked, this, &CanvasEmptyState::openRequested);
    connect(m_lesson, &QPushButton::clicked, this, &CanvasEmptyState::lessonRequested);
    viewport->installEventFilter(this);
    retranslateUi();
}

void CanvasEmptyState::retranslateUi()
{
    m_title->setText(tr("Nothing on the canvas yet"));
    m_text->setText(tr("Each FROM in a Dockerfile becomes a block here, and each COPY --from an "
                       "arrow between blocks. Start from a template, open a Dockerfile, or let "
                       "the first lesson show you around. You can also type in the editor, or "
                       "drag a base image from the palette onto the canvas."));
    m_template->setText(tr("New from Template…"));
    m_open->setText(tr("Open…"));
    m_lesson->setText(tr("Start Lesson 1"));
    recentre();
}

void CanvasEmptyState::recentre()
{
    const QWidget *viewport = parentWidget();
    if (!viewport)
        return;
    // At most 560 px wide, never narrower than its buttons; as tall as its wrapped text needs.
    const int margin = 16;
    const int width
        = std::max(std::min(viewport->width() - 2 * margin, 560), layout()->minimumSize().width());
    const int height = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width)
                                                     : layout()->sizeHint().height();
    resize(width, height);
    move(std::max((viewport->width() - width) / 2, 0),
         std::max((viewport->height() - height) / 2, 0));
}

bool CanvasEmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        recentre();
    return QFrame::eventFilter(watched, event);
}

void CanvasEmptyState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange || event->type() == QEvent::ShowToParent)
        recentre();
    QFrame::changeEvent(event);
}

} // namespace stagecraft::views
