#include "graph/GraphIndex.h"

#include <algorithm>

namespace netsmith {

GraphIndex::GraphIndex(const ModelGraph& graph)
{
    nodes_.reserve(graph.nodes().size());
    for (const GraphNode& n : graph.nodes())
        nodes_.emplace(n.id, &n);
    for (const GraphEdge& e : graph.edges()) {
        inputs_[e.toNode].push_back(e);
        outputs_[e.fromNode].push_back(e);
    }
    for (auto& [id, in] : inputs_)
        std::stable_sort(in.begin(), in.end(), [](const GraphEdge& a, const GraphEdge& b) { return a.toPort < b.toPort; });
}

const GraphNode* GraphIndex::node(int id) const
{
    const auto it = nodes_.find(id);
    return it == nodes_.end() ? nullptr : it->second;
}

const std::vector<GraphEdge>& GraphIndex::inputsOf(int id) const
{
    const auto it = inputs_.find(id);
    return it == inputs_.end() ? none_ : it->second;
}

const std::vector<GraphEdge>& GraphIndex::outputsOf(int id) const
{
    const auto it = outputs_.find(id);
    return it == outputs_.end() ? none_ : it->second;
}

} // namespace netsmith
