#pragma once
// Input-gradient saliency (Simonyan et al. 2013): how strongly each input pixel moves the
// class score; works for every differentiable model, with or without convolutions.
#include "infer/ExplanationMap.h"
#include "infer/Predictor.h"

namespace netsmith {

class InputSaliency
{
public:
    /// |d score / d input|, largest over the channels, scaled to 0..1; H×W of the input.
    static ExplanationMap compute(const Predictor& predictor, const torch::Tensor& pixels, int classIndex);
};

} // namespace netsmith
