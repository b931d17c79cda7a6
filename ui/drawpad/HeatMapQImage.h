#pragma once
// HeatMapQImage: explanation maps as QImages. The engine's HeatMapImage colours the map
// straight into the QImage's own pixels, so a map becomes an image in one step, with no
// per-pixel loop and no intermediate copy.
#include <QImage>
#include <opencv2/core.hpp>

namespace netsmith::ui {

class HeatMapQImage
{
public:
    /// float32 H×W map (0..1) -> opaque RGB image (e.g. the saliency view). Null for an empty map.
    static QImage colour(const cv::Mat& map01);
    /// float32 H×W map (0..1) -> RGBA image whose alpha is the importance, to lay over a
    /// picture (the Grad-CAM heat map on the drawing). Null for an empty map.
    static QImage withAlpha(const cv::Mat& map01);
};

} // namespace netsmith::ui
