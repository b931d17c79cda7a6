#include "infer/InkPreprocessor.h"

#include "data/StrokeMeter.h"
#include "infer/TrainedModel.h"

#include <QCoreApplication>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace netsmith {

namespace {

cv::Mat toGrey(const cv::Mat& image)
{
    cv::Mat grey;
    switch (image.channels()) {
    case 1:
        grey = image;
        break;
    case 3:
        cv::cvtColor(image, grey, cv::COLOR_BGR2GRAY);
        break;
    case 2: // grey + alpha (a PNG saved as grey with transparency)
    case 4: {
        // Transparent parts of a PNG are paper: composite over white before judging ink.
        std::vector<cv::Mat> planes;
        cv::split(image, planes);
        cv::Mat colour = planes[0];
        if (image.channels() == 4) {
            cv::Mat bgr;
            cv::merge(std::vector<cv::Mat>{planes[0], planes[1], planes[2]}, bgr);
            cv::cvtColor(bgr, colour, cv::COLOR_BGR2GRAY);
        }
        cv::Mat alpha, g, white(colour.size(), CV_32F, cv::Scalar(255.0));
        planes.back().convertTo(alpha, CV_32F, 1.0 / 255.0);
        colour.convertTo(g, CV_32F);
        cv::Mat mixed = g.mul(alpha) + white.mul(1.0 - alpha);
        mixed.convertTo(grey, CV_8U);
        break;
    }
    default:
        break;
    }
    if (grey.depth() != CV_8U && !grey.empty()) {
        cv::Mat g8;
        grey.convertTo(g8, CV_8U);
        grey = g8;
    }
    return grey;
}

/// Median of the outermost ring of pixels: what the paper looks like.
int borderMedian(const cv::Mat& grey)
{
    std::vector<uchar> ring;
    const int h = grey.rows, w = grey.cols;
    ring.reserve(size_t(2 * (h + w)));
    for (int x = 0; x < w; ++x) {
        ring.push_back(grey.at<uchar>(0, x));
        ring.push_back(grey.at<uchar>(h - 1, x));
    }
    for (int y = 0; y < h; ++y) {
        ring.push_back(grey.at<uchar>(y, 0));
        ring.push_back(grey.at<uchar>(y, w - 1));
    }
    if (ring.empty())
        return 255; // no pixels (an image of a kind toGrey cannot read): white paper
    std::nth_element(ring.begin(), ring.begin() + long(ring.size() / 2), ring.end());
    return ring[ring.size() / 2];
}

/// The ink of `cleaned` cropped to its box and scaled to fit `box` keeping its aspect ratio;
/// INTER_AREA anti-aliases like MNIST's own down-scaling did, so thin and thick strokes both
/// keep grey edges.
struct FittedInk
{
    cv::Rect inkBox;
    cv::Mat fitted;
    double scale = 1; ///< input pixels per source pixel
};

FittedInk fitInk(const cv::Mat& cleaned, cv::Size box, cv::Size input)
{
    FittedInk f;
    std::vector<cv::Point> points;
    cv::findNonZero(cleaned >= InkPreprocessor::kInkThreshold, points);
    if (points.empty())
        return f;
    f.inkBox = cv::boundingRect(points);
    const cv::Mat crop = cleaned(f.inkBox);
    f.scale = std::min(double(box.height) / crop.rows, double(box.width) / crop.cols);
    const int fittedH = std::clamp(int(std::lround(crop.rows * f.scale)), 1, input.height);
    const int fittedW = std::clamp(int(std::lround(crop.cols * f.scale)), 1, input.width);
    cv::resize(crop, f.fitted, cv::Size(fittedW, fittedH), 0, 0, f.scale < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
    return f;
}

} // namespace

InkPreprocessor::InkPreprocessor(Shape inputShape, StrokeStatistics stroke)
    : inputShape_(std::move(inputShape))
    , stroke_(stroke)
{
}

InkPreprocessor InkPreprocessor::forModel(const TrainedModel& model)
{
    return InkPreprocessor(model.inputShape(), model.project.stroke);
}

cv::Mat InkPreprocessor::inkStrength(const cv::Mat& image, bool* darkBackground)
{
    const cv::Mat grey = toGrey(image);
    const int paper = borderMedian(grey);
    const bool dark = paper < 128;
    if (darkBackground)
        *darkBackground = dark;
    // Ink is whatever differs from the paper in the ink's direction; stretch so that the
    // strongest possible ink is 255 whatever shade the paper has.
    cv::Mat ink;
    if (dark) {
        const double range = std::max(1, 255 - paper);
        grey.convertTo(ink, CV_8U, 255.0 / range, -paper * 255.0 / range);
    } else {
        const double range = std::max(1, paper);
        grey.convertTo(ink, CV_8U, -255.0 / range, 255.0);
    }
    return ink;
}

PreparedImage InkPreprocessor::prepare(const cv::Mat& image) const
{
    PreparedImage result;
    if (inputShape_.size() != 3) {
        result.problem = QCoreApplication::translate(
                             "InkPreprocessor", "The model's input is %1, not an image (channels×height×width).")
                             .arg(shapeToString(inputShape_));
        return result;
    }
    if (image.empty() || image.rows < 1 || image.cols < 1) {
        result.problem = QCoreApplication::translate("InkPreprocessor", "The image is empty: draw something first.");
        return result;
    }
    if (image.channels() < 1 || image.channels() > 4) {
        result.problem = QCoreApplication::translate("InkPreprocessor", "The image has %1 channels; Netsmith reads grey, "
                                                                        "grey with transparency, colour and colour with "
                                                                        "transparency.")
                             .arg(image.channels());
        return result;
    }
    const int channels = int(inputShape_[0]);
    const int height = int(inputShape_[1]);
    const int width = int(inputShape_[2]);

    cv::Mat ink = inkStrength(image, &result.darkBackground);
    cv::Mat mask;
    cv::threshold(ink, mask, kInkThreshold - 1, 255, cv::THRESH_BINARY);
    // Faint paper texture below the threshold must not drag the centre of mass around.
    cv::Mat cleaned;
    ink.copyTo(cleaned, mask);
    const cv::Size box(int(std::max(1.0, std::round(width * kFitFraction))),
                       int(std::max(1.0, std::round(height * kFitFraction))));
    FittedInk fit = fitInk(cleaned, box, cv::Size(width, height));
    if (fit.fitted.empty()) {
        result.problem =
            QCoreApplication::translate("InkPreprocessor", "There is no ink in the image: draw something first.");
        return result;
    }
    result.drawnStrokeWidth = result.preparedStrokeWidth = StrokeMeter::width(fit.fitted);
    if (stroke_.isKnown()) {
        // Thin or thicken the drawing's strokes (on the source, where a pen is many pixels
        // wide) until they land as wide as the training strokes. Changing the width changes the
        // ink box and so the scale: a second pass corrects for that.
        double radius = 0;
        for (int pass = 0; pass < 2; ++pass) {
            const double step = (stroke_.width - result.preparedStrokeWidth) / (2.0 * fit.scale);
            if (std::abs(step) < 0.5)
                break;
            cv::Mat adjusted = cleaned.clone();
            StrokeMeter::changeWidth(adjusted, radius + step);
            FittedInk refit = fitInk(adjusted, box, cv::Size(width, height));
            if (refit.fitted.empty())
                break; // thinned to nothing: a dot drawn with a thick pen stays as it is
            radius += step;
            fit = std::move(refit);
            result.preparedStrokeWidth = StrokeMeter::width(fit.fitted);
        }
        // The same ink strength inside the strokes as the training digits had.
        const double drawn = StrokeMeter::intensity(fit.fitted);
        if (drawn > 0)
            fit.fitted.convertTo(fit.fitted, CV_8U, stroke_.intensity / drawn);
    }
    result.inkBox = fit.inkBox;
    const cv::Mat& fitted = fit.fitted;
    const int fittedW = fitted.cols, fittedH = fitted.rows;

    // Place it so that the centre of mass lands on the centre of the input. A single dot or a
    // stroke scaled to nothing still has a mass at its own centre.
    const cv::Moments m = cv::moments(fitted, /*binaryImage=*/false);
    const double comX = m.m00 > 0 ? m.m10 / m.m00 : (fittedW - 1) / 2.0;
    const double comY = m.m00 > 0 ? m.m01 / m.m00 : (fittedH - 1) / 2.0;
    const int left = int(std::lround((width - 1) / 2.0 - comX));
    const int top = int(std::lround((height - 1) / 2.0 - comY));
    result.placedBox = cv::Rect(left, top, fittedW, fittedH);
    cv::Mat placed = cv::Mat::zeros(height, width, CV_8U);
    const cv::Rect target = cv::Rect(left, top, fittedW, fittedH) & cv::Rect(0, 0, width, height);
    if (target.area() > 0) {
        const cv::Rect source(target.x - left, target.y - top, target.width, target.height);
        fitted(source).copyTo(placed(target));
    }
    if (cv::countNonZero(placed) == 0) {
        result.problem = QCoreApplication::translate("InkPreprocessor", "There is no ink in the image: draw something first.");
        return result;
    }

    torch::Tensor plane = torch::from_blob(placed.data, {1, height, width}, torch::kUInt8).clone();
    result.pixels = channels == 1 ? plane : plane.expand({channels, height, width}).contiguous();
    return result;
}

cv::Mat InkPreprocessor::mapToSource(const PreparedImage& prepared, const torch::Tensor& inputMap, cv::Size sourceSize)
{
    const torch::Tensor map = inputMap.detach().to(torch::kFloat32).contiguous();
    const cv::Mat input(int(map.size(0)), int(map.size(1)), CV_32F, map.data_ptr<float>());
    const cv::Rect& ink = prepared.inkBox;
    const cv::Rect& placed = prepared.placedBox;
    cv::Mat out = cv::Mat::zeros(sourceSize, CV_32F);
    if (placed.width <= 0 || placed.height <= 0)
        return out;
    // The inverse of crop + scale + shift, pixel centres to pixel centres.
    const double sx = double(ink.width) / placed.width;
    const double sy = double(ink.height) / placed.height;
    const cv::Matx23d toSource(sx, 0, ink.x - sx * placed.x + 0.5 * sx - 0.5, //
                               0, sy, ink.y - sy * placed.y + 0.5 * sy - 0.5);
    cv::warpAffine(input, out, cv::Mat(toSource), sourceSize, cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(0));
    return out;
}

QJsonObject InkPreprocessor::recipe() const
{
    QJsonObject steps{
        {QStringLiteral("name"), QStringLiteral("netsmith-ink")},
        {QStringLiteral("grey"), QStringLiteral("luminance; transparent pixels count as white paper")},
        {QStringLiteral("ink"), QStringLiteral("distance from the background's grey level (dark ink on light paper "
                                               "or light ink on a dark background), 0..255")},
        {QStringLiteral("ink_threshold"), kInkThreshold},
        {QStringLiteral("crop"), QStringLiteral("to the bounding box of ink >= ink_threshold")},
        {QStringLiteral("fit_fraction"), kFitFraction},
        {QStringLiteral("fit"), QStringLiteral("scale the crop to fit fit_fraction of the input's height and width, "
                                               "keeping its aspect ratio (area interpolation when shrinking, bilinear when enlarging)")},
        {QStringLiteral("place"), QStringLiteral("centre of mass of the ink at the centre of the input")},
        {QStringLiteral("polarity"), QStringLiteral("bright ink (255) on black (0)")},
        {QStringLiteral("scale"), QStringLiteral("divide by 255: the exported model takes pixels in [0, 1]")},
    };
    if (stroke_.isKnown())
        steps.insert(QStringLiteral("stroke"),
                     QJsonObject{{QStringLiteral("width"), stroke_.width},
                                 {QStringLiteral("intensity"), stroke_.intensity},
                                 {QStringLiteral("how"), QStringLiteral("before fitting, dilate or erode the ink (round element) "
                                                                        "until its stroke width at the input's scale is width "
                                                                        "pixels (4x enlarged, cut at 128, width = 4 x mean "
                                                                        "distance transform - 2, / 4); then scale the fitted "
                                                                        "ink so that pixels >= 128 average intensity")}});
    return steps;
}

} // namespace netsmith
