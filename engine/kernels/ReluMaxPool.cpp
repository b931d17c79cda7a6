#include "kernels/ReluMaxPool.h"

#include <ATen/Parallel.h>

#include <cstdint>

namespace netsmith {

namespace {

/// Which element of a 2x2 window won: 0 top-left, 1 top-right, 2 bottom-left,
/// 3 bottom-right; kNone when the window's maximum is not positive (ReLU passes no gradient).
constexpr uint8_t kNone = 4;

/// Output rows handed to one thread at a time: enough work to be worth a task.
int64_t grainRows(int64_t rowElements)
{
    return std::max<int64_t>(1, 16384 / std::max<int64_t>(1, rowElements));
}

/// Input sizes and the pooled output's height and width (an odd last row or column is dropped).
struct Geometry
{
    int64_t n, c, h, w, oh, ow;
    Geometry(int64_t n, int64_t c, int64_t h, int64_t w) : n(n), c(c), h(h), w(w), oh(h / 2), ow(w / 2) {}
    explicit Geometry(const torch::Tensor& input) : Geometry(input.size(0), input.size(1), input.size(2), input.size(3))
    {
    }
};

/// As ATen's max_pool2d: a later element replaces the maximum only when strictly greater
/// or NaN, so NaN propagates; then ReLU (which keeps NaN too).
inline float reluOfWindowMax(float a, float b, float c, float d)
{
    float best = a;
    best = b > best || b != b ? b : best;
    best = c > best || c != c ? c : best;
    best = d > best || d != d ? d : best;
    return best > 0.f || best != best ? best : 0.f;
}

/// The first window element equal to the (positive) result, as ATen breaks ties.
inline uint8_t winnerOf(float a, float b, float c, float d, float result)
{
    uint8_t k = d == result ? 3 : kNone;
    k = c == result ? 2 : k;
    k = b == result ? 1 : k;
    k = a == result ? 0 : k;
    return result > 0.f ? k : kNone;
}

/// One output pixel: its window's four input pixels, each `channels` floats. Branch-free
/// and on restrict pointers, so the compiler vectorises over the channels (which element
/// wins is data-dependent and would mispredict about half of the time as a branch).
void poolPixel(const float* __restrict a, const float* __restrict b, const float* __restrict c,
               const float* __restrict d, float* __restrict out, uint8_t* __restrict winner, int64_t channels)
{
    for (int64_t ch = 0; ch < channels; ++ch)
        out[ch] = reluOfWindowMax(a[ch], b[ch], c[ch], d[ch]);
    if (winner)
        for (int64_t ch = 0; ch < channels; ++ch)
            winner[ch] = winnerOf(a[ch], b[ch], c[ch], d[ch], out[ch]);
}

/// The gradient of one window: the output gradient goes to the winner, zero elsewhere.
void unpoolPixel(const float* __restrict grad, const uint8_t* __restrict winner, float* __restrict a,
                 float* __restrict b, float* __restrict c, float* __restrict d, int64_t channels)
{
    for (int64_t ch = 0; ch < channels; ++ch) {
        const float g = grad[ch];
        const uint8_t k = winner[ch];
        a[ch] = k == 0 ? g : 0.f;
        b[ch] = k == 1 ? g : 0.f;
        c[ch] = k == 2 ? g : 0.f;
        d[ch] = k == 3 ? g : 0.f;
    }
}

/// Channels-last: each pixel's channels are adjacent. `winner` may be null (no gradient wanted).
void forwardKernel(const float* x, float* out, uint8_t* winner, const Geometry& g)
{
    at::parallel_for(0, g.n * g.oh, grainRows(g.ow * g.c), [&](int64_t begin, int64_t end) {
        const int64_t c = g.c, rowStride = g.w * c;
        for (int64_t row = begin; row < end; ++row) {
            const int64_t image = row / g.oh, outY = row % g.oh;
            const float* top = x + (image * g.h + 2 * outY) * rowStride;
            const float* bottom = top + rowStride;
            for (int64_t outX = 0; outX < g.ow; ++outX) {
                const int64_t at = 2 * outX * c, o = (row * g.ow + outX) * c;
                poolPixel(top + at, top + at + c, bottom + at, bottom + at + c, out + o, winner ? winner + o : nullptr,
                          c);
            }
        }
    });
}

/// Writes every element of the input gradient once, including the odd last row or column
/// that pooling skipped (zero).
void backwardKernel(const float* gradOut, const uint8_t* winner, float* gradIn, const Geometry& g)
{
    at::parallel_for(0, g.n * g.oh, grainRows(2 * g.w * g.c), [&](int64_t begin, int64_t end) {
        const int64_t c = g.c, rowStride = g.w * c;
        for (int64_t row = begin; row < end; ++row) {
            const int64_t image = row / g.oh, outY = row % g.oh;
            float* top = gradIn + (image * g.h + 2 * outY) * rowStride;
            float* bottom = top + rowStride;
            for (int64_t outX = 0; outX < g.ow; ++outX) {
                const int64_t at = 2 * outX * c, o = (row * g.ow + outX) * c;
                unpoolPixel(gradOut + o, winner + o, top + at, top + at + c, bottom + at, bottom + at + c, c);
            }
            if (g.w % 2) {
                std::fill_n(top + rowStride - c, c, 0.f);
                std::fill_n(bottom + rowStride - c, c, 0.f);
            }
            if (g.h % 2 && outY == g.oh - 1)
                std::fill_n(bottom + rowStride, rowStride, 0.f);
        }
    });
}

torch::Tensor emptyChannelsLast(const Geometry& g, int64_t h, int64_t w, const torch::TensorOptions& options)
{
    return torch::empty({g.n, g.c, h, w}, options.memory_format(torch::MemoryFormat::ChannelsLast));
}

class ReluMaxPoolFunction : public torch::autograd::Function<ReluMaxPoolFunction>
{
public:
    static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& x)
    {
        const Geometry g(x);
        torch::Tensor out = emptyChannelsLast(g, g.oh, g.ow, x.options());
        // Indexed like the output in channels_last: image, row, column, channel.
        torch::Tensor winner = torch::empty({g.n, g.oh, g.ow, g.c}, x.options().dtype(torch::kUInt8));
        forwardKernel(x.data_ptr<float>(), out.data_ptr<float>(), winner.data_ptr<uint8_t>(), g);
        ctx->save_for_backward({winner});
        ctx->saved_data["height"] = g.h;
        ctx->saved_data["width"] = g.w;
        return out;
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                   torch::autograd::variable_list gradOutputs)
    {
        // The kernel is not itself differentiable: refuse rather than return wrong second derivatives.
        TORCH_CHECK(!torch::GradMode::is_enabled(),
                    "second derivatives through the fused ReLU + max pooling are not supported");
        const torch::Tensor winner = ctx->get_saved_variables()[0];
        // Flatten's backward hands back a plain-contiguous gradient; the kernel reads channels_last.
        const torch::Tensor gradOut = gradOutputs[0].contiguous(torch::MemoryFormat::ChannelsLast);
        const int64_t h = ctx->saved_data["height"].toInt(), w = ctx->saved_data["width"].toInt();
        const Geometry g(gradOut.size(0), gradOut.size(1), h, w);
        torch::Tensor gradIn = emptyChannelsLast(g, h, w, gradOut.options());
        backwardKernel(gradOut.data_ptr<float>(), winner.data_ptr<uint8_t>(), gradIn.data_ptr<float>(), g);
        return {gradIn};
    }
};

} // namespace

bool ReluMaxPool::isItsPooling(const LayerContext& layer)
{
    const int64_t stride = layer.intParam(QStringLiteral("stride")); // 0: the window size
    return layer.kind.id == QLatin1String("MaxPool2d") && layer.intParam(QStringLiteral("kernel_size")) == 2 &&
           (stride == 0 || stride == 2) && layer.intParam(QStringLiteral("padding")) == 0;
}

bool ReluMaxPool::handles(const torch::Tensor& x)
{
    return x.defined() && x.device().is_cpu() && x.layout() == torch::kStrided && x.scalar_type() == torch::kFloat32 &&
           x.dim() == 4 && x.size(2) >= 2 && x.size(3) >= 2 && x.is_contiguous(torch::MemoryFormat::ChannelsLast);
}

torch::Tensor ReluMaxPool::apply(const torch::Tensor& x)
{
    TORCH_CHECK(handles(x), "ReluMaxPool::apply: unsupported tensor");
    if (x.requires_grad() && torch::GradMode::is_enabled())
        return ReluMaxPoolFunction::apply(x);
    // Inference: no graph to record, no winners to keep.
    const Geometry g(x);
    torch::Tensor out = emptyChannelsLast(g, g.oh, g.ow, x.options());
    forwardKernel(x.data_ptr<float>(), out.data_ptr<float>(), nullptr, g);
    return out;
}

} // namespace netsmith
