#include "evaluation/SamplePredictions.h"

#include "data/DatasetSplit.h"
#include "train/ModelPredictions.h"

#include <algorithm>

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

torch::Tensor SamplePredictions::validationIndices(const torch::Tensor& labels, double validationSplit, int seed)
{
    // The Trainer's rule (engine/train/Trainer.cpp): DatasetSplit::stratified under the seed.
    return DatasetSplit::stratified(labels, validationSplit, uint64_t(seed)).heldOut;
}

Dataset SamplePredictions::validationPart(const Dataset& train, const TrainingSettings& settings)
{
    return train.subset(validationIndices(train.labels, settings.validationSplit, settings.seed));
}

Dataset SamplePredictions::trainingPart(const Dataset& train, const TrainingSettings& settings)
{
    return train.subset(DatasetSplit::stratified(train.labels, settings.validationSplit, uint64_t(settings.seed)).kept);
}

} // namespace netsmith
