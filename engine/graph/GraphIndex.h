#pragma once
// GraphIndex: a ModelGraph's nodes by id and its edges by node, built once for code that walks
// the whole graph (shape inference, building the module, the summary). ModelGraph's own
// lookups scan its lists, which is right for one edit but made a walk over a 50,000-layer
// chain quadratic (13 s for `netsmith-cli summary`, issue 15). The index holds pointers into
// the graph: build it after the last edit and keep the graph alive while it is used.
#include "graph/ModelGraph.h"

#include <unordered_map>
#include <vector>

namespace netsmith {

class GraphIndex
{
public:
    explicit GraphIndex(const ModelGraph& graph);

    /// nullptr when no node has this id.
    const GraphNode* node(int id) const;
    /// As ModelGraph::inputsOf (sorted by input port) and outputsOf, without the scan.
    const std::vector<GraphEdge>& inputsOf(int id) const;
    const std::vector<GraphEdge>& outputsOf(int id) const;

private:
    std::unordered_map<int, const GraphNode*> nodes_;
    std::unordered_map<int, std::vector<GraphEdge>> inputs_;
    std::unordered_map<int, std::vector<GraphEdge>> outputs_;
    std::vector<GraphEdge> none_;
};

} // namespace netsmith
