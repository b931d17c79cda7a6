#include "infer/GradCam.h"

#include "graph/LayerRegistry.h"

#include <QCoreApplication>

namespace netsmith {

QStringList GradCam::candidateLayers(const TrainedModel& model)
{
    // Which layers have feature maps is easiest to learn by looking: one forward pass of a
    // blank input records every node whose output is N×C×H×W.
    torch::NoGradGuard noGrad;
    Shape input = model.inputShape();
    std::vector<int64_t> size{1};
    size.insert(size.end(), input.begin(), input.end());
    QStringList names;
    GraphModule module = model.module;
    const QString inputName = model.module->layers().empty() ? QString() : model.module->layers().front().first;
    module->forwardLogits(torch::zeros(size), [&](const QString& name, const torch::Tensor& out) {
        if (out.dim() == 4 && name != inputName)
            names.push_back(name);
    });
    return names;
}

QString GradCam::defaultLayer(const TrainedModel& model)
{
    QString last;
    for (const auto& [name, kindId] : model.module->layers()) {
        const LayerKind* kind = LayerRegistry::instance().find(kindId);
        if (kind && kind->category == LayerCategory::Convolution)
            last = name;
    }
    return last;
}

ExplanationMap GradCam::compute(const Predictor& predictor, const torch::Tensor& pixels, int classIndex,
                                const QString& requestedLayer)
{
    ExplanationMap result;
    const TrainedModel& model = predictor.model();
    result.layer = requestedLayer.isEmpty() ? defaultLayer(model) : requestedLayer;
    if (result.layer.isEmpty()) {
        result.problem = QCoreApplication::translate(
            "GradCam", "This model has no convolutional layer, so there is no Grad-CAM map (the saliency view still "
                       "works).");
        return result;
    }
    if (classIndex < 0 || classIndex >= model.numClasses()) {
        result.problem = QCoreApplication::translate("GradCam", "There is no class %1 in this model.").arg(classIndex);
        return result;
    }

    torch::AutoGradMode enableGrad(true);
    // Asking for the input's gradient makes every activation part of the autograd graph, even
    // when the weights themselves are frozen.
    torch::Tensor x = predictor.modelInput(pixels).requires_grad_(true);
    torch::Tensor activation;
    GraphModule module = model.module;
    const torch::Tensor logits =
        module->forwardLogits(x, [&](const QString& name, const torch::Tensor& out) {
            if (name == result.layer)
                activation = out;
        });
    if (!activation.defined() || activation.dim() != 4) {
        result.problem =
            QCoreApplication::translate("GradCam", "Layer \"%1\" has no feature maps (channels×height×width) to explain.")
                .arg(result.layer);
        return result;
    }
    const torch::Tensor score = logits.flatten(1).select(1, classIndex).sum();
    const torch::Tensor grad = torch::autograd::grad({score}, {activation}, {}, /*retain_graph=*/false,
                                                     /*create_graph=*/false, /*allow_unused=*/true)[0];
    if (!grad.defined()) {
        result.problem = QCoreApplication::translate("GradCam", "The class score does not depend on layer \"%1\".")
                             .arg(result.layer);
        return result;
    }
    const torch::Tensor weights = grad.mean({2, 3}, /*keepdim=*/true);
    const torch::Tensor cam = torch::relu((weights * activation).sum(1, /*keepdim=*/true)).detach();
    const int64_t height = x.size(2), width = x.size(3);
    const torch::Tensor upscaled = torch::nn::functional::interpolate(
        cam, torch::nn::functional::InterpolateFuncOptions()
                 .size(std::vector<int64_t>{height, width})
                 .mode(torch::kBilinear)
                 .align_corners(false));
    result.map = ExplanationMap::normalised(upscaled[0][0]);
    return result;
}

} // namespace netsmith
