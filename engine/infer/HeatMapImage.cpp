#include "infer/HeatMapImage.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace netsmith {

cv::Mat HeatMapImage::view(const torch::Tensor& map01)
{
    TORCH_CHECK(map01.dim() == 2 && map01.scalar_type() == torch::kFloat32 && map01.is_contiguous(),
                "HeatMapImage::view needs a contiguous float32 H×W map");
    return cv::Mat(int(map01.size(0)), int(map01.size(1)), CV_32F, map01.data_ptr<float>());
}

void HeatMapImage::jet(const cv::Mat& map01, cv::Mat* grey, cv::Mat* bgr)
{
    CV_Assert(map01.type() == CV_32FC1);
    // convertTo rounds and saturates: values outside 0..1 become 0 or 255.
    map01.convertTo(*grey, CV_8U, 255.0);
    cv::applyColorMap(*grey, *bgr, cv::COLORMAP_JET);
}

void HeatMapImage::colour(const cv::Mat& map01, cv::Mat* rgb)
{
    cv::Mat grey, bgr;
    jet(map01, &grey, &bgr);
    cv::cvtColor(bgr, *rgb, cv::COLOR_BGR2RGB);
}

cv::Mat HeatMapImage::colour(const cv::Mat& map01)
{
    cv::Mat rgb;
    colour(map01, &rgb);
    return rgb;
}

void HeatMapImage::colourWithAlpha(const cv::Mat& map01, cv::Mat* rgba)
{
    cv::Mat grey, bgr;
    jet(map01, &grey, &bgr);
    rgba->create(map01.size(), CV_8UC4);
    // B,G,R from the colour map into R,G,B's places; the importance itself into alpha.
    const cv::Mat sources[] = {bgr, grey};
    const int fromTo[] = {2, 0, 1, 1, 0, 2, 3, 3};
    cv::mixChannels(sources, 2, rgba, 1, fromTo, 4);
}

cv::Mat HeatMapImage::overlay(const cv::Mat& base, const cv::Mat& map01, double opacity)
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
