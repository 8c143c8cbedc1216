// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace stagecraft::model {
struct MeasureRun;
} // namespace stagecraft::model

namespace stagecraft::cli {

/// `stagecraft-cli measure FILE [--context DIR] [--target T] [--build-arg K=V]… [--no-cache]
/// [--pull] [--platform P] [--host URL] [--format text|json|markdown|csv] [--no-history]`:
/// builds every stage up to the final one, measures it (StageMeasurer), records the run in the
/// Dockerfile's sidecar history and prints the report. Exit 0, 1 when the build fails (the stages
/// measured before the failure are still reported), 2 on a usage or connection error.
///
/// `stagecraft-cli compare A B [--format text|json|markdown|csv]`: compares two measurements.
/// A and B are each a run's JSON (from `measure --format json`), or a Dockerfile (its latest
/// recorded measurement). Exit 0, or 2 when either cannot be read.
class MeasureCommand
{
    Q_DECLARE_TR_FUNCTIONS(MeasureCommand)

public:
    /// `args` exclude the program and command names.
    static int runMeasure(const QStringList &args, QTextStream &out, QTextStream &err);
    static int runCompare(const QStringList &args, QTextStream &out, QTextStream &err);

    /// Reads a measurement for `compare` (see above); returns an empty string or a translated
    /// message.
    static QString loadRun(const QString &path, model::MeasureRun &run);
};

} // namespace stagecraft::cli
