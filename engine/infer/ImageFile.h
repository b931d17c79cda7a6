#pragma once
// Reading and writing image files through OpenCV with Qt's file handling, so that paths with
// any characters work and failures come back as a sentence naming the file.
#include <QString>
#include <opencv2/core.hpp>

namespace netsmith {

class ImageFile
{
public:
    /// 8-bit grey, BGR or BGRA as stored. On failure `out` is untouched.
    static bool read(const QString& path, cv::Mat* out, QString* error);
    /// Writes a PNG atomically (the old file stays intact if anything fails).
    static bool writePng(const cv::Mat& image, const QString& path, QString* error);
};

} // namespace netsmith
