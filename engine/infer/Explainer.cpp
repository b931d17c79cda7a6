#include "infer/Explainer.h"

#include "infer/GradCam.h"
#include "infer/InputSaliency.h"

#include <QCoreApplication>

namespace netsmith {

Explainer::Explainer(TrainedModel model)
    : predictor_(std::move(model))
    , gradCamLayers_(GradCam::candidateLayers(predictor_.model().project.graph))
    , defaultGradCamLayer_(GradCam::defaultLayer(predictor_.model().project.graph))
{
}

QString Explainer::noGradCamLayerMessage()
{
    return QCoreApplication::translate(
        "Explainer", "This model has no convolutional layer, so there is no Grad-CAM map (the saliency view "
                     "still works).");
}

QString Explainer::gradCamLayerFor(const ExplanationRequest& request, ExplanationMap* map) const
{
    map->layer = request.gradCamLayer.isEmpty() ? defaultGradCamLayer_ : request.gradCamLayer;
    if (map->layer.isEmpty()) {
        map->problem = noGradCamLayerMessage();
    } else if (!model().project.graph.nodeByName(map->layer)) {
        map->problem =
            QCoreApplication::translate("Explainer", "There is no layer \"%1\" in this model.").arg(map->layer);
    } else if (!gradCamLayers_.contains(map->layer)) {
        map->problem = QCoreApplication::translate(
                           "Explainer", "Layer \"%1\" has no feature maps (channels×height×width) to explain.")
                           .arg(map->layer);
    }
    return map->problem.isEmpty() ? map->layer : QString();
}

Explanation Explainer::explain(const torch::Tensor& pixels, const ExplanationRequest& request) const
{
    Explanation result;
    bool wantSaliency = request.saliency;
    QString layer;
    if (request.gradCam)
        layer = gradCamLayerFor(request, &result.gradCam);
    bool wantCam = !layer.isEmpty();
    if (request.classIndex < -1 || request.classIndex >= model().numClasses()) {
        const QString noClass =
            QCoreApplication::translate("Explainer", "There is no class %1 in this model.").arg(request.classIndex);
        if (wantSaliency)
            result.saliency.problem = noClass;
        if (wantCam)
            result.gradCam.problem = noClass;
        wantSaliency = wantCam = false;
    }
    if (!wantSaliency && !wantCam) {
        result.prediction = predictor_.predict(pixels);
        return result;
    }

    torch::AutoGradMode enableGrad(true);
    // Asking for the input's gradient makes every activation part of the autograd graph, even
    // when the weights themselves are frozen.
    const torch::Tensor x = predictor_.modelInput(pixels).requires_grad_(true);
    torch::Tensor activation;
    GraphModuleImpl::ActivationHook hook;
    if (wantCam)
        hook = [&](const QString& name, const torch::Tensor& out) {
            if (name == layer)
                activation = out;
        };
    GraphModule module = model().module; // a handle: running the model is not a const operation for torch
    const torch::Tensor logits = module->forwardLogits(x, hook).flatten(1);
    // Softmax over the scores, whether or not the graph ends in a Softmax layer (as Predictor).
    result.prediction = Prediction::fromProbabilities(torch::softmax(logits.detach(), 1));
    result.explainedClass = request.classIndex >= 0 ? request.classIndex : result.prediction.label;

    if (wantCam && (!activation.defined() || activation.dim() != 4)) {
        // Shape inference promised feature maps; say so plainly if the module disagrees.
        result.gradCam.problem = QCoreApplication::translate(
                                     "Explainer", "Layer \"%1\" has no feature maps (channels×height×width) to explain.")
                                     .arg(layer);
        wantCam = false;
    }
    // One backward pass from the class score to every tensor an explanation needs.
    std::vector<torch::Tensor> targets;
    if (wantSaliency)
        targets.push_back(x);
    if (wantCam)
        targets.push_back(activation);
    if (targets.empty())
        return result;
    const torch::Tensor score = logits.select(1, result.explainedClass).sum();
    std::vector<torch::Tensor> gradients(targets.size());
    if (score.requires_grad())
        gradients = torch::autograd::grad({score}, targets, {}, /*retain_graph=*/false, /*create_graph=*/false,
                                          /*allow_unused=*/true);
    const int64_t height = x.size(2), width = x.size(3);
    size_t next = 0;
    if (wantSaliency) {
        const torch::Tensor& g = gradients[next++];
        // A score that ignores the input: nothing stands out anywhere.
        result.saliency.map = g.defined() ? InputSaliency::fromGradient(g) : torch::zeros({height, width});
    }
    if (wantCam) {
        const torch::Tensor& g = gradients[next++];
        if (g.defined())
            result.gradCam.map = GradCam::fromGradient(activation, g, height, width);
        else
            result.gradCam.problem =
                QCoreApplication::translate("Explainer", "The class score does not depend on layer \"%1\".").arg(layer);
    }
    return result;
}

} // namespace netsmith
