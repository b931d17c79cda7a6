#include "data/StrokeMeter.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace netsmith {

namespace {

constexpr int kZoom = 4;        // enlargement before measuring
constexpr int kHalfInk = 128;   // a pixel at or above this is inside a stroke
constexpr double kStrokeLimit = 0.2; // widths above this fraction of the height are not strokes

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::nth_element(v.begin(), v.begin() + long(v.size() / 2), v.end());
    return v[v.size() / 2];
}

cv::Mat roundElement(int radius)
{
    return cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * radius + 1, 2 * radius + 1));
}

} // namespace

double StrokeMeter::width(const cv::Mat& ink)
{
    if (ink.empty())
        return 0;
    // Paper around it: ink up to the edge (a crop) would otherwise have no paper to measure
    // its distance to.
    cv::Mat framed, big, mask, distance;
    cv::copyMakeBorder(ink, framed, 1, 1, 1, 1, cv::BORDER_CONSTANT, cv::Scalar(0));
    cv::resize(framed, big, cv::Size(framed.cols * kZoom, framed.rows * kZoom), 0, 0, cv::INTER_LINEAR);
    cv::threshold(big, mask, kHalfInk - 1, 255, cv::THRESH_BINARY);
    const int inside = cv::countNonZero(mask);
    if (inside == 0)
        return 0;
    cv::distanceTransform(mask, distance, cv::DIST_L2, cv::DIST_MASK_PRECISE);
    const double meanDistance = cv::sum(distance)[0] / inside;
    return std::max(1.0, 4.0 * meanDistance - 2.0) / kZoom;
}

double StrokeMeter::intensity(const cv::Mat& ink)
{
    cv::Mat mask;
    cv::threshold(ink, mask, kHalfInk - 1, 255, cv::THRESH_BINARY);
    return cv::countNonZero(mask) == 0 ? 0.0 : cv::mean(ink, mask)[0];
}

StrokeStatistics StrokeMeter::measure(const torch::Tensor& images, int64_t maxSamples)
{
    StrokeStatistics result;
    if (images.dim() != 4 || images.size(0) == 0 || images.scalar_type() != torch::kUInt8)
        return result;
    // Grey: the mean of the channels (a colour image of strokes is still strokes).
    const int64_t n = images.size(0);
    const int64_t count = std::min(n, std::max<int64_t>(1, maxSamples));
    const torch::Tensor picked = images.index_select(0, torch::linspace(0, double(n - 1), count).to(torch::kInt64));
    const torch::Tensor grey = picked.to(torch::kFloat32).mean(1).round().to(torch::kUInt8).contiguous();
    const int h = int(grey.size(1)), w = int(grey.size(2));
    std::vector<double> widths, intensities;
    for (int64_t i = 0; i < count; ++i) {
        const cv::Mat ink(h, w, CV_8U, grey[i].data_ptr<uint8_t>());
        const double sw = width(ink);
        if (sw <= 0)
            continue;
        widths.push_back(sw);
        intensities.push_back(intensity(ink));
    }
    const double typical = median(widths);
    if (typical <= 0 || typical > kStrokeLimit * h)
        return result;
    result.width = typical;
    result.intensity = median(intensities);
    return result;
}

void StrokeMeter::changeWidth(cv::Mat& ink, double radius)
{
    const double size = std::abs(radius);
    if (size < 0.05 || ink.empty())
        return;
    const int whole = int(std::floor(size));
    const double fraction = size - whole;
    const int op = radius > 0 ? cv::MORPH_DILATE : cv::MORPH_ERODE;
    cv::Mat lower = ink;
    if (whole > 0)
        cv::morphologyEx(ink, lower, op, roundElement(whole), cv::Point(-1, -1), 1, cv::BORDER_CONSTANT, cv::Scalar(0));
    if (fraction < 0.05) {
        ink = lower;
        return;
    }
    cv::Mat upper;
    cv::morphologyEx(ink, upper, op, roundElement(whole + 1), cv::Point(-1, -1), 1, cv::BORDER_CONSTANT, cv::Scalar(0));
    cv::Mat blended;
    cv::addWeighted(lower, 1.0 - fraction, upper, fraction, 0.0, blended);
    ink = blended;
}

} // namespace netsmith
