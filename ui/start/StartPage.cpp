#include "start/StartPage.h"

#include "ProjectDocument.h"
#include "Theme.h"
#include "project/ProjectFile.h"
#include "start/GraphThumbnail.h"
#include "start/LastSession.h"
#include "start/RecentProjects.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace netsmith::ui {

namespace {

constexpr QSize kThumbnail(96, 72);

/// Legible on a light and on a dark palette alike.
QString stateColour(WorkflowStatus::State state, const QPalette& palette)
{
    const bool dark = Theme::isDark(palette);
    switch (state) {
    case WorkflowStatus::State::Done:
        return dark ? QStringLiteral("#81c784") : QStringLiteral("#2e7d32");
    case WorkflowStatus::State::Started:
        return dark ? QStringLiteral("#ffb74d") : QStringLiteral("#ef6c00");
    case WorkflowStatus::State::ToDo:
        break;
    }
    return palette.color(QPalette::PlaceholderText).name();
}

QLabel* wrappingLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

StartPage::StartPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(12);

    heading_ = new QLabel(content);
    QFont big = heading_->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    heading_->setFont(big);
    layout->addWidget(heading_);
    intro_ = wrappingLabel(content);
    layout->addWidget(intro_);

    continue_ = new QPushButton(content);
    continue_->setObjectName(QStringLiteral("continueButton"));
    continue_->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(continue_, &QPushButton::clicked, this, &StartPage::continueRequested);
    layout->addWidget(continue_);

    // The five steps, left to right, each a card with its state and a way there.
    auto* strip = new QGridLayout;
    strip->setHorizontalSpacing(6);
    for (int i = 0; i < WorkflowStatus::kSteps; ++i) {
        auto* frame = new QFrame(content);
        frame->setFrameShape(QFrame::StyledPanel);
        auto* card = new QVBoxLayout(frame);
        Card& c = cards_[std::size_t(i)];
        c.title = new QLabel(frame);
        QFont bold = c.title->font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.15);
        c.title->setFont(bold);
        c.state = new QLabel(frame);
        c.detail = wrappingLabel(frame);
        c.detail->setMinimumWidth(120);
        c.detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        c.button = new QPushButton(frame);
        card->addWidget(c.title);
        card->addWidget(c.state);
        card->addWidget(c.detail, 1);
        card->addWidget(c.button);
        strip->addWidget(frame, 0, 2 * i);
        strip->setColumnStretch(2 * i, 1);
        if (i + 1 < WorkflowStatus::kSteps) {
            auto* arrow = new QLabel(QStringLiteral("→"), content);
            arrow->setAlignment(Qt::AlignCenter);
            strip->addWidget(arrow, 0, 2 * i + 1);
        }
        const auto step = WorkflowStatus::Step(i);
        connect(c.button, &QPushButton::clicked, this,
                [this, step] { Q_EMIT stepRequested(step); });
    }
    layout->addLayout(strip);

    auto* lists = new QGridLayout;
    recentTitle_ = new QLabel(content);
    examplesTitle_ = new QLabel(content);
    for (QLabel* l : {recentTitle_, examplesTitle_}) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    recent_ = new QListWidget(content);
    examples_ = new QListWidget(content);
    for (QListWidget* list : {recent_, examples_}) {
        list->setIconSize(kThumbnail);
        list->setWordWrap(true);
        list->setUniformItemSizes(false);
        list->setMinimumHeight(kThumbnail.height() * 3);
        connect(list, &QListWidget::itemActivated, this, &StartPage::openItem);
    }
    recent_->setObjectName(QStringLiteral("recentProjects"));
    examples_->setObjectName(QStringLiteral("examples"));
    lists->addWidget(recentTitle_, 0, 0);
    lists->addWidget(examplesTitle_, 0, 1);
    lists->addWidget(recent_, 1, 0);
    lists->addWidget(examples_, 1, 1);
    layout->addLayout(lists, 1);

    fillExamples();
    retranslateUi();
}

void StartPage::setDocument(ProjectDocument* document)
{
    document_ = document;
    // The steps read the run folder: after every edit only while the page is in view; it is
    // read again whenever the page comes to the front (activate).
    for (auto signal : {&ProjectDocument::analysisChanged, &ProjectDocument::datasetChanged,
                        &ProjectDocument::projectNameChanged, &ProjectDocument::graphReset})
        connect(document_, signal, this, [this] {
            if (isVisible())
                updateSteps();
        });
    updateSteps();
}

void StartPage::setRunsRoot(const QString& root)
{
    runsRoot_ = root;
    updateSteps();
}

void StartPage::setLoadedDataset(const QString& nameOrPath, qint64 samples)
{
    loadedDataset_ = nameOrPath;
    loadedSamples_ = samples;
    updateSteps();
}

QString StartPage::title() const
{
    return tr("Start");
}

void StartPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange) // View > Theme: the states' colours
        updateSteps();
    QWidget::changeEvent(event);
}

void StartPage::retranslateUi()
{
    heading_->setText(tr("Welcome to Netsmith"));
    intro_->setText(
        tr("Five steps take a model from data to deployment. Each card says where the open project "
           "stands; its button takes you there."));
    recentTitle_->setText(tr("Recent projects"));
    examplesTitle_->setText(tr("Examples: start from a preset"));
    const QString go[] = {tr("Open the Data page"), tr("Open the Designer"),
                          tr("Open the Train page"), tr("Show the evaluation"),
                          tr("Export the model…")};
    for (int i = 0; i < WorkflowStatus::kSteps; ++i) {
        cards_[std::size_t(i)].title->setText(
            tr("%1. %2").arg(i + 1).arg(WorkflowStatus::title(WorkflowStatus::Step(i))));
        cards_[std::size_t(i)].button->setText(go[i]);
    }
    fillExamples();
    refresh();
}

void StartPage::refresh()
{
    updateSteps();
    updateRecent();
    updateContinue();
}

void StartPage::updateSteps()
{
    WorkflowStatus::Facts facts;
    if (document_) {
        const Project& p = document_->project();
        facts.dataset = p.dataset;
        facts.modelValid = document_->analysis().valid();
        facts.problems = int(std::max<std::size_t>(1, document_->analysis().problems.size()));
        facts.layers = int(p.graph.nodes().size());
        facts.params = document_->cost().totalParams();
        if (!runsRoot_.isEmpty())
            facts.runDirectory = WorkflowStatus::latestRun(runsRoot_, p.name);
    }
    facts.loadedDataset = loadedDataset_;
    facts.loadedSamples = loadedSamples_;
    status_ = WorkflowStatus::of(facts);
    for (int i = 0; i < WorkflowStatus::kSteps; ++i) {
        const WorkflowStatus::StepStatus& s = status_[std::size_t(i)];
        Card& c = cards_[std::size_t(i)];
        QString state;
        switch (s.state) {
        case WorkflowStatus::State::Done:
            state = tr("✓ Done");
            break;
        case WorkflowStatus::State::Started:
            state = tr("◐ Under way");
            break;
        case WorkflowStatus::State::ToDo:
            state = tr("○ To do");
            break;
        }
        c.state->setText(state);
        c.state->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold;").arg(stateColour(s.state, palette())));
        c.detail->setText(s.detail);
    }
    // Evaluate and Deploy need a trained run.
    const bool trained = status_[WorkflowStatus::Train].state == WorkflowStatus::State::Done;
    cards_[WorkflowStatus::Evaluate].button->setEnabled(trained);
    cards_[WorkflowStatus::Deploy].button->setEnabled(trained);
}

void StartPage::updateRecent()
{
    recent_->clear();
    for (const QString& path : RecentProjects::list()) {
        auto* item = new QListWidgetItem(recent_);
        item->setData(Qt::UserRole, path);
        Project p;
        QString error;
        const QString where = QDir::toNativeSeparators(path);
        if (ProjectFile::load(path, &p, &error)) {
            item->setText(tr("%1\n%2").arg(p.name, where));
            item->setIcon(GraphThumbnail::render(p.graph, kThumbnail, devicePixelRatioF()));
            item->setToolTip(where);
        } else {
            item->setText(tr("%1\n(cannot be opened)").arg(where));
            item->setToolTip(error);
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        }
    }
    if (recent_->count() == 0) {
        auto* none = new QListWidgetItem(
            tr("No recent projects yet: start from an example, or File > Open."), recent_);
        none->setFlags(Qt::NoItemFlags);
    }
}

void StartPage::fillExamples()
{
    const bool first = examples_->count() == 0;
    int row = 0;
    for (const QString& name : ProjectFile::presetNames()) {
        QListWidgetItem* item = first ? new QListWidgetItem(examples_) : examples_->item(row);
        ++row;
        if (!item)
            break;
        if (first) {
            Project p;
            QString error;
            if (ProjectFile::load(name, &p, &error))
                item->setIcon(GraphThumbnail::render(p.graph, kThumbnail, devicePixelRatioF()));
            item->setData(Qt::UserRole + 1, name);
        }
        item->setText(tr("%1\n%2").arg(name, ProjectFile::presetDescription(name)));
    }
}

void StartPage::updateContinue()
{
    const LastSession last = LastSession::read();
    continue_->setVisible(last.canContinue());
    QStringList parts;
    if (QFileInfo(last.projectPath).isFile())
        parts << QFileInfo(last.projectPath).fileName();
    if (QFileInfo(last.runDirectory).isDir())
        parts << tr("run %1").arg(QFileInfo(last.runDirectory).fileName());
    continue_->setText(
        tr("Continue where you left off: %1").arg(parts.join(QStringLiteral(" · "))));
}

void StartPage::openItem(QListWidgetItem* item)
{
    if (!item)
        return;
    const QString path = item->data(Qt::UserRole).toString();
    const QString preset = item->data(Qt::UserRole + 1).toString();
    if (!path.isEmpty())
        Q_EMIT openProjectRequested(path);
    else if (!preset.isEmpty())
        Q_EMIT presetRequested(preset);
}

} // namespace netsmith::ui
