#pragma once
// RecoveryFile: the autosave copy of unsaved work. The main window writes it every minute
// while the project has unsaved changes and removes it on a clean exit or save; if it is
// still there at the next start, Netsmith did not close normally and offers to recover it.
// It lives in the app-data folder, apart from the user's own files.
#include "project/Project.h"

#include <QDateTime>

namespace netsmith::ui {

class RecoveryFile
{
public:
    struct Contents
    {
        Project project;
        QString originalPath; ///< the file the work belonged to (empty: never saved)
        QDateTime savedAt;
    };

    static QString path();
    static bool exists();
    static bool write(const Project& project, const QString& originalPath, QString* error);
    static bool read(Contents* out, QString* error);
    static void remove();
};

} // namespace netsmith::ui
