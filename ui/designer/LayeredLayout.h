#pragma once
// LayeredLayout: the automatic top-to-bottom arrangement of a graph. Each layer of the data
// flow (longest path from an input) becomes a row; within a row, nodes sit under the mean
// position of their inputs so that edges stay short and rarely cross.
#include "graph/ModelGraph.h"

#include <QPointF>
#include <map>

namespace netsmith::ui {

class LayeredLayout
{
public:
    static constexpr double kRowSpacing = 110.0;
    static constexpr double kColumnSpacing = 230.0;

    /// New centre positions for every node; ignores edges that would close a cycle.
    static std::map<int, QPointF> arrange(const ModelGraph& graph);
};

} // namespace netsmith::ui
