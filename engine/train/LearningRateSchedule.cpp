#include "train/LearningRateSchedule.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace netsmith {

namespace {

constexpr double kPi = 3.14159265358979323846;

/// torch.optim.lr_scheduler._annealing_cos: from `start` at pct 0 to `end` at pct 1.
double cosineAnneal(double start, double end, double pct)
{
    return end + (start - end) / 2.0 * (std::cos(kPi * pct) + 1.0);
}

} // namespace

LearningRateSchedule::LearningRateSchedule(const TrainingSettings& settings, int stepsPerEpoch)
    : settings_(settings)
    , stepsPerEpoch_(std::max(1, stepsPerEpoch))
    , plateauBest_(std::numeric_limits<double>::infinity())
{
}

double LearningRateSchedule::rateAt(int epoch, int batch) const
{
    const double base = settings_.learningRate;
    const QString& kind = settings_.schedule;
    const double step = double(epoch) * stepsPerEpoch_ + batch;
    const double total = double(settings_.epochs) * stepsPerEpoch_;
    if (kind == QLatin1String("step"))
        return base * std::pow(settings_.gamma, epoch / std::max(1, settings_.stepSize));
    if (kind == QLatin1String("cosine")) {
        const double warm = double(std::min(settings_.warmupEpochs, settings_.epochs)) * stepsPerEpoch_;
        if (step < warm)
            return base * (step + 1.0) / warm;
        const double span = std::max(1.0, total - warm);
        return cosineAnneal(base, 0.0, std::min(1.0, (step - warm) / span));
    }
    if (kind == QLatin1String("onecycle")) {
        const double initial = base / 25.0;
        const double minimum = initial / 1e4;
        const double upEnd = 0.3 * total - 1.0;
        const double downEnd = total - 1.0;
        if (step <= upEnd)
            return cosineAnneal(initial, base, upEnd > 0 ? step / upEnd : 1.0);
        return cosineAnneal(base, minimum, std::min(1.0, (step - upEnd) / std::max(1.0, downEnd - upEnd)));
    }
    if (kind == QLatin1String("plateau"))
        return base * plateauFactor_;
    return base;
}

void LearningRateSchedule::epochEnded(double validationLoss)
{
    if (settings_.schedule != QLatin1String("plateau") || !std::isfinite(validationLoss))
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
