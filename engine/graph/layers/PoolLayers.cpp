// MaxPool2d, AvgPool2d and GlobalAvgPool.
#include "graph/layers/LayerDefinitions.h"
#include "graph/layers/SpatialRules.h"

#include <torch/torch.h>

namespace netsmith {

namespace {

int64_t poolStride(const LayerContext& ctx)
{
    const int64_t stride = ctx.intParam(QStringLiteral("stride"));
    return stride > 0 ? stride : ctx.intParam(QStringLiteral("kernel_size"));
}

ShapeResult poolShape(const LayerContext& ctx)
{
    if (QString e = requireImageInput(ctx); !e.isEmpty())
        return ShapeResult::fail(e);
    const int64_t kernel = ctx.intParam(QStringLiteral("kernel_size"));
    const int64_t padding = ctx.intParam(QStringLiteral("padding"));
    if (2 * padding > kernel)
        return ShapeResult::fail(
            QCoreApplication::translate("ShapeRule",
                                        "%1 has padding %2, which may be at most half its kernel "
                                        "size %3 — lower the padding")
                .arg(ctx.label())
                .arg(padding)
                .arg(kernel));
    SpatialResult s = spatialOutput(ctx, ctx.inputs[0], kernel, poolStride(ctx), padding);
    if (!s.error.isEmpty())
        return ShapeResult::fail(s.error);
    return ShapeResult::ok({ctx.inputs[0][0], s.height, s.width});
}

std::vector<ParamSpec> poolParams()
{
    return {
        intSpec("kernel_size", QT_TRANSLATE_NOOP("LayerParam", "Window size"),
                QT_TRANSLATE_NOOP("LayerParam", "Width and height of the pooling window."), 2, 1,
                31),
        intSpec(
            "stride", QT_TRANSLATE_NOOP("LayerParam", "Stride"),
            QT_TRANSLATE_NOOP("LayerParam", "Step between windows; 'auto' uses the window size."),
            0, 0, 16, QStringLiteral("auto")),
        intSpec("padding", QT_TRANSLATE_NOOP("LayerParam", "Padding"),
                QT_TRANSLATE_NOOP("LayerParam", "Border added around the image."), 0, 0, 15),
    };
}

/// Max and average pooling export alike: `aten` is the TorchScript builtin, `module` the
/// torch.nn class, `onnxOp` the ONNX operator (all three pad with the same zeros/-inf rules).
LayerExport poolExport(const char* aten, const char* module, const char* onnxOp)
{
    LayerExport e;
    e.torchScript = [aten](const LayerContext& ctx, const QStringList& in) {
        const int64_t k = ctx.intParam(QStringLiteral("kernel_size")), s = poolStride(ctx),
                      p = ctx.intParam(QStringLiteral("padding"));
        return QStringLiteral("torch.%1(%2, %3, %4, %5)")
            .arg(QLatin1String(aten), in[0], scriptIntList({k, k}), scriptIntList({s, s}),
                 scriptIntList({p, p}));
    };
    e.pytorchModule = [module](const LayerContext& ctx) {
        const int64_t k = ctx.intParam(QStringLiteral("kernel_size")),
                      p = ctx.intParam(QStringLiteral("padding"));
        QString line = QStringLiteral("nn.%1(%2").arg(QLatin1String(module)).arg(k);
        if (poolStride(ctx) != k)
            line += QStringLiteral(", stride=%1").arg(poolStride(ctx));
        if (p != 0)
            line += QStringLiteral(", padding=%1").arg(p);
        return line + QLatin1Char(')');
    };
    e.onnx = [onnxOp](const LayerContext& ctx, const QStringList& in, OnnxNodeWriter& w, QString*) {
        const int64_t k = ctx.intParam(QStringLiteral("kernel_size")), s = poolStride(ctx),
                      p = ctx.intParam(QStringLiteral("padding"));
        std::vector<OnnxAttribute> attributes{OnnxAttribute::integers("kernel_shape", {k, k}),
                                              OnnxAttribute::integers("strides", {s, s}),
                                              OnnxAttribute::integers("pads", {p, p, p, p})};
        // torch's avg_pool2d counts the zero padding in each window's average by default.
        if (QLatin1String(onnxOp) == QLatin1String("AveragePool"))
            attributes.push_back(OnnxAttribute::integer("count_include_pad", 1));
        return w.node(onnxOp, in, attributes);
    };
    return e;
}

LayerCost noCost(const LayerContext&, const Shape&)
{
    return LayerCost{};
}

} // namespace

void addPoolingLayers(std::vector<LayerKind>& kinds)
{
    LayerKind maxPool;
    maxPool.id = QStringLiteral("MaxPool2d");
    maxPool.category = LayerCategory::Pooling;
    maxPool.displayName = QT_TRANSLATE_NOOP("LayerKind", "Max pooling 2D");
    maxPool.help = QT_TRANSLATE_NOOP(
        "LayerKind", "Keeps the largest value of each window, shrinking the image.");
    maxPool.defaultNamePrefix = "maxpool";
    maxPool.params = poolParams();
    maxPool.inferShape = poolShape;
    maxPool.cost = noCost;
    maxPool.build = [](const LayerContext& ctx) {
        torch::nn::MaxPool2d layer(
            torch::nn::MaxPool2dOptions(ctx.intParam(QStringLiteral("kernel_size")))
                .stride(poolStride(ctx))
                .padding(ctx.intParam(QStringLiteral("padding"))));
        return BuiltLayer{layer.ptr(), [layer](const std::vector<torch::Tensor>& x) mutable {
                              return layer->forward(x[0]);
                          }};
    };
    maxPool.exporting = poolExport("max_pool2d", "MaxPool2d", "MaxPool");
    kinds.push_back(maxPool);

    LayerKind avgPool = maxPool;
    avgPool.id = QStringLiteral("AvgPool2d");
    avgPool.displayName = QT_TRANSLATE_NOOP("LayerKind", "Average pooling 2D");
    avgPool.help = QT_TRANSLATE_NOOP("LayerKind", "Averages each window, shrinking the image.");
    avgPool.defaultNamePrefix = "avgpool";
    avgPool.build = [](const LayerContext& ctx) {
        torch::nn::AvgPool2d layer(
            torch::nn::AvgPool2dOptions(ctx.intParam(QStringLiteral("kernel_size")))
                .stride(poolStride(ctx))
                .padding(ctx.intParam(QStringLiteral("padding"))));
        return BuiltLayer{layer.ptr(), [layer](const std::vector<torch::Tensor>& x) mutable {
                              return layer->forward(x[0]);
                          }};
    };
    avgPool.exporting = poolExport("avg_pool2d", "AvgPool2d", "AveragePool");
    kinds.push_back(avgPool);

    LayerKind gap;
    gap.id = QStringLiteral("GlobalAvgPool");
    gap.category = LayerCategory::Pooling;
    gap.displayName = QT_TRANSLATE_NOOP("LayerKind", "Global average pooling");
    gap.help = QT_TRANSLATE_NOOP("LayerKind",
                                 "Averages each channel over the whole image, giving one value per "
                                 "channel (a flat vector).");
    gap.defaultNamePrefix = "gap";
    gap.inferShape = [](const LayerContext& ctx) {
        if (QString e = requireImageInput(ctx); !e.isEmpty())
            return ShapeResult::fail(e);
        return ShapeResult::ok({ctx.inputs[0][0]});
    };
    gap.cost = noCost;
    gap.build = [](const LayerContext&) {
        return BuiltLayer{nullptr, [](const std::vector<torch::Tensor>& x) {
                              return x[0].mean(std::vector<int64_t>{2, 3});
                          }};
    };
    gap.exporting.torchScript = [](const LayerContext&, const QStringList& in) {
        return QStringLiteral("torch.mean(%1, [2, 3])").arg(in[0]);
    };
    gap.exporting.pytorchCall = [](const LayerContext&, const QStringList& in) {
        return QStringLiteral("torch.mean(%1, dim=(2, 3))").arg(in[0]);
    };
    gap.exporting.onnx = [](const LayerContext&, const QStringList& in, OnnxNodeWriter& w,
                            QString*) {
        return w.node("Flatten", {w.node("GlobalAveragePool", in)},
                      {OnnxAttribute::integer("axis", 1)});
    };
    kinds.push_back(gap);
}

} // namespace netsmith
