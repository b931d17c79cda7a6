#include "infer/Predictor.h"

#include "data/InputNormalization.h"

#include <algorithm>
#include <numeric>

namespace netsmith {

std::vector<int> Prediction::topK(int k) const
{
    std::vector<int> order(probabilities.size());
    std::iota(order.begin(), order.end(), 0);
    k = std::clamp(k, 0, int(order.size()));
    std::partial_sort(order.begin(), order.begin() + k, order.end(),
                      [this](int a, int b) { return probabilities[size_t(a)] > probabilities[size_t(b)]; });
    order.resize(size_t(k));
    return order;
}

Prediction Prediction::fromProbabilities(const torch::Tensor& probabilities)
{
    const torch::Tensor probs = probabilities.detach().to(torch::kFloat32).flatten().contiguous();
    Prediction p;
    p.probabilities.assign(probs.data_ptr<float>(), probs.data_ptr<float>() + probs.numel());
    const auto best = std::max_element(p.probabilities.begin(), p.probabilities.end());
    p.label = int(best - p.probabilities.begin());
    p.confidence = *best;
    return p;
}

Predictor::Predictor(TrainedModel model)
    : model_(std::move(model))
{
    model_.module->eval();
}

torch::Tensor Predictor::modelInput(const torch::Tensor& pixels) const
{
    return toModelInput(pixels.dim() == 3 ? pixels.unsqueeze(0) : pixels, model_.project.normalization);
}

torch::Tensor Predictor::probabilities(const torch::Tensor& pixels, int64_t batchSize) const
{
    torch::NoGradGuard noGrad;
    GraphModule module = model_.module; // a handle: running the model is not a const operation for torch
    std::vector<torch::Tensor> parts;
    for (int64_t start = 0; start < pixels.size(0); start += batchSize) {
        const torch::Tensor chunk = pixels.slice(0, start, std::min(pixels.size(0), start + batchSize));
        // Softmax over the scores, whether or not the graph ends in a Softmax layer.
        parts.push_back(torch::softmax(module->forwardLogits(modelInput(chunk)).flatten(1), 1));
    }
    return parts.empty() ? torch::empty({0, model_.numClasses()}) : torch::cat(parts);
}

Prediction Predictor::predict(const torch::Tensor& pixels) const
{
    return Prediction::fromProbabilities(probabilities(pixels.unsqueeze(0)));
}

} // namespace netsmith
