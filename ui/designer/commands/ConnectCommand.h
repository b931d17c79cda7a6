#pragma once
// Undo step: one connection made between an output port and an input port.
#include "graph/ModelGraph.h"

#include <QUndoCommand>

namespace netsmith::ui {

class ProjectDocument;

class ConnectCommand : public QUndoCommand
{
public:
    ConnectCommand(ProjectDocument* document, const GraphEdge& edge, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectDocument* document_;
    GraphEdge edge_;
};

} // namespace netsmith::ui
