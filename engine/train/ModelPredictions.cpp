#include "train/ModelPredictions.h"

#include "data/InputNormalization.h"

namespace netsmith {

ModelPredictions ModelPredictions::compute(GraphModule& model, const torch::Tensor& images, const torch::Tensor& labels,
                                           const Normalization& normalization, const torch::Device& device,
                                           int64_t batchSize)
{
    ModelPredictions result;
    model->eval();
    torch::InferenceMode inference;
    const int64_t n = images.size(0);
    std::vector<torch::Tensor> parts;
    double lossSum = 0;
    for (int64_t start = 0; start < n; start += batchSize) {
        const int64_t end = std::min(n, start + batchSize);
        torch::Tensor x = toModelInput(images.slice(0, start, end).to(device), normalization)
                              .contiguous(torch::MemoryFormat::ChannelsLast);
        torch::Tensor logProbabilities = torch::log_softmax(model->forwardLogits(x).to(torch::kFloat32), 1);
        torch::Tensor y = labels.slice(0, start, end).to(device);
        lossSum += torch::nll_loss(logProbabilities, y, {}, torch::Reduction::Sum).item<double>();
        parts.push_back(logProbabilities.exp().to(torch::kCPU));
    }
    result.probabilities = parts.empty() ? torch::empty({0, 0}) : torch::cat(parts);
    result.labels = labels.to(torch::kCPU);
    result.meanLoss = n ? lossSum / double(n) : 0.0;
    return result;
}

} // namespace netsmith
