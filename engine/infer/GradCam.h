#pragma once
// Grad-CAM (Selvaraju et al. 2017): which parts of the input made the model choose a class,
// seen through a convolutional layer. The layer's feature maps are weighted by the average
// gradient of the class score over each map, summed, rectified and scaled up to the input.
// The forward and backward passes that feed it are the Explainer's.
#include "graph/ModelGraph.h"

#include <QStringList>
#include <torch/torch.h>

namespace netsmith {

class GradCam
{
public:
    /// Layers with feature maps (C×H×W outputs) Grad-CAM can look through, in execution order,
    /// as shape inference sees them; empty for a graph that does not validate.
    static QStringList candidateLayers(const ModelGraph& graph);
    /// The last convolutional layer in execution order, or empty when the graph has none.
    static QString defaultLayer(const ModelGraph& graph);

    /// The map from a layer's 1×C×h×w `activation` and the class score's gradient there,
    /// bilinearly scaled to the input's `height`×`width`; float32, 0..1.
    static torch::Tensor fromGradient(const torch::Tensor& activation, const torch::Tensor& gradient, int64_t height,
                                      int64_t width);
};

} // namespace netsmith
