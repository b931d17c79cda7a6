#include "designer/LayeredLayout.h"

#include <algorithm>

namespace netsmith::ui {

std::map<int, QPointF> LayeredLayout::arrange(const ModelGraph& graph)
{
    // Longest-path rows, relaxed at most |nodes| times so that a cycle cannot loop forever.
    std::map<int, int> row;
    for (const GraphNode& n : graph.nodes())
        row[n.id] = 0;
    const int limit = int(graph.nodes().size());
    for (int pass = 0; pass < limit; ++pass) {
        bool changed = false;
        for (const GraphEdge& e : graph.edges()) {
            if (!row.count(e.fromNode) || !row.count(e.toNode))
                continue;
            if (row[e.toNode] < row[e.fromNode] + 1 && row[e.fromNode] + 1 <= limit) {
                row[e.toNode] = row[e.fromNode] + 1;
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    std::map<int, std::vector<int>> rows;
    for (const GraphNode& n : graph.nodes()) // graph order keeps the result stable
        rows[row[n.id]].push_back(n.id);

    std::map<int, QPointF> pos;
    std::map<int, double> column; // provisional x of placed nodes
    for (auto& [r, ids] : rows) {
        std::vector<std::pair<double, int>> keyed;
        for (size_t i = 0; i < ids.size(); ++i) {
            double sum = 0;
            int count = 0;
            for (const GraphEdge& e : graph.inputsOf(ids[i]))
                if (column.count(e.fromNode)) {
                    sum += column[e.fromNode] + 0.01 * e.toPort; // inputs in port order
                    ++count;
                }
            keyed.emplace_back(count ? sum / count : double(i), ids[i]);
        }
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        const double width = double(keyed.size() - 1) * kColumnSpacing;
        for (size_t i = 0; i < keyed.size(); ++i) {
            // Centre the row under its inputs' mean when the row is a single chain link.
            double x = -width / 2 + double(i) * kColumnSpacing;
            if (keyed.size() == 1 && r > 0) {
                const auto inputs = graph.inputsOf(keyed[i].second);
                if (!inputs.empty())
                    x = keyed[i].first;
            }
            column[keyed[i].second] = x;
            pos[keyed[i].second] = QPointF(x, r * kRowSpacing);
        }
    }
    return pos;
}

} // namespace netsmith::ui
