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

/// The most values one layer's output may hold per sample (2^31, 8 GiB of floats): beyond it
/// a layer is an error, so that parameter, MAC and memory counts stay far inside int64.
constexpr int64_t kMaxValuesPerSample = int64_t(1) << 31;

GraphAnalysis analyzeGraph(const ModelGraph& graph);

} // namespace netsmith
