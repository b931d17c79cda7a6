#include "training/TrainingPage.h"

#include "ProjectDocument.h"
#include "evaluation/DrawingsEvaluation.h"
#include "evaluation/EvaluationPanel.h"
#include "evaluation/RunHistoryView.h"
#include "train/RunFolder.h"
#include "train/Trainer.h"
#include "training/TrainingCharts.h"
#include "training/TrainingController.h"
#include "training/TrainingSettingsForm.h"

#include <QEvent>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <limits>

namespace netsmith::ui {

namespace {

QString duration(double seconds)
{
    const auto s = qint64(seconds + 0.5);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

TrainingPage::TrainingPage(QWidget* parent)
    : QWidget(parent)
    , controller_(new TrainingController(this))
    , tick_(new QTimer(this))
{
    form_ = new TrainingSettingsForm;
    auto* scroll = new QScrollArea;
    scroll->setWidget(form_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tall forms scroll; wide ones never do: the panel is as wide as the form (fitSettingsWidth).
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    settingsScroll_ = scroll;

    start_ = new QPushButton;
    pause_ = new QPushButton;
    stop_ = new QPushButton;
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(start_);
    buttons->addWidget(pause_);
    buttons->addWidget(stop_);

    progress_ = new QProgressBar;
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    progress_->setTextVisible(false);
    position_ = new QLabel;
    speed_ = new QLabel;
    eta_ = new QLabel;
    status_ = new QLabel;
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    runFolder_ = new QLabel;
    runFolder_->setWordWrap(true);
    runFolder_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* progressBox = progressBox_ = new QGroupBox;
    auto* progressLayout = new QVBoxLayout(progressBox);
    progressLayout->addLayout(buttons);
    progressLayout->addWidget(progress_);
    progressLayout->addWidget(position_);
    progressLayout->addWidget(speed_);
    progressLayout->addWidget(eta_);
    progressLayout->addWidget(status_);
    progressLayout->addWidget(runFolder_);

    auto* settingsBox = settingsBox_ = new QGroupBox;
    auto* settingsLayout = new QVBoxLayout(settingsBox);
    settingsLayout->addWidget(scroll);

    auto* left = left_ = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(settingsBox, 1);
    leftLayout->addWidget(progressBox);

    charts_ = new TrainingCharts;
    evaluation_ = new EvaluationPanel;
    history_ = new RunHistoryView;
    tabs_ = new QTabWidget;
    tabs_->addTab(charts_, QString());
    tabs_->addTab(evaluation_, QString());
    tabs_->addTab(history_, QString());

    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(tabs_);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // The charts redraw 4 times a second, and only while they are on screen: on a 2-core
    // machine every millisecond the UI thread spends on them is taken from training
    // (bench/dashboard_bench.cpp --trace shows where it goes). The data keeps arriving
    // either way, and the charts catch up when their tab is shown.
    tick_->setInterval(250);
    connect(tick_, &QTimer::timeout, this, [this] {
        if (charts_->isVisible())
            charts_->refresh();
    });
    connect(tabs_, &QTabWidget::currentChanged, this, [this] {
        if (charts_->isVisible())
            charts_->refresh();
    });
    connect(start_, &QPushButton::clicked, this, &TrainingPage::startTraining);
    connect(pause_, &QPushButton::clicked, this, &TrainingPage::togglePause);
    connect(stop_, &QPushButton::clicked, controller_, &TrainingController::stop);
    connect(form_, &TrainingSettingsForm::settingsEdited, this,
            [this] { Q_EMIT trainingSettingsEdited(form_->settings()); });
    connect(controller_, &TrainingController::runStarted, this,
            [this](const QString& directory, const QStringList& classNames) {
                evaluation_->setClassNames(classNames);
                runDirectory_ = directory;
                runFolder_->setText(tr("Run folder: %1").arg(directory));
            });
    connect(controller_, &TrainingController::batchesArrived, this, &TrainingPage::showBatches);
    connect(controller_, &TrainingController::epochFinished, this, &TrainingPage::showEpoch);
    connect(controller_, &TrainingController::evaluated, evaluation_, &EvaluationPanel::setEvaluation);
    connect(controller_, &TrainingController::statusChanged, this, &TrainingPage::showStatus);
    connect(controller_, &TrainingController::finished, this, &TrainingPage::showFinished);
    connect(history_, &RunHistoryView::openProjectRequested, this, &TrainingPage::openProjectRequested);
    connect(history_, &RunHistoryView::drawPadRequested, this, &TrainingPage::drawPadRequested);
    connect(history_, &RunHistoryView::exportRequested, this, &TrainingPage::exportRequested);
    connect(history_, &RunHistoryView::evaluateDrawingsRequested, this, &TrainingPage::askForDrawings);
    connect(history_, &RunHistoryView::resumeRequested, this, &TrainingPage::resumeTraining);
    drawings_ = new DrawingsEvaluation(this);
    connect(drawings_, &DrawingsEvaluation::finished, this,
            [this](const EvaluationEvent& event, const QStringList& classNames, const QString& folder) {
                evaluation_->setClassNames(classNames);
                evaluation_->showDrawingsEvaluation(event, folder);
                tabs_->setCurrentWidget(evaluation_);
            });
    connect(drawings_, &DrawingsEvaluation::failed, this, [this](const QString& message) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Evaluate on Drawings"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });

    history_->setRunsRoot(controller_->runsRoot());
    retranslateUi();
    updateButtons();
    fitSettingsWidth();
    splitter->setSizes({left_->minimumWidth(), 1000});
}

void TrainingPage::fitSettingsWidth()
{
    // The form's widest row ("Cosine with warm-up" in a combo, a Chinese label) decides, plus
    // the vertical scroll bar it may need and the group box's margins.
    form_->ensurePolished();
    const int form = form_->sizeHint().width() + settingsScroll_->verticalScrollBar()->sizeHint().width();
    const QMargins box = settingsBox_->contentsMargins() + settingsBox_->layout()->contentsMargins();
    left_->setMinimumWidth(form + box.left() + box.right() + 2 * settingsScroll_->frameWidth());
}

void TrainingPage::askForDrawings(const QString& runDirectory)
{
    const QString key = QStringLiteral("evaluation/drawingsFolder");
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Choose a Folder of Drawings (one subfolder per class)"), QSettings().value(key).toString());
    if (folder.isEmpty())
        return;
    QSettings().setValue(key, folder);
    evaluateDrawings(runDirectory, folder);
}

bool TrainingPage::evaluateDrawings(const QString& runDirectory, const QString& folder)
{
    if (!drawings_->start(runDirectory, folder))
        return false;
    // Reading a few hundred drawings takes a second or two: a progress dialog that can cancel.
    auto* dialog = new QProgressDialog(tr("Reading the drawings in %1…").arg(folder), tr("Cancel"), 0, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinimumDuration(500);
    dialog->setWindowTitle(tr("Evaluate on Drawings"));
    connect(drawings_, &DrawingsEvaluation::progress, dialog, [dialog](qint64 done, qint64 total) {
        dialog->setMaximum(int(total));
        dialog->setValue(int(done));
    });
    connect(dialog, &QProgressDialog::canceled, drawings_, &DrawingsEvaluation::cancel);
    connect(drawings_, &DrawingsEvaluation::finished, dialog, &QProgressDialog::close);
    connect(drawings_, &DrawingsEvaluation::failed, dialog, &QProgressDialog::close);
    connect(dialog, &QProgressDialog::canceled, dialog, &QProgressDialog::close);
    return true;
}

QString TrainingPage::title() const
{
    return tr("Train");
}

void TrainingPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // After the form has its new texts too (it gets the same event, in no set order).
        QTimer::singleShot(0, this, &TrainingPage::fitSettingsWidth);
    }
    QWidget::changeEvent(event);
}

void TrainingPage::retranslateUi()
{
    start_->setText(tr("Start"));
    stop_->setText(tr("Stop"));
    progressBox_->setTitle(tr("Progress"));
    settingsBox_->setTitle(tr("Training settings"));
    tabs_->setTabText(0, tr("Charts"));
    tabs_->setTabText(1, tr("Evaluation"));
    tabs_->setTabText(2, tr("Runs"));
    showStatusText();
    showPosition();
    if (!runDirectory_.isEmpty())
        runFolder_->setText(tr("Run folder: %1").arg(runDirectory_));
    updateButtons();
}

void TrainingPage::setDocument(ProjectDocument* document)
{
    if (document_) {
        document_->disconnect(this);
        disconnect(this, nullptr, document_, nullptr);
    }
    document_ = document;
    if (!document_)
        return;
    const auto follow = [this] { setProject(document_->project()); };
    follow();
    connect(document_, &ProjectDocument::analysisChanged, this, follow);
    connect(document_, &ProjectDocument::trainingSettingsChanged, this, follow);
    connect(document_, &ProjectDocument::datasetChanged, this, follow);
    connect(document_, &ProjectDocument::projectNameChanged, this, follow);
    connect(this, &TrainingPage::trainingSettingsEdited, document_,
            [this](const TrainingSettings& settings) { document_->setTrainingSettings(settings); });
}

void TrainingPage::setProject(const Project& project)
{
    project_ = project;
    form_->setSettings(project.training);
}

Project TrainingPage::project() const
{
    // With a document, the run is exactly what the document holds now.
    Project p = document_ ? document_->project() : project_;
    p.training = form_->settings();
    return p;
}

void TrainingPage::setRunsRoot(const QString& root)
{
    controller_->setRunsRoot(root);
    history_->setRunsRoot(root);
}

QString TrainingPage::statusText() const
{
    return status_->text();
}

void TrainingPage::clearRun()
{
    charts_->clear();
    chanceWarning_.reset();
    evaluation_->clear();
    progress_->setValue(0);
    position_->clear();
    speed_->clear();
    eta_->clear();
    runFolder_->clear();
    lastBatch_.reset();
    secondsLeft_ = -1;
    runDirectory_.clear();
    pausedMs_ = 0;
    pausedAt_ = -1;
    paused_ = false;
    clock_.start();
}

void TrainingPage::startTraining()
{
    const Project p = project();
    clearRun();
    const bool started = dataOverride_ ? controller_->start(p, *dataOverride_) : controller_->start(p);
    if (started)
        tick_->start();
    updateButtons();
}

void TrainingPage::resumeTraining(const QString& runDirectory)
{
    if (controller_->isActive()) {
        auto* box = new QMessageBox(QMessageBox::Information, tr("Resume Training"),
                                    tr("A training is running. Stop it before resuming another run."),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    clearRun();
    // The run's history so far, from its metrics.jsonl, so that the curves go on where they were.
    const RunFolder run(runDirectory);
    const auto valLoss = run.epochCurve(QStringLiteral("val_loss"));
    const auto valAccuracy = run.epochCurve(QStringLiteral("val_accuracy"));
    const auto rate = run.epochCurve(QStringLiteral("samples_per_second"));
    const auto at = [](const std::vector<std::pair<int, double>>& curve, int epoch) {
        for (const auto& [e, v] : curve)
            if (e == epoch)
                return v;
        return std::numeric_limits<double>::quiet_NaN();
    };
    for (const auto& [epoch, loss] : run.epochCurve(QStringLiteral("train_loss"))) {
        EpochEvent e;
        e.epoch = epoch;
        e.trainLoss = loss;
        e.valLoss = at(valLoss, epoch);
        e.valAccuracy = at(valAccuracy, epoch);
        e.samplesPerSecond = at(rate, epoch);
        charts_->addEpoch(e);
    }
    charts_->refresh();
    if (controller_->resumeRun(runDirectory))
        tick_->start();
    tabs_->setCurrentWidget(charts_);
    updateButtons();
}

void TrainingPage::togglePause()
{
    if (paused_)
        controller_->resume();
    else
        controller_->pause();
}

void TrainingPage::showBatches(const std::vector<BatchEvent>& events)
{
    charts_->addBatches(events);
    const BatchEvent& e = events.back();
    lastBatch_ = e;
    const int epochs = std::max(1, form_->settings().epochs);
    const double done = (double(e.epoch - 1) + double(e.batch) / std::max(1, e.batchesPerEpoch)) / epochs;
    progress_->setValue(int(done * 1000));
    const double running = double(clock_.elapsed() - pausedMs_) / 1000.0;
    if (done > 0.01)
        secondsLeft_ = running * (1 - done) / done;
    showPosition();
}

void TrainingPage::showPosition()
{
    if (!lastBatch_)
        return;
    const BatchEvent& e = *lastBatch_;
    const int epochs = std::max(1, form_->settings().epochs);
    position_->setText(tr("Epoch %1 of %2, batch %3 of %4").arg(e.epoch).arg(epochs).arg(e.batch).arg(e.batchesPerEpoch));
    speed_->setText(tr("%1 samples/s").arg(e.samplesPerSecond, 0, 'f', 0));
    if (secondsLeft_ >= 0)
        eta_->setText(tr("About %1 left").arg(duration(secondsLeft_)));
}

void TrainingPage::showEpoch(const EpochEvent& event)
{
    charts_->addEpoch(event);
    if (!event.warning.isEmpty()) {
        chanceWarning_ = event; // said again in the current language by showStatusText
        showStatusText();
    }
}

void TrainingPage::showStatus(TrainingStatus status, const QString& message)
{
    const bool nowPaused = status == TrainingStatus::Paused;
    if (nowPaused && !paused_)
        pausedAt_ = clock_.elapsed();
    if (!nowPaused && paused_ && pausedAt_ >= 0)
        pausedMs_ += clock_.elapsed() - pausedAt_;
    paused_ = nowPaused;
    idle_ = false;
    lastStatus_ = status;
    lastStatusMessage_ = message;
    showStatusText();
    updateButtons();
}

void TrainingPage::showStatusText()
{
    if (idle_) {
        status_->setText(tr("Idle"));
        return;
    }
    const QString& message = lastStatusMessage_;
    QString text;
    switch (lastStatus_) {
    case TrainingStatus::Preparing:
        text = message.isEmpty() ? tr("Preparing…") : tr("Preparing: %1").arg(message);
        break;
    case TrainingStatus::Running:
        text = tr("Running");
        break;
    case TrainingStatus::Paused:
        text = tr("Paused");
        break;
    case TrainingStatus::Cancelled:
        text = message.isEmpty() ? tr("Stopped") : tr("Stopped: %1").arg(message);
        break;
    case TrainingStatus::EarlyStopped:
        text = tr("Finished early: %1").arg(message);
        break;
    case TrainingStatus::Finished:
        text = tr("Finished");
        break;
    case TrainingStatus::Failed:
        text = tr("Failed: %1").arg(message);
        break;
    }
    if (chanceWarning_)
        text += QStringLiteral("\n") + tr("Warning: %1").arg(Trainer::chanceLevelWarning(*chanceWarning_));
    status_->setText(text);
}

void TrainingPage::showFinished(const TrainingResult& result, const QString& runDirectory)
{
    tick_->stop();
    charts_->refresh();
    eta_->clear();
    secondsLeft_ = -1;
    if (result.ok())
        progress_->setValue(1000);
    paused_ = false;
    if (!runDirectory.isEmpty())
        history_->refresh();
    updateButtons();
}

void TrainingPage::updateButtons()
{
    const bool active = controller_->isActive();
    start_->setEnabled(!active);
    pause_->setEnabled(active);
    stop_->setEnabled(active);
    pause_->setText(paused_ ? tr("Resume") : tr("Pause"));
    form_->setEnabled(!active);
}

} // namespace netsmith::ui
