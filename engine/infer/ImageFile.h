#pragma once
// Reading and writing image files through OpenCV with Qt's file handling, so that paths with
// any characters work and failures come back as a sentence naming the file.
#include <QString>
#include <opencv2/core.hpp>

namespace netsmith {

class ImageFile
{
public:
    /// What an image is read at, at most, on its larger side. A prediction sees 28 x 28 or so,
    /// and a heat map over the picture gains nothing beyond this; at full size, the Grad-CAM
    /// overlay of a 20000 x 20000 PNG took 38 s and 8.4 GB.
    static constexpr int kLargestSide = 2048;

    /// 8-bit grey, BGR or BGRA as stored, scaled down (keeping its aspect) to fit
    /// kLargestSide. `storedSize`, when given, receives the size in the file. On failure
    /// `out` is untouched.
    static bool read(const QString& path, cv::Mat* out, QString* error, cv::Size* storedSize = nullptr);
    /// Writes a PNG atomically (the old file stays intact if anything fails).
    static bool writePng(const cv::Mat& image, const QString& path, QString* error);
};

} // namespace netsmith
