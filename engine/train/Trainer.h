#pragma once
// Trainer: the training loop shared by the GUI and netsmith-cli. Qt-free apart from QString
// messages: no QObject, no threads of its own beyond the data prefetcher; the caller runs
// run() on whatever thread it likes and observes it through a TrainingObserver.
//
// It splits off the validation part, computes the input normalisation when the project has
// none, builds the model from the graph, then trains epoch by epoch: optimizer and learning
// rate schedule from TrainingSettings, cross-entropy with optional label smoothing,
// evaluation on the validation split after every epoch, early stopping that restores the
// best weights, an atomic checkpoint after every epoch, a NaN/Inf guard, and a
// TrainingControl checked before every batch. Same seed on CPU gives the same weights.
//
// Every exit (finished, early-stopped, cancelled, NaN loss, checkpoint failure, exception)
// leaves the same state: model() on the CPU, contiguous weights, eval mode (or null when it
// was never built); the checkpoint file, when asked for, holds the last completed epoch (it
// is written atomically, so a failed write leaves the previous one); the observer's last
// event is the StatusEvent of the result's status. Evaluations carry their per-sample
// predictions (EvaluationEvent::samples), the ones the report was computed from.
#include "model/GraphModule.h"
#include "data/Dataset.h"
#include "metrics/ClassificationReport.h"
#include "project/Project.h"
#include "train/TrainingObserver.h"

#include <QString>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace netsmith {

class TrainingControl;

struct TrainerOptions
{
    QString checkpointPath;   ///< written atomically after every epoch; empty: none
    QString resumeCheckpoint; ///< continue from this checkpoint; empty: start fresh
    bool evaluateTest = true; ///< evaluate the test split at the end (when it has samples)
};

struct TrainingResult
{
    TrainingStatus status = TrainingStatus::Failed;
    QString message;            ///< why it failed / stopped; empty on a plain finish
    /// It failed on what it was given before training began (data that does not fit the
    /// model, a checkpoint of another model), not while running: netsmith-cli exits 2.
    bool badInput = false;
    Project project;            ///< the project as trained: normalization filled in
    QString device;             ///< "cpu", "cuda:0"
    int epochsCompleted = 0;
    int bestEpoch = 0;          ///< epoch of the weights in model(); 0 without validation
    double bestValAccuracy = std::numeric_limits<double>::quiet_NaN();
    double finalValAccuracy = std::numeric_limits<double>::quiet_NaN();
    double testAccuracy = std::numeric_limits<double>::quiet_NaN();
    double trainSeconds = 0;    ///< training passes only, this session (not before a resume)
    std::vector<double> epochSamplesPerSecond; ///< per epoch trained in this session
    /// Samples/s of the training pass: median of the epochs after the first (all if only one).
    double samplesPerSecond() const;
    std::optional<ClassificationReport> test; ///< when the test split was evaluated
    std::optional<ClassificationReport> validation; ///< of the returned weights

    bool ok() const
    {
        return status == TrainingStatus::Finished || status == TrainingStatus::EarlyStopped;
    }
};

class Trainer
{
public:
    /// `data.test` may be empty. The project's training settings drive everything.
    Trainer(Project project, DatasetSplits data, TrainerOptions options = {});
    ~Trainer();

    void setObserver(TrainingObserver* observer) { observer_ = observer; }
    void setControl(std::shared_ptr<TrainingControl> control) { control_ = std::move(control); }

    /// Runs to the end (or cancel/failure). Never throws; failures come back in the result.
    TrainingResult run();

    /// The trained model (final weights, or the best ones with early stopping), on the CPU.
    /// Null before run() built one.
    GraphModule model() const { return model_; }

    /// A problem that would stop training before it starts (invalid graph, data that does
    /// not fit the model's input, too few samples); empty when fine.
    static QString checkInputs(const Project& project, const DatasetSplits& data);

    /// The warning of an epoch whose training loss stayed near ln(classes) with accuracy near
    /// 1/classes (empty otherwise), with the learning-rate advice; translated.
    static QString chanceLevelWarning(const EpochEvent& epoch);

private:
    /// How run() ended: the status and message of its last StatusEvent and of the result.
    struct Exit
    {
        TrainingStatus status = TrainingStatus::Failed;
        QString message;
        bool badInput = false; ///< TrainingResult::badInput
    };
    using Continue = std::optional<Exit>; ///< a phase's answer: nullopt to go on, else how to stop
    struct Session;                       ///< what one run() builds (Trainer.cpp)
    struct EpochTotals;                   ///< one epoch's training-pass figures (Trainer.cpp)

    // run()'s phases, in order. Each either goes on or names the exit; the model's cleanup
    // (contiguous, CPU, eval) is one guard in runPhases(), whatever the exit.
    Exit runPhases(TrainingResult& result);
    Continue prepare(Session& session, TrainingResult& result);
    Continue buildModel(Session& session);
    Continue resume(Session& session, TrainingResult& result);
    Continue trainEpoch(Session& session, int epoch, EpochTotals* totals);
    void validate(Session& session, int epoch, EpochEvent* event, TrainingResult& result);
    Continue endEpoch(Session& session, int epoch, EpochEvent& event, TrainingResult& result);
    Exit finish(Session& session, TrainingResult& result);
    void status(TrainingStatus status, const QString& message = {}) const;

    Project project_;
    DatasetSplits data_;
    TrainerOptions options_;
    TrainingObserver* observer_ = nullptr;
    std::shared_ptr<TrainingControl> control_;
    GraphModule model_{nullptr};
};

} // namespace netsmith
