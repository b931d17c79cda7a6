#include "designer/commands/DeleteNodesCommand.h"

#include "ProjectDocument.h"

#include <QCoreApplication>
#include <algorithm>

namespace netsmith::ui {

DeleteNodesCommand::DeleteNodesCommand(ProjectDocument* document, const QList<int>& ids, QUndoCommand* parent)
    : QUndoCommand(parent)
    , document_(document)
{
    const ModelGraph& graph = document->graph();
    for (size_t i = 0; i < graph.nodes().size(); ++i)
        if (ids.contains(graph.nodes()[i].id))
            nodes_.emplace_back(int(i), graph.nodes()[i]);
    for (size_t i = 0; i < graph.edges().size(); ++i) {
        const GraphEdge& e = graph.edges()[i];
        if (ids.contains(e.fromNode) || ids.contains(e.toNode))
            edges_.emplace_back(int(i), e);
    }
    setText(nodes_.size() == 1
                ? QCoreApplication::translate("DesignerCommand", "Delete %1").arg(nodes_.front().second.name)
                : QCoreApplication::translate("DesignerCommand", "Delete %n layers", nullptr, int(nodes_.size())));
}

void DeleteNodesCommand::redo()
{
    for (auto it = edges_.rbegin(); it != edges_.rend(); ++it)
        document_->applyRemoveEdge(it->second);
    for (auto it = nodes_.rbegin(); it != nodes_.rend(); ++it)
        document_->applyRemoveNode(it->second.id);
}

void DeleteNodesCommand::undo()
{
    for (const auto& [index, node] : nodes_)
        document_->applyInsertNode(node, index);
    for (const auto& [index, edge] : edges_)
        document_->applyInsertEdge(edge, index);
}

} // namespace netsmith::ui
