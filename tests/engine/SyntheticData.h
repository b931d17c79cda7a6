#pragma once
// Tiny synthetic image datasets for training tests: class c has a bright bar in row
// band c on a noisy background, so a linear model learns it in a few epochs. Generated
// from a seed; no files.
#include "data/Dataset.h"

namespace netsmith::test {

inline Dataset syntheticBars(int64_t samples, int classes, uint64_t seed, int64_t size = 8, int64_t channels = 1,
                             bool randomLabels = false)
{
    torch::manual_seed(seed);
    Dataset d;
    d.name = QStringLiteral("synthetic");
    for (int c = 0; c < classes; ++c)
        d.classNames << QStringLiteral("class %1").arg(c);
    d.labels = torch::randint(classes, {samples}, torch::kInt64);
    torch::Tensor images = torch::randint(0, 90, {samples, channels, size, size}, torch::kInt64);
    const int64_t band = std::max<int64_t>(1, size / classes);
    const torch::Tensor shapeLabels = randomLabels ? torch::randint(classes, {samples}, torch::kInt64) : d.labels;
    for (int64_t i = 0; i < samples; ++i) {
        const int64_t c = shapeLabels[i].item<int64_t>();
        images[i].slice(1, c * band, std::min(size, (c + 1) * band)).add_(150);
    }
    d.images = images.clamp(0, 255).to(torch::kUInt8).contiguous();
    return d;
}

} // namespace netsmith::test
