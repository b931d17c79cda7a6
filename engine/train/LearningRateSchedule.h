#pragma once
// The learning rate at every optimizer step under the schedule TrainingSettings names. The
// rules live in ScheduleRegistry (constant, step, cosine with warm-up, onecycle, plateau);
// this class runs one through a training run and keeps the plateau state (× gamma after
// plateau_patience epochs without a relative 1e-4 improvement of the validation loss, like
// ReduceLROnPlateau), which checkpoints save. Pure arithmetic, no torch, tested exactly.
#include "project/TrainingSettings.h"

#include <vector>

namespace netsmith {

struct ScheduleKind;

class LearningRateSchedule
{
public:
    LearningRateSchedule(const TrainingSettings& settings, int stepsPerEpoch);

    /// Rate for batch `batch` (0-based) of epoch `epoch` (0-based).
    double rateAt(int epoch, int batch) const;
    /// Tells the schedule an epoch ended (plateau watches the validation loss; NaN: none).
    void epochEnded(double validationLoss);

    /// The plateau state, for checkpoints: {factor, best loss, bad epochs}.
    std::vector<double> state() const;
    void restore(const std::vector<double>& state);

private:
    TrainingSettings settings_;
    const ScheduleKind* kind_; ///< null for an unknown name: the base rate throughout
    int stepsPerEpoch_;
    double plateauFactor_ = 1.0;
    double plateauBest_;
    int plateauBadEpochs_ = 0;
};

} // namespace netsmith
