#pragma once
// What the ink of a model's training images looks like: how wide its strokes are and how
// bright its ink is, in the model's input pixels. Measured by the Trainer from the training
// split (StrokeMeter) and kept with the project as trained, like the normalisation, so that a
// drawing can be brought to the same form before the model reads it (InkPreprocessor). A
// drawn digit with a 40-pixel pen on 280-pixel paper lands 4 pixels wide at 28×28, while MNIST
// strokes are about 2.5: without this, thick and thin pens read as different digits.
#include <QJsonObject>
#include <QString>

namespace netsmith {

struct StrokeStatistics
{
    double width = 0;     ///< typical stroke width, input pixels; 0: unknown (not stroke data)
    double intensity = 0; ///< mean ink value inside strokes, 0..255

    bool isKnown() const { return width > 0 && intensity > 0; }

    QJsonObject toJson() const;
    /// Both keys, positive numbers (width below 1,000, intensity up to 255); else an error
    /// naming the key.
    static bool fromJson(const QJsonObject& json, StrokeStatistics* out, QString* error);
    bool operator==(const StrokeStatistics& o) const { return width == o.width && intensity == o.intensity; }
};

} // namespace netsmith
