#include "designer/commands/PasteCommand.h"

#include "ProjectDocument.h"

#include <QCoreApplication>

namespace netsmith::ui {

PasteCommand::PasteCommand(ProjectDocument* document, std::vector<GraphNode> nodes, std::vector<GraphEdge> edges,
                           QUndoCommand* parent)
    : QUndoCommand(parent)
    , document_(document)
    , nodes_(std::move(nodes))
    , edges_(std::move(edges))
{
    setText(QCoreApplication::translate("DesignerCommand", "Paste %n layers", nullptr, int(nodes_.size())));
}

void PasteCommand::redo()
{
    for (const GraphNode& n : nodes_)
        document_->applyInsertNode(n);
    for (const GraphEdge& e : edges_)
        document_->applyInsertEdge(e);
}

void PasteCommand::undo()
{
    for (auto it = edges_.rbegin(); it != edges_.rend(); ++it)
        document_->applyRemoveEdge(*it);
    for (auto it = nodes_.rbegin(); it != nodes_.rend(); ++it)
        document_->applyRemoveNode(it->id);
}

} // namespace netsmith::ui
