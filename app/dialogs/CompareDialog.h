// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Measurement.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace stagecraft::app {

/// Two measurements side by side: pick run A and run B (measured in this session, from the
/// Dockerfile's history, or loaded from a saved JSON report, e.g. the single-stage "before"); the
/// table shows per-stage and final sizes, the deltas, and the layers that differ.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CompareDialog(QWidget *parent = nullptr);

    /// The runs to choose from, newest first. A defaults to the second, B to the first.
    void setRuns(const QList<model::MeasureRun> &runs);
    /// Adds a run and selects it as A (the "before").
    void addRun(const model::MeasureRun &run);
    [[nodiscard]] const model::RunComparison &comparison() const { return m_comparison; }

    // For tests.
    [[nodiscard]] QComboBox *runABox() const { return m_a; }
    [[nodiscard]] QComboBox *runBBox() const { return m_b; }
    /// Columns: stage, A, B, delta, change, layer differences; the last row is the final image.
    [[nodiscard]] QTableWidget *table() const { return m_table; }

private:
    void compare();
    void loadFromFile();
    [[nodiscard]] static QString runTitle(const model::MeasureRun &run);

    QList<model::MeasureRun> m_runs;
    model::RunComparison m_comparison;
    QComboBox *m_a = nullptr;
    QComboBox *m_b = nullptr;
    QPushButton *m_load = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace stagecraft::app
