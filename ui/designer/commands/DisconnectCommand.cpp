#include "designer/commands/DisconnectCommand.h"

#include "ProjectDocument.h"

#include <QCoreApplication>

namespace netsmith::ui {

DisconnectCommand::DisconnectCommand(ProjectDocument* document, const GraphEdge& edge, QUndoCommand* parent)
    : QUndoCommand(parent)
    , document_(document)
    , edge_(edge)
    , index_(document->edgeIndex(edge))
{
    const GraphNode* from = document->graph().node(edge.fromNode);
    const GraphNode* to = document->graph().node(edge.toNode);
    setText(QCoreApplication::translate("DesignerCommand", "Disconnect %1 → %2")
                .arg(from ? from->name : QString(), to ? to->name : QString()));
}

void DisconnectCommand::redo()
{
    document_->applyRemoveEdge(edge_);
}

void DisconnectCommand::undo()
{
    document_->applyInsertEdge(edge_, index_);
}

} // namespace netsmith::ui
