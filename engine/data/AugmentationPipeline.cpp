#include "data/AugmentationPipeline.h"

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

void affine(cv::Mat& m, const AugmentationSettings& s, const SampleDraws& d)
{
    const double angle = d.rotation * s.rotationDegrees * kPi / 180.0;
    const double scale = 1.0 + d.scale * s.scaleFraction;
    const double shear = std::tan(d.shear * s.shearDegrees * kPi / 180.0);
    const double tx = d.tx * s.translateFraction * m.cols;
    const double ty = d.ty * s.translateFraction * m.rows;
    if (angle == 0 && scale == 1.0 && shear == 0 && tx == 0 && ty == 0)
        return;
    // About the image centre: x' = c + t + R·S·Sh·(x − c).
    const double cx = (m.cols - 1) * 0.5, cy = (m.rows - 1) * 0.5;
    const double ca = std::cos(angle) * scale, sa = std::sin(angle) * scale;
    // R·S = [ca −sa; sa ca], Sh = [1 shear; 0 1]
    const double a = ca, b = ca * shear - sa, c = sa, e = sa * shear + ca;
    cv::Matx23d M(a, b, cx + tx - a * cx - b * cy, c, e, cy + ty - c * cx - e * cy);
    cv::Mat out;
    cv::warpAffine(m, out, M, m.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar::all(0));
    m = out;
}

void elastic(cv::Mat& m, const AugmentationSettings& s, const SampleDraws& d)
{
    if (s.elasticAlpha <= 0)
        return;
    cv::RNG rng(d.fieldSeed);
    cv::Mat dx(m.size(), CV_32F), dy(m.size(), CV_32F);
    rng.fill(dx, cv::RNG::UNIFORM, -1.0, 1.0);
    rng.fill(dy, cv::RNG::UNIFORM, -1.0, 1.0);
    const double sigma = std::max(0.5, s.elasticSigma);
    cv::GaussianBlur(dx, dx, cv::Size(0, 0), sigma, sigma, cv::BORDER_REFLECT);
    cv::GaussianBlur(dy, dy, cv::Size(0, 0), sigma, sigma, cv::BORDER_REFLECT);
    // Normalise the smoothed field to unit RMS so that alpha reads as "pixels of movement".
    const double rms = std::sqrt((dx.dot(dx) + dy.dot(dy)) / (2.0 * double(dx.total()))) + 1e-12;
    const double k = s.elasticAlpha / rms;
    cv::Mat mapX(m.size(), CV_32F), mapY(m.size(), CV_32F);
    for (int y = 0; y < m.rows; ++y) {
        const float* px = dx.ptr<float>(y);
        const float* py = dy.ptr<float>(y);
        float* mx = mapX.ptr<float>(y);
        float* my = mapY.ptr<float>(y);
        for (int x = 0; x < m.cols; ++x) {
            mx[x] = float(x + k * px[x]);
            my[x] = float(y + k * py[x]);
        }
    }
    cv::Mat out;
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

torch::Tensor AugmentationPipeline::apply(const torch::Tensor& uint8Batch, uint64_t seed) const
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
    for (int64_t i = 0; i < n; ++i) {
        cv::Mat m = cv::Mat(int(h), int(w), type, in.data_ptr<uint8_t>() + i * stride).clone();
        const SampleDraws d(sampleSeed(seed, i), settings_);
        shift(m, d.cropDx, d.cropDy);
        if (settings_.horizontalFlip && d.flip)
            cv::flip(m, m, 1);
        affine(m, settings_, d);
        elastic(m, settings_, d);
        photometric(m, settings_, d);
        erase(m, settings_, d);
        cv::Mat dst(int(h), int(w), type, out.data_ptr<uint8_t>() + i * stride);
        m.copyTo(dst);
    }
    return out.permute({0, 3, 1, 2}).contiguous().to(uint8Batch.device());
}

} // namespace netsmith
