#include "project/ProjectMigration.h"

#include "data/AugmentationPresets.h"
#include "project/Project.h"

#include <QCoreApplication>

namespace netsmith {

namespace {

bool augmentationPresetToSettings(QJsonObject* json, QString* error)
{
    QJsonObject training = json->value(QStringLiteral("training")).toObject();
    const QString key = QStringLiteral("augmentation");
    if (!training.contains(key))
        return true; // the default, none, in either format
    const QJsonValue old = training.value(key);
    const AugmentationPreset* preset = AugmentationPresets::instance().find(old.toString());
    if (!old.isString() || !preset) {
        *error = QCoreApplication::translate("Project", "training setting \"augmentation\" is \"%1\", not one of %2")
                     .arg(old.toString(), optionIdList(AugmentationPresets::instance().ids()));
        return false;
    }
    training.insert(key, preset->values.toJson());
    json->insert(QStringLiteral("training"), training);
    return true;
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
