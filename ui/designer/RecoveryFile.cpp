#include "designer/RecoveryFile.h"

#include "project/AtomicFile.h"
#include "project/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace netsmith::ui {

namespace {

QString metaPath()
{
    return RecoveryFile::path() + QStringLiteral(".json");
}

} // namespace

QString RecoveryFile::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery/autosave.netsmith");
}

bool RecoveryFile::exists()
{
    return QFile::exists(path());
}

bool RecoveryFile::write(const Project& project, const QString& originalPath, QString* error)
{
    QDir().mkpath(QFileInfo(path()).absolutePath());
    if (!ProjectFile::save(project, path(), error))
        return false;
    const QJsonObject meta{{QStringLiteral("original"), originalPath},
                           {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    return writeFileAtomically(metaPath(), QJsonDocument(meta).toJson(), error);
}

bool RecoveryFile::read(Contents* out, QString* error)
{
    Contents c;
    if (!ProjectFile::load(path(), &c.project, error))
        return false;
    QFile meta(metaPath());
    if (meta.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
        c.originalPath = o.value(QStringLiteral("original")).toString();
        c.savedAt = QDateTime::fromString(o.value(QStringLiteral("saved")).toString(), Qt::ISODate);
    }
    *out = c;
    return true;
}

void RecoveryFile::remove()
{
    QFile::remove(path());
    QFile::remove(metaPath());
}

} // namespace netsmith::ui
