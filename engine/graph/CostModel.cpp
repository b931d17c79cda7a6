#include "graph/CostModel.h"

#include <limits>

namespace netsmith {

namespace {

constexpr int64_t kMost = std::numeric_limits<int64_t>::max();

/// a + b, or the largest int64 where the sum would not fit (a 50,000-layer model).
int64_t saturatingAdd(int64_t a, int64_t b)
{
    return a > kMost - b ? kMost : a + b;
}

int64_t saturatingMul(int64_t a, int64_t b)
{
    return b != 0 && a > kMost / b ? kMost : a * b;
}

} // namespace

int64_t ModelCost::trainingBytes(int64_t batchSize, int optimizerSlots) const
{
    const int64_t perSample = saturatingAdd(inputElements, saturatingMul(2, activationElements));
    const int64_t paramCopies = 2 + optimizerSlots; // weights + gradients + optimizer state
    return saturatingMul(4, saturatingAdd(saturatingMul(batchSize, perSample), saturatingMul(totalParams(), paramCopies)));
}

ModelCost computeCost(const GraphAnalysis& analysis)
{
    ModelCost c;
    for (const auto& [id, node] : analysis.nodes) {
        if (!node.ok)
            continue;
        c.trainableParams = saturatingAdd(c.trainableParams, node.cost.trainableParams);
        c.frozenParams = saturatingAdd(c.frozenParams, node.cost.frozenParams);
        c.macsPerSample = saturatingAdd(c.macsPerSample, node.cost.macs);
        if (id == analysis.inputNode)
            c.inputElements = shapeElements(node.output);
        else
            c.activationElements = saturatingAdd(c.activationElements, shapeElements(node.output));
    }
    return c;
}

} // namespace netsmith
