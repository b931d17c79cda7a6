#pragma once
// GraphClipboard: copied layers as a graph fragment in JSON (the project file's own graph
// format), on the system clipboard under a Netsmith MIME type and as plain text, so a
// fragment can go between windows or be read in a text editor.
#include "graph/ModelGraph.h"

#include <QList>

class QMimeData;

namespace netsmith::ui {

class GraphClipboard
{
public:
    static QString mimeType();
    /// The selected nodes and the edges among them.
    static ModelGraph fragment(const ModelGraph& graph, const QList<int>& nodeIds);
    static QMimeData* toMimeData(const ModelGraph& fragment);
    /// Reads a fragment from mime data (ours, or text holding the same JSON).
    static bool fromMimeData(const QMimeData* data, ModelGraph* fragment);
};

} // namespace netsmith::ui
