#pragma once
// Undo step: the automatic layered layout, which moves every layer at once and may turn the
// graph's flow direction (top to bottom, left to right).
#include "designer/commands/MoveNodesCommand.h"
#include "graph/ModelGraph.h"

namespace netsmith::ui {

class AutoLayoutCommand : public MoveNodesCommand
{
public:
    struct Arrangement
    {
        std::map<int, QPointF> positions;
        FlowDirection flow = FlowDirection::TopToBottom;
    };

    AutoLayoutCommand(ProjectDocument* document, Arrangement from, Arrangement to, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    FlowDirection fromFlow_;
    FlowDirection toFlow_;
};

} // namespace netsmith::ui
