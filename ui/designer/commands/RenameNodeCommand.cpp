#include "designer/commands/RenameNodeCommand.h"

#include "ProjectDocument.h"

#include <QCoreApplication>

namespace netsmith::ui {

RenameNodeCommand::RenameNodeCommand(ProjectDocument* document, int nodeId, const QString& oldName,
                                     const QString& newName, QUndoCommand* parent)
    : QUndoCommand(parent)
    , document_(document)
    , nodeId_(nodeId)
    , old_(oldName)
    , new_(newName)
{
    setText(QCoreApplication::translate("DesignerCommand", "Rename %1 to %2").arg(oldName, newName));
}

void RenameNodeCommand::redo()
{
    document_->applyName(nodeId_, new_);
}

void RenameNodeCommand::undo()
{
    document_->applyName(nodeId_, old_);
}

} // namespace netsmith::ui
