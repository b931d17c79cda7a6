#pragma once
// The training page: the project's training settings, Start / Pause-Resume / Stop, progress
// (epoch, batch, samples/s, time left), a status line, and three tabs — live charts, the
// evaluation views (refreshed at every epoch end) and the run history. Given a document
// (setDocument) it trains the document's project and its settings edits become undoable
// document edits; stand-alone (tests, benchmarks) it takes a Project with setProject() and
// reports edits with trainingSettingsEdited().
#include "WorkbenchPage.h"
#include "data/Dataset.h"
#include "project/Project.h"
#include "train/TrainingObserver.h"

#include <QElapsedTimer>
#include <QWidget>
#include <optional>

class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTimer;

namespace netsmith {
struct TrainingResult;
}

namespace netsmith::ui {

class EvaluationPanel;
class ProjectDocument;
class RunHistoryView;
class TrainingCharts;
class TrainingController;
class TrainingSettingsForm;
class DrawingsEvaluation;

class TrainingPage : public QWidget, public WorkbenchPage
{
    Q_OBJECT
public:
    explicit TrainingPage(QWidget* parent = nullptr);

    /// Trains this document's project from now on, following its changes.
    void setDocument(ProjectDocument* document);
    void setProject(const Project& project);
    /// The project given to setProject() with the settings as edited on this page.
    Project project() const;
    /// Train on data already loaded instead of loading the project's dataset by name.
    void setDataOverride(std::optional<DatasetSplits> data) { dataOverride_ = std::move(data); }
    void setRunsRoot(const QString& root);

    TrainingController* controller() const { return controller_; }
    TrainingCharts* charts() const { return charts_; }
    EvaluationPanel* evaluationPanel() const { return evaluation_; }
    RunHistoryView* runHistory() const { return history_; }
    TrainingSettingsForm* settingsForm() const { return form_; }
    QPushButton* startButton() const { return start_; }
    QPushButton* pauseButton() const { return pause_; }
    QPushButton* stopButton() const { return stop_; }
    QString statusText() const;
    QTabWidget* tabs() const { return tabs_; }
    /// Evaluates a run's model on a folder of drawings in the background; the evaluation tab
    /// shows the result (a message says why when it fails). False while another one runs.
    bool evaluateDrawings(const QString& runDirectory, const QString& folder);
    DrawingsEvaluation* drawingsEvaluation() const { return drawings_; }

    // WorkbenchPage
    QWidget* widget() override { return this; }
    QString title() const override;

Q_SIGNALS:
    void trainingSettingsEdited(const netsmith::TrainingSettings& settings);
    void openProjectRequested(const QString& projectPath);
    void drawPadRequested(const QString& runDirectory);
    void exportRequested(const QString& runDirectory);

protected:
    void changeEvent(QEvent* event) override;

private:
    /// The settings panel as wide as the form needs, so that nothing in it is clipped.
    void fitSettingsWidth();
    void retranslateUi();
    /// The texts that describe the run so far, from the last events (also after a language change).
    void showPosition();
    void showStatusText();
    void startTraining();
    /// Goes on with an interrupted run in its own folder; its earlier epochs are drawn first.
    void resumeTraining(const QString& runDirectory);
    /// Empties the charts, texts and timers for a run about to start.
    void clearRun();
    void askForDrawings(const QString& runDirectory);
    void togglePause();
    void showBatches(const std::vector<BatchEvent>& events);
    void showEpoch(const EpochEvent& event);
    void showStatus(TrainingStatus status, const QString& message);
    void showFinished(const TrainingResult& result, const QString& runDirectory);
    void updateButtons();

    Project project_;
    ProjectDocument* document_ = nullptr;
    std::optional<DatasetSplits> dataOverride_;
    std::optional<BatchEvent> lastBatch_;
    double secondsLeft_ = -1;
    TrainingStatus lastStatus_ = TrainingStatus::Preparing;
    QString lastStatusMessage_;
    std::optional<netsmith::EpochEvent> chanceWarning_; ///< the run's last epoch at chance level
    bool idle_ = true; ///< nothing started yet
    QString runDirectory_;
    TrainingController* controller_ = nullptr;
    TrainingSettingsForm* form_ = nullptr;
    QPushButton* start_ = nullptr;
    QPushButton* pause_ = nullptr;
    QPushButton* stop_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* position_ = nullptr;
    QLabel* speed_ = nullptr;
    QLabel* eta_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* runFolder_ = nullptr;
    QGroupBox* progressBox_ = nullptr;
    QGroupBox* settingsBox_ = nullptr;
    QScrollArea* settingsScroll_ = nullptr;
    QWidget* left_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    TrainingCharts* charts_ = nullptr;
    EvaluationPanel* evaluation_ = nullptr;
    RunHistoryView* history_ = nullptr;
    DrawingsEvaluation* drawings_ = nullptr;
    QTimer* tick_ = nullptr;
    QElapsedTimer clock_;
    qint64 pausedMs_ = 0;
    qint64 pausedAt_ = -1;
    bool paused_ = false;
};

} // namespace netsmith::ui
