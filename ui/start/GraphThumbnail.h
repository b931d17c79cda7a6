#pragma once
// A small picture of a model graph for lists (the start page's recent projects and examples):
// the layers where the canvas has them, as boxes in their category's colour, and the edges
// between them. Drawn straight from the ModelGraph, without building a scene.
#include "graph/ModelGraph.h"

#include <QPixmap>
#include <QSize>

namespace netsmith::ui {

class GraphThumbnail
{
public:
    /// `size` in device-independent pixels, sharp at `devicePixelRatio`.
    static QPixmap render(const ModelGraph& graph, QSize size, qreal devicePixelRatio = 1.0);
};

} // namespace netsmith::ui
