#pragma once
// Colouring of explanation maps with OpenCV's colour maps (JET: blue = unimportant, red =
// important), as plain 8-bit images that the draw pad and the CLI can both show or save.
// Maps are float32 H×W cv::Mats with values 0..1; the functions that take an output Mat
// write into its memory when it already has the right size and type, so a caller can hand
// in a header over another image's pixels (a QImage's) and the colours land there directly.
#include <opencv2/core.hpp>
#include <torch/torch.h>

namespace netsmith {

class HeatMapImage
{
public:
    /// A float32 H×W cv::Mat header over a map tensor's memory (no copy): the tensor must be
    /// contiguous float32 and outlive the header.
    static cv::Mat view(const torch::Tensor& map01);

    /// map -> 8-bit RGB H×W.
    static void colour(const cv::Mat& map01, cv::Mat* rgb);
    static cv::Mat colour(const cv::Mat& map01);
    /// map -> 8-bit RGBA H×W whose alpha is the importance itself, so that unimportant parts
    /// stay clear when it is laid over a picture.
    static void colourWithAlpha(const cv::Mat& map01, cv::Mat* rgba);

    /// The map coloured, scaled to `base` (8-bit RGB or grey) and blended over it: `opacity`
    /// 0 shows only the base, 1 only the heat map. Returns 8-bit RGB of base's size.
    static cv::Mat overlay(const cv::Mat& base, const cv::Mat& map01, double opacity);
    /// uint8 C×H×W pixels -> 8-bit grey (C=1) or RGB (C=3; other C: the first channel).
    static cv::Mat fromPixels(const torch::Tensor& pixels);

private:
    /// map -> 8-bit grey (0..255, rounded) and its JET colours in OpenCV's BGR order.
    static void jet(const cv::Mat& map01, cv::Mat* grey, cv::Mat* bgr);
};

} // namespace netsmith
