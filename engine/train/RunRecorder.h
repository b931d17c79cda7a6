#pragma once
// RunRecorder: the one writer of a run folder while a run trains, shared by `netsmith-cli
// train`/`bench` and the GUI's TrainingController. Created before training (it makes the
// folder and writes the project as given), it observes the Trainer and appends every event to
// metrics.jsonl; finish() then writes the results (model.pt, evaluation.json, the project as
// trained and run.json last). Pass folder().checkpointPath() to the Trainer for checkpoint.pt.
//
// Which runs keep results is decided here, once: a run that completed at least one epoch and
// did not fail (finished, early-stopped, or cancelled after an epoch: its model and figures
// are real). A failed run keeps its metrics.jsonl and last checkpoint, and no run.json.
#include "train/MetricsLog.h"
#include "train/RunFolder.h"
#include "train/Trainer.h"
#include "train/TrainingObserver.h"

#include <QElapsedTimer>
#include <memory>

namespace netsmith {

class RunRecorder : public TrainingObserver
{
public:
    /// Makes <root>/<stamp>-<project name>/ and writes project.netsmith. `classes` are the
    /// dataset's class names (run.json, and the names in metrics.jsonl's evaluations).
    static std::unique_ptr<RunRecorder> create(const QString& root, const Project& project, QStringList classes,
                                               QString* error);

    /// Continues the interrupted (or stopped) run in `folder` (RunFolder::containing): its
    /// metrics.jsonl goes on as one history. The folder is left as it was until the Trainer
    /// says Running (the checkpoint loaded: a refused resume changes nothing); then
    /// project.netsmith becomes `project` and run.json goes until finish() writes it again
    /// (the old results are not the run's any more; model.pt stays until replaced). Keeps the
    /// run's creation time, and its recorded wall time adds to this session's.
    static std::unique_ptr<RunRecorder> resume(const RunFolder& folder, const Project& project, QStringList classes,
                                               QString* error);

    const RunFolder& folder() const { return folder_; }

    void onBatch(const BatchEvent& e) override { log_.onBatch(e); }
    void onEpoch(const EpochEvent& e) override { log_.onEpoch(e); }
    void onEvaluation(const EvaluationEvent& e) override { log_.onEvaluation(e); }
    void onStatus(const StatusEvent& e) override;

    /// Writes the results of `result` (trained `model`, which may be null) when the run keeps
    /// any; true when they were written or there were none to write.
    bool finish(const TrainingResult& result, GraphModule model, QString* error);
    /// Whether finish() wrote run.json.
    bool hasResults() const { return hasResults_; }

private:
    RunRecorder(RunFolder folder, Project project, QStringList classes, QString created, double earlierSeconds);

    RunFolder folder_;
    Project project_;
    QStringList classes_;
    QString created_;
    double earlierSeconds_ = 0; ///< wall time of the sessions before a resume (as run.json had it)
    bool resuming_ = false;     ///< resume() made this and the Trainer has not said Running yet
    QString takeOverError_;     ///< why the resumed folder could not be taken over
    QElapsedTimer clock_;
    MetricsLog log_;
    bool hasResults_ = false;
};

} // namespace netsmith
