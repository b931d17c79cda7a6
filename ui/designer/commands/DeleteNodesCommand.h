#pragma once
// Undo step: layers deleted together with every connection that touched them. Undo puts
// nodes and edges back at their old places in the graph's lists.
#include "graph/ModelGraph.h"

#include <QList>
#include <QUndoCommand>
#include <utility>

namespace netsmith::ui {

class ProjectDocument;

class DeleteNodesCommand : public QUndoCommand
{
public:
    DeleteNodesCommand(ProjectDocument* document, const QList<int>& ids, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectDocument* document_;
    std::vector<std::pair<int, GraphNode>> nodes_; ///< (index in the graph, node), ascending
    std::vector<std::pair<int, GraphEdge>> edges_;
};

} // namespace netsmith::ui
