#pragma once
// Upgrades the JSON of an older project file to the current format, one version at a time,
// before Project::fromJson reads it. Each step is a function of its own with the reason for
// the change; files are never downgraded.
//   1 -> 2: "training.augmentation" held a preset name ("digits"); it now holds the full
//           AugmentationSettings, so the preset's values are written in its place.
#include <QJsonObject>
#include <QString>

namespace netsmith {

class ProjectMigration
{
public:
    /// Brings `json` (a project of format `fromVersion`) up to Project::kFormatVersion. False
    /// with a message naming the field when an old value cannot be carried over.
    static bool toCurrent(QJsonObject* json, int fromVersion, QString* error);
};

} // namespace netsmith
