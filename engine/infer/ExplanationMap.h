#pragma once
// ExplanationMap: a per-pixel importance map over the model's input (Grad-CAM, saliency),
// or the reason there is none.
#include <QString>
#include <torch/torch.h>

namespace netsmith {

struct ExplanationMap
{
    torch::Tensor map; ///< float32 H×W, finite, 0..1 (all zero when nothing stood out)
    QString layer;     ///< the layer it was computed at (Grad-CAM)
    QString problem;   ///< why there is no map

    bool ok() const { return problem.isEmpty() && map.defined(); }

    /// Scales a non-negative map so that its largest value is 1; NaN/Inf become 0.
    static torch::Tensor normalised(const torch::Tensor& map);
};

} // namespace netsmith
