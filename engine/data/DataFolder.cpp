#include "data/DataFolder.h"

#include <QStandardPaths>

namespace netsmith {

QString DataFolder::path()
{
    const QString fromEnv = qEnvironmentVariable("NETSMITH_DATA_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    // AppDataLocation for organisation "Netsmith", application "Netsmith" — spelled out
    // because tests and tools run under other application names. scripts/prepare-datasets.sh
    // computes the same path.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/Netsmith/Netsmith/datasets");
}

QString DataFolder::downloads()
{
    return path() + QStringLiteral("/downloads");
}

} // namespace netsmith
