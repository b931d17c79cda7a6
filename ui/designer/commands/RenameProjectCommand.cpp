#include "designer/commands/RenameProjectCommand.h"

#include "ProjectDocument.h"

#include <QCoreApplication>

namespace netsmith::ui {

RenameProjectCommand::RenameProjectCommand(ProjectDocument* document, const QString& oldName,
                                           const QString& newName, QUndoCommand* parent)
    : QUndoCommand(parent)
    , document_(document)
    , old_(oldName)
    , new_(newName)
{
    setText(QCoreApplication::translate("DesignerCommand", "Rename project to %1").arg(newName));
}

void RenameProjectCommand::redo()
{
    document_->applyProjectName(new_);
}

void RenameProjectCommand::undo()
{
    document_->applyProjectName(old_);
}

} // namespace netsmith::ui
