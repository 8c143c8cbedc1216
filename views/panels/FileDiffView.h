// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/FileDiff.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace stagecraft::views {

/// The file-level diff of two images (model::FileDiff) as Compare shows it: a summary line, a
/// filter (a kind — all, gone, new, changed — and a text matched against the paths), and a table
/// of the changes biggest first: change, path, size in A, size in B, the difference and what
/// changed. Shows values only; reading the images is the dialog's business.
class FileDiffView : public QWidget
{
    Q_OBJECT

public:
    /// The table's columns.
    enum Column { KindColumn, PathColumn, SizeAColumn, SizeBColumn, DeltaColumn, WhatColumn };
    /// The kind filter's entries, in order.
    enum Filter { AllChanges, GoneOnly, NewOnly, ChangedOnly };

    explicit FileDiffView(QWidget *parent = nullptr);

    /// Shows `result` of `titleA` (before) against `titleB` (after).
    void setDiff(const model::FileDiffResult &result, const QString &titleA, const QString &titleB);
    /// No diff: shows `message` (translated) instead.
    void showMessage(const QString &message);
    [[nodiscard]] const model::FileDiffResult &diff() const { return m_diff; }

    /// What changed about a changed path ("size, mode 0755 → 0700"), translated.
    [[nodiscard]] static QString whatText(const model::FileDelta &change);
    /// "gone", "new", "changed", translated.
    [[nodiscard]] static QString kindText(model::FileDelta::Kind kind);

    // For tests.
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
    [[nodiscard]] QComboBox *kindBox() const { return m_kind; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }
    /// Rows not hidden by the filter.
    [[nodiscard]] int visibleRows() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void applyFilter();

    model::FileDiffResult m_diff;
    QString m_titleA;
    QString m_titleB;
    QString m_message;
    bool m_hasDiff = false;
    QLabel *m_summary = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_kind = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace stagecraft::views
