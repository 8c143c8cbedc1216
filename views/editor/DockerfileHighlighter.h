// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Analysis.h"

#include <QHash>
#include <QPalette>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QVector>

#ifdef STAGECRAFT_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#else
#include <QSyntaxHighlighter>
#endif

#include <QTimer>

#include <array>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace stagecraft::views {

#ifdef STAGECRAFT_HAVE_KSYNTAXHIGHLIGHTING
using HighlighterBase = KSyntaxHighlighting::SyntaxHighlighter;
#else
using HighlighterBase = QSyntaxHighlighter;
#endif

/// Highlights a Dockerfile from the model's own tokens. All the work happens in setAnalysis():
/// token byte ranges become per-block format spans (through TextOffsets), and only the blocks
/// whose spans changed are re-highlighted; highlightBlock() just looks the spans up. A large
/// pass (more than SynchronousBlocks blocks: opening a big file) highlights the blocks on screen
/// at once and the rest in short slices from the event loop, so the first frame does not wait for
/// 5,000 lines to be laid out again. Stage names
/// and every reference to a stage carry StageColors::stageColor(). With KSyntaxHighlighting
/// (STAGECRAFT_HAVE_KSYNTAXHIGHLIGHTING) its Dockerfile definition and a palette-matched theme run
/// first and the stage layer is painted on top.
class DockerfileHighlighter : public HighlighterBase
{
    Q_OBJECT

public:
    /// What a span of text is.
    enum class Role : quint8 {
        Keyword,
        Flag,
        StageName,      ///< the name after AS
        StageReference, ///< FROM <stage>, --from=<stage>, --mount=…,from=<stage>
        Image,          ///< an image reference (FROM base, COPY --from=<image>)
        Variable,       ///< $NAME, ${NAME…}
        String,         ///< a quoted part of an argument
        Comment,
        Directive,
        HeredocBody,
        HeredocEnd,
        JsonPunctuation,
        JsonString,
        Continuation,
        Error,
    };
    static constexpr int RoleCount = static_cast<int>(Role::Error) + 1;

    /// One formatted run inside a block (UTF-16 positions relative to the block start).
    struct Span
    {
        int start = 0;
        int length = 0;
        Role role = Role::Keyword;
        int stage = -1; ///< stage index for StageName / StageReference
        friend bool operator==(const Span &, const Span &) = default;
    };

    /// The first and last block numbers on screen (the last may be past the end).
    using VisibleBlocks = std::function<std::pair<int, int>()>;
    /// A pass over more blocks than this is split: the visible ones now, the rest in slices.
    static constexpr int SynchronousBlocks = 1000;
    /// The longest a slice runs before it yields to the event loop (ms).
    static constexpr int SliceMs = 4;

    explicit DockerfileHighlighter(QTextDocument *document);
    ~DockerfileHighlighter() override;

    /// Highlights `document` (QSyntaxHighlighter::setDocument()) and watches it for a
    /// replacement of its whole text (opening a file): the new lines stay plain until the next
    /// setAnalysis(), or the next turn of the event loop when none comes, so an opened file is
    /// highlighted once from its analysis rather than first by the lexical fallback.
    void setTextDocument(QTextDocument *document);

    /// Precompute the spans of every block from `analysis` (made from the document's text;
    /// its offset table converts byte offsets) and re-highlight the blocks that changed.
    void setAnalysis(const std::shared_ptr<const model::Analysis> &analysis);
    /// Re-pick every colour from `palette` (light or dark) and re-highlight everything.
    void setPalette(const QPalette &palette);

    /// The spans computed for block `blockNumber` by the last setAnalysis() (empty if none).
    [[nodiscard]] QVector<Span> spans(int blockNumber) const;
    /// The format used for `role` (for a stage role, the format of stage `stage`).
    [[nodiscard]] QTextCharFormat format(Role role, int stage = -1) const;
    /// How many blocks the last setAnalysis() re-highlighted, at once or in slices (all of them
    /// means a full pass).
    [[nodiscard]] int lastRehighlightedBlocks() const { return m_lastRehighlighted; }

    /// Tells a large pass which blocks are on screen (the editor's viewport). Without it every
    /// pass runs at once.
    void setVisibleBlocks(VisibleBlocks visible);
    /// True while blocks of a large pass wait for their slice.
    [[nodiscard]] bool hasPendingBlocks() const { return m_sliceTimer.isActive(); }
    /// Highlights every block still waiting for its slice, now.
    void highlightPendingNow();

protected:
    void highlightBlock(const QString &text) override;

private:
    struct BlockSpans
    {
        std::uint32_t byteBegin = 0; ///< the line's bytes in the tree's text (newline excluded)
        std::uint32_t byteEnd = 0;
        QVector<Span> spans;
        std::size_t signature = 0;
    };

    class SpanWriter;

    /// m_blocks for `analysis`, layer by layer (tokens, strings, stages, variables).
    void computeSpans(const model::Analysis &analysis);
    /// Re-highlights the blocks whose spans differ from what they show.
    void rehighlightChanged();
    /// True when `block` (number `number`) shows other spans than the current ones.
    [[nodiscard]] bool isStale(const QTextBlock &block, std::size_t number) const;
    /// Re-highlights the stale blocks on screen; returns how many.
    int rehighlightVisible();
    /// One slice of a large pass: the blocks on screen when they moved, then onwards from
    /// m_pendingFrom until SliceMs have passed.
    void highlightSlice();
    void pickColours();
    void onContentsChange(int from, int charsRemoved, int charsAdded);
    void fallbackHighlight(const QString &text);
    [[nodiscard]] std::size_t signatureOf(const BlockSpans &block) const;

    std::shared_ptr<const model::Analysis> m_analysis;
    std::vector<BlockSpans> m_blocks;
    QPalette m_palette;
    std::array<QTextCharFormat, RoleCount> m_formats;
    mutable QHash<int, QTextCharFormat> m_stageNameFormats;
    mutable QHash<int, QTextCharFormat> m_stageReferenceFormats;
    int m_lastRehighlighted = 0;
    VisibleBlocks m_visibleBlocks;
    /// A large pass in progress: the next block to look at, and the first visible block when
    /// the visible ones were last done.
    QTimer m_sliceTimer;
    int m_pendingFrom = 0;
    int m_pendingVisibleFirst = -1;
    bool m_holdUntilAnalysis = false;
    QMetaObject::Connection m_contentsWatch;
    std::size_t m_paletteGeneration = 1;
#ifdef STAGECRAFT_HAVE_KSYNTAXHIGHLIGHTING
    KSyntaxHighlighting::Repository m_repository;
#endif
};

} // namespace stagecraft::views
