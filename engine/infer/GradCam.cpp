#include "infer/GradCam.h"

#include "graph/LayerRegistry.h"
#include "graph/ShapeInference.h"
#include "infer/ExplanationMap.h"

namespace netsmith {

QStringList GradCam::candidateLayers(const ModelGraph& graph)
{
    // Shape inference already knows every node's output: C×H×W (batch not counted) means
    // feature maps. The input node has that shape too, but it is the picture, not a layer.
    const GraphAnalysis analysis = analyzeGraph(graph);
    QStringList names;
    if (!analysis.valid())
        return names;
    for (int id : analysis.order) {
        const NodeAnalysis* info = analysis.node(id);
        if (id != analysis.inputNode && info && info->ok && info->output.size() == 3)
            names.push_back(graph.node(id)->name);
    }
    return names;
}

QString GradCam::defaultLayer(const ModelGraph& graph)
{
    const GraphAnalysis analysis = analyzeGraph(graph);
    QString last;
    if (!analysis.valid())
        return last;
    for (int id : analysis.order) {
        const GraphNode& node = *graph.node(id);
        const LayerKind* kind = LayerRegistry::instance().find(node.kind);
        if (kind && kind->category == LayerCategory::Convolution)
            last = node.name;
    }
    return last;
}

torch::Tensor GradCam::fromGradient(const torch::Tensor& activation, const torch::Tensor& gradient, int64_t height,
                                    int64_t width)
{
    const torch::Tensor weights = gradient.mean({2, 3}, /*keepdim=*/true);
    const torch::Tensor cam = torch::relu((weights * activation).sum(1, /*keepdim=*/true)).detach();
    const torch::Tensor upscaled = torch::nn::functional::interpolate(
        cam, torch::nn::functional::InterpolateFuncOptions()
                 .size(std::vector<int64_t>{height, width})
                 .mode(torch::kBilinear)
                 .align_corners(false));
    return ExplanationMap::normalised(upscaled[0][0]);
}

} // namespace netsmith
