#pragma once
// InkPreprocessor turns a drawing or a photo of a digit into the pixels a model trained on
// MNIST-style data expects, the way MNIST itself was made: find the ink (dark on light paper
// or light on a dark background), crop to it, scale it to fit a box of 20/28 of the input
// size keeping its aspect ratio, and place it so that its centre of mass sits at the centre
// of the input. Before that, when the model's training strokes were measured (a project's
// StrokeStatistics), the drawing's strokes are thinned or thickened and its ink brightened or
// dimmed to match them: a pen of any width reads like the training data. The draw pad and
// `netsmith-cli predict` share this one implementation.
#include "graph/Shape.h"
#include "project/StrokeStatistics.h"

#include <QJsonObject>
#include <QString>
#include <opencv2/core.hpp>
#include <torch/torch.h>

namespace netsmith {

struct TrainedModel;

/// The model-ready pixels of one image, or why there are none.
struct PreparedImage
{
    torch::Tensor pixels; ///< uint8 C×H×W, bright ink on black (MNIST convention); undefined if empty
    QString problem;      ///< set when there is nothing to predict (e.g. "draw something first")
    bool darkBackground = false; ///< whether the source had light ink on a dark background
    cv::Rect inkBox;             ///< where the ink was found in the source image
    cv::Rect placedBox;          ///< where that ink box landed in the input (may reach outside)
    /// Stroke width at the input's scale as drawn and as given to the model (equal when the
    /// model has no stroke statistics), input pixels.
    double drawnStrokeWidth = 0;
    double preparedStrokeWidth = 0;

    bool ok() const { return problem.isEmpty() && pixels.defined(); }
};

class InkPreprocessor
{
public:
    /// Ink covers this fraction of the input's height/width at most (20 of 28 in MNIST).
    static constexpr double kFitFraction = 20.0 / 28.0;
    /// Pixels whose ink strength (0..255, background removed) is below this are paper.
    static constexpr int kInkThreshold = 40;

    /// `inputShape` is the model's C×H×W input; `stroke`, what its training strokes looked
    /// like (unknown: the drawing's strokes are kept as they are).
    explicit InkPreprocessor(Shape inputShape, StrokeStatistics stroke = {});
    /// For a trained model: its input shape and its project's stroke statistics.
    static InkPreprocessor forModel(const TrainedModel& model);

    /// `image`: 8-bit grey, BGR or BGRA (alpha composited over white), any size.
    PreparedImage prepare(const cv::Mat& image) const;

    const Shape& inputShape() const { return inputShape_; }
    const StrokeStatistics& stroke() const { return stroke_; }

    /// Carries a map over the input (H×W float, e.g. Grad-CAM) back onto the source image's
    /// geometry: float32 `sourceSize` map, zero where the input did not reach.
    static cv::Mat mapToSource(const PreparedImage& prepared, const torch::Tensor& inputMap, cv::Size sourceSize);

    /// The steps above as data, for exported models (ExportMetadata): what a program feeding
    /// drawings to the exported model must do to them first.
    QJsonObject recipe() const;

    /// Grey ink strength of an image: 0 = paper, 255 = full ink, whatever its polarity.
    static cv::Mat inkStrength(const cv::Mat& image, bool* darkBackground);

private:
    Shape inputShape_;
    StrokeStatistics stroke_;
};

} // namespace netsmith
