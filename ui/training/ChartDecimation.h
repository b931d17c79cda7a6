#pragma once
// Thinning a long curve for display: per pixel column keep only the lowest and the highest
// point (in their original order), so a chart of 100,000 batches draws ~2 points per pixel
// and still shows every spike. The full data stays in the chart's own store for CSV export.
#include <QList>
#include <QPointF>
#include <vector>

namespace netsmith::ui {

class ChartDecimation
{
public:
    /// `points` sorted by x. Returns them unchanged when there are at most 2 × `columns`,
    /// else the first and last point plus the min and max of each of `columns` equal x slices.
    static QList<QPointF> minMaxPerColumn(const std::vector<QPointF>& points, int columns);
};

} // namespace netsmith::ui
