#pragma once
// The learning rate at every optimizer step, for the schedules of TrainingSettings:
// constant; step (× gamma every step_size epochs, like torch's StepLR); cosine (linear
// warm-up over warmup_epochs, then cosine decay to 0 per batch); onecycle (torch's
// OneCycleLR defaults: pct_start 0.3, div_factor 25, final_div_factor 1e4, cosine
// annealing; the peak is the base rate); plateau (× gamma after plateau_patience epochs
// without a relative 1e-4 improvement of the validation loss, like ReduceLROnPlateau).
// Pure arithmetic, no torch, so that it is tested exactly.
#include "project/TrainingSettings.h"

#include <vector>

namespace netsmith {

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
    int stepsPerEpoch_;
    double plateauFactor_ = 1.0;
    double plateauBest_;
    int plateauBadEpochs_ = 0;
};

} // namespace netsmith
