#include "evaluation/SamplePredictions.h"

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

QByteArray SamplePredictions::toCsv() const
{
    const int64_t n = size(), k = n > 0 ? probabilities.size(1) : 0;
    const auto* index = indices.data_ptr<int64_t>();
    const auto* label = labels.data_ptr<int64_t>();
    const auto* pred = predicted.data_ptr<int64_t>();
    const float* p = probabilities.data_ptr<float>();
    QByteArray csv = "index,label,pred";
    for (int64_t c = 0; c < k; ++c)
        csv += ",p" + QByteArray::number(c);
    csv += '\n';
    for (int64_t i = 0; i < n; ++i) {
        csv += QByteArray::number(index[i]) + ',' + QByteArray::number(label[i]) + ',' + QByteArray::number(pred[i]);
        for (int64_t c = 0; c < k; ++c)
            csv += ',' + QByteArray::number(double(p[i * k + c]), 'g', 9); // float32 round-trips in 9 digits
        csv += '\n';
    }
    return csv;
}

std::shared_ptr<const SamplePredictions> SamplePredictions::from(const ModelPredictions& predictions,
                                                                 const torch::Tensor& images,
                                                                 const torch::Tensor& indices)
{
    auto out = std::make_shared<SamplePredictions>();
    // On the CPU these are the caller's tensors themselves (no copy when already contiguous).
    out->images = images.to(torch::kCPU).contiguous();
    out->indices = indices.to(torch::kCPU).to(torch::kInt64).contiguous();
    out->labels = predictions.labels.to(torch::kCPU).to(torch::kInt64).contiguous();
    out->probabilities = predictions.probabilities.to(torch::kCPU).to(torch::kFloat32).contiguous();
    out->predicted = out->size() > 0 ? out->probabilities.argmax(1).contiguous() : torch::empty({0}, torch::kInt64);
    return out;
}

} // namespace netsmith
