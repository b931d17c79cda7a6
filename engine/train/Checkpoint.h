#pragma once
// checkpoint.pt: everything needed to continue a run exactly where it stopped — model and
// optimizer state, the number of completed epochs, the early-stopping and schedule state,
// the best weights so far, and torch's CPU random generator state (dropout). Written
// atomically, so a crash during the write leaves the previous checkpoint intact.
#include "model/GraphModule.h"

#include <QString>
#include <limits>
#include <torch/torch.h>
#include <vector>

namespace netsmith {

/// Where a run stands after an epoch.
struct TrainingProgress
{
    int epochsCompleted = 0;
    int bestEpoch = 0;
    double bestValAccuracy = std::numeric_limits<double>::quiet_NaN();
    double bestValLoss = std::numeric_limits<double>::infinity();
    int epochsWithoutImprovement = 0;
    std::vector<double> scheduleState;
    std::vector<torch::Tensor> bestWeights; ///< parameters then buffers, in module order; empty: not kept
};

class Checkpoint
{
public:
    static bool save(const QString& path, GraphModule& model, torch::optim::Optimizer& optimizer,
                     const TrainingProgress& progress, QString* error);
    /// Loads into an already built model and optimizer (same graph and optimizer kind).
    static bool load(const QString& path, GraphModule& model, torch::optim::Optimizer& optimizer,
                     TrainingProgress* progress, QString* error);

    /// Copies of the model's parameters and buffers (the form bestWeights keeps).
    static std::vector<torch::Tensor> copyWeights(GraphModule& model);
    static void restoreWeights(GraphModule& model, const std::vector<torch::Tensor>& weights);
};

} // namespace netsmith
