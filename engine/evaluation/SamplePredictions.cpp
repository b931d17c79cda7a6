#include "evaluation/SamplePredictions.h"

#include "train/ModelPredictions.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace netsmith {

std::vector<int64_t> SamplePredictions::cell(int trueClass, int predictedClass) const
{
    std::vector<int64_t> rows;
    if (size() == 0)
        return rows;
    const auto* label = labels.data_ptr<int64_t>();
    const auto* pred = predicted.data_ptr<int64_t>();
    for (int64_t i = 0; i < size(); ++i)
        if (label[i] == trueClass && pred[i] == predictedClass)
            rows.push_back(i);
    const auto p = probabilities.accessor<float, 2>();
    std::stable_sort(rows.begin(), rows.end(),
                     [&](int64_t a, int64_t b) { return p[a][predictedClass] > p[b][predictedClass]; });
    return rows;
}

std::vector<std::vector<int64_t>> SamplePredictions::confusion(int numClasses) const
{
    std::vector<std::vector<int64_t>> m(std::size_t(numClasses), std::vector<int64_t>(std::size_t(numClasses), 0));
    if (size() == 0)
        return m;
    const auto* label = labels.data_ptr<int64_t>();
    const auto* pred = predicted.data_ptr<int64_t>();
    for (int64_t i = 0; i < size(); ++i)
        if (label[i] >= 0 && label[i] < numClasses && pred[i] >= 0 && pred[i] < numClasses)
            ++m[std::size_t(label[i])][std::size_t(pred[i])];
    return m;
}

SamplePredictions SamplePredictions::compute(GraphModule& model, const Dataset& samples,
                                             const Normalization& normalization)
{
    SamplePredictions out;
    out.images = samples.images.to(torch::kCPU).contiguous();
    out.labels = samples.labels.to(torch::kCPU).to(torch::kInt64).contiguous();
    torch::Device device = torch::kCPU;
    const auto parameters = model->parameters();
    if (!parameters.empty())
        device = parameters.front().device();
    const ModelPredictions run = ModelPredictions::compute(model, out.images, out.labels, normalization, device);
    out.probabilities = run.probabilities.to(torch::kFloat32).contiguous();
    out.predicted = out.size() > 0 ? out.probabilities.argmax(1).contiguous() : torch::empty({0}, torch::kInt64);
    return out;
}

namespace {

torch::Tensor splitOrder(int64_t total, int seed)
{
    // Must stay the Trainer's rule (engine/train/Trainer.cpp, shuffledIndices): Fisher-Yates
    // driven by mt19937_64(seed), validation = the first floor(total × split) positions.
    std::mt19937_64 rng{uint64_t(seed)};
    torch::Tensor order = torch::arange(total, torch::kInt64);
    int64_t* p = order.data_ptr<int64_t>();
    for (int64_t i = total - 1; i > 0; --i)
        std::swap(p[i], p[int64_t(rng() % uint64_t(i + 1))]);
    return order;
}

int64_t validationCount(int64_t total, double validationSplit)
{
    return int64_t(std::floor(double(total) * validationSplit));
}

} // namespace

torch::Tensor SamplePredictions::validationIndices(int64_t total, double validationSplit, int seed)
{
    return splitOrder(total, seed).slice(0, 0, validationCount(total, validationSplit)).clone();
}

Dataset SamplePredictions::validationPart(const Dataset& train, const TrainingSettings& settings)
{
    return train.subset(validationIndices(train.size(), settings.validationSplit, settings.seed));
}

Dataset SamplePredictions::trainingPart(const Dataset& train, const TrainingSettings& settings)
{
    const int64_t total = train.size();
    return train.subset(splitOrder(total, settings.seed).slice(0, validationCount(total, settings.validationSplit), total));
}

} // namespace netsmith
