#include "designer/commands/MoveNodesCommand.h"

#include "ProjectDocument.h"

#include <QCoreApplication>

namespace netsmith::ui {

MoveNodesCommand::MoveNodesCommand(ProjectDocument* document, std::map<int, QPointF> from,
                                   std::map<int, QPointF> to, QUndoCommand* parent)
    : QUndoCommand(parent)
    , document_(document)
    , from_(std::move(from))
    , to_(std::move(to))
{
    setText(QCoreApplication::translate("DesignerCommand", "Move %n layers", nullptr, int(to_.size())));
}

void MoveNodesCommand::redo()
{
    for (const auto& [id, pos] : to_)
        document_->applyNodePos(id, pos);
}

void MoveNodesCommand::undo()
{
    for (const auto& [id, pos] : from_)
        document_->applyNodePos(id, pos);
}

} // namespace netsmith::ui
