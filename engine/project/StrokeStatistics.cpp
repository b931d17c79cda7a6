#include "project/StrokeStatistics.h"

#include "project/JsonKeys.h"

#include <QCoreApplication>
#include <cmath>

namespace netsmith {

QJsonObject StrokeStatistics::toJson() const
{
    return {{QStringLiteral("width"), width}, {QStringLiteral("intensity"), intensity}};
}

bool StrokeStatistics::fromJson(const QJsonObject& json, StrokeStatistics* out, QString* error)
{
    const QStringList keys{QStringLiteral("width"), QStringLiteral("intensity")};
    if (const QString unknown =
            JsonKeys::checkKnown(json, keys, QCoreApplication::translate("Project", "the stroke statistics"));
        !unknown.isEmpty()) {
        *error = unknown;
        return false;
    }
    StrokeStatistics s;
    for (const QString& key : keys) {
        const QJsonValue v = json.value(key);
        const double d = v.toDouble();
        const double top = key == keys[0] ? 1000.0 : 255.0;
        if (!v.isDouble() || !(d > 0) || d > top || !std::isfinite(d)) {
            *error = QCoreApplication::translate("Project", "stroke: \"%1\" must be a number above 0 and up to %2")
                         .arg(key)
                         .arg(top);
            return false;
        }
        (key == keys[0] ? s.width : s.intensity) = d;
    }
    *out = s;
    return true;
}

} // namespace netsmith
