#include "drawpad/HeatMapQImage.h"

#include "infer/HeatMapImage.h"

namespace netsmith::ui {

namespace {

/// A new `format` image of the map's size whose pixels `colourInto` writes through a cv::Mat
/// header of `type` over them: what OpenCV writes there is the image.
QImage paint(const cv::Mat& map01, QImage::Format format, int type, void (*colourInto)(const cv::Mat&, cv::Mat*))
{
    if (map01.empty())
        return {};
    QImage image(map01.cols, map01.rows, format);
    cv::Mat pixels(image.height(), image.width(), type, image.bits(), size_t(image.bytesPerLine()));
    colourInto(map01, &pixels);
    Q_ASSERT(pixels.data == image.constBits()); // written in place, not into a new buffer
    return image;
}

} // namespace

QImage HeatMapQImage::colour(const cv::Mat& map01)
{
    return paint(map01, QImage::Format_RGB888, CV_8UC3, &HeatMapImage::colour);
}

QImage HeatMapQImage::withAlpha(const cv::Mat& map01)
{
    // RGBA8888 is R, G, B, A in memory order, as HeatMapImage writes them; not premultiplied.
    return paint(map01, QImage::Format_RGBA8888, CV_8UC4, &HeatMapImage::colourWithAlpha);
}

} // namespace netsmith::ui
