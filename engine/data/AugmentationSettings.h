#pragma once
// The knobs of the augmentation pipeline, each a strength where 0 means "off", plus the named
// presets. A plain value: the project, the GUI's controls and the trainer pass it around.
#include <QString>
#include <QStringList>

namespace netsmith {

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

    /// "none", "light", "digits", "strong".
    static QStringList presetNames();
    /// The preset's settings; false for an unknown name.
    static bool preset(const QString& name, AugmentationSettings* out);

    bool operator==(const AugmentationSettings& o) const;
    bool operator!=(const AugmentationSettings& o) const { return !(*this == o); }
};

} // namespace netsmith
