#pragma once
// What the Trainer tells the outside world while it runs. The Trainer calls these on its own
// thread; the GUI's TrainingController turns them into queued signals, netsmith-cli prints
// them and appends them to metrics.jsonl. Implementations must return quickly.
#include "metrics/ClassificationReport.h"

#include <QString>
#include <memory>

namespace netsmith {

struct SamplePredictions; // evaluation/SamplePredictions.h

enum class TrainingStatus {
    Preparing, ///< splitting data, building the model, loading a checkpoint
    Running,
    Paused,
    Cancelled,  ///< stopped on request; the run folder holds the last completed epoch
    EarlyStopped, ///< validation stopped improving; best weights restored
    Finished,
    Failed,     ///< message says why (NaN loss, bad data, I/O error)
};

/// Progress inside an epoch. Coalesced: at most ~20 per second, plus the last batch of an
/// epoch. Loss and accuracy are running means over the epoch so far.
struct BatchEvent
{
    int epoch = 0;            ///< 1-based
    int batch = 0;            ///< 1-based, within the epoch
    int batchesPerEpoch = 0;
    int64_t samplesSeen = 0;  ///< in this epoch
    double loss = 0;
    double accuracy = 0;
    double learningRate = 0;
    double samplesPerSecond = 0; ///< over the epoch so far
};

struct EpochEvent
{
    int epoch = 0; ///< 1-based
    int epochs = 0;
    double trainLoss = 0;
    double trainAccuracy = 0;
    double valLoss = 0;       ///< NaN without a validation split
    double valAccuracy = 0;   ///< NaN without a validation split
    double learningRate = 0;  ///< at the end of the epoch
    double seconds = 0;       ///< training pass only
    double samplesPerSecond = 0; ///< training pass only
    bool best = false;        ///< best validation accuracy so far (kept for early stopping)
    int64_t classes = 0;      ///< the model's outputs
    double baseLearningRate = 0; ///< the project's (the schedule's start)
    /// Translated; empty when the epoch looks healthy. Set when a whole epoch stayed at
    /// chance level (Trainer::chanceLevelWarning, which a page may call again in another
    /// language), which NaN checks do not see.
    QString warning;
};

struct EvaluationEvent
{
    enum class Split { Validation, Test };
    Split split = Split::Validation;
    int epoch = 0; ///< the epoch whose weights were evaluated
    ClassificationReport report;
    /// The per-sample result the report was computed from (dataset positions, labels,
    /// probabilities, pixels). Immutable and shared: copying the event copies a pointer.
    std::shared_ptr<const SamplePredictions> samples;
};

struct StatusEvent
{
    TrainingStatus status = TrainingStatus::Preparing;
    QString message; ///< translated, for people; may be empty
};

class TrainingObserver
{
public:
    virtual ~TrainingObserver() = default;
    virtual void onBatch(const BatchEvent&) {}
    virtual void onEpoch(const EpochEvent&) {}
    virtual void onEvaluation(const EvaluationEvent&) {}
    virtual void onStatus(const StatusEvent&) {}
};

} // namespace netsmith
