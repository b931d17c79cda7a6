#pragma once
// Input-gradient saliency (Simonyan et al. 2013): how strongly each input pixel moves the
// class score; works for every differentiable model, with or without convolutions. The
// forward and backward passes that feed it are the Explainer's.
#include <torch/torch.h>

namespace netsmith {

class InputSaliency
{
public:
    /// |d score / d input| of a 1×C×H×W input gradient, largest over the channels, scaled to
    /// 0..1: float32 H×W.
    static torch::Tensor fromGradient(const torch::Tensor& inputGradient);
};

} // namespace netsmith
