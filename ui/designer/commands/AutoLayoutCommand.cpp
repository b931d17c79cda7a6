#include "designer/commands/AutoLayoutCommand.h"

#include "ProjectDocument.h"

#include <QCoreApplication>

namespace netsmith::ui {

AutoLayoutCommand::AutoLayoutCommand(ProjectDocument* document, Arrangement from, Arrangement to,
                                     QUndoCommand* parent)
    : MoveNodesCommand(document, std::move(from.positions), std::move(to.positions), parent)
    , fromFlow_(from.flow)
    , toFlow_(to.flow)
{
    setText(QCoreApplication::translate("DesignerCommand", "Arrange layers"));
}

void AutoLayoutCommand::redo()
{
    document_->applyFlow(toFlow_); // ports first, so the edges follow the new positions
    MoveNodesCommand::redo();
}

void AutoLayoutCommand::undo()
{
    document_->applyFlow(fromFlow_);
    MoveNodesCommand::undo();
}

} // namespace netsmith::ui
