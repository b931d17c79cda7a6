#pragma once
// ModelGraph: the network as plain values — nodes (kind, unique name, parameters, canvas
// position) and edges (node/port to node/port). It knows nothing of views or of torch.
#include <QJsonObject>
#include <QPointF>
#include <QString>
#include <QVariantMap>
#include <vector>

namespace netsmith {

struct GraphNode
{
    int id = 0;
    QString kind;
    QString name;
    QVariantMap params;
    QPointF pos;

    bool operator==(const GraphNode& o) const
    {
        return id == o.id && kind == o.kind && name == o.name && params == o.params && pos == o.pos;
    }
};

struct GraphEdge
{
    int fromNode = 0;
    int fromPort = 0;
    int toNode = 0;
    int toPort = 0;

    bool operator==(const GraphEdge& o) const
    {
        return fromNode == o.fromNode && fromPort == o.fromPort && toNode == o.toNode && toPort == o.toPort;
    }
};

/// Which way data flows on the canvas: inputs on top and outputs below (the default), or
/// inputs on the left and outputs on the right, which suits long chains on a wide screen.
enum class FlowDirection { TopToBottom, LeftToRight };

class ModelGraph
{
public:
    const std::vector<GraphNode>& nodes() const { return nodes_; }
    const std::vector<GraphEdge>& edges() const { return edges_; }

    const GraphNode* node(int id) const;
    GraphNode* node(int id);
    const GraphNode* nodeByName(const QString& name) const;

    /// Adds a node of a registered kind with default parameters and a fresh unique name
    /// (or `name` when it is free). Returns its id, or 0 for an unknown kind.
    int addNode(const QString& kind, const QPointF& pos = {}, const QString& name = {});
    /// Puts back a node exactly as it was (undo, paste); its id and name must be free.
    void insertNode(const GraphNode& node);
    /// Removes the node and every edge touching it.
    void removeNode(int id);

    /// Why this edge cannot be added (empty when it can): unknown nodes, a self loop, a cycle,
    /// an input port that already has a connection, a layer that takes no input.
    QString connectionProblem(const GraphEdge& edge) const;
    /// Adds the edge when connectionProblem() is empty; returns whether it did.
    bool connect(const GraphEdge& edge);
    /// Adds the edge without checks (loading files, undo).
    void insertEdge(const GraphEdge& edge) { edges_.push_back(edge); }
    void disconnect(const GraphEdge& edge);
    /// The next free input port of a node (for merge layers that take many inputs).
    int nextFreeInputPort(int nodeId) const;

    /// Edges into a node, ordered by input port.
    std::vector<GraphEdge> inputsOf(int nodeId) const;
    std::vector<GraphEdge> outputsOf(int nodeId) const;

    QString uniqueName(const QString& base) const;
    static bool isValidName(const QString& name);
    int nextId() const;

    FlowDirection flow() const { return flow_; }
    void setFlow(FlowDirection flow) { flow_ = flow; }

    QJsonObject toJson() const;
    /// The most layers a graph read from a file may have: a 50,000-layer chain summarises in
    /// about a second; far more is a file made to exhaust memory, not a model.
    static constexpr int kMaxLayers = 100000;
    /// Reads a graph; on failure returns false and says which node or edge is wrong.
    static bool fromJson(const QJsonObject& json, ModelGraph* graph, QString* error);

    bool operator==(const ModelGraph& o) const
    {
        return nodes_ == o.nodes_ && edges_ == o.edges_ && flow_ == o.flow_;
    }
    bool operator!=(const ModelGraph& o) const { return !(*this == o); }

private:
    bool reaches(int from, int to) const;

    std::vector<GraphNode> nodes_;
    std::vector<GraphEdge> edges_;
    FlowDirection flow_ = FlowDirection::TopToBottom;
};

} // namespace netsmith
