#pragma once
// What a model costs before it is trained: parameters, multiply-accumulates and memory.
#include "graph/ShapeInference.h"

namespace netsmith {

struct ModelCost
{
    int64_t trainableParams = 0;
    int64_t frozenParams = 0;
    int64_t macsPerSample = 0;
    int64_t inputElements = 0;      ///< one input sample
    int64_t activationElements = 0; ///< every layer output for one sample

    int64_t totalParams() const
    {
        return trainableParams > INT64_MAX - frozenParams ? INT64_MAX : trainableParams + frozenParams;
    }
    /// Bytes of float32 activations kept for one sample during a forward pass.
    int64_t activationBytesPerSample() const { return 4 * activationElements; }
    /// Bytes needed to train at this batch size: the batch's inputs, every activation and its
    /// gradient (backward keeps both), the parameters, their gradients and `optimizerSlots`
    /// state tensors per parameter (Adam: 2, SGD with momentum: 1, plain SGD: 0).
    int64_t trainingBytes(int64_t batchSize, int optimizerSlots) const;
};

ModelCost computeCost(const GraphAnalysis& analysis);

} // namespace netsmith
