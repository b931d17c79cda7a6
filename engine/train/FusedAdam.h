#pragma once
// Adam with the whole update of a parameter in one multi-threaded pass.
//
// Why: torch::optim::Adam (LibTorch 1.13) spends ~10 tensor operations per parameter, each
// a pass over memory and most allocating a temporary. For the seed CNN's 122k parameters a
// standalone loop of Adam steps took ~470 us a step (SGD with momentum ~47 us); in training,
// where the passes find the gradients in cache, fusing them lifted samples/s by ~3%.
//
// State and serialisation are Adam's own (AdamParamState, keyed as Adam keys it), so
// checkpoints and resume are unchanged. Parameters this does not handle (not float32 on
// the CPU) and amsgrad take Adam's own step.
#include <torch/torch.h>

namespace netsmith {

class FusedAdam : public torch::optim::Adam
{
public:
    using torch::optim::Adam::Adam;

    torch::Tensor step(LossClosure closure = nullptr) override;

private:
    /// Adam's state for `p`, created as Adam creates it, in the same layout as `p`.
    torch::optim::AdamParamState& stateOf(const torch::Tensor& p);
};

} // namespace netsmith
