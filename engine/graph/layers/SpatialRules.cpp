#include "graph/layers/SpatialRules.h"

#include "graph/layers/LayerDefinitions.h"

namespace netsmith {

SpatialResult spatialOutput(const LayerContext& ctx, const Shape& input, int64_t kernel,
                            int64_t stride, int64_t padding, int64_t dilation)
{
    const int64_t span = dilation * (kernel - 1) + 1;
    const int64_t paddedH = input[1] + 2 * padding;
    const int64_t paddedW = input[2] + 2 * padding;
    if (span > paddedH || span > paddedW) {
        return {0, 0,
                QCoreApplication::translate("ShapeRule", "%1 has a %2×%2 window but its input is only %3×%4 (padding included) — "
                              "use a smaller kernel, add padding or remove a pooling layer above it")
                    .arg(ctx.label())
                    .arg(span)
                    .arg(paddedH)
                    .arg(paddedW)};
    }
    return {(paddedH - span) / stride + 1, (paddedW - span) / stride + 1, {}};
}

} // namespace netsmith
