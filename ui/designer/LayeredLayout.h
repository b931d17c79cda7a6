#pragma once
// LayeredLayout: the automatic arrangement of a graph. Each layer of the data flow (longest
// path from an input) becomes a row (top to bottom) or a column (left to right); within it,
// nodes sit beside the mean position of their inputs so that edges stay short and rarely
// cross. Left to right, a long chain wraps onto further bands so that it fits the view at a
// readable size instead of one thin strip.
#include "graph/ModelGraph.h"

#include <QPointF>
#include <QSizeF>
#include <map>

namespace netsmith::ui {

class LayeredLayout
{
public:
    static constexpr double kRowSpacing = 110.0;
    static constexpr double kColumnSpacing = 230.0;
    /// Left to right: from one column of the flow to the next, and between stacked layers.
    static constexpr double kFlowColumnSpacing = 310.0;
    static constexpr double kFlowRowSpacing = 116.0;

    /// New centre positions for every node; ignores edges that would close a cycle. `view` is
    /// the visible canvas in scene units at zoom 1: left to right, the number of columns per
    /// band is the one that lets the whole graph fit it at the largest zoom (no wrapping when
    /// it is empty).
    static std::map<int, QPointF> arrange(const ModelGraph& graph, FlowDirection flow = FlowDirection::TopToBottom,
                                          const QSizeF& view = {});

    /// Columns per band for `ranks` flow columns whose widest column spans `across` scene
    /// units, chosen to fit `view` at the largest zoom (up to 1).
    static int columnsPerBand(int ranks, double across, const QSizeF& view);
};

} // namespace netsmith::ui
