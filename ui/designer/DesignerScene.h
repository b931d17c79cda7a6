#pragma once
// DesignerScene: the canvas contents. It observes a ProjectDocument and maps node ids to
// NodeItems and edges to EdgeItems (the QtNodes way: the model knows nothing of the view).
// Gestures become document edits: a drag between ports connects, releasing a moved selection
// pushes one move step. It never owns or changes the model directly.
#include "graph/ModelGraph.h"

#include <QGraphicsScene>
#include <map>

class QGraphicsPathItem;

namespace netsmith::ui {

class EdgeItem;
class NodeItem;
class ProjectDocument;

class DesignerScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit DesignerScene(ProjectDocument* document, QObject* parent = nullptr);
    ~DesignerScene() override;

    ProjectDocument* document() const { return document_; }
    NodeItem* nodeItem(int id) const;
    EdgeItem* edgeItem(const GraphEdge& edge) const;
    QList<EdgeItem*> edgeItems() const;
    QList<int> selectedNodeIds() const;
    QList<GraphEdge> selectedEdges() const;
    void selectNodes(const QList<int>& ids);
    /// The reason the last connection attempt was refused (empty after a successful one).
    QString lastConnectionProblem() const { return lastProblem_; }
    /// Called by a NodeItem while it is dragged, so its edges follow.
    void nodeItemMoved(int id);

Q_SIGNALS:
    /// A connection was refused; `reason` is ModelGraph::connectionProblem()'s message.
    void connectionRefused(const QString& reason);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    void rebuild();
    void addNodeItem(int id);
    void removeNodeItem(int id);
    void refreshNode(int id);
    void addEdgeItem(const GraphEdge& edge);
    void removeEdgeItem(const GraphEdge& edge);
    void refreshEdgesOf(int nodeId);
    void refreshAnalysis();
    NodeItem* nodeItemAt(const QPointF& scenePos, const NodeItem* except = nullptr) const;

    ProjectDocument* document_;
    std::map<int, NodeItem*> nodes_;
    std::vector<EdgeItem*> edges_;

    // Connection drag in progress: the port it started from and the rubber line.
    NodeItem* dragFrom_ = nullptr;
    int dragPort_ = -1; // 0 input, 1 output
    QGraphicsPathItem* dragLine_ = nullptr;
    // Move in progress: where each selected node started.
    std::map<int, QPointF> moveStart_;
    QString lastProblem_;
};

} // namespace netsmith::ui
