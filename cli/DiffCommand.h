// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/FileDiff.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QTextStream>

namespace stagecraft::cli {

/// `stagecraft-cli diff A B [--stage-a STAGE] [--stage-b STAGE] [--format text|json|markdown]
/// [--limit N] [--depth N] [--mtime] [--host URL]`: the file-level diff of two images
/// (model::FileDiff). A and B are each an image (name or ID) of the engine, or a measured
/// Dockerfile / a `measure --format json` file, whose final stage (or the stage named) is taken.
/// Both file systems are read through the engine (engine::StageFilesystem: a container that is
/// never started, its archive streamed, headers only). Exit 0, or 2 on a usage error, an image
/// that cannot be read or an engine that cannot be reached. See docs/cli.md.
class DiffCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)

public:
    /// The part of `--help` about `diff` (appended to Cli::helpText()).
    [[nodiscard]] static QString helpText();
    /// `args` exclude the program and command names.
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);

    /// What the two sides are, for the reports' headings.
    struct Sides
    {
        QString a; ///< "busybox:latest", "Dockerfile.before (final)"
        QString b;
        QString imageA; ///< image IDs
        QString imageB;
    };
    /// The plain-text report: totals, the first `limit` changes (all when `limit` < 0), the
    /// roll-ups at `depth`.
    [[nodiscard]] static QString text(const model::FileDiffResult &result, const Sides &sides,
                                      int limit, int depth, const QLocale &locale = {});
    /// The same as Markdown (tables).
    [[nodiscard]] static QString markdown(const model::FileDiffResult &result, const Sides &sides,
                                          int limit, int depth, const QLocale &locale = {});
    /// "gone", "new", "changed" in the UI language.
    [[nodiscard]] static QString kindText(model::FileDelta::Kind kind);
    /// What changed about a changed path ("size", "mode 0755 → 0700", "link → /x"), translated.
    [[nodiscard]] static QString whatText(const model::FileDelta &change);
};

} // namespace stagecraft::cli
