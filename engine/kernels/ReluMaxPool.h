#pragma once
// ReLU followed by 2x2, stride-2 max pooling, fused into one pass forward and one pass
// backward: the commonest block of small CNNs (the seed CNN has two).
//
// Why: on the CPU each of the four unfused steps (relu, max_pool2d, its backward with a
// zero-filled gradient, relu's backward) streams the whole convolution output through
// memory; for the seed CNN they cost ~0.9 ms of a ~5 ms training step, more than the first
// convolution. Fused, the forward reads the input once and keeps one byte per output (which
// window element won, or none when the maximum is not positive) instead of the ReLU output
// and 64-bit pooling indices; the backward writes each input gradient exactly once.
//
// max_pool2d(relu(x), 2) is computed exactly, ties included (the first maximum in window
// order wins, as in ATen), so the gradients equal the unfused pair's. Two differences, both
// outside training's reach: a window holding NaN outputs NaN but passes no gradient (the
// pair would pass it to the NaN, after which training has diverged anyway), and there are
// no second derivatives.
#include "graph/LayerKind.h"

#include <torch/torch.h>

namespace netsmith {

class ReluMaxPool
{
public:
    /// Whether a layer is the pooling this fuses: MaxPool2d, window 2, stride 2, no padding.
    static bool isItsPooling(const LayerContext& layer);
    /// Whether the fused kernel handles `x`: a float32 N×C×H×W CPU tensor in channels_last
    /// (the layout training uses) with H and W of at least 2. Otherwise use the ATen pair.
    static bool handles(const torch::Tensor& x);
    /// max_pool2d(relu(x), kernel 2, stride 2), differentiable. Requires handles(x).
    static torch::Tensor apply(const torch::Tensor& x);
};

} // namespace netsmith
