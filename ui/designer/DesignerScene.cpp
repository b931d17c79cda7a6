#include "designer/DesignerScene.h"

#include "ProjectDocument.h"
#include "designer/EdgeItem.h"
#include "designer/NodeItem.h"
#include "graph/LayerRegistry.h"

#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QToolTip>

namespace netsmith::ui {

DesignerScene::DesignerScene(ProjectDocument* document, QObject* parent)
    : QGraphicsScene(parent)
    , document_(document)
{
    setBackgroundBrush(QColor(0xfa, 0xfa, 0xfa));
    connect(document_, &ProjectDocument::graphReset, this, &DesignerScene::rebuild);
    connect(document_, &ProjectDocument::nodeAdded, this, &DesignerScene::addNodeItem);
    connect(document_, &ProjectDocument::nodeRemoved, this, &DesignerScene::removeNodeItem);
    connect(document_, &ProjectDocument::nodeChanged, this, &DesignerScene::refreshNode);
    connect(document_, &ProjectDocument::edgeAdded, this, &DesignerScene::addEdgeItem);
    connect(document_, &ProjectDocument::edgeRemoved, this, &DesignerScene::removeEdgeItem);
    connect(document_, &ProjectDocument::analysisChanged, this, &DesignerScene::refreshAnalysis);
    connect(document_, &ProjectDocument::flowChanged, this, &DesignerScene::refreshAnalysis);
    rebuild();
}

DesignerScene::~DesignerScene()
{
    // QGraphicsScene's destructor deletes the items and reports selection changes on the way;
    // nobody should look at half-deleted items through our maps then.
    blockSignals(true);
    nodes_.clear();
    edges_.clear();
}

NodeItem* DesignerScene::nodeItem(int id) const
{
    const auto it = nodes_.find(id);
    return it == nodes_.end() ? nullptr : it->second;
}

EdgeItem* DesignerScene::edgeItem(const GraphEdge& edge) const
{
    for (EdgeItem* item : edges_)
        if (item->edge() == edge)
            return item;
    return nullptr;
}

QList<EdgeItem*> DesignerScene::edgeItems() const
{
    return QList<EdgeItem*>(edges_.begin(), edges_.end());
}

QList<int> DesignerScene::selectedNodeIds() const
{
    QList<int> ids;
    // In graph order, so that copy and delete treat layers in a stable order.
    for (const GraphNode& n : document_->graph().nodes())
        if (NodeItem* item = nodeItem(n.id); item && item->isSelected())
            ids << n.id;
    return ids;
}

QList<GraphEdge> DesignerScene::selectedEdges() const
{
    QList<GraphEdge> edges;
    for (EdgeItem* item : edges_)
        if (item->isSelected())
            edges << item->edge();
    return edges;
}

void DesignerScene::selectNodes(const QList<int>& ids)
{
    clearSelection();
    for (int id : ids)
        if (NodeItem* item = nodeItem(id))
            item->setSelected(true);
}

int DesignerScene::selectNeighbour(int key)
{
    const ModelGraph& graph = document_->graph();
    const QList<int> selected = selectedNodeIds();
    int next = 0;
    if (selected.isEmpty()) {
        next = document_->analysis().inputNode;
        if (next == 0 && !graph.nodes().empty())
            next = graph.nodes().front().id;
    } else {
        const int current = selected.first();
        if (key == Qt::Key_Down && !graph.outputsOf(current).empty())
            next = graph.outputsOf(current).front().toNode;
        else if (key == Qt::Key_Up && !graph.inputsOf(current).empty())
            next = graph.inputsOf(current).front().fromNode;
        else if (key == Qt::Key_Left || key == Qt::Key_Right) {
            // The nearest layer on roughly the same row, in the arrow's direction.
            const GraphNode* here = graph.node(current);
            double best = 1e18;
            for (const GraphNode& n : graph.nodes()) {
                const double dx = n.pos.x() - here->pos.x();
                if (n.id == current || std::abs(n.pos.y() - here->pos.y()) > 60 ||
                    (key == Qt::Key_Left ? dx >= 0 : dx <= 0))
                    continue;
                if (std::abs(dx) < best) {
                    best = std::abs(dx);
                    next = n.id;
                }
            }
        }
    }
    if (next != 0) {
        selectNodes({next});
        if (NodeItem* item = nodeItem(next); item && !views().isEmpty())
            views().constFirst()->ensureVisible(item, 40, 40);
    }
    return next;
}

void DesignerScene::nudgeSelection(const QPointF& delta)
{
    std::map<int, QPointF> from;
    std::map<int, QPointF> to;
    for (int id : selectedNodeIds()) {
        from[id] = document_->graph().node(id)->pos;
        to[id] = from[id] + delta;
    }
    document_->moveNodes(from, to);
}

void DesignerScene::rebuild()
{
    clearSelection();
    for (EdgeItem* item : edges_)
        delete item;
    edges_.clear();
    for (auto& [id, item] : nodes_)
        delete item;
    nodes_.clear();
    for (const GraphNode& n : document_->graph().nodes())
        addNodeItem(n.id);
    for (const GraphEdge& e : document_->graph().edges())
        addEdgeItem(e);
    refreshAnalysis();
}

void DesignerScene::addNodeItem(int id)
{
    const GraphNode* node = document_->graph().node(id);
    if (!node || nodes_.count(id))
        return;
    auto* item = new NodeItem(id);
    item->setFlow(document_->graph().flow());
    nodes_[id] = item;
    addItem(item);
    item->update(*node, document_->analysis().node(id));
}

void DesignerScene::removeNodeItem(int id)
{
    const auto it = nodes_.find(id);
    if (it == nodes_.end())
        return;
    delete it->second;
    nodes_.erase(it);
}

void DesignerScene::refreshNode(int id)
{
    const GraphNode* node = document_->graph().node(id);
    NodeItem* item = nodeItem(id);
    if (node && item)
        item->update(*node, document_->analysis().node(id));
}

void DesignerScene::addEdgeItem(const GraphEdge& edge)
{
    auto* item = new EdgeItem(edge);
    edges_.push_back(item);
    addItem(item);
    refreshEdgesOf(edge.toNode);
}

void DesignerScene::removeEdgeItem(const GraphEdge& edge)
{
    for (auto it = edges_.begin(); it != edges_.end(); ++it)
        if ((*it)->edge() == edge) {
            delete *it;
            edges_.erase(it);
            break;
        }
    refreshEdgesOf(edge.toNode);
}

void DesignerScene::nodeItemMoved(int id)
{
    refreshEdgesOf(id);
}

void DesignerScene::refreshEdgesOf(int nodeId)
{
    const ModelGraph& graph = document_->graph();
    for (EdgeItem* item : edges_) {
        const GraphEdge& e = item->edge();
        if (e.fromNode != nodeId && e.toNode != nodeId)
            continue;
        item->updateGeometry(nodeItem(e.fromNode), nodeItem(e.toNode), int(graph.inputsOf(e.toNode).size()));
    }
}

void DesignerScene::refreshAnalysis()
{
    const GraphAnalysis& analysis = document_->analysis();
    for (const GraphNode& n : document_->graph().nodes())
        if (NodeItem* item = nodeItem(n.id)) {
            item->setFlow(document_->graph().flow());
            item->update(n, analysis.node(n.id));
        }
    const ModelGraph& graph = document_->graph();
    for (EdgeItem* item : edges_) {
        const GraphEdge& e = item->edge();
        const NodeAnalysis* from = analysis.node(e.fromNode);
        item->setLabel(from && from->ok ? shapeToString(from->output) : QStringLiteral("?"));
        item->updateGeometry(nodeItem(e.fromNode), nodeItem(e.toNode), int(graph.inputsOf(e.toNode).size()));
    }
}

NodeItem* DesignerScene::nodeItemAt(const QPointF& scenePos, const NodeItem* except) const
{
    for (QGraphicsItem* item : items(scenePos)) {
        if (item->type() != NodeItem::Type || item == except)
            continue;
        return static_cast<NodeItem*>(item);
    }
    // Ports stick out of the card; accept a release on a port's halo too.
    for (const auto& [id, item] : nodes_)
        if (item != except && item->portAt(scenePos) >= 0)
            return item;
    return nullptr;
}

void DesignerScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        for (const auto& [id, item] : nodes_) {
            const int port = item->portAt(event->scenePos());
            if (port < 0)
                continue;
            dragFrom_ = item;
            dragPort_ = port;
            dragLine_ = new QGraphicsPathItem;
            dragLine_->setPen(QPen(QColor(0x15, 0x65, 0xc0), 2, Qt::DashLine));
            dragLine_->setZValue(5);
            addItem(dragLine_);
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    moveStart_.clear();
    for (int id : selectedNodeIds())
        moveStart_[id] = nodeItem(id)->pos();
}

void DesignerScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    if (dragLine_) {
        const QPointF start = dragPort_ == 1 ? dragFrom_->outputPortPos() : dragFrom_->inputPortPos();
        QPainterPath path(start);
        path.lineTo(event->scenePos());
        dragLine_->setPath(path);
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void DesignerScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    if (dragLine_) {
        delete dragLine_;
        dragLine_ = nullptr;
        NodeItem* target = nodeItemAt(event->scenePos(), dragFrom_);
        NodeItem* from = dragFrom_;
        dragFrom_ = nullptr;
        event->accept();
        if (!target)
            return;
        GraphEdge edge;
        if (dragPort_ == 1)
            edge = {from->nodeId(), 0, target->nodeId(), 0};
        else
            edge = {target->nodeId(), 0, from->nodeId(), 0};
        // Merge layers take every input on one port: use the next free slot.
        const GraphNode* to = document_->graph().node(edge.toNode);
        const LayerKind* kind = to ? LayerRegistry::instance().find(to->kind) : nullptr;
        if (kind && kind->acceptsManyInputs())
            edge.toPort = document_->graph().nextFreeInputPort(edge.toNode);
        lastProblem_ = document_->connectPorts(edge);
        if (!lastProblem_.isEmpty()) {
            Q_EMIT connectionRefused(lastProblem_);
            if (!views().isEmpty()) {
                QGraphicsView* view = views().constFirst();
                QToolTip::showText(view->viewport()->mapToGlobal(view->mapFromScene(event->scenePos())),
                                   lastProblem_, view->viewport());
            }
        }
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    std::map<int, QPointF> from;
    std::map<int, QPointF> to;
    for (const auto& [id, start] : moveStart_)
        if (NodeItem* item = nodeItem(id); item && item->pos() != start) {
            from[id] = start;
            to[id] = item->pos();
        }
    moveStart_.clear();
    if (!to.empty())
        document_->moveNodes(from, to);
}

} // namespace netsmith::ui
