#pragma once
// Random augmentation of uint8 image batches with OpenCV, the one pipeline that both training
// and the GUI's preview run. Deterministic: the same batch, settings and seed give the same
// output on every run. Each sample draws its random numbers from its own generator (seeded by
// the batch seed and its position) in a fixed order, so turning one control up or down does
// not reshuffle what the other controls do — the preview stays comparable as sliders move.
#include "data/AugmentationSettings.h"

#include <torch/torch.h>

namespace netsmith {

class AugmentationPipeline
{
public:
    AugmentationPipeline() = default;
    explicit AugmentationPipeline(const AugmentationSettings& settings) : settings_(settings) {}

    const AugmentationSettings& settings() const { return settings_; }
    void setSettings(const AugmentationSettings& settings) { settings_ = settings; }

    /// uint8 N×C×H×W (C = 1 or 3) -> uint8 N×C×H×W of the same size. Returns the input
    /// itself when the settings are the identity. Thread-safe (const, no shared state).
    /// `parallel`: spread the samples over torch's intra-op threads (from the thread that
    /// trains, when no core is free for a worker); the result is the same either way.
    torch::Tensor apply(const torch::Tensor& uint8Batch, uint64_t seed, bool parallel = false) const;

    /// The generator seed of sample `index` within a batch augmented under `seed`.
    static uint64_t sampleSeed(uint64_t seed, int64_t index);

private:
    AugmentationSettings settings_;
};

} // namespace netsmith
