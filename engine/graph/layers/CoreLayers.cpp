// Input, Flatten, Linear and Dropout.
#include "graph/NumberFormat.h"
#include "graph/layers/LayerDefinitions.h"

#include <torch/torch.h>

namespace netsmith {

QString requireImageInput(const LayerContext& ctx)
{
    if (ctx.inputs.empty() || ctx.inputs[0].size() == 3)
        return {};
    return QCoreApplication::translate(
               "ShapeRule", "%1 needs an image (channels×height×width) but receives %2 — "
                            "move it above the Flatten layer or remove it")
        .arg(ctx.label(), shapeToString(ctx.inputs[0]));
}

void addCoreInputLayers(std::vector<LayerKind>& kinds)
{
    LayerKind input;
    input.id = QStringLiteral("Input");
    input.category = LayerCategory::Input;
    input.displayName = QT_TRANSLATE_NOOP("LayerKind", "Input");
    input.help = QT_TRANSLATE_NOOP("LayerKind",
                                   "The image that enters the network: channels × height × width.");
    input.defaultNamePrefix = "input";
    input.minInputs = 0;
    input.maxInputs = 0;
    input.params = {
        intSpec("channels", QT_TRANSLATE_NOOP("LayerParam", "Channels"),
                QT_TRANSLATE_NOOP("LayerParam", "1 for grayscale, 3 for colour images."), 1, 1, 64),
        intSpec("height", QT_TRANSLATE_NOOP("LayerParam", "Height"),
                QT_TRANSLATE_NOOP("LayerParam", "Image height in pixels."), 28, 1, 4096),
        intSpec("width", QT_TRANSLATE_NOOP("LayerParam", "Width"),
                QT_TRANSLATE_NOOP("LayerParam", "Image width in pixels."), 28, 1, 4096),
    };
    input.inferShape = [](const LayerContext& ctx) {
        return ShapeResult::ok({ctx.intParam(QStringLiteral("channels")),
                                ctx.intParam(QStringLiteral("height")),
                                ctx.intParam(QStringLiteral("width"))});
    };
    input.cost = [](const LayerContext&, const Shape&) { return LayerCost{}; };
    input.build = [](const LayerContext&) {
        return BuiltLayer{nullptr, [](const std::vector<torch::Tensor>& x) { return x[0]; }};
    };
    // The exporters hand Input the normalised pixels; it passes them on.
    input.exporting.torchScript = [](const LayerContext&, const QStringList& in) { return in[0]; };
    input.exporting.pytorchCall = input.exporting.torchScript;
    input.exporting.onnx = [](const LayerContext&, const QStringList& in, OnnxNodeWriter&,
                              QString*) { return in[0]; };
    kinds.push_back(input);
}

void addCoreLayers(std::vector<LayerKind>& kinds)
{
    LayerKind flatten;
    flatten.id = QStringLiteral("Flatten");
    flatten.category = LayerCategory::Core;
    flatten.displayName = QT_TRANSLATE_NOOP("LayerKind", "Flatten");
    flatten.help = QT_TRANSLATE_NOOP(
        "LayerKind", "Turns an image-shaped tensor into one long vector for Linear layers.");
    flatten.defaultNamePrefix = "flatten";
    flatten.inferShape = [](const LayerContext& ctx) {
        return ShapeResult::ok({shapeElements(ctx.inputs[0])});
    };
    flatten.cost = [](const LayerContext&, const Shape&) { return LayerCost{}; };
    flatten.build = [](const LayerContext&) {
        return BuiltLayer{nullptr,
                          [](const std::vector<torch::Tensor>& x) { return x[0].flatten(1); }};
    };
    flatten.exporting.torchScript = [](const LayerContext&, const QStringList& in) {
        return QStringLiteral("torch.flatten(%1, 1)").arg(in[0]);
    };
    flatten.exporting.pytorchCall = flatten.exporting.torchScript;
    flatten.exporting.onnx = [](const LayerContext&, const QStringList& in, OnnxNodeWriter& w,
                                QString*) {
        return w.node("Flatten", in, {OnnxAttribute::integer("axis", 1)});
    };
    kinds.push_back(flatten);

    LayerKind linear;
    linear.id = QStringLiteral("Linear");
    linear.category = LayerCategory::Core;
    linear.displayName = QT_TRANSLATE_NOOP("LayerKind", "Linear (dense)");
    linear.help = QT_TRANSLATE_NOOP(
        "LayerKind", "Fully connected layer: every output is a weighted sum of all inputs.");
    linear.defaultNamePrefix = "fc";
    linear.params = {
        intSpec("out_features", QT_TRANSLATE_NOOP("LayerParam", "Outputs"),
                QT_TRANSLATE_NOOP("LayerParam", "Number of output features (units)."), 64, 1,
                1 << 20),
        intSpec("in_features", QT_TRANSLATE_NOOP("LayerParam", "Expected inputs"),
                QT_TRANSLATE_NOOP(
                    "LayerParam",
                    "Number of inputs this layer expects; 'auto' takes whatever arrives."),
                0, 0, 1 << 24, QStringLiteral("auto")),
        boolSpec("bias", QT_TRANSLATE_NOOP("LayerParam", "Bias"),
                 QT_TRANSLATE_NOOP("LayerParam", "Add a learned offset to every output."), true),
    };
    linear.inferShape = [](const LayerContext& ctx) {
        const Shape& in = ctx.inputs[0];
        if (in.size() != 1)
            return ShapeResult::fail(
                QCoreApplication::translate(
                    "ShapeRule", "%1 receives a %2 tensor but needs a flat vector — add a Flatten "
                                 "(or GlobalAvgPool) layer before it")
                    .arg(ctx.label(), shapeToString(in)));
        const int64_t expected = ctx.intParam(QStringLiteral("in_features"));
        if (expected > 0 && expected != in[0])
            return ShapeResult::fail(
                QCoreApplication::translate(
                    "ShapeRule", "%1 expects %2 inputs but receives %3 — change its input size or "
                                 "the layers above it")
                    .arg(ctx.label(), formatCount(expected), formatCount(in[0])));
        return ShapeResult::ok({ctx.intParam(QStringLiteral("out_features"))});
    };
    linear.cost = [](const LayerContext& ctx, const Shape& out) {
        const int64_t in = ctx.inputs[0][0];
        const int64_t bias = ctx.boolParam(QStringLiteral("bias")) ? out[0] : 0;
        return LayerCost{in * out[0] + bias, 0, in * out[0]};
    };
    linear.build = [](const LayerContext& ctx) {
        torch::nn::Linear layer(
            torch::nn::LinearOptions(ctx.inputs[0][0], ctx.intParam(QStringLiteral("out_features")))
                .bias(ctx.boolParam(QStringLiteral("bias"))));
        return BuiltLayer{layer.ptr(), [layer](const std::vector<torch::Tensor>& x) mutable {
                              return layer->forward(x[0]);
                          }};
    };
    linear.exporting.torchScript = [](const LayerContext& ctx, const QStringList& in) {
        return QStringLiteral("torch.linear(%1, self.weight, %2)")
            .arg(in[0], ctx.boolParam(QStringLiteral("bias")) ? QStringLiteral("self.bias")
                                                              : QStringLiteral("None"));
    };
    linear.exporting.pytorchModule = [](const LayerContext& ctx) {
        return QStringLiteral("nn.Linear(%1, %2%3)")
            .arg(ctx.inputs[0][0])
            .arg(ctx.intParam(QStringLiteral("out_features")))
            .arg(ctx.boolParam(QStringLiteral("bias")) ? QString()
                                                       : QStringLiteral(", bias=False"));
    };
    linear.exporting.onnx = [](const LayerContext& ctx, const QStringList& in, OnnxNodeWriter& w,
                               QString*) {
        QStringList inputs{in[0], w.parameter("weight")};
        if (ctx.boolParam(QStringLiteral("bias")))
            inputs << w.parameter("bias");
        return w.node("Gemm", inputs, {OnnxAttribute::integer("transB", 1)});
    };
    kinds.push_back(linear);

    LayerKind dropout;
    dropout.id = QStringLiteral("Dropout");
    dropout.category = LayerCategory::Normalization;
    dropout.displayName = QT_TRANSLATE_NOOP("LayerKind", "Dropout");
    dropout.help = QT_TRANSLATE_NOOP(
        "LayerKind", "During training, zeroes a random fraction of values to reduce overfitting.");
    dropout.defaultNamePrefix = "dropout";
    dropout.params = {
        floatSpec("p", QT_TRANSLATE_NOOP("LayerParam", "Drop probability"),
                  QT_TRANSLATE_NOOP("LayerParam", "Fraction of values zeroed while training."), 0.5,
                  0.0, 0.95)};
    dropout.inferShape = [](const LayerContext& ctx) { return ShapeResult::ok(ctx.inputs[0]); };
    dropout.cost = [](const LayerContext&, const Shape&) { return LayerCost{}; };
    dropout.build = [](const LayerContext& ctx) {
        torch::nn::Dropout layer(torch::nn::DropoutOptions(ctx.floatParam(QStringLiteral("p"))));
        return BuiltLayer{layer.ptr(), [layer](const std::vector<torch::Tensor>& x) mutable {
                              return layer->forward(x[0]);
                          }};
    };
    dropout.exporting.torchScript = [](const LayerContext& ctx, const QStringList& in) {
        return QStringLiteral("torch.dropout(%1, %2, self.training)")
            .arg(in[0], scriptFloat(ctx.floatParam(QStringLiteral("p"))));
    };
    dropout.exporting.pytorchModule = [](const LayerContext& ctx) {
        return QStringLiteral("nn.Dropout(%1)")
            .arg(scriptFloat(ctx.floatParam(QStringLiteral("p"))));
    };
    // An ONNX model is for inference, where dropout passes its input through.
    dropout.exporting.onnx = [](const LayerContext&, const QStringList& in, OnnxNodeWriter& w,
                                QString*) { return w.node("Identity", in); };
    kinds.push_back(dropout);
}

} // namespace netsmith
