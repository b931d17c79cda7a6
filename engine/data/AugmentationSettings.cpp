#include "data/AugmentationSettings.h"

namespace netsmith {

bool AugmentationSettings::isIdentity() const
{
    return rotationDegrees == 0 && translateFraction == 0 && scaleFraction == 0 && shearDegrees == 0
           && elasticAlpha == 0 && noiseStd == 0 && blurSigma == 0 && brightness == 0 && contrast == 0
           && erasingProbability == 0 && cropPadding == 0 && !horizontalFlip;
}

QStringList AugmentationSettings::presetNames()
{
    return {QStringLiteral("none"), QStringLiteral("light"), QStringLiteral("digits"), QStringLiteral("strong")};
}

bool AugmentationSettings::preset(const QString& name, AugmentationSettings* out)
{
    AugmentationSettings s;
    if (name == QLatin1String("none")) {
        // all off
    } else if (name == QLatin1String("light")) {
        s.rotationDegrees = 5;
        s.translateFraction = 0.05;
        s.scaleFraction = 0.05;
        s.brightness = 0.05;
        s.contrast = 0.05;
        s.horizontalFlip = true;
    } else if (name == QLatin1String("digits")) {
        // Handwriting varies in slant, size, position and stroke; mirrored digits are not digits.
        s.rotationDegrees = 10;
        s.translateFraction = 0.1;
        s.scaleFraction = 0.1;
        s.shearDegrees = 8;
        s.elasticAlpha = 1.0;
        s.elasticSigma = 4;
        s.noiseStd = 4;
        s.horizontalFlip = false;
    } else if (name == QLatin1String("strong")) {
        s.rotationDegrees = 20;
        s.translateFraction = 0.15;
        s.scaleFraction = 0.15;
        s.shearDegrees = 12;
        s.elasticAlpha = 1.5;
        s.elasticSigma = 4;
        s.noiseStd = 10;
        s.blurSigma = 1.0;
        s.brightness = 0.2;
        s.contrast = 0.2;
        s.erasingProbability = 0.5;
        s.erasingMaxArea = 0.2;
        s.cropPadding = 2;
        s.horizontalFlip = true;
    } else {
        return false;
    }
    *out = s;
    return true;
}

bool AugmentationSettings::operator==(const AugmentationSettings& o) const
{
    return rotationDegrees == o.rotationDegrees && translateFraction == o.translateFraction
           && scaleFraction == o.scaleFraction && shearDegrees == o.shearDegrees && elasticAlpha == o.elasticAlpha
           && elasticSigma == o.elasticSigma && noiseStd == o.noiseStd && blurSigma == o.blurSigma
           && brightness == o.brightness && contrast == o.contrast && erasingProbability == o.erasingProbability
           && erasingMaxArea == o.erasingMaxArea && cropPadding == o.cropPadding && horizontalFlip == o.horizontalFlip;
}

} // namespace netsmith
