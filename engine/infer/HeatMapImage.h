#pragma once
// Colouring of explanation maps with OpenCV's colour maps, as plain RGB images that the draw
// pad and the CLI can both show or save.
#include <opencv2/core.hpp>
#include <torch/torch.h>

namespace netsmith {

class HeatMapImage
{
public:
    /// float H×W map (0..1) -> 8-bit RGB H×W (JET: blue = unimportant, red = important).
    static cv::Mat colour(const torch::Tensor& map01);
    /// The map coloured, scaled to `base` (8-bit RGB or grey) and blended over it: `opacity`
    /// 0 shows only the base, 1 only the heat map. Returns 8-bit RGB of base's size.
    static cv::Mat overlay(const cv::Mat& base, const torch::Tensor& map01, double opacity);
    /// uint8 C×H×W pixels -> 8-bit grey (C=1) or RGB (C=3; other C: the first channel).
    static cv::Mat fromPixels(const torch::Tensor& pixels);
};

} // namespace netsmith
