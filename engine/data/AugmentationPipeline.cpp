#include "data/AugmentationPipeline.h"

#include "data/StrokeMeter.h"

#include <ATen/Parallel.h>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <cmath>

namespace netsmith {

namespace {

constexpr double kPi = 3.14159265358979323846;

uint64_t splitMix64(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// Every random number a sample needs, drawn up front in a fixed order.
struct SampleDraws
{
    int cropDx = 0, cropDy = 0;
    bool flip = false;
    double rotation = 0, tx = 0, ty = 0, scale = 0, shear = 0; // in -1..1
    double contrast = 0, brightness = 0;                      // in -1..1
    double blur = 0, noise = 0;                               // in 0..1
    bool erase = false;
    double eraseArea = 0, eraseAspect = 0, eraseX = 0, eraseY = 0; // in 0..1
    uint64_t fieldSeed = 0, noiseSeed = 0;
    double strokeWidth = 0; // in -1..1

    SampleDraws(uint64_t seed, const AugmentationSettings& s)
    {
        cv::RNG rng(seed);
        const int pad = std::max(0, s.cropPadding);
        cropDx = rng.uniform(-pad, pad + 1);
        cropDy = rng.uniform(-pad, pad + 1);
        flip = rng.uniform(0.0, 1.0) < 0.5;
        rotation = rng.uniform(-1.0, 1.0);
        tx = rng.uniform(-1.0, 1.0);
        ty = rng.uniform(-1.0, 1.0);
        scale = rng.uniform(-1.0, 1.0);
        shear = rng.uniform(-1.0, 1.0);
        contrast = rng.uniform(-1.0, 1.0);
        brightness = rng.uniform(-1.0, 1.0);
        blur = rng.uniform(0.0, 1.0);
        noise = rng.uniform(0.0, 1.0);
        erase = rng.uniform(0.0, 1.0) < s.erasingProbability;
        eraseArea = rng.uniform(0.0, 1.0);
        eraseAspect = rng.uniform(0.0, 1.0);
        eraseX = rng.uniform(0.0, 1.0);
        eraseY = rng.uniform(0.0, 1.0);
        fieldSeed = splitMix64(seed ^ 0xE1A5ull);
        noiseSeed = splitMix64(seed ^ 0x4015Eull);
        // Drawn last: a knob added later must not change what the earlier ones draw.
        strokeWidth = rng.uniform(-1.0, 1.0);
    }
};

// Integer shift with zero fill: the same as padding by `pad` and cropping back at an offset.
void shift(cv::Mat& m, int dx, int dy)
{
    if (dx == 0 && dy == 0)
        return;
    cv::Mat out = cv::Mat::zeros(m.size(), m.type());
    const cv::Rect dst = cv::Rect(dx, dy, m.cols, m.rows) & cv::Rect(0, 0, m.cols, m.rows);
    if (dst.area() > 0)
        m(cv::Rect(dst.x - dx, dst.y - dy, dst.width, dst.height)).copyTo(out(dst));
    m = out;
}

// Thicker or thinner strokes, as pens and writers differ: the width changes by up to the
// jitter (half of it on each side of a stroke).
void strokeWidth(cv::Mat& m, const AugmentationSettings& s, const SampleDraws& d)
{
    if (s.strokeWidthJitter > 0)
        StrokeMeter::changeWidth(m, 0.5 * d.strokeWidth * s.strokeWidthJitter);
}

// Where the affine transform sends the image: x' = c + t + R·S·Sh·(x − c), about the centre.
cv::Matx23d affineMatrix(const cv::Mat& m, const AugmentationSettings& s, const SampleDraws& d, bool* identity)
{
    const double angle = d.rotation * s.rotationDegrees * kPi / 180.0;
    const double scale = 1.0 + d.scale * s.scaleFraction;
    const double shear = std::tan(d.shear * s.shearDegrees * kPi / 180.0);
    const double tx = d.tx * s.translateFraction * m.cols;
    const double ty = d.ty * s.translateFraction * m.rows;
    *identity = angle == 0 && scale == 1.0 && shear == 0 && tx == 0 && ty == 0;
    const double cx = (m.cols - 1) * 0.5, cy = (m.rows - 1) * 0.5;
    const double ca = std::cos(angle) * scale, sa = std::sin(angle) * scale;
    // R·S = [ca −sa; sa ca], Sh = [1 shear; 0 1]
    const double a = ca, b = ca * shear - sa, c = sa, e = sa * shear + ca;
    return {a, b, cx + tx - a * cx - b * cy, c, e, cy + ty - c * cx - e * cy};
}

// A smooth random displacement field (Simard et al.'s elastic distortion) scaled to an RMS of
// `alpha` pixels. Random values on a grid every 1.5·sigma pixels, interpolated bicubically:
// as smooth as Gaussian-filtered noise of that sigma, at a fraction of the cost of filtering
// a full-size field.
void elasticField(cv::Size size, const AugmentationSettings& s, const SampleDraws& d, cv::Mat* dx, cv::Mat* dy)
{
    const double spacing = 1.5 * std::max(0.5, s.elasticSigma);
    const cv::Size grid(std::max(2, int(std::lround(size.width / spacing)) + 1),
                        std::max(2, int(std::lround(size.height / spacing)) + 1));
    cv::RNG rng(d.fieldSeed);
    cv::Mat gx(grid, CV_32F), gy(grid, CV_32F);
    rng.fill(gx, cv::RNG::UNIFORM, -1.0, 1.0);
    rng.fill(gy, cv::RNG::UNIFORM, -1.0, 1.0);
    cv::resize(gx, *dx, size, 0, 0, cv::INTER_CUBIC);
    cv::resize(gy, *dy, size, 0, 0, cv::INTER_CUBIC);
    const double rms = std::sqrt((dx->dot(*dx) + dy->dot(*dy)) / (2.0 * double(dx->total()))) + 1e-12;
    *dx *= s.elasticAlpha / rms;
    *dy *= s.elasticAlpha / rms;
}

// The affine transform and the elastic field in one resampling: interpolating twice would
// blur thin strokes twice and cost twice.
void geometry(cv::Mat& m, const AugmentationSettings& s, const SampleDraws& d)
{
    bool identity = true;
    const cv::Matx23d forward = affineMatrix(m, s, d, &identity);
    cv::Mat out;
    if (s.elasticAlpha <= 0) {
        if (identity)
            return;
        cv::warpAffine(m, out, forward, m.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar::all(0));
        m = out;
        return;
    }
    cv::Matx23d inverse;
    cv::invertAffineTransform(forward, inverse);
    cv::Mat dx, dy;
    elasticField(m.size(), s, d, &dx, &dy);
    // Output pixel p reads the input at inverse(p + field(p)).
    cv::Mat mapX(m.size(), CV_32F), mapY(m.size(), CV_32F);
    for (int y = 0; y < m.rows; ++y) {
        const float* px = dx.ptr<float>(y);
        const float* py = dy.ptr<float>(y);
        float* mx = mapX.ptr<float>(y);
        float* my = mapY.ptr<float>(y);
        for (int x = 0; x < m.cols; ++x) {
            const double sx = x + px[x], sy = y + py[x];
            mx[x] = float(inverse(0, 0) * sx + inverse(0, 1) * sy + inverse(0, 2));
            my[x] = float(inverse(1, 0) * sx + inverse(1, 1) * sy + inverse(1, 2));
        }
    }
    cv::remap(m, out, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar::all(0));
    m = out;
}

void photometric(cv::Mat& m, const AugmentationSettings& s, const SampleDraws& d)
{
    const double contrast = 1.0 + d.contrast * s.contrast;
    const double brightness = d.brightness * s.brightness * 255.0;
    if (contrast != 1.0 || brightness != 0.0)
        m.convertTo(m, -1, contrast, brightness + 127.5 * (1.0 - contrast));
    const double sigma = d.blur * s.blurSigma;
    if (sigma >= 0.2)
        cv::GaussianBlur(m, m, cv::Size(0, 0), sigma, sigma, cv::BORDER_REFLECT);
    const double noise = d.noise * s.noiseStd;
    if (noise > 0) {
        cv::RNG rng(d.noiseSeed);
        cv::Mat f, n(m.size(), CV_32FC(m.channels()));
        m.convertTo(f, CV_32F);
        rng.fill(n, cv::RNG::NORMAL, 0.0, noise);
        f += n;
        f.convertTo(m, CV_8U); // saturates to 0..255
    }
}

void erase(cv::Mat& m, const AugmentationSettings& s, const SampleDraws& d)
{
    if (!d.erase || s.erasingMaxArea <= 0)
        return;
    const double minArea = std::min(0.02, s.erasingMaxArea);
    const double area = (minArea + d.eraseArea * (s.erasingMaxArea - minArea)) * m.rows * m.cols;
    const double aspect = std::exp(std::log(0.3) + d.eraseAspect * (std::log(3.3) - std::log(0.3)));
    const int h = std::clamp(int(std::lround(std::sqrt(area * aspect))), 1, m.rows);
    const int w = std::clamp(int(std::lround(std::sqrt(area / aspect))), 1, m.cols);
    const int x = int(d.eraseX * (m.cols - w + 1)) % (m.cols - w + 1);
    const int y = int(d.eraseY * (m.rows - h + 1)) % (m.rows - h + 1);
    cv::Mat patch = m(cv::Rect(x, y, w, h));
    cv::RNG rng(d.noiseSeed ^ 0xE5A5Eull);
    rng.fill(patch, cv::RNG::UNIFORM, 0, 256);
}

} // namespace

uint64_t AugmentationPipeline::sampleSeed(uint64_t seed, int64_t index)
{
    return splitMix64(splitMix64(seed) + uint64_t(index) * 0xD1B54A32D192ED03ull);
}

torch::Tensor AugmentationPipeline::apply(const torch::Tensor& uint8Batch, uint64_t seed, bool parallel) const
{
    TORCH_CHECK(uint8Batch.scalar_type() == torch::kUInt8 && uint8Batch.dim() == 4,
                "AugmentationPipeline::apply needs a uint8 N×C×H×W batch");
    if (settings_.isIdentity() || uint8Batch.size(0) == 0)
        return uint8Batch;
    const int64_t n = uint8Batch.size(0), c = uint8Batch.size(1), h = uint8Batch.size(2), w = uint8Batch.size(3);
    TORCH_CHECK(c >= 1 && c <= 4, "AugmentationPipeline::apply handles 1 to 4 channels");
    // OpenCV wants interleaved channels: work in N×H×W×C.
    const torch::Tensor in = uint8Batch.to(torch::kCPU).permute({0, 2, 3, 1}).contiguous();
    torch::Tensor out = torch::empty_like(in);
    const int64_t stride = h * w * c;
    const int type = CV_8UC(int(c));
    const auto augmentSamples = [&](int64_t begin, int64_t end) {
        for (int64_t i = begin; i < end; ++i) {
            cv::Mat m = cv::Mat(int(h), int(w), type, in.data_ptr<uint8_t>() + i * stride).clone();
            const SampleDraws d(sampleSeed(seed, i), settings_);
            strokeWidth(m, settings_, d);
            shift(m, d.cropDx, d.cropDy);
            if (settings_.horizontalFlip && d.flip)
                cv::flip(m, m, 1);
            geometry(m, settings_, d);
            photometric(m, settings_, d);
            erase(m, settings_, d);
            cv::Mat dst(int(h), int(w), type, out.data_ptr<uint8_t>() + i * stride);
            m.copyTo(dst);
        }
    };
    if (parallel)
        at::parallel_for(0, n, 4, augmentSamples);
    else
        augmentSamples(0, n);
    return out.permute({0, 3, 1, 2}).contiguous().to(uint8Batch.device());
}

} // namespace netsmith
