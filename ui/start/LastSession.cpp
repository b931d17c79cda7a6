#include "start/LastSession.h"

#include <QFileInfo>
#include <QSettings>

namespace netsmith::ui {

bool LastSession::canContinue() const
{
    return (!projectPath.isEmpty() && QFileInfo(projectPath).isFile()) ||
           (!runDirectory.isEmpty() && QFileInfo(runDirectory).isDir());
}

LastSession LastSession::read()
{
    QSettings settings;
    LastSession s;
    s.projectPath = settings.value(QStringLiteral("session/project")).toString();
    s.runDirectory = settings.value(QStringLiteral("session/run")).toString();
    s.page = settings.value(QStringLiteral("session/page"), -1).toInt();
    return s;
}

void LastSession::write() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("session/project"), projectPath);
    settings.setValue(QStringLiteral("session/run"), runDirectory);
    settings.setValue(QStringLiteral("session/page"), page);
}

} // namespace netsmith::ui
