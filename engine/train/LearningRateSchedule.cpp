#include "train/LearningRateSchedule.h"

#include "train/ScheduleRegistry.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace netsmith {

LearningRateSchedule::LearningRateSchedule(const TrainingSettings& settings, int stepsPerEpoch)
    : settings_(settings)
    , kind_(ScheduleRegistry::instance().find(settings.schedule))
    , stepsPerEpoch_(std::max(1, stepsPerEpoch))
    , plateauBest_(std::numeric_limits<double>::infinity())
{
}

double LearningRateSchedule::rateAt(int epoch, int batch) const
{
    if (!kind_) // validation refuses unknown names; a hand-made setting trains at the base rate
        return settings_.learningRate;
    return kind_->rate(settings_, ScheduleStep{epoch, batch, stepsPerEpoch_, plateauFactor_});
}

void LearningRateSchedule::epochEnded(double validationLoss)
{
    if (!kind_ || !kind_->watchesValidationLoss || !std::isfinite(validationLoss))
        return;
    if (validationLoss < plateauBest_ * (1.0 - 1e-4)) {
        plateauBest_ = validationLoss;
        plateauBadEpochs_ = 0;
        return;
    }
    if (++plateauBadEpochs_ > settings_.plateauPatience) {
        plateauFactor_ *= settings_.gamma;
        plateauBadEpochs_ = 0;
    }
}

std::vector<double> LearningRateSchedule::state() const
{
    return {plateauFactor_, plateauBest_, double(plateauBadEpochs_)};
}

void LearningRateSchedule::restore(const std::vector<double>& state)
{
    if (state.size() != 3)
        return;
    plateauFactor_ = state[0];
    plateauBest_ = state[1];
    plateauBadEpochs_ = int(state[2]);
}

} // namespace netsmith
