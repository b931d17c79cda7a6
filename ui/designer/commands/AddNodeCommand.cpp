#include "designer/commands/AddNodeCommand.h"

#include "ProjectDocument.h"
#include "graph/LayerRegistry.h"

#include <QCoreApplication>

namespace netsmith::ui {

AddNodeCommand::AddNodeCommand(ProjectDocument* document, const GraphNode& node, QUndoCommand* parent)
    : QUndoCommand(parent)
    , document_(document)
    , node_(node)
{
    setText(QCoreApplication::translate("DesignerCommand", "Add %1").arg(node.name));
}

void AddNodeCommand::redo()
{
    document_->applyInsertNode(node_);
}

void AddNodeCommand::undo()
{
    document_->applyRemoveNode(node_.id);
}

} // namespace netsmith::ui
