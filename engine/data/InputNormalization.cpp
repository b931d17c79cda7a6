#include "data/InputNormalization.h"

namespace netsmith {

torch::Tensor toModelInput(const torch::Tensor& pixels, const Normalization& normalization)
{
    torch::Tensor x = pixels.to(torch::kFloat32).div_(255.0);
    if (normalization.mean.empty())
        return x;
    const auto channels = int64_t(normalization.mean.size());
    auto opts = torch::TensorOptions().dtype(torch::kFloat64);
    torch::Tensor mean = torch::from_blob(const_cast<double*>(normalization.mean.data()), {channels}, opts)
                             .to(x.device(), torch::kFloat32)
                             .view({1, channels, 1, 1});
    torch::Tensor std = torch::from_blob(const_cast<double*>(normalization.std.data()), {channels}, opts)
                            .to(x.device(), torch::kFloat32)
                            .view({1, channels, 1, 1});
    return x.sub_(mean).div_(std);
}

Normalization computeNormalization(const torch::Tensor& pixels)
{
    Normalization n;
    // Per channel over all samples and positions, in double to stay exact for 70,000 images.
    torch::Tensor x = pixels.to(torch::kFloat64).div(255.0).transpose(0, 1).reshape({pixels.size(1), -1});
    torch::Tensor mean = x.mean(1);
    torch::Tensor std = x.std(1, /*unbiased=*/false).clamp_min(1e-6);
    for (int64_t c = 0; c < pixels.size(1); ++c) {
        n.mean.push_back(mean[c].item<double>());
        n.std.push_back(std[c].item<double>());
    }
    return n;
}

} // namespace netsmith
