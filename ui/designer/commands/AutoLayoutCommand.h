#pragma once
// Undo step: the automatic layered layout, which moves every layer at once.
#include "designer/commands/MoveNodesCommand.h"

namespace netsmith::ui {

class AutoLayoutCommand : public MoveNodesCommand
{
public:
    AutoLayoutCommand(ProjectDocument* document, std::map<int, QPointF> from, std::map<int, QPointF> to,
                      QUndoCommand* parent = nullptr);
};

} // namespace netsmith::ui
