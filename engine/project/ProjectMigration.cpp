#include "project/ProjectMigration.h"

#include "data/AugmentationSettings.h"
#include "project/TrainingOption.h"
#include "project/Project.h"

#include <QCoreApplication>

namespace netsmith {

namespace {

/// What the preset names of format 1 meant when those files were written. Presets change
/// (the digits preset gained stroke-width jitter and lost its shift and noise); an old file
/// keeps the augmentation it was trained with.
const std::vector<std::pair<QString, AugmentationSettings>>& formatOnePresets()
{
    static const std::vector<std::pair<QString, AugmentationSettings>> table = [] {
        AugmentationSettings light;
        light.rotationDegrees = 5;
        light.translateFraction = 0.05;
        light.scaleFraction = 0.05;
        light.brightness = 0.05;
        light.contrast = 0.05;
        light.horizontalFlip = true;
        AugmentationSettings digits;
        digits.rotationDegrees = 10;
        digits.translateFraction = 0.1;
        digits.scaleFraction = 0.1;
        digits.shearDegrees = 8;
        digits.elasticAlpha = 1.0;
        digits.noiseStd = 4;
        AugmentationSettings strong;
        strong.rotationDegrees = 20;
        strong.translateFraction = 0.15;
        strong.scaleFraction = 0.15;
        strong.shearDegrees = 12;
        strong.elasticAlpha = 1.5;
        strong.noiseStd = 10;
        strong.blurSigma = 1.0;
        strong.brightness = 0.2;
        strong.contrast = 0.2;
        strong.erasingProbability = 0.5;
        strong.erasingMaxArea = 0.2;
        strong.cropPadding = 2;
        strong.horizontalFlip = true;
        return std::vector<std::pair<QString, AugmentationSettings>>{{QStringLiteral("none"), AugmentationSettings()},
                                                                     {QStringLiteral("light"), light},
                                                                     {QStringLiteral("digits"), digits},
                                                                     {QStringLiteral("strong"), strong}};
    }();
    return table;
}

bool augmentationPresetToSettings(QJsonObject* json, QString* error)
{
    QJsonObject training = json->value(QStringLiteral("training")).toObject();
    const QString key = QStringLiteral("augmentation");
    if (!training.contains(key))
        return true; // the default, none, in either format
    const QJsonValue old = training.value(key);
    QStringList names;
    for (const auto& [name, settings] : formatOnePresets()) {
        names << name;
        if (old.isString() && old.toString() == name) {
            training.insert(key, settings.toJson());
            json->insert(QStringLiteral("training"), training);
            return true;
        }
    }
    *error = QCoreApplication::translate("Project", "training setting \"augmentation\" is \"%1\", not one of %2")
                 .arg(old.toString(), optionIdList(names));
    return false;
}

} // namespace

bool ProjectMigration::toCurrent(QJsonObject* json, int fromVersion, QString* error)
{
    if (fromVersion < 2 && !augmentationPresetToSettings(json, error))
        return false;
    json->insert(QStringLiteral("version"), Project::kFormatVersion);
    return true;
}

} // namespace netsmith
