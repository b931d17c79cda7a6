#include "designer/commands/ConnectCommand.h"

#include "ProjectDocument.h"

#include <QCoreApplication>

namespace netsmith::ui {

ConnectCommand::ConnectCommand(ProjectDocument* document, const GraphEdge& edge, QUndoCommand* parent)
    : QUndoCommand(parent)
    , document_(document)
    , edge_(edge)
{
    const GraphNode* from = document->graph().node(edge.fromNode);
    const GraphNode* to = document->graph().node(edge.toNode);
    setText(QCoreApplication::translate("DesignerCommand", "Connect %1 → %2")
                .arg(from ? from->name : QString(), to ? to->name : QString()));
}

void ConnectCommand::redo()
{
    document_->applyInsertEdge(edge_);
}

void ConnectCommand::undo()
{
    document_->applyRemoveEdge(edge_);
}

} // namespace netsmith::ui
