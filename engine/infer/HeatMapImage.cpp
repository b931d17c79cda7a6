#include "infer/HeatMapImage.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace netsmith {

cv::Mat HeatMapImage::colour(const torch::Tensor& map01)
{
    const torch::Tensor bytes =
        map01.detach().to(torch::kFloat32).clamp(0.0, 1.0).mul(255.0).round().to(torch::kUInt8).contiguous();
    const cv::Mat grey(int(bytes.size(0)), int(bytes.size(1)), CV_8U, bytes.data_ptr<uint8_t>());
    cv::Mat bgr, rgb;
    cv::applyColorMap(grey, bgr, cv::COLORMAP_JET);
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    return rgb;
}

cv::Mat HeatMapImage::overlay(const cv::Mat& base, const torch::Tensor& map01, double opacity)
{
    cv::Mat rgbBase;
    if (base.channels() == 1)
        cv::cvtColor(base, rgbBase, cv::COLOR_GRAY2RGB);
    else
        rgbBase = base;
    cv::Mat heat = colour(map01), scaled;
    cv::resize(heat, scaled, rgbBase.size(), 0, 0, cv::INTER_LINEAR);
    const double a = std::clamp(opacity, 0.0, 1.0);
    cv::Mat blended;
    cv::addWeighted(rgbBase, 1.0 - a, scaled, a, 0.0, blended);
    return blended;
}

cv::Mat HeatMapImage::fromPixels(const torch::Tensor& pixels)
{
    const int64_t channels = pixels.size(0);
    const torch::Tensor hwc = (channels == 3 ? pixels : pixels.narrow(0, 0, 1)).permute({1, 2, 0}).contiguous();
    const cv::Mat view(int(hwc.size(0)), int(hwc.size(1)), channels == 3 ? CV_8UC3 : CV_8UC1, hwc.data_ptr<uint8_t>());
    return view.clone();
}

} // namespace netsmith
