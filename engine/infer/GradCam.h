#pragma once
// Grad-CAM (Selvaraju et al. 2017): which parts of the input made the model choose a class,
// seen through a convolutional layer. The layer's feature maps are weighted by the average
// gradient of the class score over each map, summed, rectified and scaled up to the input.
#include "infer/ExplanationMap.h"
#include "infer/Predictor.h"

#include <QStringList>

namespace netsmith {

class GradCam
{
public:
    /// Layers with feature maps (C×H×W outputs) Grad-CAM can look through, in execution order.
    static QStringList candidateLayers(const TrainedModel& model);
    /// The last convolutional layer, or empty when the model has none.
    static QString defaultLayer(const TrainedModel& model);

    /// The map for `classIndex` (uint8 C×H×W `pixels`, as the preprocessor makes them) through
    /// `layer` (empty: the default layer). The map has the input's H×W, values 0..1.
    static ExplanationMap compute(const Predictor& predictor, const torch::Tensor& pixels, int classIndex,
                                  const QString& layer = {});
};

} // namespace netsmith
