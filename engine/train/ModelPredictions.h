#pragma once
// Runs a trained model over a whole set of uint8 images in inference mode and collects the
// class probabilities: what validation, the final test evaluation and `netsmith-cli
// evaluate` all need. Inputs go through toModelInput() and channels_last, like training.
#include "model/GraphModule.h"
#include "project/Project.h"

#include <torch/torch.h>

namespace netsmith {

struct ModelPredictions
{
    torch::Tensor probabilities; ///< N×K float32 on the CPU (softmax of the logits)
    torch::Tensor labels;        ///< N int64 on the CPU (as given)
    double meanLoss = 0;         ///< cross-entropy of the logits against the labels

    /// `images`: uint8 N×C×H×W (CPU or on `device`); the model must already be on `device`.
    /// Leaves the model in eval mode. The batch size keeps a batch's activations under
    /// glibc's 32 MiB mmap threshold for models like the presets (see retainFreedMemory).
    static ModelPredictions compute(GraphModule& model, const torch::Tensor& images, const torch::Tensor& labels,
                                    const Normalization& normalization, const torch::Device& device,
                                    int64_t batchSize = 256);
};

} // namespace netsmith
