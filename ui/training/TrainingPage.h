#pragma once
// The training page: the project's training settings, Start / Pause-Resume / Stop, progress
// (epoch, batch, samples/s, time left), a status line, and three tabs — live charts, the
// evaluation views (refreshed at every epoch end) and the run history. Self-contained: the
// main window hands it a Project with setProject() and reads the edited settings back with
// project() or trainingSettingsEdited().
#include "data/Dataset.h"
#include "project/Project.h"
#include "train/TrainingObserver.h"

#include <QElapsedTimer>
#include <QWidget>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTimer;

namespace netsmith {
struct TrainingResult;
}

namespace netsmith::ui {

class EvaluationPanel;
class RunHistoryView;
class TrainingCharts;
class TrainingController;
class TrainingSettingsForm;

class TrainingPage : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingPage(QWidget* parent = nullptr);

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

Q_SIGNALS:
    void trainingSettingsEdited(const netsmith::TrainingSettings& settings);
    void openProjectRequested(const QString& projectPath);
    void drawPadRequested(const QString& runDirectory);

private:
    void startTraining();
    void togglePause();
    void showBatches(const std::vector<BatchEvent>& events);
    void showEpoch(const EpochEvent& event);
    void showStatus(TrainingStatus status, const QString& message);
    void showFinished(const TrainingResult& result, const QString& runDirectory);
    void updateButtons();

    Project project_;
    std::optional<DatasetSplits> dataOverride_;
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
    QTabWidget* tabs_ = nullptr;
    TrainingCharts* charts_ = nullptr;
    EvaluationPanel* evaluation_ = nullptr;
    RunHistoryView* history_ = nullptr;
    QTimer* tick_ = nullptr;
    QElapsedTimer clock_;
    qint64 pausedMs_ = 0;
    qint64 pausedAt_ = -1;
    bool paused_ = false;
};

} // namespace netsmith::ui
