#include "train/ScheduleRegistry.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace netsmith {

namespace {

constexpr double kPi = 3.14159265358979323846;

/// torch.optim.lr_scheduler._annealing_cos: from `start` at pct 0 to `end` at pct 1.
double cosineAnneal(double start, double end, double pct)
{
    return end + (start - end) / 2.0 * (std::cos(kPi * pct) + 1.0);
}

double stepIndex(const ScheduleStep& t)
{
    return double(t.epoch) * t.stepsPerEpoch + t.batch;
}

} // namespace

ScheduleRegistry::ScheduleRegistry()
{
    ScheduleKind constant;
    constant.id = QStringLiteral("constant");
    constant.displayName = QT_TRANSLATE_NOOP("TrainingOption", "Constant");
    constant.help = QT_TRANSLATE_NOOP("TrainingOption", "The same learning rate for the whole run.");
    constant.rate = [](const TrainingSettings& s, const ScheduleStep&) { return s.learningRate; };
    kinds_.push_back(constant);

    ScheduleKind step;
    step.id = QStringLiteral("step");
    step.displayName = QT_TRANSLATE_NOOP("TrainingOption", "Step decay");
    step.help = QT_TRANSLATE_NOOP("TrainingOption", "Multiplies the rate by the decay factor every few epochs (like "
                                                    "PyTorch's StepLR).");
    step.settings = {QStringLiteral("step_size"), QStringLiteral("gamma")};
    step.rate = [](const TrainingSettings& s, const ScheduleStep& t) {
        return s.learningRate * std::pow(s.gamma, t.epoch / std::max(1, s.stepSize));
    };
    kinds_.push_back(step);

    ScheduleKind cosine;
    cosine.id = QStringLiteral("cosine");
    cosine.displayName = QT_TRANSLATE_NOOP("TrainingOption", "Cosine with warm-up");
    cosine.help = QT_TRANSLATE_NOOP("TrainingOption", "Rises linearly over the warm-up epochs, then falls along a "
                                                      "cosine to zero at the last batch.");
    cosine.settings = {QStringLiteral("warmup_epochs")};
    cosine.rate = [](const TrainingSettings& s, const ScheduleStep& t) {
        const double at = stepIndex(t);
        const double total = double(s.epochs) * t.stepsPerEpoch;
        const double warm = double(std::min(s.warmupEpochs, s.epochs)) * t.stepsPerEpoch;
        if (at < warm)
            return s.learningRate * (at + 1.0) / warm;
        const double span = std::max(1.0, total - warm);
        return cosineAnneal(s.learningRate, 0.0, std::min(1.0, (at - warm) / span));
    };
    kinds_.push_back(cosine);

    ScheduleKind onecycle;
    onecycle.id = QStringLiteral("onecycle");
    onecycle.displayName = QT_TRANSLATE_NOOP("TrainingOption", "One-cycle");
    onecycle.help = QT_TRANSLATE_NOOP("TrainingOption", "Up to the learning rate over the first 30% of the run, then "
                                                        "down far below it (PyTorch's OneCycleLR defaults).");
    // torch's OneCycleLR defaults: pct_start 0.3, div_factor 25, final_div_factor 1e4,
    // cosine annealing; the peak is the base rate.
    onecycle.rate = [](const TrainingSettings& s, const ScheduleStep& t) {
        const double at = stepIndex(t);
        const double total = double(s.epochs) * t.stepsPerEpoch;
        const double initial = s.learningRate / 25.0;
        const double minimum = initial / 1e4;
        const double upEnd = 0.3 * total - 1.0;
        const double downEnd = total - 1.0;
        if (at <= upEnd)
            return cosineAnneal(initial, s.learningRate, upEnd > 0 ? at / upEnd : 1.0);
        return cosineAnneal(s.learningRate, minimum, std::min(1.0, (at - upEnd) / std::max(1.0, downEnd - upEnd)));
    };
    kinds_.push_back(onecycle);

    ScheduleKind plateau;
    plateau.id = QStringLiteral("plateau");
    plateau.displayName = QT_TRANSLATE_NOOP("TrainingOption", "Reduce on plateau");
    plateau.help = QT_TRANSLATE_NOOP("TrainingOption", "Multiplies the rate by the decay factor when the validation "
                                                       "loss has not improved for the patience (ReduceLROnPlateau).");
    plateau.settings = {QStringLiteral("gamma"), QStringLiteral("plateau_patience")};
    plateau.watchesValidationLoss = true;
    plateau.rate = [](const TrainingSettings& s, const ScheduleStep& t) { return s.learningRate * t.plateauFactor; };
    kinds_.push_back(plateau);
}

} // namespace netsmith
