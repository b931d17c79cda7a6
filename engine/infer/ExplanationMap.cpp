#include "infer/ExplanationMap.h"

namespace netsmith {

torch::Tensor ExplanationMap::normalised(const torch::Tensor& map)
{
    torch::Tensor m = torch::nan_to_num(map.detach().to(torch::kFloat32), 0.0, 0.0, 0.0).clamp_min(0.0);
    const float peak = m.numel() > 0 ? m.max().item<float>() : 0.f;
    return peak > 0.f ? (m / peak).contiguous() : torch::zeros_like(m);
}

} // namespace netsmith
