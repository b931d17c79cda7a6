#pragma once
// Explainer: drawing -> prediction -> explanation in one pass. One forward pass gives the class
// probabilities and, through an activation hook, the Grad-CAM layer's feature maps; when
// explanations are wanted, one backward pass from the explained class's score gives both the
// input gradient (saliency) and the gradient at that layer (Grad-CAM weights). The draw pad
// and `netsmith-cli predict --heatmap` both run this one pipeline, so they show the same
// numbers. Which layers Grad-CAM can look through comes from shape inference, not from running
// the model.
#include "infer/ExplanationMap.h"
#include "infer/Predictor.h"

#include <QStringList>

namespace netsmith {

/// What to compute besides the probabilities.
struct ExplanationRequest
{
    bool saliency = true;  ///< input-gradient saliency
    bool gradCam = true;   ///< Grad-CAM
    QString gradCamLayer;  ///< empty: the last convolution
    int classIndex = -1;   ///< the class to explain; -1: the predicted one
};

/// One pass's results. A map that was not requested has neither `map` nor `problem`.
struct Explanation
{
    Prediction prediction;
    int explainedClass = -1;
    ExplanationMap saliency; ///< H×W of the input, 0..1
    ExplanationMap gradCam;  ///< H×W of the input, 0..1; `layer` names the layer it looked through
};

class Explainer
{
public:
    explicit Explainer(TrainedModel model);

    const Predictor& predictor() const { return predictor_; }
    const TrainedModel& model() const { return predictor_.model(); }

    /// Layers with feature maps (C×H×W outputs) Grad-CAM can look through, in execution order.
    const QStringList& gradCamLayers() const { return gradCamLayers_; }
    /// The last convolutional layer, or empty when the model has none.
    const QString& defaultGradCamLayer() const { return defaultGradCamLayer_; }
    /// Why there is no Grad-CAM map for a model without a convolutional layer.
    static QString noGradCamLayerMessage();

    /// uint8 C×H×W `pixels`, as the preprocessor makes them. Without explanations this is one
    /// forward pass without gradients (Predictor::predict); with them, one forward and one
    /// backward pass.
    Explanation explain(const torch::Tensor& pixels, const ExplanationRequest& request = {}) const;

private:
    /// The layer `request` names (or the default), or sets `map->problem` and returns empty.
    QString gradCamLayerFor(const ExplanationRequest& request, ExplanationMap* map) const;

    Predictor predictor_;
    QStringList gradCamLayers_;
    QString defaultGradCamLayer_;
};

} // namespace netsmith
