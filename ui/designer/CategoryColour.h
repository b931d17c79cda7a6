#pragma once
// The colour of a layer category, shared by everything that draws layers (the canvas' nodes,
// the palette, the start page's graph thumbnails) so a convolution is the same blue everywhere.
#include "graph/LayerKind.h"

#include <QColor>

namespace netsmith::ui {

QColor categoryColour(LayerCategory category);

} // namespace netsmith::ui
