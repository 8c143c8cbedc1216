// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/StageWaste.h"

#include <QLabel>

namespace stagecraft::views {

/// The Sizes dock's wasted-space part for one stage: dive's efficiency and wasted bytes, then
/// the largest findings (the line that added files, the line that removed or replaced them, the
/// bytes, the fix-it). Empty (hidden) when the stage's waste was not analysed.
class WasteView : public QLabel
{
    Q_OBJECT

public:
    explicit WasteView(QWidget *parent = nullptr);

    void setWaste(const model::StageWaste &waste);
    [[nodiscard]] const model::StageWaste &waste() const { return m_waste; }

    /// The fix-it sentence for a model::WasteAnalysis advice code ("" for none).
    [[nodiscard]] static QString advice(const std::string &code);

    static constexpr int kShownFindings = 5;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    model::StageWaste m_waste;
};

} // namespace stagecraft::views
