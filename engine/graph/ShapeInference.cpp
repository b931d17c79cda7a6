#include "graph/ShapeInference.h"

#include "graph/GraphIndex.h"
#include "graph/LayerRegistry.h"

#include <QStringList>
#include <algorithm>
#include <unordered_set>

namespace netsmith {

namespace {


QString quotedNames(const ModelGraph& graph, const std::vector<int>& ids)
{
    QStringList names;
    for (int id : ids)
        names << QStringLiteral("\"%1\"").arg(graph.node(id)->name);
    return names.join(QStringLiteral(", "));
}

} // namespace

QString GraphAnalysis::problemText() const
{
    QStringList lines;
    for (const GraphProblem& p : problems)
        lines << p.message;
    return lines.join(QLatin1Char('\n'));
}

const NodeAnalysis* GraphAnalysis::node(int id) const
{
    auto it = nodes.find(id);
    return it == nodes.end() ? nullptr : &it->second;
}

GraphAnalysis analyzeGraph(const ModelGraph& graph)
{
    GraphAnalysis a;
    const LayerRegistry& registry = LayerRegistry::instance();

    if (graph.nodes().empty()) {
        a.problems.push_back({0, QCoreApplication::translate("ShapeInference", "The model is empty — add an Input layer from the palette")});
        return a;
    }

    // Kahn's algorithm gives the order; whatever is left over sits on a cycle.
    const GraphIndex index(graph);
    std::map<int, int> pending;
    for (const GraphNode& n : graph.nodes())
        pending[n.id] = int(index.inputsOf(n.id).size());
    std::vector<int> ready;
    for (const GraphNode& n : graph.nodes())
        if (pending[n.id] == 0)
            ready.push_back(n.id);
    for (size_t next = 0; next < ready.size(); ++next) { // a queue: first ready, first placed
        const int id = ready[next];
        a.order.push_back(id);
        for (const GraphEdge& e : index.outputsOf(id))
            if (--pending[e.toNode] == 0)
                ready.push_back(e.toNode);
    }
    if (a.order.size() != graph.nodes().size()) {
        const std::unordered_set<int> placed(a.order.begin(), a.order.end());
        std::vector<int> cyclic;
        for (const GraphNode& n : graph.nodes())
            if (!placed.count(n.id))
                cyclic.push_back(n.id);
        a.problems.push_back({cyclic.front(), QCoreApplication::translate("ShapeInference", "The connections form a cycle through %1 — remove one of "
                                                 "these connections so that data flows one way")
                                                  .arg(quotedNames(graph, cyclic))});
    }

    std::vector<int> inputs, outputs;
    for (const GraphNode& n : graph.nodes()) {
        if (n.kind == QLatin1String("Input"))
            inputs.push_back(n.id);
        if (index.outputsOf(n.id).empty())
            outputs.push_back(n.id);
    }
    if (inputs.empty())
        a.problems.push_back({0, QCoreApplication::translate("ShapeInference", "The model has no Input layer — add one from the palette and connect it "
                                    "to the first layer")});
    else if (inputs.size() > 1)
        a.problems.push_back({inputs[1], QCoreApplication::translate("ShapeInference", "The model has %1 Input layers (%2); only one is supported — "
                                            "delete the extra ones")
                                             .arg(inputs.size())
                                             .arg(quotedNames(graph, inputs))});
    else
        a.inputNode = inputs.front();
    if (outputs.size() == 1)
        a.outputNode = outputs.front();
    else if (outputs.size() > 1)
        a.problems.push_back({outputs.back(), QCoreApplication::translate("ShapeInference", "The model has %1 unconnected ends (%2); a model needs exactly "
                                                 "one output layer — connect or delete the others")
                                                  .arg(outputs.size())
                                                  .arg(quotedNames(graph, outputs))});
    else if (a.order.size() == graph.nodes().size())
        a.problems.push_back({0, QCoreApplication::translate("ShapeInference", "The model has no output layer")});

    for (int id : a.order) {
        const GraphNode& n = *index.node(id);
        NodeAnalysis& info = a.nodes[id];
        const LayerKind* kind = registry.find(n.kind);
        const std::vector<GraphEdge>& in = index.inputsOf(id);
        const QString label = QStringLiteral("%1 \"%2\"").arg(n.kind, n.name);
        if (!kind) {
            info.error = QCoreApplication::translate("ShapeInference", "%1 is not a known layer kind").arg(label);
        } else if (int(in.size()) < kind->minInputs) {
            info.error = kind->minInputs == 1
                             ? QCoreApplication::translate("ShapeInference", "%1 has no input — connect a layer above it to it").arg(label)
                             : QCoreApplication::translate("ShapeInference", "%1 needs at least %2 inputs but has %3 — connect more branches to it")
                                   .arg(label)
                                   .arg(kind->minInputs)
                                   .arg(in.size());
        } else if (kind->maxInputs >= 0 && int(in.size()) > kind->maxInputs) {
            info.error = QCoreApplication::translate("ShapeInference", "%1 has %2 inputs but takes one — merge the branches with Add or Concat first")
                             .arg(label)
                             .arg(in.size());
        } else {
            bool inputsKnown = true;
            for (const GraphEdge& e : in) {
                const NodeAnalysis& from = a.nodes[e.fromNode];
                inputsKnown = inputsKnown && from.ok;
                info.inputs.push_back(from.output);
            }
            if (inputsKnown) {
                LayerContext ctx{*kind, n.name, n.params, info.inputs};
                ShapeResult r = kind->inferShape(ctx);
                // Per sample, a layer's output must fit in memory at all (and every count
                // after it in int64): beyond 2^31 values (8 GiB of floats) the MACs and the
                // memory of the next layers overflowed into negative numbers.
                double values = 1;
                for (int64_t d : r.shape)
                    values *= double(d);
                if (r.error.isEmpty() && values > double(kMaxValuesPerSample)) {
                    info.error = QCoreApplication::translate("ShapeInference", "%1 would output %2 values per sample "
                                                                               "(%3), more than the %4 a layer may hold")
                                     .arg(label)
                                     .arg(values, 0, 'g', 3)
                                     .arg(shapeToString(r.shape))
                                     .arg(kMaxValuesPerSample);
                } else if (r.error.isEmpty()) {
                    info.output = r.shape;
                    info.ok = true;
                    info.cost = kind->cost(ctx, info.output);
                } else {
                    info.error = r.error;
                }
            }
        }
        if (!info.error.isEmpty())
            a.problems.push_back({id, info.error});
    }
    return a;
}

} // namespace netsmith
