#pragma once
// Seeded, stratified splits of sample indices (the validation split) and seeded shuffles.
// Uses its own Fisher–Yates over std::mt19937_64 so that a seed gives the same split on every
// platform and standard library.
#include "project/TrainingSettings.h"

#include <torch/torch.h>

namespace netsmith {

struct SplitIndices
{
    torch::Tensor kept;    ///< int64 indices, ascending
    torch::Tensor heldOut; ///< int64 indices, ascending
};

class DatasetSplit
{
public:
    /// Holds out round(fraction × n_c) samples of every class c (at least one when the class
    /// has two or more samples and fraction > 0), chosen at random under `seed`.
    static SplitIndices stratified(const torch::Tensor& labels, double fraction, uint64_t seed);
    /// 0..n-1 in a random order determined by `seed`.
    static torch::Tensor shuffled(int64_t n, uint64_t seed);
    /// The training contract's split of a training set into the part trained on (`kept`) and
    /// the validation part (`heldOut`): stratified under the settings' validationSplit and
    /// seed. The Trainer splits with this and with nothing else; whoever needs to know which
    /// samples were validated reads the indices the Trainer reports (EvaluationEvent).
    static SplitIndices validation(const torch::Tensor& trainLabels, const TrainingSettings& settings);
};

} // namespace netsmith
