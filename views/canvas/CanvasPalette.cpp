// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/CanvasPalette.h"

#include "views/canvas/ImageFamily.h"

#include <QEvent>
#include <QHeaderView>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>

namespace stagecraft::views {

namespace {

enum Role { KindRole = Qt::UserRole + 1, ValueRole };
enum EntryKind { Group = 0, Image = 1, Instruction = 2 };

struct GroupSpec
{
    EntryKind kind;
    QStringList values;
};

/// The palette's content; the group captions are set in retranslateUi() in the same order.
const QList<GroupSpec> &groups()
{
    static const QList<GroupSpec> specs = {
        {Image,
         {QStringLiteral("python:3.12"), QStringLiteral("golang:1.22"), QStringLiteral("node:20"),
          QStringLiteral("maven:3.9-eclipse-temurin-21"), QStringLiteral("rust:1.77"),
          QStringLiteral("mcr.microsoft.com/dotnet/sdk:8.0")}},
        {Image,
         {QStringLiteral("python:3.12-slim"), QStringLiteral("node:20-slim"),
          QStringLiteral("debian:bookworm-slim"), QStringLiteral("eclipse-temurin:21-jre"),
          QStringLiteral("mcr.microsoft.com/dotnet/aspnet:8.0")}},
        {Image,
         {QStringLiteral("alpine:3.19"), QStringLiteral("python:3.12-alpine"),
          QStringLiteral("golang:1.22-alpine"), QStringLiteral("node:20-alpine")}},
        {Image,
         {QStringLiteral("gcr.io/distroless/static-debian12"),
          QStringLiteral("gcr.io/distroless/base-debian12"),
          QStringLiteral("gcr.io/distroless/java21-debian12"),
          QStringLiteral("gcr.io/distroless/python3-debian12")}},
        {Image, {QStringLiteral("scratch")}},
        {Image,
         {QStringLiteral("nginx:1.25-alpine"), QStringLiteral("httpd:2.4"),
          QStringLiteral("caddy:2")}},
        {Instruction,
         {QStringLiteral("RUN echo build"), QStringLiteral("COPY . ."),
          QStringLiteral("WORKDIR /app"), QStringLiteral("ENV APP_ENV=production"),
          QStringLiteral("ARG VERSION=1.0"), QStringLiteral("EXPOSE 8080"),
          QStringLiteral("USER nonroot"), QStringLiteral("CMD [\"./app\"]"),
          QStringLiteral("ENTRYPOINT [\"./app\"]")}},
    };
    return specs;
}

QIcon badgeIcon(ImageFamily::Kind family)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    ImageFamily::paintBadge(&painter, QRectF(2, 2, 28, 28), family);
    return QIcon(pixmap);
}

} // namespace

CanvasPalette::CanvasPalette(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("CanvasPalette"));
    setHeaderHidden(true);
    setColumnCount(1);
    setRootIsDecorated(true);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setIconSize(QSize(18, 18));
    populate();
    retranslateUi();
}

void CanvasPalette::populate()
{
    for (const GroupSpec &spec : groups()) {
        auto *group = new QTreeWidgetItem(this);
        group->setData(0, KindRole, Group);
        group->setFlags(Qt::ItemIsEnabled);
        QFont font = group->font(0);
        font.setBold(true);
        group->setFont(0, font);
        for (const QString &value : spec.values) {
            auto *entry = new QTreeWidgetItem(group);
            entry->setText(0, value);
            entry->setData(0, KindRole, spec.kind);
            entry->setData(0, ValueRole, value);
            entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
            if (spec.kind == Image)
                entry->setIcon(0, badgeIcon(ImageFamily::detect(value.toStdString())));
        }
        m_groups.append(group);
    }
    expandAll();
}

void CanvasPalette::retranslateUi()
{
    const QStringList captions
        = {tr("Full SDK images"), tr("Slim images"), tr("Alpine images"), tr("Distroless images"),
           tr("Empty (scratch)"), tr("Web servers"), tr("Instructions")};
    for (int i = 0; i < m_groups.size() && i < captions.size(); ++i)
        m_groups[i]->setText(0, captions[i]);
    setToolTip(tr("Drag an image onto the canvas to add a stage, or an instruction onto a block."));
}

QTreeWidgetItem *CanvasPalette::findEntry(const QString &value) const
{
    for (QTreeWidgetItem *group : m_groups) {
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, ValueRole).toString() == value)
                return group->child(i);
        }
    }
    return nullptr;
}

QMimeData *CanvasPalette::mimeDataFor(const QTreeWidgetItem *item) const
{
    if (!item)
        return nullptr;
    const int kind = item->data(0, KindRole).toInt();
    if (kind != Image && kind != Instruction)
        return nullptr;
    auto *mime = new QMimeData;
    const QByteArray payload = item->data(0, ValueRole).toString().toUtf8();
    mime->setData(QLatin1String(kind == Image ? ImageMimeType : InstructionMimeType), payload);
    mime->setText(QString::fromUtf8(payload));
    return mime;
}

QStringList CanvasPalette::mimeTypes() const
{
    return {QLatin1String(ImageMimeType), QLatin1String(InstructionMimeType)};
}

QMimeData *CanvasPalette::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    return items.isEmpty() ? nullptr : mimeDataFor(items.first());
}

void CanvasPalette::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTreeWidget::changeEvent(event);
}

} // namespace stagecraft::views
