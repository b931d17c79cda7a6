#pragma once
// The learning-rate schedules, each described once: id, translatable name and help, the
// training settings it reads and its rule (the rate at one optimizer step). Pure arithmetic,
// no torch. LearningRateSchedule runs the rule; TrainingSettings validation, `netsmith-cli`
// parsing and --help and the Train page's combo read the table.
#include "project/TrainingOption.h"
#include "project/TrainingSettings.h"

#include <functional>

namespace netsmith {

/// Where training is when a rate is asked for.
struct ScheduleStep
{
    int epoch = 0;          ///< 0-based
    int batch = 0;          ///< 0-based, within the epoch
    int stepsPerEpoch = 1;  ///< at least 1
    double plateauFactor = 1; ///< the product of the decays "plateau" has made so far
};

struct ScheduleKind : TrainingOption
{
    std::function<double(const TrainingSettings&, const ScheduleStep&)> rate;
    /// Reduces the rate when the validation loss stops improving (LearningRateSchedule
    /// tracks the plateau state only for these).
    bool watchesValidationLoss = false;
};

class ScheduleRegistry : public OptionTable<ScheduleKind, ScheduleRegistry>
{
private:
    friend class OptionTable<ScheduleKind, ScheduleRegistry>;
    ScheduleRegistry();
};

} // namespace netsmith
