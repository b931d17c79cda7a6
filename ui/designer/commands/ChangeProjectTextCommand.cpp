#include "designer/commands/ChangeProjectTextCommand.h"

#include "ProjectDocument.h"

namespace netsmith::ui {

ChangeProjectTextCommand::ChangeProjectTextCommand(ProjectDocument* document, Apply apply, const QString& oldValue,
                                                   const QString& newValue, const QString& text,
                                                   QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , document_(document)
    , apply_(apply)
    , old_(oldValue)
    , new_(newValue)
{
}

void ChangeProjectTextCommand::redo()
{
    (document_->*apply_)(new_);
}

void ChangeProjectTextCommand::undo()
{
    (document_->*apply_)(old_);
}

} // namespace netsmith::ui
