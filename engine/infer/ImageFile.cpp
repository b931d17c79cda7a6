#include "infer/ImageFile.h"

#include "data/EncodedImage.h"
#include "project/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace netsmith {

bool ImageFile::read(const QString& path, cv::Mat* out, QString* error, cv::Size* storedSize)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("ImageFile", "Cannot open image %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    for (const QString& problem : {EncodedImage::cutShort(bytes, path), EncodedImage::tooLarge(bytes, path)})
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return false;
        }
    cv::Mat decoded;
    if (!bytes.isEmpty()) {
        try {
            const cv::Mat raw(1, int(bytes.size()), CV_8U, const_cast<char*>(bytes.constData()));
            decoded = cv::imdecode(raw, cv::IMREAD_UNCHANGED);
        } catch (const cv::Exception&) {
            decoded.release();
        }
    }
    if (decoded.empty()) {
        if (error)
            *error = QCoreApplication::translate("ImageFile", "%1 is not an image that can be read (PNG, JPEG, BMP, ...)")
                         .arg(path);
        return false;
    }
    if (decoded.depth() != CV_8U) {
        // 16-bit PNGs and the like: keep the most significant byte.
        cv::Mat eight;
        decoded.convertTo(eight, CV_8U, decoded.depth() == CV_16U ? 1.0 / 257.0 : 1.0);
        decoded = eight;
    }
    if (storedSize)
        *storedSize = decoded.size();
    if (const int side = std::max(decoded.cols, decoded.rows); side > kLargestSide) {
        const double scale = double(kLargestSide) / double(side);
        cv::Mat smaller;
        cv::resize(decoded, smaller,
                   cv::Size(std::max(1, int(decoded.cols * scale)), std::max(1, int(decoded.rows * scale))), 0, 0,
                   cv::INTER_AREA);
        decoded = smaller;
    }
    *out = decoded;
    return true;
}

bool ImageFile::writePng(const cv::Mat& image, const QString& path, QString* error)
{
    std::vector<uchar> encoded;
    try {
        if (!cv::imencode(".png", image, encoded))
            encoded.clear();
    } catch (const cv::Exception&) {
        encoded.clear();
    }
    if (encoded.empty()) {
        if (error)
            *error = QCoreApplication::translate("ImageFile", "Cannot encode the image for %1").arg(path);
        return false;
    }
    return writeFileAtomically(path, QByteArray(reinterpret_cast<const char*>(encoded.data()), qsizetype(encoded.size())),
                               error);
}

} // namespace netsmith
