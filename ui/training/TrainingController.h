#pragma once
// The bridge between the engine's Trainer and the widgets (DESIGN.md "Trainer"): runs one
// training at a time on its own QThread, receives the TrainingObserver callbacks there and
// hands them to the UI thread as signals. Batch events are queued and delivered in one
// batchesArrived() per tick (default 100 ms), so a fast loop never floods the event loop;
// epoch, evaluation and status events follow immediately, in order. Start/Pause/Resume/Stop
// go through the engine's TrainingControl token, which the loop checks before every batch.
// Every run is recorded in a run folder under runsRoot() by the engine's RunRecorder, as
// netsmith-cli train records its runs.
#include "data/Dataset.h"
#include "evaluation/SamplePredictions.h"
#include "project/Project.h"
#include "train/Trainer.h"
#include "train/TrainingObserver.h"

#include <QObject>
#include <QStringList>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

class QThread;
class QTimer;

namespace netsmith {
class TrainingControl;
}

namespace netsmith::ui {

class TrainingController : public QObject
{
    Q_OBJECT
public:
    explicit TrainingController(QObject* parent = nullptr);
    ~TrainingController() override; ///< stops a running training and waits for its thread

    /// Folder that receives the run folders (default "runs" in the working directory, like
    /// netsmith-cli's --out).
    void setRunsRoot(const QString& root) { runsRoot_ = root; }
    QString runsRoot() const { return runsRoot_; }
    /// Shortest time between two batchesArrived() signals.
    void setBatchInterval(int milliseconds);
    /// An extra observer called on the training thread, before the controller's own handling
    /// (benchmarks and tests use it; it must be quick and thread-safe).
    void setWorkerObserver(TrainingObserver* observer) { workerObserver_ = observer; }

    /// Loads the project's dataset (name or path) on the training thread, then trains.
    /// Returns false when a training is already active.
    bool start(const Project& project);
    /// Trains on data already in memory.
    bool start(const Project& project, DatasetSplits data);
    /// Goes on with the run in `runDirectory` from its checkpoint.pt, with the project and the
    /// dataset it was training, in that same folder (RunRecorder::resume). False when a
    /// training is already active.
    bool resumeRun(const QString& runDirectory);
    /// Resumes on data already in memory.
    bool resumeRun(const QString& runDirectory, DatasetSplits data);
    void pause();
    void resume();
    void stop();

    bool isActive() const { return thread_ != nullptr; }
    TrainingStatus status() const { return status_; }
    QString runDirectory() const { return runDirectory_; }

Q_SIGNALS:
    void runStarted(const QString& runDirectory, const QStringList& classNames);
    void batchesArrived(const std::vector<netsmith::BatchEvent>& events);
    void epochFinished(const netsmith::EpochEvent& event);
    /// `event.samples` holds the per-sample probabilities behind the report (for the gallery).
    void evaluated(const netsmith::EvaluationEvent& event);
    void statusChanged(netsmith::TrainingStatus status, const QString& message);
    /// The run is over (finished, stopped or failed) and its folder is complete.
    void finished(const netsmith::TrainingResult& result, const QString& runDirectory);

private:
    struct Pending;
    class WorkerObserver;

    bool launch(const Project& project, std::shared_ptr<DatasetSplits> data, const QString& resumeDirectory = {});
    void runOnWorker(Project project, std::shared_ptr<DatasetSplits> data, const QString& resumeDirectory);
    void push(Pending event);
    void deliver();

    QString runsRoot_;
    TrainingObserver* workerObserver_ = nullptr;
    QThread* thread_ = nullptr;
    QTimer* tick_ = nullptr;
    std::shared_ptr<TrainingControl> control_;
    TrainingStatus status_ = TrainingStatus::Finished;
    QString runDirectory_;

    std::mutex mutex_;
    std::deque<Pending> pending_;
    bool deliveryPosted_ = false;
};

} // namespace netsmith::ui
