#pragma once
// Undo step: one layer added (from the palette, or dropped on the canvas).
#include "graph/ModelGraph.h"

#include <QUndoCommand>

namespace netsmith::ui {

class ProjectDocument;

class AddNodeCommand : public QUndoCommand
{
public:
    AddNodeCommand(ProjectDocument* document, const GraphNode& node, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectDocument* document_;
    GraphNode node_;
};

} // namespace netsmith::ui
