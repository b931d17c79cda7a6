#include "designer/LayeredLayout.h"

#include "designer/NodeItem.h"

#include <algorithm>

namespace netsmith::ui {

namespace {
constexpr double kMargin = 80.0;     // what fitting the view leaves around the graph
constexpr double kBandGap = 80.0;    // between wrapped bands: room for the edge that wraps
}

int LayeredLayout::columnsPerBand(int ranks, double across, const QSizeF& view)
{
    if (ranks <= 1 || view.isEmpty())
        return std::max(1, ranks);
    int best = ranks;
    double bestZoom = 0;
    for (int perBand = ranks; perBand >= 1; --perBand) { // ties keep fewer bands
        const int bands = (ranks + perBand - 1) / perBand;
        const double width = (perBand - 1) * kFlowColumnSpacing + NodeItem::kWidth + 2 * kMargin;
        const double band = across + NodeItem::kHeight;
        const double height = bands * band + (bands - 1) * kBandGap + 2 * kMargin;
        const double zoom = std::min({1.0, view.width() / width, view.height() / height});
        if (zoom > bestZoom + 1e-9) {
            bestZoom = zoom;
            best = perBand;
        }
    }
    return best;
}

std::map<int, QPointF> LayeredLayout::arrange(const ModelGraph& graph, FlowDirection flow, const QSizeF& view)
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
    if (flow == FlowDirection::TopToBottom || pos.empty())
        return pos;

    // Left to right: rows become columns, wrapped into bands of `perBand` columns.
    const double scale = kFlowRowSpacing / kColumnSpacing;
    double low = 0, high = 0;
    for (const auto& [id, p] : pos) {
        low = std::min(low, p.x() * scale);
        high = std::max(high, p.x() * scale);
    }
    const int ranks = rows.rbegin()->first + 1;
    const int perBand = columnsPerBand(ranks, high - low, view);
    const double bandStep = high - low + NodeItem::kHeight + kBandGap;
    for (auto& [id, p] : pos) {
        const int r = row[id];
        p = QPointF((r % perBand) * kFlowColumnSpacing, (r / perBand) * bandStep + p.x() * scale);
    }
    return pos;
}

} // namespace netsmith::ui
