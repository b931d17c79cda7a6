#include "project/JsonKeys.h"

#include <QCoreApplication>

namespace netsmith::JsonKeys {

QString checkKnown(const QJsonObject& object, const QStringList& known, const QString& where)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!known.contains(it.key())) {
            QStringList sorted = known;
            sorted.sort();
            return QCoreApplication::translate("JsonKeys", "unknown key \"%1\" in %2 (known: %3)")
                .arg(it.key(), where, sorted.join(QStringLiteral(", ")));
        }
    return {};
}

} // namespace netsmith::JsonKeys
