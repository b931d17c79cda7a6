// Element-wise activations: ReLU, LeakyReLU, GELU, Sigmoid, Tanh, and Softmax over classes.
#include "graph/layers/LayerDefinitions.h"

#include <torch/torch.h>

#include <cmath>

namespace netsmith {

namespace {

using Activation = std::function<torch::Tensor(const torch::Tensor&)>;

/// `make` reads the node's parameters once, when the model is built, and returns the function.
/// An element-wise activation is exported as one call: `script` and `python` are format
/// strings over the input ("torch.relu(%1)"; %2 is the first parameter's value, if any) and
/// `onnxOp` its ONNX operator (`alpha` from that parameter when it has one).
LayerExport activationExport(const char* script, const char* python, const char* onnxOp)
{
    auto fill = [](const char* pattern, const LayerContext& ctx, const QString& x) {
        QString s = QString::fromLatin1(pattern).arg(x);
        if (!ctx.kind.params.empty())
            s = s.arg(scriptFloat(ctx.floatParam(ctx.kind.params.front().id)));
        return s;
    };
    LayerExport e;
    e.torchScript = [script, fill](const LayerContext& ctx, const QStringList& in) {
        return fill(script, ctx, in[0]);
    };
    e.pytorchCall = [python, fill](const LayerContext& ctx, const QStringList& in) {
        return fill(python, ctx, in[0]);
    };
    e.onnx = [onnxOp](const LayerContext& ctx, const QStringList& in, OnnxNodeWriter& w, QString*) {
        std::vector<OnnxAttribute> attributes;
        if (!ctx.kind.params.empty())
            attributes.push_back(
                OnnxAttribute::real("alpha", ctx.floatParam(ctx.kind.params.front().id)));
        if (QLatin1String(onnxOp) == QLatin1String("Softmax"))
            attributes.push_back(OnnxAttribute::integer("axis", 1));
        return w.node(onnxOp, in, attributes);
    };
    return e;
}

/// GELU has no ONNX operator before opset 20: it is written as its formula,
/// x * 0.5 * (1 + erf(x / sqrt(2))), which is what torch.gelu computes by default.
LayerExport geluExport()
{
    LayerExport e = activationExport("torch.gelu(%1)", "F.gelu(%1)", "");
    e.onnx = [](const LayerContext&, const QStringList& in, OnnxNodeWriter& w, QString*) {
        const QString scaled = w.node("Div", {in[0], w.constant({float(std::sqrt(2.0))}, {})});
        const QString onePlus = w.node("Add", {w.node("Erf", {scaled}), w.constant({1.f}, {})});
        return w.node("Mul", {w.node("Mul", {in[0], onePlus}), w.constant({0.5f}, {})});
    };
    return e;
}

LayerKind activation(const char* id, const char* displayName, const char* help, const char* prefix,
                     LayerExport exporting, std::function<Activation(const LayerContext&)> make)
{
    LayerKind kind;
    kind.id = QString::fromLatin1(id);
    kind.category = LayerCategory::Activation;
    kind.displayName = displayName;
    kind.help = help;
    kind.defaultNamePrefix = prefix;
    kind.exporting = std::move(exporting);
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
                               "relu", activationExport("torch.relu(%1)", "F.relu(%1)", "Relu"),
                               [](const LayerContext&) -> Activation {
                                   return [](const torch::Tensor& x) { return torch::relu(x); };
                               }));
    LayerKind leaky = activation(
        "LeakyReLU", QT_TRANSLATE_NOOP("LayerKind", "Leaky ReLU"),
        QT_TRANSLATE_NOOP("LayerKind",
                          "Like ReLU, but lets a small slope through for negative values."),
        "leaky", activationExport("torch.leaky_relu(%1, %2)", "F.leaky_relu(%1, %2)", "LeakyRelu"),
        [](const LayerContext& c) -> Activation {
            const double slope = c.floatParam(QStringLiteral("negative_slope"));
            return [slope](const torch::Tensor& x) { return torch::leaky_relu(x, slope); };
        });
    leaky.params = {floatSpec("negative_slope", QT_TRANSLATE_NOOP("LayerParam", "Negative slope"),
                              QT_TRANSLATE_NOOP("LayerParam", "Slope used for negative inputs."),
                              0.01, 0.0, 1.0)};
    kinds.push_back(leaky);
    kinds.push_back(activation("GELU", QT_TRANSLATE_NOOP("LayerKind", "GELU"),
                               QT_TRANSLATE_NOOP("LayerKind", "Smooth ReLU used by transformers."),
                               "gelu", geluExport(), [](const LayerContext&) -> Activation {
                                   return [](const torch::Tensor& x) { return torch::gelu(x); };
                               }));
    kinds.push_back(
        activation("Sigmoid", QT_TRANSLATE_NOOP("LayerKind", "Sigmoid"),
                   QT_TRANSLATE_NOOP("LayerKind", "Squashes values into 0..1."), "sigmoid",
                   activationExport("torch.sigmoid(%1)", "torch.sigmoid(%1)", "Sigmoid"),
                   [](const LayerContext&) -> Activation {
                       return [](const torch::Tensor& x) { return torch::sigmoid(x); };
                   }));
    kinds.push_back(activation("Tanh", QT_TRANSLATE_NOOP("LayerKind", "Tanh"),
                               QT_TRANSLATE_NOOP("LayerKind", "Squashes values into -1..1."),
                               "tanh", activationExport("torch.tanh(%1)", "torch.tanh(%1)", "Tanh"),
                               [](const LayerContext&) -> Activation {
                                   return [](const torch::Tensor& x) { return torch::tanh(x); };
                               }));
    kinds.push_back(activation(
        "Softmax", QT_TRANSLATE_NOOP("LayerKind", "Softmax"),
        QT_TRANSLATE_NOOP(
            "LayerKind",
            "Turns scores into class probabilities that sum to 1. As the last layer it is "
            "folded into the loss during training."),
        "softmax", activationExport("torch.softmax(%1, 1)", "F.softmax(%1, dim=1)", "Softmax"),
        [](const LayerContext&) -> Activation {
            return [](const torch::Tensor& x) { return torch::softmax(x, 1); };
        }));
}

} // namespace netsmith
