#include "start/RecentProjects.h"

#include <QFileInfo>
#include <QSettings>

namespace netsmith::ui {

namespace {
const QString kKey = QStringLiteral("recentFiles");
}

QStringList RecentProjects::list()
{
    return QSettings().value(kKey).toStringList();
}

void RecentProjects::add(const QString& path)
{
    QStringList files = list();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMax)
        files.removeLast();
    QSettings().setValue(kKey, files);
}

void RecentProjects::clear()
{
    QSettings().remove(kKey);
}

} // namespace netsmith::ui
