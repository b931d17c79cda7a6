#include "train/OptimizerFactory.h"

#include "train/FusedAdam.h"

#include <QCoreApplication>

namespace netsmith {

std::unique_ptr<torch::optim::Optimizer> OptimizerFactory::create(const TrainingSettings& s,
                                                                  std::vector<torch::Tensor> parameters,
                                                                  QString* error)
{
    const QString& name = s.optimizer;
    if (name == QLatin1String("sgd")) {
        if (s.nesterov && s.momentum <= 0) {
            *error = QCoreApplication::translate("Trainer", "Nesterov momentum needs a momentum above 0");
            return nullptr;
        }
        return std::make_unique<torch::optim::SGD>(
            std::move(parameters),
            torch::optim::SGDOptions(s.learningRate).momentum(s.momentum).nesterov(s.nesterov).weight_decay(s.weightDecay));
    }
    if (name == QLatin1String("adam"))
        return std::make_unique<FusedAdam>(std::move(parameters),
                                           torch::optim::AdamOptions(s.learningRate).weight_decay(s.weightDecay));
    if (name == QLatin1String("adamw"))
        return std::make_unique<torch::optim::AdamW>(
            std::move(parameters), torch::optim::AdamWOptions(s.learningRate).weight_decay(s.weightDecay));
    if (name == QLatin1String("rmsprop"))
        return std::make_unique<torch::optim::RMSprop>(
            std::move(parameters),
            torch::optim::RMSpropOptions(s.learningRate).momentum(s.momentum).weight_decay(s.weightDecay));
    *error = QCoreApplication::translate("Trainer", "unknown optimizer \"%1\" (use sgd, adam, adamw or rmsprop)")
                 .arg(name);
    return nullptr;
}

void OptimizerFactory::setLearningRate(torch::optim::Optimizer& optimizer, double rate)
{
    for (auto& group : optimizer.param_groups())
        group.options().set_lr(rate);
}

} // namespace netsmith
