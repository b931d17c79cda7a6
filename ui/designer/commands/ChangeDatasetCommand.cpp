#include "designer/commands/ChangeDatasetCommand.h"

#include "ProjectDocument.h"

#include <QCoreApplication>

namespace netsmith::ui {

ChangeDatasetCommand::ChangeDatasetCommand(ProjectDocument* document, const QString& oldDataset,
                                           const QString& newDataset, QUndoCommand* parent)
    : QUndoCommand(parent)
    , document_(document)
    , old_(oldDataset)
    , new_(newDataset)
{
    setText(QCoreApplication::translate("DesignerCommand", "Use dataset %1").arg(newDataset));
}

void ChangeDatasetCommand::redo()
{
    document_->applyDataset(new_);
}

void ChangeDatasetCommand::undo()
{
    document_->applyDataset(old_);
}

} // namespace netsmith::ui
