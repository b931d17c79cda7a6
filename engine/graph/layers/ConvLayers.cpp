// Conv2d and BatchNorm2d.
#include "graph/layers/LayerDefinitions.h"
#include "graph/layers/SpatialRules.h"

#include <torch/torch.h>

namespace netsmith {

namespace {

/// Padding actually applied on each side; -1 ("same") keeps the size at stride 1.
int64_t effectivePadding(const LayerContext& ctx)
{
    const int64_t padding = ctx.intParam(QStringLiteral("padding"));
    if (padding >= 0)
        return padding;
    return ctx.intParam(QStringLiteral("dilation")) *
           (ctx.intParam(QStringLiteral("kernel_size")) - 1) / 2;
}

ShapeResult conv2dShape(const LayerContext& ctx)
{
    if (QString e = requireImageInput(ctx); !e.isEmpty())
        return ShapeResult::fail(e);
    const Shape& in = ctx.inputs[0];
    const int64_t outChannels = ctx.intParam(QStringLiteral("out_channels"));
    const int64_t kernel = ctx.intParam(QStringLiteral("kernel_size"));
    const int64_t stride = ctx.intParam(QStringLiteral("stride"));
    const int64_t dilation = ctx.intParam(QStringLiteral("dilation"));
    const int64_t groups = ctx.intParam(QStringLiteral("groups"));
    if (ctx.intParam(QStringLiteral("padding")) < 0) {
        if (stride != 1)
            return ShapeResult::fail(
                QCoreApplication::translate("ShapeRule",
                                            "%1 uses \"same\" padding, which needs stride 1 — "
                                            "set the stride to 1 or give the padding as a number")
                    .arg(ctx.label()));
        if ((dilation * (kernel - 1)) % 2 != 0)
            return ShapeResult::fail(
                QCoreApplication::translate("ShapeRule",
                                            "%1 uses \"same\" padding, which needs an odd kernel "
                                            "size — use 3, 5 or 7, or give the padding as a number")
                    .arg(ctx.label()));
    }
    if (in[0] % groups != 0 || outChannels % groups != 0)
        return ShapeResult::fail(
            QCoreApplication::translate(
                "ShapeRule",
                "%1 has %2 groups, which must divide both its %3 input channels and its %4 "
                "output channels — change the groups or the channel counts")
                .arg(ctx.label())
                .arg(groups)
                .arg(in[0])
                .arg(outChannels));
    SpatialResult spatial = spatialOutput(ctx, in, kernel, stride, effectivePadding(ctx), dilation);
    if (!spatial.error.isEmpty())
        return ShapeResult::fail(spatial.error);
    return ShapeResult::ok({outChannels, spatial.height, spatial.width});
}

} // namespace

void addConvolutionLayers(std::vector<LayerKind>& kinds)
{
    LayerKind conv;
    conv.id = QStringLiteral("Conv2d");
    conv.category = LayerCategory::Convolution;
    conv.displayName = QT_TRANSLATE_NOOP("LayerKind", "Convolution 2D");
    conv.help = QT_TRANSLATE_NOOP(
        "LayerKind", "Slides learned filters over the image; each filter detects one pattern "
                     "and produces one output channel.");
    conv.defaultNamePrefix = "conv";
    conv.params = {
        intSpec("out_channels", QT_TRANSLATE_NOOP("LayerParam", "Filters"),
                QT_TRANSLATE_NOOP("LayerParam", "Number of output channels (filters)."), 32, 1,
                4096),
        intSpec("kernel_size", QT_TRANSLATE_NOOP("LayerParam", "Kernel size"),
                QT_TRANSLATE_NOOP("LayerParam", "Width and height of each filter."), 3, 1, 31),
        intSpec("stride", QT_TRANSLATE_NOOP("LayerParam", "Stride"),
                QT_TRANSLATE_NOOP("LayerParam", "Step between filter positions."), 1, 1, 16),
        intSpec(
            "padding", QT_TRANSLATE_NOOP("LayerParam", "Padding"),
            QT_TRANSLATE_NOOP("LayerParam",
                              "Zeros added around the image; 'same' keeps the size at stride 1."),
            0, -1, 64, QStringLiteral("same")),
        intSpec("dilation", QT_TRANSLATE_NOOP("LayerParam", "Dilation"),
                QT_TRANSLATE_NOOP("LayerParam", "Spacing between filter taps."), 1, 1, 16),
        intSpec("groups", QT_TRANSLATE_NOOP("LayerParam", "Groups"),
                QT_TRANSLATE_NOOP(
                    "LayerParam",
                    "Split channels into independent groups (equal to the channels: depthwise)."),
                1, 1, 4096),
        boolSpec("bias", QT_TRANSLATE_NOOP("LayerParam", "Bias"),
                 QT_TRANSLATE_NOOP("LayerParam", "Add a learned offset to every output."), true),
    };
    conv.inferShape = conv2dShape;
    conv.cost = [](const LayerContext& ctx, const Shape& out) {
        const int64_t kernel = ctx.intParam(QStringLiteral("kernel_size"));
        const int64_t perFilter =
            ctx.inputs[0][0] / ctx.intParam(QStringLiteral("groups")) * kernel * kernel;
        const int64_t bias = ctx.boolParam(QStringLiteral("bias")) ? out[0] : 0;
        return LayerCost{perFilter * out[0] + bias, 0, perFilter * shapeElements(out)};
    };
    conv.build = [](const LayerContext& ctx) {
        torch::nn::Conv2d layer(
            torch::nn::Conv2dOptions(ctx.inputs[0][0], ctx.intParam(QStringLiteral("out_channels")),
                                     ctx.intParam(QStringLiteral("kernel_size")))
                .stride(ctx.intParam(QStringLiteral("stride")))
                .padding(effectivePadding(ctx))
                .dilation(ctx.intParam(QStringLiteral("dilation")))
                .groups(ctx.intParam(QStringLiteral("groups")))
                .bias(ctx.boolParam(QStringLiteral("bias"))));
        return BuiltLayer{layer.ptr(), [layer](const std::vector<torch::Tensor>& x) mutable {
                              return layer->forward(x[0]);
                          }};
    };
    conv.exporting.torchScript = [](const LayerContext& ctx, const QStringList& in) {
        const int64_t s = ctx.intParam(QStringLiteral("stride")), p = effectivePadding(ctx),
                      d = ctx.intParam(QStringLiteral("dilation"));
        return QStringLiteral("torch.conv2d(%1, self.weight, %2, %3, %4, %5, %6)")
            .arg(in[0],
                 ctx.boolParam(QStringLiteral("bias")) ? QStringLiteral("self.bias")
                                                       : QStringLiteral("None"),
                 scriptIntList({s, s}), scriptIntList({p, p}), scriptIntList({d, d}))
            .arg(ctx.intParam(QStringLiteral("groups")));
    };
    conv.exporting.pytorchModule = [](const LayerContext& ctx) {
        // Only what differs from PyTorch's defaults, so that the line reads like hand-written code.
        QString options;
        auto option = [&](const char* name, int64_t value, int64_t byDefault) {
            if (value != byDefault)
                options += QStringLiteral(", %1=%2").arg(QLatin1String(name)).arg(value);
        };
        option("stride", ctx.intParam(QStringLiteral("stride")), 1);
        option("padding", effectivePadding(ctx), 0);
        option("dilation", ctx.intParam(QStringLiteral("dilation")), 1);
        option("groups", ctx.intParam(QStringLiteral("groups")), 1);
        if (!ctx.boolParam(QStringLiteral("bias")))
            options += QStringLiteral(", bias=False");
        return QStringLiteral("nn.Conv2d(%1, %2, kernel_size=%3%4)")
            .arg(ctx.inputs[0][0])
            .arg(ctx.intParam(QStringLiteral("out_channels")))
            .arg(ctx.intParam(QStringLiteral("kernel_size")))
            .arg(options);
    };
    conv.exporting.onnx = [](const LayerContext& ctx, const QStringList& in, OnnxNodeWriter& w,
                             QString*) {
        const int64_t k = ctx.intParam(QStringLiteral("kernel_size")),
                      s = ctx.intParam(QStringLiteral("stride")), p = effectivePadding(ctx),
                      d = ctx.intParam(QStringLiteral("dilation"));
        QStringList inputs{in[0], w.parameter("weight")};
        if (ctx.boolParam(QStringLiteral("bias")))
            inputs << w.parameter("bias");
        return w.node("Conv", inputs,
                      {OnnxAttribute::integers("kernel_shape", {k, k}),
                       OnnxAttribute::integers("strides", {s, s}),
                       OnnxAttribute::integers("pads", {p, p, p, p}),
                       OnnxAttribute::integers("dilations", {d, d}),
                       OnnxAttribute::integer("group", ctx.intParam(QStringLiteral("groups")))});
    };
    kinds.push_back(conv);

    LayerKind bn;
    bn.id = QStringLiteral("BatchNorm2d");
    bn.category = LayerCategory::Normalization;
    bn.displayName = QT_TRANSLATE_NOOP("LayerKind", "Batch normalization 2D");
    bn.help = QT_TRANSLATE_NOOP(
        "LayerKind", "Normalizes each channel over the batch, which makes deep networks train "
                     "faster and more stably.");
    bn.defaultNamePrefix = "bn";
    bn.params = {
        floatSpec(
            "momentum", QT_TRANSLATE_NOOP("LayerParam", "Momentum"),
            QT_TRANSLATE_NOOP("LayerParam", "How fast the running statistics follow the batches."),
            0.1, 0.0, 1.0),
        floatSpec(
            "eps", QT_TRANSLATE_NOOP("LayerParam", "Epsilon"),
            QT_TRANSLATE_NOOP("LayerParam", "Small number added to the variance for stability."),
            1e-5, 1e-12, 1.0),
    };
    bn.inferShape = [](const LayerContext& ctx) {
        if (QString e = requireImageInput(ctx); !e.isEmpty())
            return ShapeResult::fail(e);
        return ShapeResult::ok(ctx.inputs[0]);
    };
    bn.cost = [](const LayerContext&, const Shape& out) {
        // gamma and beta are learned; running mean and variance are not.
        return LayerCost{2 * out[0], 2 * out[0], 0};
    };
    bn.build = [](const LayerContext& ctx) {
        torch::nn::BatchNorm2d layer(torch::nn::BatchNorm2dOptions(ctx.inputs[0][0])
                                         .momentum(ctx.floatParam(QStringLiteral("momentum")))
                                         .eps(ctx.floatParam(QStringLiteral("eps"))));
        return BuiltLayer{layer.ptr(), [layer](const std::vector<torch::Tensor>& x) mutable {
                              return layer->forward(x[0]);
                          }};
    };
    bn.exporting.torchScript = [](const LayerContext& ctx, const QStringList& in) {
        // In training mode this updates the running statistics in place, as PyTorch's does.
        return QStringLiteral("torch.batch_norm(%1, self.weight, self.bias, self.running_mean, "
                              "self.running_var, "
                              "self.training, %2, %3, False)")
            .arg(in[0], scriptFloat(ctx.floatParam(QStringLiteral("momentum"))),
                 scriptFloat(ctx.floatParam(QStringLiteral("eps"))));
    };
    bn.exporting.pytorchModule = [](const LayerContext& ctx) {
        return QStringLiteral("nn.BatchNorm2d(%1, eps=%2, momentum=%3)")
            .arg(ctx.inputs[0][0])
            .arg(scriptFloat(ctx.floatParam(QStringLiteral("eps"))),
                 scriptFloat(ctx.floatParam(QStringLiteral("momentum"))));
    };
    bn.exporting.onnx = [](const LayerContext& ctx, const QStringList& in, OnnxNodeWriter& w,
                           QString*) {
        return w.node("BatchNormalization",
                      {in[0], w.parameter("weight"), w.parameter("bias"),
                       w.parameter("running_mean"), w.parameter("running_var")},
                      {OnnxAttribute::real("epsilon", ctx.floatParam(QStringLiteral("eps")))});
    };
    kinds.push_back(bn);
}

} // namespace netsmith
