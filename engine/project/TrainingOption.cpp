#include "project/TrainingOption.h"

#include <QCoreApplication>

namespace netsmith {

QString TrainingOption::translatedName() const
{
    return QCoreApplication::translate("TrainingOption", displayName);
}

QString TrainingOption::translatedHelp() const
{
    return QCoreApplication::translate("TrainingOption", help);
}

QString optionIdList(const QStringList& ids)
{
    if (ids.size() < 2)
        return ids.join(QString());
    return QCoreApplication::translate("TrainingOption", "%1 or %2")
        .arg(ids.mid(0, ids.size() - 1).join(QStringLiteral(", ")), ids.last());
}

} // namespace netsmith
