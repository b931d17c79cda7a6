#pragma once
// Reading and writing *.netsmith files, and the bundled presets that can stand wherever a
// project file is accepted ("seed-cnn" as well as "path/to/model.netsmith").
#include "project/Project.h"

#include <QStringList>

namespace netsmith {

class ProjectFile
{
public:
    /// Loads a file path, or a preset by name. On failure the message names the file and the
    /// problem, and `out` is untouched.
    static bool load(const QString& pathOrPreset, Project* out, QString* error);
    /// Saves atomically (the old file stays intact if anything fails).
    static bool save(const Project& project, const QString& path, QString* error);

    static QStringList presetNames();
    /// ":/presets/<name>.netsmith", or empty when there is no such preset.
    static QString presetPath(const QString& name);
    /// One translated line on what a bundled preset is and what it shows (the start page's
    /// examples, the New Project dialog); empty for a name that is not a preset.
    static QString presetDescription(const QString& name);
};

} // namespace netsmith
