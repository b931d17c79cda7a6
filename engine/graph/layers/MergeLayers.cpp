// Add (residual connections) and Concat (inception-style branches).
#include "graph/layers/LayerDefinitions.h"

#include <torch/torch.h>

namespace netsmith {

void addMergeLayers(std::vector<LayerKind>& kinds)
{
    LayerKind add;
    add.id = QStringLiteral("Add");
    add.category = LayerCategory::Merge;
    add.displayName = QT_TRANSLATE_NOOP("LayerKind", "Add");
    add.help = QT_TRANSLATE_NOOP(
        "LayerKind", "Adds tensors of the same shape element by element (skip connections).");
    add.defaultNamePrefix = "add";
    add.minInputs = 2;
    add.maxInputs = -1;
    add.inferShape = [](const LayerContext& ctx) {
        for (size_t i = 1; i < ctx.inputs.size(); ++i)
            if (ctx.inputs[i] != ctx.inputs[0])
                return ShapeResult::fail(
                    QCoreApplication::translate("ShapeRule",
                                                "%1 adds tensors of different shapes (%2 and %3) — "
                                                "make the branches produce the same shape")
                        .arg(ctx.label(), shapeToString(ctx.inputs[0]),
                             shapeToString(ctx.inputs[i])));
        return ShapeResult::ok(ctx.inputs[0]);
    };
    add.cost = [](const LayerContext&, const Shape&) { return LayerCost{}; };
    add.build = [](const LayerContext&) {
        return BuiltLayer{nullptr, [](const std::vector<torch::Tensor>& x) {
                              torch::Tensor sum = x[0];
                              for (size_t i = 1; i < x.size(); ++i)
                                  sum = sum + x[i];
                              return sum;
                          }};
    };
    add.exporting.torchScript = [](const LayerContext&, const QStringList& in) {
        return in.join(QStringLiteral(" + "));
    };
    add.exporting.pytorchCall = add.exporting.torchScript;
    add.exporting.onnx = [](const LayerContext&, const QStringList& in, OnnxNodeWriter& w,
                            QString*) { return w.node("Sum", in); };
    kinds.push_back(add);

    LayerKind concat;
    concat.id = QStringLiteral("Concat");
    concat.category = LayerCategory::Merge;
    concat.displayName = QT_TRANSLATE_NOOP("LayerKind", "Concatenate");
    concat.help = QT_TRANSLATE_NOOP(
        "LayerKind", "Stacks tensors along the channel axis; the other sizes must match.");
    concat.defaultNamePrefix = "concat";
    concat.minInputs = 2;
    concat.maxInputs = -1;
    concat.inferShape = [](const LayerContext& ctx) {
        Shape out = ctx.inputs[0];
        for (size_t i = 1; i < ctx.inputs.size(); ++i) {
            const Shape& s = ctx.inputs[i];
            const bool sameRest =
                s.size() == out.size() && std::equal(s.begin() + 1, s.end(), out.begin() + 1);
            if (!sameRest)
                return ShapeResult::fail(
                    QCoreApplication::translate(
                        "ShapeRule",
                        "%1 joins %2 and %3, which differ in more than the channel count — "
                        "make the branches produce the same height and width")
                        .arg(ctx.label(), shapeToString(ctx.inputs[0]), shapeToString(s)));
            out[0] += s[0];
        }
        return ShapeResult::ok(out);
    };
    concat.cost = [](const LayerContext&, const Shape&) { return LayerCost{}; };
    concat.build = [](const LayerContext&) {
        return BuiltLayer{nullptr,
                          [](const std::vector<torch::Tensor>& x) { return torch::cat(x, 1); }};
    };
    concat.exporting.torchScript = [](const LayerContext&, const QStringList& in) {
        return QStringLiteral("torch.cat([%1], 1)").arg(in.join(QStringLiteral(", ")));
    };
    concat.exporting.pytorchCall = [](const LayerContext&, const QStringList& in) {
        return QStringLiteral("torch.cat([%1], dim=1)").arg(in.join(QStringLiteral(", ")));
    };
    concat.exporting.onnx = [](const LayerContext&, const QStringList& in, OnnxNodeWriter& w,
                               QString*) {
        return w.node("Concat", in, {OnnxAttribute::integer("axis", 1)});
    };
    kinds.push_back(concat);
}

} // namespace netsmith
