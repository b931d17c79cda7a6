#pragma once
// Validation and shape inference over the whole graph: the topological order, every node's
// input and output shapes and cost, and every problem in words a person can act on.
#include "graph/LayerKind.h"
#include "graph/ModelGraph.h"

#include <map>

namespace netsmith {

struct NodeAnalysis
{
    std::vector<Shape> inputs;
    Shape output;
    bool ok = false;   ///< output shape is known
    QString error;     ///< this node's own problem (empty when it is fine or only its inputs failed)
    LayerCost cost;
};

struct GraphProblem
{
    int nodeId = 0; ///< 0 for problems of the graph as a whole
    QString message;
};

struct GraphAnalysis
{
    std::map<int, NodeAnalysis> nodes;
    std::vector<int> order;       ///< topological order (only complete when there is no cycle)
    std::vector<GraphProblem> problems;
    int inputNode = 0;
    int outputNode = 0;

    bool valid() const { return problems.empty() && inputNode != 0 && outputNode != 0; }
    /// All problems, one per line.
    QString problemText() const;
    const NodeAnalysis* node(int id) const;
};

GraphAnalysis analyzeGraph(const ModelGraph& graph);

} // namespace netsmith
