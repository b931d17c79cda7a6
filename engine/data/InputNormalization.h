#pragma once
// The one place where uint8 pixels become the model's float input: scale to 0..1, then
// subtract the project's per-channel mean and divide by its std. Training, evaluation,
// prediction and the draw pad all call this, so the model always sees the same numbers.
#include "project/Project.h"

#include <torch/torch.h>

namespace netsmith {

/// uint8 N×C×H×W (any device) -> float32 N×C×H×W on the same device. An empty
/// normalization only scales to 0..1.
torch::Tensor toModelInput(const torch::Tensor& pixels, const Normalization& normalization);

/// Per-channel mean and std (in 0..1 units) of uint8 N×C×H×W images.
Normalization computeNormalization(const torch::Tensor& pixels);

} // namespace netsmith
