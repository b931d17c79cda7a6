#include "graph/Shape.h"

#include <QStringList>

namespace netsmith {

int64_t shapeElements(const Shape& shape)
{
    int64_t n = 1;
    for (int64_t d : shape)
        n *= d;
    return n;
}

QString shapeToString(const Shape& shape)
{
    QStringList parts;
    for (int64_t d : shape)
        parts << QString::number(d);
    return parts.join(QChar(0x00D7));
}

} // namespace netsmith
