// Element-wise activations: ReLU, LeakyReLU, GELU, Sigmoid, Tanh, and Softmax over classes.
#include "graph/layers/LayerDefinitions.h"

#include <torch/torch.h>

namespace netsmith {

namespace {

using Activation = std::function<torch::Tensor(const torch::Tensor&)>;

/// `make` reads the node's parameters once, when the model is built, and returns the function.
LayerKind activation(const char* id, const char* displayName, const char* help, const char* prefix,
                     std::function<Activation(const LayerContext&)> make)
{
    LayerKind kind;
    kind.id = QString::fromLatin1(id);
    kind.category = LayerCategory::Activation;
    kind.displayName = displayName;
    kind.help = help;
    kind.defaultNamePrefix = prefix;
    kind.inferShape = [](const LayerContext& ctx) { return ShapeResult::ok(ctx.inputs[0]); };
    kind.cost = [](const LayerContext&, const Shape&) { return LayerCost{}; };
    kind.build = [make](const LayerContext& ctx) {
        Activation fn = make(ctx);
        return BuiltLayer{nullptr, [fn](const std::vector<torch::Tensor>& x) { return fn(x[0]); }};
    };
    return kind;
}

} // namespace

void addActivationLayers(std::vector<LayerKind>& kinds)
{
    kinds.push_back(activation("ReLU", QT_TRANSLATE_NOOP("LayerKind", "ReLU"),
                               QT_TRANSLATE_NOOP("LayerKind", "max(0, x): the default activation."),
                               "relu", [](const LayerContext&) -> Activation {
                                   return [](const torch::Tensor& x) { return torch::relu(x); };
                               }));
    LayerKind leaky = activation(
        "LeakyReLU", QT_TRANSLATE_NOOP("LayerKind", "Leaky ReLU"),
        QT_TRANSLATE_NOOP("LayerKind", "Like ReLU, but lets a small slope through for negative values."),
        "leaky", [](const LayerContext& c) -> Activation {
            const double slope = c.floatParam(QStringLiteral("negative_slope"));
            return [slope](const torch::Tensor& x) { return torch::leaky_relu(x, slope); };
        });
    leaky.params = {floatSpec("negative_slope", QT_TRANSLATE_NOOP("LayerParam", "Negative slope"),
                              QT_TRANSLATE_NOOP("LayerParam", "Slope used for negative inputs."), 0.01,
                              0.0, 1.0)};
    kinds.push_back(leaky);
    kinds.push_back(activation("GELU", QT_TRANSLATE_NOOP("LayerKind", "GELU"),
                               QT_TRANSLATE_NOOP("LayerKind", "Smooth ReLU used by transformers."), "gelu",
                               [](const LayerContext&) -> Activation {
                                   return [](const torch::Tensor& x) { return torch::gelu(x); };
                               }));
    kinds.push_back(activation("Sigmoid", QT_TRANSLATE_NOOP("LayerKind", "Sigmoid"),
                               QT_TRANSLATE_NOOP("LayerKind", "Squashes values into 0..1."), "sigmoid",
                               [](const LayerContext&) -> Activation {
                                   return [](const torch::Tensor& x) { return torch::sigmoid(x); };
                               }));
    kinds.push_back(activation("Tanh", QT_TRANSLATE_NOOP("LayerKind", "Tanh"),
                               QT_TRANSLATE_NOOP("LayerKind", "Squashes values into -1..1."), "tanh",
                               [](const LayerContext&) -> Activation {
                                   return [](const torch::Tensor& x) { return torch::tanh(x); };
                               }));
    kinds.push_back(activation(
        "Softmax", QT_TRANSLATE_NOOP("LayerKind", "Softmax"),
        QT_TRANSLATE_NOOP("LayerKind",
                          "Turns scores into class probabilities that sum to 1. As the last layer it is "
                          "folded into the loss during training."),
        "softmax", [](const LayerContext&) -> Activation {
            return [](const torch::Tensor& x) { return torch::softmax(x, 1); };
        }));
}

} // namespace netsmith
