#pragma once
// Builds the torch optimizer that TrainingSettings names, from OptimizerRegistry (which
// describes each one), and sets its learning rate, which the schedule changes every step.
#include "project/TrainingSettings.h"

#include <torch/torch.h>

#include <memory>

namespace netsmith {

class OptimizerFactory
{
public:
    /// Null with a message when the name is unknown or the combination is invalid
    /// (Nesterov needs momentum > 0).
    static std::unique_ptr<torch::optim::Optimizer> create(const TrainingSettings& settings,
                                                           std::vector<torch::Tensor> parameters, QString* error);
    static void setLearningRate(torch::optim::Optimizer& optimizer, double rate);
};

} // namespace netsmith
