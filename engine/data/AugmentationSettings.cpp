#include "data/AugmentationSettings.h"

#include "project/JsonKeys.h"

#include <QCoreApplication>
#include <cmath>

namespace netsmith {

namespace {

AugmentationKnob number(const char* key, double AugmentationSettings::*field, const char* label, const char* help,
                        const char* unit, double min, double max, double step, int decimals, bool modifier = false)
{
    AugmentationKnob k;
    k.key = QString::fromLatin1(key);
    k.type = AugmentationKnob::Type::Number;
    k.label = label;
    k.help = help;
    k.unit = unit;
    k.minimum = min;
    k.maximum = max;
    k.step = step;
    k.decimals = decimals;
    k.modifier = modifier;
    k.number = field;
    return k;
}

} // namespace

const std::vector<AugmentationKnob>& AugmentationSettings::knobs()
{
    // The ranges are what the panel offers and what a project file may hold.
    static const std::vector<AugmentationKnob> table = [] {
        using S = AugmentationSettings;
        std::vector<AugmentationKnob> t{
            number("rotation_degrees", &S::rotationDegrees, QT_TRANSLATE_NOOP("AugmentationSettings", "Rotation"),
                   QT_TRANSLATE_NOOP("AugmentationSettings", "Rotate each sample by a random angle up to this many degrees either way."),
                   QT_TRANSLATE_NOOP("AugmentationSettings", " °"), 0, 45, 1, 0),
            number("translate_fraction", &S::translateFraction, QT_TRANSLATE_NOOP("AugmentationSettings", "Translation"),
                   QT_TRANSLATE_NOOP("AugmentationSettings", "Shift each sample by up to this fraction of its width and height."),
                   QT_TRANSLATE_NOOP("AugmentationSettings", " × size"), 0, 0.3, 0.01, 2),
            number("scale_fraction", &S::scaleFraction, QT_TRANSLATE_NOOP("AugmentationSettings", "Scale"),
                   QT_TRANSLATE_NOOP("AugmentationSettings", "Zoom each sample in or out by up to this fraction."),
                   QT_TRANSLATE_NOOP("AugmentationSettings", " ±"), 0, 0.5, 0.01, 2),
            number("shear_degrees", &S::shearDegrees, QT_TRANSLATE_NOOP("AugmentationSettings", "Shear"),
                   QT_TRANSLATE_NOOP("AugmentationSettings", "Slant each sample horizontally by up to this many degrees."),
                   QT_TRANSLATE_NOOP("AugmentationSettings", " °"), 0, 30, 1, 0),
            number("elastic_alpha", &S::elasticAlpha, QT_TRANSLATE_NOOP("AugmentationSettings", "Elastic strength"),
                   QT_TRANSLATE_NOOP("AugmentationSettings", "Bend strokes with a smooth random field that moves pixels by about this much."),
                   QT_TRANSLATE_NOOP("AugmentationSettings", " px"), 0, 5, 0.1, 1),
            number("elastic_sigma", &S::elasticSigma, QT_TRANSLATE_NOOP("AugmentationSettings", "Elastic smoothness"),
                   QT_TRANSLATE_NOOP("AugmentationSettings", "How smooth the elastic field is: larger bends more gently."),
                   QT_TRANSLATE_NOOP("AugmentationSettings", " px"), 1, 8, 0.5, 1, /*modifier=*/true),
            number("stroke_width_jitter", &S::strokeWidthJitter, QT_TRANSLATE_NOOP("AugmentationSettings", "Stroke width"),
                   QT_TRANSLATE_NOOP("AugmentationSettings", "Thicken or thin each sample's strokes by up to this many pixels "
                                                             "(dilation or erosion): pens and writers differ."),
                   QT_TRANSLATE_NOOP("AugmentationSettings", " px"), 0, 3, 0.1, 1),
            number("noise_std", &S::noiseStd, QT_TRANSLATE_NOOP("AugmentationSettings", "Gaussian noise"),
                   QT_TRANSLATE_NOOP("AugmentationSettings", "Add pixel noise with a standard deviation up to this (pixel values 0–255)."),
                   QT_TRANSLATE_NOOP("AugmentationSettings", " (0–255)"), 0, 60, 1, 0),
            number("blur_sigma", &S::blurSigma, QT_TRANSLATE_NOOP("AugmentationSettings", "Blur"),
                   QT_TRANSLATE_NOOP("AugmentationSettings", "Blur with a Gaussian of up to this radius."),
                   QT_TRANSLATE_NOOP("AugmentationSettings", " px"), 0, 3, 0.1, 1),
            number("brightness", &S::brightness, QT_TRANSLATE_NOOP("AugmentationSettings", "Brightness"),
                   QT_TRANSLATE_NOOP("AugmentationSettings", "Brighten or darken by up to this fraction of full white."),
                   QT_TRANSLATE_NOOP("AugmentationSettings", " ±"), 0, 0.5, 0.01, 2),
            number("contrast", &S::contrast, QT_TRANSLATE_NOOP("AugmentationSettings", "Contrast"),
                   QT_TRANSLATE_NOOP("AugmentationSettings", "Raise or lower the contrast by up to this fraction."),
                   QT_TRANSLATE_NOOP("AugmentationSettings", " ±"), 0, 0.5, 0.01, 2),
            number("erasing_probability", &S::erasingProbability, QT_TRANSLATE_NOOP("AugmentationSettings", "Random erasing"),
                   QT_TRANSLATE_NOOP("AugmentationSettings", "Chance of covering one random rectangle of the sample with noise."),
                   QT_TRANSLATE_NOOP("AugmentationSettings", " chance"), 0, 1, 0.05, 2),
            number("erasing_max_area", &S::erasingMaxArea, QT_TRANSLATE_NOOP("AugmentationSettings", "Erased area up to"),
                   QT_TRANSLATE_NOOP("AugmentationSettings", "The largest fraction of the image one erased rectangle covers."),
                   QT_TRANSLATE_NOOP("AugmentationSettings", " × image"), 0.02, 0.5, 0.01, 2, /*modifier=*/true),
        };
        AugmentationKnob crop;
        crop.key = QStringLiteral("crop_padding");
        crop.type = AugmentationKnob::Type::Count;
        crop.label = QT_TRANSLATE_NOOP("AugmentationSettings", "Crop padding");
        crop.help = QT_TRANSLATE_NOOP("AugmentationSettings", "Pad by this many pixels, then crop back to size at a random offset.");
        crop.unit = QT_TRANSLATE_NOOP("AugmentationSettings", " px");
        crop.maximum = 8;
        crop.step = 1;
        crop.decimals = 0;
        crop.count = &S::cropPadding;
        t.push_back(crop);
        AugmentationKnob flip;
        flip.key = QStringLiteral("horizontal_flip");
        flip.type = AugmentationKnob::Type::Flag;
        flip.label = QT_TRANSLATE_NOOP("AugmentationSettings", "Horizontal flip (not for digits)");
        flip.help = QT_TRANSLATE_NOOP("AugmentationSettings", "Mirror half of the samples left to right.");
        flip.unit = "";
        flip.step = 1;
        flip.decimals = 0;
        flip.flag = &S::horizontalFlip;
        t.push_back(flip);
        return t;
    }();
    return table;
}

double AugmentationKnob::value(const AugmentationSettings& s) const
{
    switch (type) {
    case Type::Number: return s.*number;
    case Type::Count: return s.*count;
    case Type::Flag: return s.*flag ? 1.0 : 0.0;
    }
    return 0;
}

void AugmentationKnob::setValue(AugmentationSettings* s, double v) const
{
    switch (type) {
    case Type::Number: s->*number = v; break;
    case Type::Count: s->*count = int(std::lround(v)); break;
    case Type::Flag: s->*flag = v != 0; break;
    }
}

QString AugmentationKnob::translatedLabel() const
{
    return QCoreApplication::translate("AugmentationSettings", label);
}

QString AugmentationKnob::translatedHelp() const
{
    return QCoreApplication::translate("AugmentationSettings", help);
}

QString AugmentationKnob::translatedUnit() const
{
    return *unit ? QCoreApplication::translate("AugmentationSettings", unit) : QString();
}

bool AugmentationSettings::isIdentity() const
{
    return rotationDegrees == 0 && translateFraction == 0 && scaleFraction == 0 && shearDegrees == 0
           && elasticAlpha == 0 && strokeWidthJitter == 0 && noiseStd == 0 && blurSigma == 0 && brightness == 0 && contrast == 0
           && erasingProbability == 0 && cropPadding == 0 && !horizontalFlip;
}

QJsonObject AugmentationSettings::toJson() const
{
    QJsonObject o;
    for (const AugmentationKnob& k : knobs()) {
        if (k.type == AugmentationKnob::Type::Flag)
            o.insert(k.key, this->*k.flag);
        else if (k.type == AugmentationKnob::Type::Count)
            o.insert(k.key, this->*k.count);
        else
            o.insert(k.key, this->*k.number);
    }
    return o;
}

bool AugmentationSettings::fromJson(const QJsonObject& json, AugmentationSettings* out, QString* error)
{
    AugmentationSettings s;
    QStringList known;
    for (const AugmentationKnob& k : knobs())
        known << k.key;
    if (const QString unknown = JsonKeys::checkKnown(
            json, known, QCoreApplication::translate("AugmentationSettings", "the augmentation settings"));
        !unknown.isEmpty()) {
        *error = unknown;
        return false;
    }
    for (const AugmentationKnob& k : knobs()) {
        if (!json.contains(k.key))
            continue;
        const QJsonValue v = json.value(k.key);
        if (k.type == AugmentationKnob::Type::Flag) {
            if (!v.isBool()) {
                *error = QCoreApplication::translate("AugmentationSettings", "augmentation setting \"%1\" must be true or false")
                             .arg(k.key);
                return false;
            }
            s.*k.flag = v.toBool();
            continue;
        }
        const double d = v.toDouble();
        const bool whole = k.type != AugmentationKnob::Type::Count || d == std::floor(d);
        if (!v.isDouble() || d < k.minimum || d > k.maximum || !whole) {
            *error = QCoreApplication::translate("AugmentationSettings",
                                                 "augmentation setting \"%1\" must be a number from %2 to %3")
                         .arg(k.key)
                         .arg(k.minimum)
                         .arg(k.maximum);
            return false;
        }
        k.setValue(&s, d);
    }
    *out = s;
    return true;
}

QString AugmentationSettings::summary() const
{
    QStringList parts;
    for (const AugmentationKnob& k : knobs()) {
        const double v = k.value(*this);
        if (v == 0 || k.modifier)
            continue;
        if (k.type == AugmentationKnob::Type::Flag)
            parts << k.translatedLabel();
        else
            parts << QStringLiteral("%1 %2%3").arg(k.translatedLabel()).arg(v, 0, 'g', 3).arg(k.translatedUnit());
    }
    return parts.isEmpty() ? QCoreApplication::translate("AugmentationSettings", "off")
                           : parts.join(QCoreApplication::translate("AugmentationSettings", ", "));
}

bool AugmentationSettings::operator==(const AugmentationSettings& o) const
{
    for (const AugmentationKnob& k : knobs())
        if (k.value(*this) != k.value(o))
            return false;
    return true;
}

} // namespace netsmith
