#pragma once
// StrokeMeter measures and changes the width of strokes in ink images (uint8, 0 = paper,
// 255 = full ink): the training set's statistics (StrokeStatistics), a drawing's width before
// the draw pad brings it to them (InkPreprocessor), and the stroke-width jitter of the
// augmentation pipeline. One estimator everywhere, so that the widths compare: the image is
// enlarged 4× (sub-pixel precision for 2-pixel strokes), cut at half ink, and for a band of
// width w the mean distance transform inside it is (w + 2) / 4 — so w = 4·mean − 2.
#include "project/StrokeStatistics.h"

#include <opencv2/core.hpp>
#include <torch/torch.h>

namespace netsmith {

class StrokeMeter
{
public:
    /// Median stroke width and ink intensity of up to `maxSamples` of uint8 N×C×H×W images
    /// (evenly spread, so the figure is the same on every run). Unknown (width 0) when the ink
    /// is not strokes: filled shapes or photos, whose "width" exceeds a fifth of the height.
    static StrokeStatistics measure(const torch::Tensor& images, int64_t maxSamples = 1000);

    /// Stroke width of an 8-bit grey ink image, in its pixels; 0 when it has no ink.
    static double width(const cv::Mat& ink);
    /// Mean value of the pixels at or above half ink; 0 when there are none.
    static double intensity(const cv::Mat& ink);

    /// Thickens (radius > 0) or thins (< 0) every stroke by `radius` pixels on each side, in
    /// place: grey dilation or erosion with a round element, a fractional radius blended
    /// between the two nearest whole ones so that the width changes smoothly.
    static void changeWidth(cv::Mat& ink, double radius);
};

} // namespace netsmith
