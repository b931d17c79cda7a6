#include "export/ExportPlan.h"

#include "export/ExportMetadata.h"
#include "export/ExportNames.h"
#include "graph/LayerRegistry.h"
#include "graph/ShapeInference.h"

#include <map>

namespace netsmith {

std::vector<std::pair<std::string, torch::Tensor>> ExportStep::tensors() const
{
    std::vector<std::pair<std::string, torch::Tensor>> out;
    if (!module)
        return out;
    // A model trained in channels_last keeps that layout; exported tensors are plain contiguous.
    auto copy = [](const torch::Tensor& t) {
        return t.detach().to(torch::kCPU).contiguous().clone();
    };
    // A layer without bias registers an undefined "bias": there is nothing to export.
    for (const auto& p : module->named_parameters(/*recurse=*/false))
        if (p.value().defined())
            out.emplace_back(p.key(), copy(p.value()));
    for (const auto& b : module->named_buffers(/*recurse=*/false))
        if (b.value().defined())
            out.emplace_back(b.key(), copy(b.value()));
    return out;
}

ExportPlan ExportPlan::of(const TrainedModel& model)
{
    const ModelGraph& graph = model.project.graph;
    const GraphAnalysis analysis = analyzeGraph(graph);
    if (!analysis.valid())
        throw InvalidGraphError(analysis.problemText().toStdString());

    std::map<std::string, std::shared_ptr<torch::nn::Module>> modules;
    for (const auto& child : model.module->named_children())
        modules[child.key()] = child.value();

    ExportPlan plan;
    QStringList nodeNames;
    for (int id : analysis.order)
        nodeNames << graph.node(id)->name;
    const QStringList identifiers = ExportNames::identifiers(nodeNames);
    std::map<int, size_t> stepOf;
    for (int id : analysis.order) {
        const GraphNode& node = *graph.node(id);
        ExportStep step;
        step.name = node.name;
        step.identifier = identifiers[int(plan.steps.size())];
        step.kind = LayerRegistry::instance().find(node.kind);
        step.params = node.params;
        step.inputShapes = analysis.node(id)->inputs;
        step.output = analysis.node(id)->output;
        for (const GraphEdge& e : graph.inputsOf(id))
            step.inputs.push_back(stepOf.at(e.fromNode));
        if (auto it = modules.find(node.name.toStdString()); it != modules.end())
            step.module = it->second;
        stepOf[id] = plan.steps.size();
        plan.steps.push_back(std::move(step));
    }
    plan.inputShape = model.inputShape();
    plan.outputShape = model.module->outputShape();
    plan.endsWithSoftmax = model.module->endsWithSoftmax();

    const Normalization& n = model.project.normalization;
    if (!n.mean.empty()) {
        const auto channels = int64_t(n.mean.size());
        plan.mean = torch::tensor(std::vector<float>(n.mean.begin(), n.mean.end()))
                        .view({1, channels, 1, 1});
        plan.std =
            torch::tensor(std::vector<float>(n.std.begin(), n.std.end())).view({1, channels, 1, 1});
    }
    plan.metadata = ExportMetadata::describe(model);
    return plan;
}

QStringList ExportPlan::inputsOf(const ExportStep& step, const std::vector<QString>& values,
                                 const QString& input) const
{
    QStringList out;
    for (size_t from : step.inputs)
        out << values[from];
    if (out.isEmpty())
        out << input;
    return out;
}

QJsonObject ExportPlan::renamed() const
{
    QJsonObject out;
    for (const ExportStep& step : steps)
        if (step.identifier != step.name)
            out.insert(step.name, step.identifier);
    return out;
}

} // namespace netsmith
