#pragma once
// ExportPlan: a trained model as the exporters see it: its layers in execution order, each
// with the context its kind's export rules read (engine/graph/LayerExport.h), the trained
// torch module holding its tensors, and a name that is safe as a Python / TorchScript
// identifier. The three exporters (TorchScript, PyTorch code, ONNX) walk this one plan.
#include "graph/LayerKind.h"
#include "infer/TrainedModel.h"

#include <QJsonObject>
#include <memory>
#include <vector>

namespace netsmith {

struct ExportStep
{
    QString name;       ///< the node's name in the project
    QString identifier; ///< ExportNames::identifier of it, unique within the model
    const LayerKind* kind = nullptr;
    QVariantMap params;
    std::vector<Shape> inputShapes;
    Shape output;
    std::vector<size_t> inputs; ///< earlier steps feeding this one, in port order; none for Input
    /// The trained module (weights, buffers), or null for layers without one (ReLU, Add, ...).
    std::shared_ptr<torch::nn::Module> module;

    LayerContext context() const { return {*kind, name, params, inputShapes}; }
    /// Its trained tensors by name ("weight", "running_mean"), detached CPU copies.
    std::vector<std::pair<std::string, torch::Tensor>> tensors() const;
};

struct ExportPlan
{
    std::vector<ExportStep> steps; ///< topological order; the last one is the output
    Shape inputShape;
    Shape outputShape;
    bool endsWithSoftmax = false; ///< the output is probabilities, not scores
    /// The normalisation the exported model applies first, as [1, C, 1, 1] tensors; undefined
    /// when the project has none (the model then takes pixels in [0, 1] as they are).
    torch::Tensor mean;
    torch::Tensor std;
    /// What travels inside every exported file (ExportMetadata::describe).
    QJsonObject metadata;

    /// Throws InvalidGraphError for a graph that does not validate (a loaded model always does).
    static ExportPlan of(const TrainedModel& model);
    /// What feeds `step`, in port order: the `values` (one per step, as an exporter names
    /// them) of the steps before it, or `input` for the Input layer.
    QStringList inputsOf(const ExportStep& step, const std::vector<QString>& values, const QString& input) const;
    /// Node name -> identifier, for the names the exporters had to change.
    QJsonObject renamed() const;
};

} // namespace netsmith
