#pragma once
// The recently opened project files, newest first, as the File menu and the start page list
// them. Kept in QSettings ("recentFiles"); this type is their one reader and writer.
#include <QStringList>

namespace netsmith::ui {

class RecentProjects
{
public:
    static constexpr int kMax = 8;

    /// Absolute paths, newest first; files that have since disappeared are kept (the menu
    /// says so when one is chosen) so that a drive that is unmounted keeps its entries.
    static QStringList list();
    /// Puts `path` first (once).
    static void add(const QString& path);
    static void clear();
};

} // namespace netsmith::ui
