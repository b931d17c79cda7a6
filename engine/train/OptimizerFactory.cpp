#include "train/OptimizerFactory.h"

#include "train/OptimizerRegistry.h"

#include <QCoreApplication>

namespace netsmith {

std::unique_ptr<torch::optim::Optimizer> OptimizerFactory::create(const TrainingSettings& s,
                                                                  std::vector<torch::Tensor> parameters,
                                                                  QString* error)
{
    const OptimizerRegistry& registry = OptimizerRegistry::instance();
    if (const OptimizerKind* kind = registry.find(s.optimizer))
        return kind->create(s, std::move(parameters), error);
    *error = QCoreApplication::translate("Trainer", "unknown optimizer \"%1\" (use %2)")
                 .arg(s.optimizer, optionIdList(registry.ids()));
    return nullptr;
}

void OptimizerFactory::setLearningRate(torch::optim::Optimizer& optimizer, double rate)
{
    for (auto& group : optimizer.param_groups())
        group.options().set_lr(rate);
}

} // namespace netsmith
