// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/FileTree.h"

#include <QAbstractItemModel>
#include <QString>

#include <vector>

namespace stagecraft::views {

/// The tree of a stage's filesystem for the Files panel: name, size (directories sum their
/// contents; largest first) and whether the stage added it — or, for a layer's tree
/// (model::LayerTree), whether that layer added, modified or removed it. A filter keeps the
/// entries whose path contains a text (with their parents), optionally only the added (changed)
/// ones. Items drag out as views::ArtifactDrag payloads naming the source stage or image.
class FilesTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SizeColumn, AddedColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, SizeRole, AddedRole, DirectoryRole, ChangeRole };

    explicit FilesTreeModel(QObject *parent = nullptr);

    /// Shows `root`; `compared` tells whether the added marks mean anything (a base was read).
    void setRoot(const model::FileNode &root, bool compared);
    /// Shows a layer's tree: the third column tells added / modified / removed (ChangeRole: the
    /// model::FileChange as an int).
    void setLayerRoot(const model::FileNode &root);
    /// True while a layer's tree is shown.
    [[nodiscard]] bool showsLayer() const { return m_layer; }
    void clear();
    /// Where drags come from: a stage (name or index as text), else an image reference.
    void setSource(const QString &stage, const QString &image);
    /// Keeps entries whose path contains `text` (case-insensitive) and, with `onlyAdded`, that
    /// the stage added; their parents stay so the tree still reads.
    void setFilter(const QString &text, bool onlyAdded);

    /// The index of `path` ("/a/b"), invalid when it is filtered out or absent.
    [[nodiscard]] QModelIndex indexForPath(const QString &path) const;
    [[nodiscard]] const model::FileNode &root() const { return m_root; }
    /// Entries that match the filter themselves (not kept only as a parent); 0 without a filter.
    [[nodiscard]] int matchCount() const { return m_matches; }
    /// The word for a change ("added", "modified", "removed"; "" for none), translated.
    [[nodiscard]] static QString changeText(model::FileChange change);

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData *mimeData(const QModelIndexList &indexes) const override;
    [[nodiscard]] Qt::DropActions supportedDragActions() const override;

private:
    struct Item
    {
        const model::FileNode *node = nullptr;
        int parent = -1; ///< item index, -1 for top level
        int row = 0;
        std::vector<int> children;
    };
    void rebuild();
    bool keep(const model::FileNode &node, int parent);
    [[nodiscard]] const Item *item(const QModelIndex &index) const;

    model::FileNode m_root;
    bool m_compared = false;
    bool m_layer = false;
    int m_matches = 0;
    QString m_stage;
    QString m_image;
    QString m_filter;
    bool m_onlyAdded = false;
    std::vector<Item> m_items;
    std::vector<int> m_topLevel;
};

} // namespace stagecraft::views
