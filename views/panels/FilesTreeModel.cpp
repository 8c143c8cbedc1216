// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilesTreeModel.h"

#include "views/SizeFormat.h"
#include "views/canvas/ArtifactDrag.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QMimeData>
#include <QPalette>

namespace stagecraft::views {

using Node = model::FileNode;
using EntryType = model::FileType;

namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

/// dive's colours (green, yellow, red), dark enough to read on a light background and light
/// enough on a dark one.
QColor changeColor(model::FileChange change)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    switch (change) {
    case model::FileChange::Added:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x7a, 0x2e);
    case model::FileChange::Modified:
        return dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0x9a, 0x63, 0x00);
    case model::FileChange::Removed:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    case model::FileChange::None:
        break;
    }
    return QGuiApplication::palette().color(QPalette::Text);
}

} // namespace

FilesTreeModel::FilesTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void FilesTreeModel::setRoot(const Node &root, bool compared)
{
    beginResetModel();
    m_root = root;
    m_compared = compared;
    m_layer = false;
    rebuild();
    endResetModel();
}

void FilesTreeModel::setLayerRoot(const Node &root)
{
    beginResetModel();
    m_root = root;
    m_compared = true;
    m_layer = true;
    rebuild();
    endResetModel();
}

QString FilesTreeModel::changeText(model::FileChange change)
{
    switch (change) {
    case model::FileChange::Added:
        //: Files panel, a layer's change to a file (as dive shows it)
        return tr("added");
    case model::FileChange::Modified:
        //: Files panel, a layer's change to a file (as dive shows it)
        return tr("modified");
    case model::FileChange::Removed:
        //: Files panel, a layer's change to a file (as dive shows it)
        return tr("removed");
    case model::FileChange::None:
        break;
    }
    return {};
}

void FilesTreeModel::clear()
{
    setRoot(Node{}, false);
}

void FilesTreeModel::setSource(const QString &stage, const QString &image)
{
    m_stage = stage;
    m_image = image;
}

void FilesTreeModel::setFilter(const QString &text, bool onlyAdded)
{
    if (text == m_filter && onlyAdded == m_onlyAdded)
        return;
    beginResetModel();
    m_filter = text;
    m_onlyAdded = onlyAdded;
    rebuild();
    endResetModel();
}

void FilesTreeModel::rebuild()
{
    m_items.clear();
    m_topLevel.clear();
    m_matches = 0;
    for (const Node &child : m_root.children)
        keep(child, -1);
}

bool FilesTreeModel::keep(const Node &node, int parent)
{
    // Reserve this node's slot first; drop it again when neither it nor a descendant matches.
    const int self = static_cast<int>(m_items.size());
    m_items.push_back(Item{&node, parent, 0, {}});
    bool anyChild = false;
    for (const Node &child : node.children)
        anyChild = keep(child, self) || anyChild;
    const bool matchesText
        = m_filter.isEmpty() || q(node.path).contains(m_filter, Qt::CaseInsensitive);
    const bool changed = m_layer ? node.change != model::FileChange::None : node.added;
    const bool matchesAdded = !m_onlyAdded || changed;
    if (matchesText && matchesAdded && (!m_filter.isEmpty() || m_onlyAdded))
        ++m_matches;
    if (!anyChild && !(matchesText && matchesAdded)) {
        // Nothing below was kept either, so this node is still the last item.
        m_items.pop_back();
        return false;
    }
    std::vector<int> &siblings
        = parent < 0 ? m_topLevel : m_items[static_cast<std::size_t>(parent)].children;
    m_items[static_cast<std::size_t>(self)].row = static_cast<int>(siblings.size());
    siblings.push_back(self);
    return true;
}

const FilesTreeModel::Item *FilesTreeModel::item(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const auto at = static_cast<std::size_t>(index.internalId());
    return at < m_items.size() ? &m_items[at] : nullptr;
}

QModelIndex FilesTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const std::vector<int> *children = &m_topLevel;
    if (parent.isValid()) {
        const Item *p = item(parent);
        if (!p)
            return {};
        children = &p->children;
    }
    if (row >= static_cast<int>(children->size()))
        return {};
    return createIndex(row, column,
                       static_cast<quintptr>((*children)[static_cast<std::size_t>(row)]));
}

QModelIndex FilesTreeModel::parent(const QModelIndex &child) const
{
    const Item *it = item(child);
    if (!it || it->parent < 0)
        return {};
    const Item &p = m_items[static_cast<std::size_t>(it->parent)];
    return createIndex(p.row, 0, static_cast<quintptr>(it->parent));
}

int FilesTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    const Item *p = item(parent);
    return p ? static_cast<int>(p->children.size()) : 0;
}

int FilesTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FilesTreeModel::data(const QModelIndex &index, int role) const
{
    const Item *it = item(index);
    if (!it)
        return {};
    const Node &node = *it->node;
    const bool directory = node.type == EntryType::Directory;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (node.type == EntryType::Symlink || node.type == EntryType::Hardlink)
                return tr("%1 → %2").arg(q(node.name), q(node.linkTarget));
            return directory ? q(node.name) + u'/' : q(node.name);
        case SizeColumn:
            return SizeFormat::size(node.totalSize);
        case AddedColumn:
            if (m_layer) {
                if (node.change != model::FileChange::None)
                    return changeText(node.change);
                if (directory && node.addedCount > 0)
                    //: Files panel: a folder with changes below it; %Ln = how many
                    return tr("%Ln changed", nullptr, node.addedCount);
                return {};
            }
            if (!m_compared)
                return {};
            if (node.added)
                //: Files panel: the stage added (or changed) this file or folder
                return tr("added");
            if (directory && node.addedSize > 0)
                //: Files panel: a folder with added files below it; %1 = size
                return tr("%1 added").arg(SizeFormat::size(node.addedSize));
            return {};
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString tip = q(node.path);
        if (directory)
            tip += u'\n'
                + tr("%Ln file(s), %1", nullptr, node.fileCount)
                      .arg(SizeFormat::size(node.totalSize));
        if (m_layer && node.change == model::FileChange::Removed)
            return QString(tip + u'\n'
                           + tr("Removed by this layer: its bytes stay in the layer below."));
        if (m_layer && node.addedCount > 0)
            tip += u'\n' + tr("Changed here: %Ln item(s)", nullptr, node.addedCount);
        else if (m_compared && node.addedCount > 0)
            tip += u'\n'
                + tr("Added by this stage: %Ln item(s), %1", nullptr, node.addedCount)
                      .arg(SizeFormat::size(node.addedSize));
        tip += u'\n' + tr("Drag onto a later stage on the canvas to copy it there.");
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (m_layer && node.change == model::FileChange::Removed) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        if (m_compared && node.added) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (m_layer && node.change != model::FileChange::None)
            return QBrush(changeColor(node.change));
        if (m_compared && (node.added || node.addedSize > 0) && index.column() == AddedColumn)
            return QBrush(QGuiApplication::palette().color(QPalette::Link));
        return {};
    case PathRole:
        return q(node.path);
    case SizeRole:
        return qint64(node.totalSize);
    case AddedRole:
        return node.added;
    case ChangeRole:
        return static_cast<int>(node.change);
    case DirectoryRole:
        return directory;
    default:
        return {};
    }
}

QVariant FilesTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case AddedColumn:
        if (m_layer)
            //: Files panel column: what the chosen layer did to the file
            return tr("Change");
        //: Files panel column: what this stage added beyond its base image
        return tr("Added");
    default:
        return {};
    }
}

Qt::ItemFlags FilesTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Item *it = item(index);
    if (it && it->node->change == model::FileChange::Removed)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable; // nothing there to copy
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList FilesTreeModel::mimeTypes() const
{
    return {QLatin1String(ArtifactDrag::MimeType)};
}

QMimeData *FilesTreeModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        const Item *it = item(index);
        if (!it)
            continue;
        ArtifactDrag drag;
        drag.stage = m_stage;
        drag.image = m_stage.isEmpty() ? m_image : QString();
        drag.path = q(it->node->path);
        drag.directory = it->node->type == EntryType::Directory;
        return drag.toMimeData();
    }
    return nullptr;
}

Qt::DropActions FilesTreeModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

QModelIndex FilesTreeModel::indexForPath(const QString &path) const
{
    QModelIndex at;
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool found = false;
        const int rows = rowCount(at);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex candidate = index(row, 0, at);
            if (q(item(candidate)->node->name) == part) {
                at = candidate;
                found = true;
                break;
            }
        }
        if (!found)
            return {};
    }
    return at;
}

} // namespace stagecraft::views
