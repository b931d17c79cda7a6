#include "training/ChartDecimation.h"

#include <algorithm>
#include <cmath>

namespace netsmith::ui {

QList<QPointF> ChartDecimation::minMaxPerColumn(const std::vector<QPointF>& points, int columns)
{
    QList<QPointF> out;
    columns = std::max(columns, 1);
    if (points.size() <= std::size_t(2 * columns)) {
        out.reserve(qsizetype(points.size()));
        for (const QPointF& p : points)
            out.append(p);
        return out;
    }
    const double x0 = points.front().x();
    const double span = std::max(points.back().x() - x0, 1e-300);
    out.reserve(2 * columns + 2);
    out.append(points.front());
    std::size_t i = 1;
    const std::size_t last = points.size() - 1;
    while (i < last) {
        const int column = std::min(columns - 1, int((points[i].x() - x0) / span * columns));
        std::size_t lo = i, hi = i;
        std::size_t j = i;
        for (; j < last && std::min(columns - 1, int((points[j].x() - x0) / span * columns)) == column; ++j) {
            if (points[j].y() < points[lo].y())
                lo = j;
            if (points[j].y() > points[hi].y())
                hi = j;
        }
        out.append(points[std::min(lo, hi)]);
        if (lo != hi)
            out.append(points[std::max(lo, hi)]);
        i = j;
    }
    out.append(points.back());
    return out;
}

} // namespace netsmith::ui
