// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AutosaveScheduler.h"

#include "app/AutosaveManager.h"
#include "app/DocumentText.h"

#include <QTextDocument>
#include <QTimer>

#include <utility>

namespace stagecraft::app {

namespace {

constexpr int defaultIntervalMs = 5000;

} // namespace

AutosaveScheduler::AutosaveScheduler(QTextDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_store(new AutosaveManager(this))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(defaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &AutosaveScheduler::saveNow);
    m_timer->start();
    // The highlighter's format changes arrive here too; saveNow() sees that the text is the same.
    connect(document, &QTextDocument::contentsChange, this, [this] { m_dirty = true; });
}

void AutosaveScheduler::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void AutosaveScheduler::discard()
{
    m_store->discard();
    m_dirty = false;
}

void AutosaveScheduler::saveNow()
{
    if (!m_document)
        return;
    if (!m_document->isModified()) {
        if (m_store->hasStored())
            m_store->discard();
        return;
    }
    if (!m_dirty && m_store->hasStored())
        return;
    // "Dirty" also follows the highlighter's format changes: write only when the text differs.
    std::string text = DocumentText::modelText(*m_document);
    if (m_store->hasStored() && text == m_storedText) {
        m_dirty = false;
        return;
    }
    if (m_store->store(m_filePath, QByteArray::fromStdString(text))) {
        m_storedText = std::move(text);
        m_dirty = false;
    }
}

} // namespace stagecraft::app
