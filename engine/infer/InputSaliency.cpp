#include "infer/InputSaliency.h"

#include "infer/ExplanationMap.h"

namespace netsmith {

torch::Tensor InputSaliency::fromGradient(const torch::Tensor& inputGradient)
{
    return ExplanationMap::normalised(std::get<0>(inputGradient[0].abs().max(0)));
}

} // namespace netsmith
