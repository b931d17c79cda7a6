#pragma once
// GraphModule: a torch::nn::Module built from a valid ModelGraph. Each layer with weights is
// registered under its node's name, so weights are addressable, saveable and exportable;
// forward() runs the DAG in topological order.
#include "graph/ModelGraph.h"
#include "graph/Shape.h"

#include <torch/torch.h>

#include <functional>
#include <map>
#include <optional>
#include <stdexcept>

namespace netsmith {

class GraphIndex;

/// Thrown when a graph that does not validate is built; what() lists the problems.
class InvalidGraphError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

class GraphModuleImpl : public torch::nn::Module
{
public:
    /// Called with each node's output as it is computed (Grad-CAM, feature views).
    using ActivationHook = std::function<void(const QString& nodeName, const torch::Tensor& output)>;

    explicit GraphModuleImpl(const ModelGraph& graph);

    /// The model's output, as designed (probabilities when it ends in Softmax).
    torch::Tensor forward(const torch::Tensor& input);
    /// Scores before a final Softmax: what cross-entropy wants. Same as forward() otherwise.
    torch::Tensor forwardLogits(const torch::Tensor& input, const ActivationHook& hook = {});

    /// Reads weights saved from a module of this graph (torch::save). torch's own load()
    /// replaces each tensor with the one read, whatever its shape, so another model's weights
    /// loaded silently and failed, or read past their data, only when the model ran. Throws
    /// std::runtime_error (translated, naming the parameter) when a tensor's shape is not this
    /// graph's or its data is shorter than its shape, and what torch throws for a file it
    /// cannot parse; the module's weights are then not to be used.
    void loadWeights(torch::serialize::InputArchive& archive);
    /// The same from a weights file (model.pt), which is also checked to hold the bytes its
    /// tensors claim: torch 1.13 sizes a storage by the claim and fills it with the record's
    /// bytes however few, so a record cut short was read past its end when the model ran.
    void loadWeights(const QString& path);

    const Shape& inputShape() const { return inputShape_; }
    const Shape& outputShape() const { return outputShape_; }
    /// Whether the last layer is a Softmax (folded into the loss during training).
    bool endsWithSoftmax() const { return endsWithSoftmax_; }
    /// Node names in execution order, with their kinds (e.g. for picking a Grad-CAM layer).
    const std::vector<std::pair<QString, QString>>& layers() const { return layerNames_; }

private:
    struct Step
    {
        QString name;
        std::vector<size_t> inputs; ///< indices of earlier steps
        std::function<torch::Tensor(const std::vector<torch::Tensor>&)> forward;
        /// A MaxPool 2x2 fed only by a ReLU: the ReLU's step, run fused with this one
        /// (ReluMaxPool) when no hook watches the intermediate outputs.
        std::optional<size_t> fusedRelu;
        /// This ReLU runs inside the pooling step that follows it (see fusedRelu).
        bool fusedIntoPool = false;
    };

    void fuseReluMaxPool(const GraphIndex& graph, const std::map<int, size_t>& stepOf,
                         const std::vector<int>& poolNodes);

    torch::Tensor run(const torch::Tensor& input, size_t stepCount, const ActivationHook& hook);

    std::vector<Step> steps_;
    std::vector<std::pair<QString, QString>> layerNames_;
    Shape inputShape_;
    Shape outputShape_;
    bool endsWithSoftmax_ = false;
};

TORCH_MODULE(GraphModule);

} // namespace netsmith
