// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuildPanel.h"

#include "model/VariableExpansion.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

using namespace Qt::StringLiterals;

namespace stagecraft::views {

namespace {

enum ArgColumn { UseColumn, NameColumn, ValueColumn, ScopeColumn, ArgColumnCount };

/// One ARG name of the file: its first default and where it is declared.
struct DeclaredArg
{
    QString name;
    QString defaultValue;
    bool hasDefault = false;
    QStringList scopes; ///< "" for a meta ARG (before the first FROM), else stage titles
};

QString stageTitle(const model::Stage &stage)
{
    return stage.name.empty() ? u"#%1"_s.arg(stage.index) : QString::fromStdString(stage.name);
}

std::vector<DeclaredArg> declaredArgs(const model::SyntaxTree &tree, const model::StageGraph &graph)
{
    std::vector<DeclaredArg> args;
    std::map<QString, std::size_t> byName;
    const auto &instructions = tree.instructions();
    for (std::size_t i = 0; i < instructions.size(); ++i) {
        const model::Instruction &ins = instructions[i];
        if (ins.kind != model::InstructionKind::Arg)
            continue;
        const int stage = graph.stageOfInstruction(static_cast<int>(i));
        const QString scope = stage >= 0 && stage < static_cast<int>(graph.stages().size())
            ? stageTitle(graph.stages()[static_cast<std::size_t>(stage)])
            : QString();
        for (const model::Argument &arg : ins.args) {
            const auto eq = arg.value.find('=');
            const QString name = QString::fromStdString(arg.value.substr(0, eq));
            if (name.isEmpty())
                continue;
            auto [it, inserted] = byName.try_emplace(name, args.size());
            if (inserted) {
                DeclaredArg declared;
                declared.name = name;
                args.push_back(declared);
            }
            DeclaredArg &declared = args[it->second];
            if (!declared.scopes.contains(scope))
                declared.scopes.append(scope);
            if (eq != std::string::npos && !declared.hasDefault) {
                declared.hasDefault = true;
                declared.defaultValue = QString::fromStdString(
                    model::VariableExpansion::unquote(arg.value.substr(eq + 1), tree.escapeChar()));
            }
        }
    }
    return args;
}

} // namespace

BuildPanel::BuildPanel(QWidget *parent)
    : QWidget(parent)
    , m_targetLabel(new QLabel(this))
    , m_target(new QComboBox(this))
    , m_builderLabel(new QLabel(this))
    , m_builder(new QComboBox(this))
    , m_tagLabel(new QLabel(this))
    , m_tag(new QLineEdit(this))
    , m_argsLabel(new QLabel(this))
    , m_args(new QTableWidget(0, ArgColumnCount, this))
    , m_noCache(new QCheckBox(this))
    , m_pull(new QCheckBox(this))
    , m_build(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_stepLabel(new QLabel(this))
    , m_stepBox(new QComboBox(this))
    , m_log(new QPlainTextEdit(this))
{
    m_builder->setObjectName(u"buildBuilder"_s);
    // Long item texts (Hindi, presenter mode) must not widen the dock: the list shows them.
    m_builder->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_builder->setMinimumContentsLength(12);
    for (const char *name : {"auto", "buildkit", "classic"})
        m_builder->addItem(QString(), QString::fromLatin1(name));
    m_stepBox->setObjectName(u"buildStepBox"_s);
    m_stepBox->addItem(QString(), -1);
    m_stepBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stepBox->setMinimumContentsLength(12);
    m_target->setObjectName(u"buildTarget"_s);
    m_tag->setObjectName(u"buildTag"_s);
    m_args->setObjectName(u"buildArgs"_s);
    m_build->setObjectName(u"buildButton"_s);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_log->setObjectName(u"buildLog"_s);
    m_status->setObjectName(u"buildStatus"_s);

    m_args->verticalHeader()->hide();
    m_args->horizontalHeader()->setStretchLastSection(true);
    m_args->horizontalHeader()->setSectionResizeMode(UseColumn, QHeaderView::ResizeToContents);
    m_args->setSelectionMode(QAbstractItemView::NoSelection);
    m_args->setMinimumHeight(70);
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setMaximumBlockCount(20000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(m_targetLabel, m_target);
    form->addRow(m_tagLabel, m_tag);
    form->addRow(m_builderLabel, m_builder);
    auto *toggles = new QHBoxLayout;
    toggles->addWidget(m_noCache);
    toggles->addWidget(m_pull);
    toggles->addStretch(1);
    toggles->addWidget(m_build);
    toggles->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_argsLabel);
    layout->addWidget(m_args, 1);
    layout->addLayout(toggles);
    layout->addWidget(m_status);
    auto *stepRow = new QHBoxLayout;
    stepRow->addWidget(m_stepLabel);
    stepRow->addWidget(m_stepBox, 1);
    layout->addLayout(stepRow);
    layout->addWidget(m_log, 3);

    connect(m_build, &QPushButton::clicked, this, [this] { Q_EMIT buildRequested(request()); });
    connect(m_cancel, &QPushButton::clicked, this, &BuildPanel::cancelRequested);
    connect(m_builder, &QComboBox::activated, this, [this] { Q_EMIT builderChosen(builder()); });
    connect(m_stepBox, &QComboBox::currentIndexChanged, this, &BuildPanel::showLog);
    // Editing a value ticks its row: the user means to pass it.
    connect(m_args, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != ValueColumn)
            return;
        if (QTableWidgetItem *use = m_args->item(item->row(), UseColumn))
            use->setCheckState(Qt::Checked);
    });
    retranslateUi();
}

BuildPanel::~BuildPanel() = default;

void BuildPanel::retranslateUi()
{
    m_targetLabel->setText(tr("&Target:"));
    m_targetLabel->setBuddy(m_target);
    m_tagLabel->setText(tr("T&ag:"));
    m_tagLabel->setBuddy(m_tag);
    m_tag->setPlaceholderText(tr("name:tag (optional)"));
    m_argsLabel->setText(tr("Build args (from the ARG lines; tick one to pass it):"));
    m_args->setHorizontalHeaderLabels(
        {tr("Use"), tr("Name"), tr("Value"), tr("Declared in", "build arg: stage or global")});
    m_builderLabel->setText(tr("B&uilder:"));
    m_builderLabel->setBuddy(m_builder);
    //: Builder choice in the Build dock
    m_builder->setItemText(0, tr("Automatic (BuildKit when the engine offers it)"));
    m_builder->setItemText(1, tr("BuildKit"));
    m_builder->setItemText(2, tr("Classic builder"));
    m_builder->setToolTip(tr("Which of the engine's builders runs the build. BuildKit builds only "
                             "the stages the target needs, runs independent stages at once and "
                             "knows RUN --mount; Podman has only the classic builder. The same "
                             "setting as in Edit → Preferences."));
    m_stepLabel->setText(tr("&Log of:"));
    m_stepLabel->setBuddy(m_stepBox);
    //: Build log filter: show the output of every step
    m_stepBox->setItemText(0, tr("All steps"));
    m_stepBox->setToolTip(tr("BuildKit builds: show only the output of one step."));
    m_noCache->setText(tr("&No cache"));
    m_noCache->setToolTip(tr("Build every step again instead of using the engine's cache."));
    m_pull->setText(tr("&Pull base images"));
    m_pull->setToolTip(tr("Ask the engine to pull newer versions of the base images first."));
    m_build->setText(tr("&Build"));
    m_cancel->setText(tr("&Cancel"));
    m_log->setAccessibleName(tr("Build log"));
    // The empty log says what Build does and what it needs.
    m_log->setPlaceholderText(
        tr("Build runs this Dockerfile on the Docker Engine and shows its output here, step by "
           "step; the running instruction lights up on the canvas and in the editor. It needs a "
           "running Docker Engine (its state is in the status bar; Edit → Preferences chooses "
           "another) and a saved file: Build saves first. Choose the target stage above, then "
           "press Build."));
    fillTargets();
    fillArgs();
}

void BuildPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

const model::StageGraph &BuildPanel::graph() const
{
    static const model::StageGraph none;
    return m_analysis ? m_analysis->graph() : none;
}

const model::SyntaxTree *BuildPanel::tree() const
{
    return m_analysis ? m_analysis->tree().get() : nullptr;
}

void BuildPanel::setAnalysis(const std::shared_ptr<const model::Analysis> &analysis)
{
    m_analysis = analysis;
    fillTargets();
    fillArgs();
}

void BuildPanel::fillTargets()
{
    const QString chosen = m_target->currentData().toString();
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    const auto &stages = graph().stages();
    for (const model::Stage &stage : stages) {
        const QString title = stageTitle(stage);
        const bool last = stage.index == graph().defaultTarget();
        //: Target list entry for the last stage; %1 = its name
        m_target->addItem(last ? tr("%1 (final)").arg(title) : title, title);
    }
    const int keep = chosen.isEmpty() ? -1 : m_target->findData(chosen);
    m_target->setCurrentIndex(keep >= 0 ? keep : m_target->count() - 1);
    m_build->setEnabled(!m_building && !stages.empty());
}

void BuildPanel::fillArgs()
{
    // What the user set stays: ticked state and value by name.
    QHash<QString, std::pair<bool, QString>> previous;
    for (int row = 0; row < m_args->rowCount(); ++row) {
        const QTableWidgetItem *use = m_args->item(row, UseColumn);
        const QTableWidgetItem *name = m_args->item(row, NameColumn);
        const QTableWidgetItem *value = m_args->item(row, ValueColumn);
        if (use && name && value)
            previous.insert(name->text(), {use->checkState() == Qt::Checked, value->text()});
    }
    const QSignalBlocker blocker(m_args);
    m_args->setRowCount(0);
    if (!tree())
        return;
    const std::vector<DeclaredArg> args = declaredArgs(*tree(), graph());
    m_args->setRowCount(static_cast<int>(args.size()));
    for (int row = 0; row < static_cast<int>(args.size()); ++row) {
        const DeclaredArg &arg = args[static_cast<std::size_t>(row)];
        const auto kept = previous.constFind(arg.name);
        auto *use = new QTableWidgetItem;
        use->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        use->setCheckState(kept != previous.cend() && kept->first ? Qt::Checked : Qt::Unchecked);
        auto *name = new QTableWidgetItem(arg.name);
        name->setFlags(Qt::ItemIsEnabled);
        auto *value
            = new QTableWidgetItem(kept != previous.cend() ? kept->second : arg.defaultValue);
        value->setFlags(Qt::ItemIsEnabled | Qt::ItemIsEditable);
        value->setToolTip(arg.hasDefault ? tr("Default: %1").arg(arg.defaultValue)
                                         : tr("No default"));
        QStringList scopes;
        for (const QString &scope : arg.scopes)
            //: Build arg declared before the first FROM (usable in FROM lines)
            scopes.append(scope.isEmpty() ? tr("global") : scope);
        auto *scope = new QTableWidgetItem(scopes.join(u", "_s));
        scope->setFlags(Qt::ItemIsEnabled);
        m_args->setItem(row, UseColumn, use);
        m_args->setItem(row, NameColumn, name);
        m_args->setItem(row, ValueColumn, value);
        m_args->setItem(row, ScopeColumn, scope);
    }
}

int BuildPanel::targetStage() const
{
    const QString title = m_target->currentData().toString();
    for (const model::Stage &stage : graph().stages()) {
        if (stageTitle(stage) == title)
            return stage.index;
    }
    return -1;
}

BuildRequest BuildPanel::request() const
{
    BuildRequest request;
    const QString tag = m_tag->text().trimmed();
    if (!tag.isEmpty())
        request.tags.append(tag);
    for (int row = 0; row < m_args->rowCount(); ++row) {
        const QTableWidgetItem *use = m_args->item(row, UseColumn);
        if (use && use->checkState() == Qt::Checked)
            request.buildArgs.insert(m_args->item(row, NameColumn)->text(),
                                     m_args->item(row, ValueColumn)->text());
    }
    // The last stage is the default: no target parameter, as the CLI does without --target.
    const int target = targetStage();
    request.targetStage = target;
    if (target >= 0 && target != graph().defaultTarget()) {
        const model::Stage &stage = graph().stages()[static_cast<std::size_t>(target)];
        request.target
            = stage.name.empty() ? QString::number(target) : QString::fromStdString(stage.name);
    }
    request.noCache = m_noCache->isChecked();
    request.pull = m_pull->isChecked();
    return request;
}

void BuildPanel::setBuilding(bool building)
{
    m_building = building;
    m_build->setEnabled(!building && !graph().stages().empty());
    m_cancel->setEnabled(building);
    m_target->setEnabled(!building);
    m_builder->setEnabled(!building);
    m_args->setEnabled(!building);
}

void BuildPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error);
    m_status->setStyleSheet(error ? u"color: palette(highlighted-text); background: #c0392b;"
                                    u" padding: 3px;"_s
                                  : QString());
}

void BuildPanel::clearLog()
{
    m_log->clear();
    m_lines.clear();
    m_stepLines.clear();
    m_stepNames.clear();
    const QSignalBlocker blocker(m_stepBox);
    while (m_stepBox->count() > 1)
        m_stepBox->removeItem(m_stepBox->count() - 1);
    m_stepBox->setCurrentIndex(0);
}

namespace {

/// Appends `line` to `log`, following it when the view is at its end.
void appendFollowing(QPlainTextEdit *log, const QString &line)
{
    QScrollBar *bar = log->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    log->appendPlainText(line);
    if (atEnd)
        bar->setValue(bar->maximum());
}

} // namespace

void BuildPanel::appendLog(const QString &line)
{
    m_lines.append(line);
    if (m_lines.size() > m_log->maximumBlockCount())
        m_lines.removeFirst();
    if (m_stepBox->currentData().toInt() < 0)
        appendFollowing(m_log, line);
}

QString BuildPanel::builder() const
{
    return m_builder->currentData().toString();
}

void BuildPanel::setBuilder(const QString &name)
{
    const int index = m_builder->findData(name.toLower());
    m_builder->setCurrentIndex(index >= 0 ? index : 0);
}

void BuildPanel::setStep(int step, const QString &name, const QString &state)
{
    m_stepNames.insert(step, name);
    //: Build log filter entry: %1 = BuildKit's step name, %2 = its state (running, cached, 1.2 s)
    const QString text = tr("%1 (%2)").arg(name, state);
    const int index = m_stepBox->findData(step);
    if (index >= 0)
        m_stepBox->setItemText(index, text);
    else
        m_stepBox->addItem(text, step);
}

void BuildPanel::appendStepLog(int step, const QString &line)
{
    m_stepLines[step].append(line);
    if (m_stepBox->currentData().toInt() == step)
        appendFollowing(m_log, line);
}

void BuildPanel::showLog()
{
    const int step = m_stepBox->currentData().toInt();
    m_log->clear();
    if (step < 0) {
        m_log->setPlainText(m_lines.join(u'\n'));
    } else {
        const QStringList &lines = m_stepLines.value(step);
        m_log->setPlainText(lines.isEmpty()
                                //: Build log of one step that printed nothing; %1 = its name
                                ? tr("%1 printed nothing.").arg(m_stepNames.value(step))
                                : lines.join(u'\n'));
    }
    m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
}

} // namespace stagecraft::views
