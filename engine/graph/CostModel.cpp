#include "graph/CostModel.h"

namespace netsmith {

int64_t ModelCost::trainingBytes(int64_t batchSize, int optimizerSlots) const
{
    const int64_t perSample = inputElements + 2 * activationElements;
    const int64_t paramCopies = 2 + optimizerSlots; // weights + gradients + optimizer state
    return 4 * (batchSize * perSample + totalParams() * paramCopies);
}

ModelCost computeCost(const GraphAnalysis& analysis)
{
    ModelCost c;
    for (const auto& [id, node] : analysis.nodes) {
        if (!node.ok)
            continue;
        c.trainableParams += node.cost.trainableParams;
        c.frozenParams += node.cost.frozenParams;
        c.macsPerSample += node.cost.macs;
        if (id == analysis.inputNode)
            c.inputElements = shapeElements(node.output);
        else
            c.activationElements += shapeElements(node.output);
    }
    return c;
}

} // namespace netsmith
