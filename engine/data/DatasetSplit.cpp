#include "data/DatasetSplit.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

namespace netsmith {

namespace {

// Unbiased integer in 0..bound-1, portable (std::uniform_int_distribution is not).
uint64_t below(std::mt19937_64& rng, uint64_t bound)
{
    const uint64_t limit = std::numeric_limits<uint64_t>::max() - std::numeric_limits<uint64_t>::max() % bound;
    uint64_t r = 0;
    do
        r = rng();
    while (r >= limit);
    return r % bound;
}

void shuffle(std::vector<int64_t>& v, std::mt19937_64& rng)
{
    for (size_t i = v.size(); i > 1; --i)
        std::swap(v[i - 1], v[below(rng, i)]);
}

torch::Tensor toTensor(std::vector<int64_t> v)
{
    std::sort(v.begin(), v.end());
    return torch::tensor(v, torch::kInt64);
}

} // namespace

SplitIndices DatasetSplit::stratified(const torch::Tensor& labels, double fraction, uint64_t seed)
{
    const torch::Tensor l = labels.to(torch::kInt64).contiguous();
    const int64_t* p = l.data_ptr<int64_t>();
    std::map<int64_t, std::vector<int64_t>> byClass;
    for (int64_t i = 0; i < l.numel(); ++i)
        byClass[p[i]].push_back(i);
    std::mt19937_64 rng(seed);
    std::vector<int64_t> kept, heldOut;
    fraction = std::clamp(fraction, 0.0, 1.0);
    for (auto& [cls, indices] : byClass) {
        (void)cls;
        shuffle(indices, rng);
        const auto n = int64_t(indices.size());
        int64_t take = std::llround(fraction * double(n));
        if (fraction > 0.0 && n >= 2)
            take = std::clamp<int64_t>(take, 1, n - 1);
        heldOut.insert(heldOut.end(), indices.begin(), indices.begin() + take);
        kept.insert(kept.end(), indices.begin() + take, indices.end());
    }
    return {toTensor(std::move(kept)), toTensor(std::move(heldOut))};
}

torch::Tensor DatasetSplit::shuffled(int64_t n, uint64_t seed)
{
    std::vector<int64_t> v(size_t(std::max<int64_t>(n, 0)));
    for (int64_t i = 0; i < n; ++i)
        v[size_t(i)] = i;
    std::mt19937_64 rng(seed);
    shuffle(v, rng);
    return torch::tensor(v, torch::kInt64);
}

SplitIndices DatasetSplit::validation(const torch::Tensor& trainLabels, const TrainingSettings& settings)
{
    return stratified(trainLabels, settings.validationSplit, uint64_t(settings.seed));
}

} // namespace netsmith
