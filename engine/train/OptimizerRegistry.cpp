#include "train/OptimizerRegistry.h"

#include "train/FusedAdam.h"

#include <QCoreApplication>

namespace netsmith {

OptimizerRegistry::OptimizerRegistry()
{
    OptimizerKind sgd;
    sgd.id = QStringLiteral("sgd");
    sgd.displayName = QT_TRANSLATE_NOOP("TrainingOption", "SGD");
    sgd.help = QT_TRANSLATE_NOOP("TrainingOption", "Stochastic gradient descent; momentum keeps a running velocity per "
                                                   "weight and Nesterov looks one step ahead.");
    sgd.settings = {QStringLiteral("learning_rate"), QStringLiteral("momentum"), QStringLiteral("nesterov"),
                    QStringLiteral("weight_decay")};
    sgd.create = [](const TrainingSettings& s, std::vector<torch::Tensor> parameters,
                    QString* error) -> std::unique_ptr<torch::optim::Optimizer> {
        if (s.nesterov && s.momentum <= 0) {
            *error = QCoreApplication::translate("Trainer", "Nesterov momentum needs a momentum above 0");
            return nullptr;
        }
        return std::make_unique<torch::optim::SGD>(
            std::move(parameters),
            torch::optim::SGDOptions(s.learningRate).momentum(s.momentum).nesterov(s.nesterov).weight_decay(s.weightDecay));
    };
    sgd.stateTensors = [](const TrainingSettings& s) { return s.momentum > 0 ? 1 : 0; }; // the momentum buffer
    kinds_.push_back(sgd);

    OptimizerKind adam;
    adam.id = QStringLiteral("adam");
    adam.displayName = QT_TRANSLATE_NOOP("TrainingOption", "Adam");
    adam.help = QT_TRANSLATE_NOOP("TrainingOption", "Adaptive moments: a step size per weight from running averages of "
                                                    "the gradient and its square. A good default.");
    adam.settings = {QStringLiteral("learning_rate"), QStringLiteral("weight_decay")};
    // FusedAdam: torch's Adam arithmetic in one vectorised pass, with Adam's own state.
    adam.create = [](const TrainingSettings& s, std::vector<torch::Tensor> parameters,
                     QString*) -> std::unique_ptr<torch::optim::Optimizer> {
        return std::make_unique<FusedAdam>(std::move(parameters),
                                           torch::optim::AdamOptions(s.learningRate).weight_decay(s.weightDecay));
    };
    adam.stateTensors = [](const TrainingSettings&) { return 2; }; // exp_avg, exp_avg_sq
    kinds_.push_back(adam);

    OptimizerKind adamw;
    adamw.id = QStringLiteral("adamw");
    adamw.displayName = QT_TRANSLATE_NOOP("TrainingOption", "AdamW");
    adamw.help = QT_TRANSLATE_NOOP("TrainingOption", "Adam with weight decay applied to the weights directly, which "
                                                     "regularises better than adding it to the gradient.");
    adamw.settings = {QStringLiteral("learning_rate"), QStringLiteral("weight_decay")};
    adamw.create = [](const TrainingSettings& s, std::vector<torch::Tensor> parameters,
                      QString*) -> std::unique_ptr<torch::optim::Optimizer> {
        return std::make_unique<torch::optim::AdamW>(
            std::move(parameters), torch::optim::AdamWOptions(s.learningRate).weight_decay(s.weightDecay));
    };
    adamw.stateTensors = [](const TrainingSettings&) { return 2; };
    kinds_.push_back(adamw);

    OptimizerKind rmsprop;
    rmsprop.id = QStringLiteral("rmsprop");
    rmsprop.displayName = QT_TRANSLATE_NOOP("TrainingOption", "RMSprop");
    rmsprop.help = QT_TRANSLATE_NOOP("TrainingOption", "Divides each step by a running average of the squared "
                                                       "gradient; momentum is optional.");
    rmsprop.settings = {QStringLiteral("learning_rate"), QStringLiteral("momentum"), QStringLiteral("weight_decay")};
    rmsprop.create = [](const TrainingSettings& s, std::vector<torch::Tensor> parameters,
                        QString*) -> std::unique_ptr<torch::optim::Optimizer> {
        return std::make_unique<torch::optim::RMSprop>(
            std::move(parameters),
            torch::optim::RMSpropOptions(s.learningRate).momentum(s.momentum).weight_decay(s.weightDecay));
    };
    // square_avg, plus the momentum buffer when there is momentum.
    rmsprop.stateTensors = [](const TrainingSettings& s) { return s.momentum > 0 ? 2 : 1; };
    kinds_.push_back(rmsprop);
}

} // namespace netsmith
