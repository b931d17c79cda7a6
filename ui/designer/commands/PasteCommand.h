#pragma once
// Undo step: pasted or duplicated layers with the connections among them.
#include "graph/ModelGraph.h"

#include <QUndoCommand>

namespace netsmith::ui {

class ProjectDocument;

class PasteCommand : public QUndoCommand
{
public:
    PasteCommand(ProjectDocument* document, std::vector<GraphNode> nodes, std::vector<GraphEdge> edges,
                 QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectDocument* document_;
    std::vector<GraphNode> nodes_;
    std::vector<GraphEdge> edges_;
};

} // namespace netsmith::ui
