#include "train/FusedAdam.h"

#include <ATen/Parallel.h>
#include <torch/csrc/autograd/variable.h>

#include <cmath>

namespace netsmith {

namespace {

/// The scalars of one step, in float as ATen applies them to float tensors.
struct Coefficients
{
    float beta1, oneMinusBeta1, beta2, oneMinusBeta2, weightDecay, sqrtBiasCorrection2, eps, stepSize;
};

/// Adam's update, element by element, in the order torch::optim::Adam applies it:
/// g += wd * p (only with weight decay, as Adam: 0 * inf would be NaN);
/// m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2; p -= lr / bc1 * m / (sqrt(v) / sqrt(bc2) + eps).
template <bool WeightDecay>
void adamPass(float* __restrict p, const float* __restrict grad, float* __restrict m, float* __restrict v,
              int64_t n, const Coefficients& c)
{
    at::parallel_for(0, n, 16384, [&](int64_t begin, int64_t end) {
        const Coefficients k = c; // a local copy: loads hoisted out of the loop
        for (int64_t i = begin; i < end; ++i) {
            const float g = WeightDecay ? grad[i] + k.weightDecay * p[i] : grad[i];
            const float mi = m[i] * k.beta1 + k.oneMinusBeta1 * g;
            const float vi = v[i] * k.beta2 + k.oneMinusBeta2 * g * g;
            m[i] = mi;
            v[i] = vi;
            p[i] -= k.stepSize * mi / (std::sqrt(vi) / k.sqrtBiasCorrection2 + k.eps);
        }
    });
}

/// `t` with `like`'s device, type and strides (a copy when they differ), so that element i
/// is the same element of every tensor in the pass.
torch::Tensor sameLayout(const torch::Tensor& t, const torch::Tensor& like)
{
    const bool same = t.device() == like.device() && t.scalar_type() == like.scalar_type() &&
                      t.layout() == torch::kStrided && t.strides() == like.strides();
    return same ? t : torch::empty_like(like).copy_(t);
}

/// A float32 CPU parameter with a dense gradient (sparse gradients are Adam's to refuse).
bool fusable(const torch::Tensor& p)
{
    return p.device().is_cpu() && p.scalar_type() == torch::kFloat32 && p.layout() == torch::kStrided &&
           p.is_non_overlapping_and_dense() && p.grad().layout() == torch::kStrided;
}

} // namespace

torch::optim::AdamParamState& FusedAdam::stateOf(const torch::Tensor& p)
{
    const std::string key = c10::guts::to_string(p.unsafeGetTensorImpl());
    auto it = state_.find(key);
    if (it == state_.end()) {
        auto created = std::make_unique<torch::optim::AdamParamState>();
        created->step(0);
        created->exp_avg(torch::zeros_like(p, torch::MemoryFormat::Preserve));
        created->exp_avg_sq(torch::zeros_like(p, torch::MemoryFormat::Preserve));
        it = state_.emplace(key, std::move(created)).first;
    }
    auto& state = static_cast<torch::optim::AdamParamState&>(*it->second);
    // A resumed checkpoint may hold the moments in another layout than the (channels_last) weights.
    state.exp_avg(sameLayout(state.exp_avg(), p));
    state.exp_avg_sq(sameLayout(state.exp_avg_sq(), p));
    return state;
}

torch::Tensor FusedAdam::step(LossClosure closure)
{
    torch::Tensor loss;
    if (closure) {
        torch::AutoGradMode enableGrad(true);
        loss = closure();
    }
    // Decided after the closure, which may be what creates the gradients.
    for (const auto& group : param_groups_) {
        const auto& options = static_cast<const torch::optim::AdamOptions&>(group.options());
        for (const torch::Tensor& p : group.params())
            if (p.grad().defined() && (!fusable(p) || options.amsgrad())) {
                Adam::step();
                return loss;
            }
    }
    torch::NoGradGuard noGrad;
    for (auto& group : param_groups_) {
        const auto& options = static_cast<const torch::optim::AdamOptions&>(group.options());
        const double beta1 = std::get<0>(options.betas()), beta2 = std::get<1>(options.betas());
        for (torch::Tensor& p : group.params()) {
            if (!p.grad().defined())
                continue;
            torch::optim::AdamParamState& state = stateOf(p);
            state.step(state.step() + 1);
            const double biasCorrection1 = 1 - std::pow(beta1, double(state.step()));
            const double biasCorrection2 = 1 - std::pow(beta2, double(state.step()));
            const Coefficients c{float(beta1),
                                 float(1 - beta1),
                                 float(beta2),
                                 float(1 - beta2),
                                 float(options.weight_decay()),
                                 float(std::sqrt(biasCorrection2)),
                                 float(options.eps()),
                                 float(options.lr() / biasCorrection1)};
            const torch::Tensor grad = sameLayout(p.grad(), p);
            auto pass = options.weight_decay() != 0 ? adamPass<true> : adamPass<false>;
            pass(p.data_ptr<float>(), grad.data_ptr<float>(), state.exp_avg().data_ptr<float>(),
                 state.exp_avg_sq().data_ptr<float>(), p.numel(), c);
            // Written through the pointer: tell autograd the weights changed, as an in-place op would.
            torch::autograd::impl::bump_version(p);
        }
    }
    return loss;
}

} // namespace netsmith
