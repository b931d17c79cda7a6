#pragma once
// Undo step: one connection removed; undo puts it back at its old place.
#include "graph/ModelGraph.h"

#include <QUndoCommand>

namespace netsmith::ui {

class ProjectDocument;

class DisconnectCommand : public QUndoCommand
{
public:
    DisconnectCommand(ProjectDocument* document, const GraphEdge& edge, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectDocument* document_;
    GraphEdge edge_;
    int index_ = -1;
};

} // namespace netsmith::ui
