#pragma once
// Undo step: one drag of one or more layers (pushed when the mouse is released, so a drag
// is one step however far it went).
#include <QPointF>
#include <QUndoCommand>
#include <map>

namespace netsmith::ui {

class ProjectDocument;

class MoveNodesCommand : public QUndoCommand
{
public:
    MoveNodesCommand(ProjectDocument* document, std::map<int, QPointF> from, std::map<int, QPointF> to,
                     QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

protected:
    ProjectDocument* document_;
    std::map<int, QPointF> from_;
    std::map<int, QPointF> to_;
};

} // namespace netsmith::ui
