#pragma once
// Output size of a sliding window (convolution or pooling) over an image, shared by the
// convolution and pooling layers so that both report a too-large kernel the same way.
#include "graph/LayerKind.h"

namespace netsmith {

struct SpatialResult
{
    int64_t height = 0;
    int64_t width = 0;
    QString error;
};

SpatialResult spatialOutput(const LayerContext& ctx, const Shape& input, int64_t kernel,
                            int64_t stride, int64_t padding, int64_t dilation = 1);

} // namespace netsmith
