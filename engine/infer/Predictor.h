#pragma once
// Predictor: class probabilities for prepared pixels, through the one input path the model
// was trained with (toModelInput with the project's normalisation).
#include "infer/TrainedModel.h"

#include <torch/torch.h>

#include <vector>

namespace netsmith {

struct Prediction
{
    std::vector<float> probabilities; ///< one per class, sums to 1
    int label = -1;                   ///< most probable class
    float confidence = 0.f;           ///< its probability

    /// The k most probable classes, most probable first.
    std::vector<int> topK(int k) const;

    /// From K probabilities (any shape with K elements); the first of equal maxima wins.
    static Prediction fromProbabilities(const torch::Tensor& probabilities);
};

class Predictor
{
public:
    explicit Predictor(TrainedModel model);

    const TrainedModel& model() const { return model_; }

    /// The float tensor the model receives (1×C×H×W) for uint8 C×H×W pixels.
    torch::Tensor modelInput(const torch::Tensor& pixels) const;
    /// uint8 C×H×W.
    Prediction predict(const torch::Tensor& pixels) const;
    /// uint8 N×C×H×W: N×K probabilities (evaluated in chunks, no gradients).
    torch::Tensor probabilities(const torch::Tensor& pixels, int64_t batchSize = 256) const;

private:
    TrainedModel model_;
};

} // namespace netsmith
