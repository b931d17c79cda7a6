#pragma once
// The knobs of the augmentation pipeline, each a strength where 0 means "off". A plain value:
// the project file stores it in full (TrainingSettings::augmentation), the Data page's panel
// edits it, the trainer runs it. knobs() describes every field once — JSON key, translatable
// label, help and unit, range and step — for the file reader, the panel's controls and the
// one-line summary. Named starting points live in AugmentationPresets.
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace netsmith {

struct AugmentationKnob;

struct AugmentationSettings
{
    // Random affine transform, drawn per sample.
    double rotationDegrees = 0;   ///< uniform in ±rotationDegrees
    double translateFraction = 0; ///< shift up to this fraction of width/height
    double scaleFraction = 0;     ///< zoom in 1 ± scaleFraction
    double shearDegrees = 0;      ///< horizontal shear in ±shearDegrees
    // Elastic distortion (Simard et al.): a smooth random displacement field.
    double elasticAlpha = 0;      ///< typical displacement in pixels
    double elasticSigma = 4;      ///< smoothness of the field (Gaussian sigma, pixels)
    double strokeWidthJitter = 0; ///< thicken or thin strokes by up to this many pixels in all
    // Photometric.
    double noiseStd = 0;          ///< Gaussian noise, std up to this (pixel units, 0..255)
    double blurSigma = 0;         ///< Gaussian blur with sigma up to this (pixels)
    double brightness = 0;        ///< add up to ±brightness × 255
    double contrast = 0;          ///< scale around mid-grey by 1 ± contrast
    // Occlusion and geometry.
    double erasingProbability = 0; ///< chance of erasing one random rectangle
    double erasingMaxArea = 0.25;  ///< largest erased fraction of the image
    int cropPadding = 0;           ///< pad by this many pixels, then crop back at random
    bool horizontalFlip = false;   ///< mirror half of the samples (never for digits)

    /// All strengths zero: apply() returns its input unchanged.
    bool isIdentity() const;

    /// Every knob under its key.
    QJsonObject toJson() const;
    /// Missing keys keep their defaults; a value of the wrong type or outside the knob's range
    /// is an error naming the key ("rotation_degrees").
    static bool fromJson(const QJsonObject& json, AugmentationSettings* out, QString* error);
    /// The knobs that are on, in words: "rotation ±10 °, shear ±8 °"; "off" when none is.
    QString summary() const;

    /// The fields, in the order the panel shows them.
    static const std::vector<AugmentationKnob>& knobs();

    bool operator==(const AugmentationSettings& o) const;
    bool operator!=(const AugmentationSettings& o) const { return !(*this == o); }
};

/// One field of AugmentationSettings, described once.
struct AugmentationKnob
{
    enum class Type { Number, Count, Flag };

    QString key;          ///< JSON key and the control's object name: "rotation_degrees"
    Type type = Type::Number;
    const char* label;    ///< translatable (context "AugmentationSettings"): "Rotation"
    const char* help;     ///< translatable: what it does
    const char* unit;     ///< translatable suffix: " °"
    double minimum = 0;
    double maximum = 1;
    double step = 0.01;
    int decimals = 2;
    /// Only meaningful when another knob is on (the elastic smoothness, the erased area):
    /// left out of the summary.
    bool modifier = false;
    double AugmentationSettings::*number = nullptr; ///< Number
    int AugmentationSettings::*count = nullptr;     ///< Count
    bool AugmentationSettings::*flag = nullptr;     ///< Flag

    double value(const AugmentationSettings& s) const;
    void setValue(AugmentationSettings* s, double v) const;
    QString translatedLabel() const;
    QString translatedHelp() const;
    QString translatedUnit() const;
};

} // namespace netsmith
