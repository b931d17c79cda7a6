#include "graph/NumberFormat.h"

#include <QLocale>

namespace netsmith {

QString formatCount(int64_t value)
{
    return QLocale(QLocale::English).toString(qlonglong(value));
}

QString formatBytes(double bytes)
{
    static const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    int unit = 0;
    while (bytes >= 1024.0 && unit < 4) {
        bytes /= 1024.0;
        ++unit;
    }
    return unit == 0 ? QStringLiteral("%1 B").arg(qlonglong(bytes))
                     : QStringLiteral("%1 %2").arg(bytes, 0, 'f', 1).arg(QLatin1String(units[unit]));
}

} // namespace netsmith
