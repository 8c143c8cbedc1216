// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDiffView.h"

#include "views/SizeFormat.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stagecraft::views {

namespace {

using Kind = model::FileDelta::Kind;

QString mode(std::uint32_t bits)
{
    return QStringLiteral("%1").arg(bits, 4, 8, QLatin1Char('0'));
}

/// Sorts by the number it holds, not by its text (sizes read "1.2 MB").
class SizeItem : public QTableWidgetItem
{
public:
    SizeItem(const QString &text, qint64 value)
        : QTableWidgetItem(text)
    {
        setData(Qt::UserRole, value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole).toLongLong() < other.data(Qt::UserRole).toLongLong();
    }
};

} // namespace

FileDiffView::FileDiffView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_table(new QTableWidget(0, WhatColumn + 1, this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter->setClearButtonEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    connect(m_filter, &QLineEdit::textChanged, this, &FileDiffView::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FileDiffView::applyFilter);
    retranslateUi();
}

QString FileDiffView::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Gone:
        //: A file in image A (before) that image B (after) lacks
        return tr("gone");
    case Kind::New:
        //: A file in image B (after) that image A (before) lacks
        return tr("new");
    case Kind::Changed:
        return tr("changed");
    }
    return {};
}

QString FileDiffView::whatText(const model::FileDelta &c)
{
    QStringList parts;
    if (c.what & model::FileDelta::Type)
        //: %1 → %2 = file types (file, directory, symlink…), kept in English
        parts << tr("type %1 → %2")
                     .arg(QString::fromUtf8(model::FileDiff::typeName(c.typeA)),
                          QString::fromUtf8(model::FileDiff::typeName(c.typeB)));
    if (c.what & model::FileDelta::Size)
        parts << tr("size");
    if (c.what & model::FileDelta::Mode)
        //: Permission bits: %1 → %2 (octal)
        parts << tr("mode %1 → %2").arg(mode(c.modeA), mode(c.modeB));
    if (c.what & model::FileDelta::Link)
        //: A link's target: %1 → %2
        parts << tr("link %1 → %2")
                     .arg(QString::fromStdString(c.linkA), QString::fromStdString(c.linkB));
    if (c.what & model::FileDelta::Time)
        parts << tr("modification time");
    return parts.join(QStringLiteral(", "));
}

void FileDiffView::setDiff(const model::FileDiffResult &result, const QString &titleA,
                           const QString &titleB)
{
    m_diff = result;
    m_titleA = titleA;
    m_titleB = titleB;
    m_hasDiff = true;
    m_message.clear();
    fill();
    retranslateUi();
}

void FileDiffView::showMessage(const QString &message)
{
    m_diff = {};
    m_hasDiff = false;
    m_message = message;
    m_table->setRowCount(0);
    retranslateUi();
}

void FileDiffView::fill()
{
    m_table->setSortingEnabled(false);
    m_table->setRowCount(static_cast<int>(m_diff.changes.size()));
    int row = 0;
    for (const model::FileDelta &c : m_diff.changes) {
        const bool directory
            = (c.kind == Kind::Gone ? c.typeA : c.typeB) == model::FileType::Directory;
        auto *kind = new QTableWidgetItem(kindText(c.kind));
        kind->setData(Qt::UserRole, static_cast<int>(c.kind));
        m_table->setItem(row, KindColumn, kind);
        m_table->setItem(row, PathColumn,
                         new QTableWidgetItem(QString::fromStdString(c.path)
                                              + (directory ? QStringLiteral("/") : QString())));
        //: Diff cell: the path is not in this image
        const QString none = tr("—");
        m_table->setItem(
            row, SizeAColumn,
            new SizeItem(c.kind == Kind::New ? none : SizeFormat::size(c.sizeA), c.sizeA));
        m_table->setItem(
            row, SizeBColumn,
            new SizeItem(c.kind == Kind::Gone ? none : SizeFormat::size(c.sizeB), c.sizeB));
        m_table->setItem(row, DeltaColumn, new SizeItem(SizeFormat::delta(c.delta()), c.delta()));
        m_table->setItem(row, WhatColumn,
                         new QTableWidgetItem(c.kind == Kind::Changed ? whatText(c) : QString()));
        ++row;
    }
    // Not the last column: it stretches (resizing it to its contents would undo that).
    for (int column = KindColumn; column < WhatColumn; ++column)
        m_table->resizeColumnToContents(column);
    applyFilter();
}

void FileDiffView::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    const int filter = m_kind->currentIndex();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto kind
            = static_cast<Kind>(m_table->item(row, KindColumn)->data(Qt::UserRole).toInt());
        const bool kindShown = filter <= AllChanges || (filter == GoneOnly && kind == Kind::Gone)
            || (filter == NewOnly && kind == Kind::New)
            || (filter == ChangedOnly && kind == Kind::Changed);
        const bool textShown = text.isEmpty()
            || m_table->item(row, PathColumn)->text().contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !(kindShown && textShown));
    }
}

int FileDiffView::visibleRows() const
{
    int visible = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        visible += m_table->isRowHidden(row) ? 0 : 1;
    return visible;
}

void FileDiffView::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Change"), tr("Path"), tr("A (before)"), tr("B (after)"),
                                        tr("Difference"), tr("What changed")});
    m_filter->setPlaceholderText(tr("Filter paths…"));
    {
        const QSignalBlocker block(m_kind);
        const int current = std::max(0, m_kind->currentIndex());
        m_kind->clear();
        m_kind->addItems({tr("All changes"), tr("Gone"), tr("New"), tr("Changed")});
        m_kind->setCurrentIndex(current);
    }
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *kind = m_table->item(row, KindColumn);
        kind->setText(kindText(static_cast<Kind>(kind->data(Qt::UserRole).toInt())));
    }
    if (!m_hasDiff) {
        m_summary->setText(m_message.isEmpty()
                               ? tr("Choose a stage of run A and of run B, then Compare Files.")
                               : m_message);
        return;
    }
    const model::FileDiffTotals &t = m_diff.totals;
    //: %1 = image A, %2 = image B; then %3 files and %4 bytes gone, %5 files and %6 bytes new,
    //: %7 files changed, %8 = the signed size change of the changed files
    m_summary->setText(tr("%1 → %2: gone %3 files (%4), new %5 files (%6), changed %7 files (%8).")
                           .arg(m_titleA, m_titleB, QLocale().toString(t.goneFiles),
                                SizeFormat::size(t.goneBytes), QLocale().toString(t.newFiles),
                                SizeFormat::size(t.newBytes), QLocale().toString(t.changedFiles),
                                SizeFormat::delta(t.changedBytesB - t.changedBytesA)));
}

void FileDiffView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_hasDiff)
            fill(); // sizes and "what changed" are worded in the language too
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace stagecraft::views
