#pragma once
// LayerKind describes one kind of layer once, for every feature: palette, property editor,
// validation, shape inference, cost model, the LibTorch builder, the summary and export.
#include "graph/LayerExport.h"
#include "graph/ParamSpec.h"
#include "graph/Shape.h"

#include <QCoreApplication>
#include <QVariantMap>
#include <functional>
#include <memory>
#include <vector>

namespace at { class Tensor; }
namespace torch::nn { class Module; }

namespace netsmith {

enum class LayerCategory { Input, Convolution, Pooling, Normalization, Core, Activation, Merge };

/// Translated name of a category ("Convolution", "卷积").
QString categoryDisplayName(LayerCategory category);

struct LayerKind;

/// What a rule sees of a node: its name, kind, parameter values and input shapes.
struct LayerContext
{
    const LayerKind& kind;
    const QString& nodeName;
    const QVariantMap& params;
    const std::vector<Shape>& inputs;

    int64_t intParam(const QString& id) const;
    double floatParam(const QString& id) const;
    bool boolParam(const QString& id) const;
    QString choiceParam(const QString& id) const;
    /// `Conv2d "conv1"`: how errors name a node.
    QString label() const;
};

/// Result of a shape rule: the output shape, or a message a person can act on.
struct ShapeResult
{
    Shape shape;
    QString error;
    static ShapeResult ok(Shape s) { return {std::move(s), {}}; }
    static ShapeResult fail(QString message) { return {{}, std::move(message)}; }
};

/// Parameters and multiply-accumulates of one layer for one sample.
struct LayerCost
{
    int64_t trainableParams = 0;
    int64_t frozenParams = 0; ///< e.g. BatchNorm running statistics
    int64_t macs = 0;
};

/// A built layer: an optional torch module (registered under the node's name so weights are
/// addressable) and the function that runs it on the node's inputs, in port order.
struct BuiltLayer
{
    std::shared_ptr<torch::nn::Module> module;
    std::function<at::Tensor(const std::vector<at::Tensor>&)> forward;
};

struct LayerKind
{
    QString id; ///< stable identifier used in files, e.g. "Conv2d"
    LayerCategory category = LayerCategory::Core;
    const char* displayName; ///< translatable (context "LayerKind")
    const char* help;        ///< translatable (context "LayerKind")
    const char* defaultNamePrefix; ///< "conv" -> conv_1, conv_2 ...
    std::vector<ParamSpec> params;
    int minInputs = 1; ///< 0 for Input
    int maxInputs = 1; ///< -1: any number (Add, Concat)
    std::function<ShapeResult(const LayerContext&)> inferShape;
    std::function<LayerCost(const LayerContext&, const Shape& output)> cost;
    std::function<BuiltLayer(const LayerContext&)> build;
    /// The same computation for the exporters: TorchScript, PyTorch code, ONNX.
    LayerExport exporting;

    QString translatedName() const;
    QString translatedHelp() const;
    const ParamSpec* param(const QString& paramId) const;
    QVariantMap defaultParams() const;
    bool acceptsManyInputs() const { return maxInputs < 0; }
};

} // namespace netsmith
