#pragma once
// The optimizers Netsmith trains with, each described once: id, translatable name and help,
// the training settings it reads, how to build it, and its memory rule (state tensors kept
// per parameter, which the training-memory estimate of CostModel adds to weights and
// gradients). OptimizerFactory, TrainingSettings validation, `netsmith-cli` parsing and
// --help, the Train page's combo and the summaries read this table.
#include "project/TrainingOption.h"
#include "project/TrainingSettings.h"

#include <torch/torch.h>

#include <functional>
#include <memory>

namespace netsmith {

struct OptimizerKind : TrainingOption
{
    /// Null with a message when the settings do not make sense for this optimizer.
    std::function<std::unique_ptr<torch::optim::Optimizer>(const TrainingSettings&, std::vector<torch::Tensor>,
                                                           QString* error)>
        create;
    /// Tensors of optimizer state per parameter tensor, each the parameter's size
    /// (Adam: 2 moments; SGD: 1 with momentum, else 0).
    std::function<int(const TrainingSettings&)> stateTensors;
};

class OptimizerRegistry : public OptionTable<OptimizerKind, OptimizerRegistry>
{
private:
    friend class OptionTable<OptimizerKind, OptimizerRegistry>;
    OptimizerRegistry();
};

} // namespace netsmith
