#include "build/GraphModule.h"

#include "graph/LayerRegistry.h"
#include "graph/ShapeInference.h"

#include <map>

namespace netsmith {

GraphModuleImpl::GraphModuleImpl(const ModelGraph& graph)
{
    const GraphAnalysis analysis = analyzeGraph(graph);
    if (!analysis.valid())
        throw InvalidGraphError(analysis.problemText().toStdString());

    std::map<int, size_t> stepOf;
    for (int id : analysis.order) {
        const GraphNode& node = *graph.node(id);
        const NodeAnalysis& info = *analysis.node(id);
        const LayerKind& kind = *LayerRegistry::instance().find(node.kind);
        LayerContext ctx{kind, node.name, node.params, info.inputs};
        BuiltLayer built = kind.build(ctx);
        if (built.module)
            register_module(node.name.toStdString(), built.module);
        Step step{node.name, {}, std::move(built.forward)};
        for (const GraphEdge& e : graph.inputsOf(id))
            step.inputs.push_back(stepOf.at(e.fromNode));
        stepOf[id] = steps_.size();
        steps_.push_back(std::move(step));
        layerNames_.emplace_back(node.name, node.kind);
    }
    inputShape_ = analysis.node(analysis.inputNode)->output;
    outputShape_ = analysis.node(analysis.outputNode)->output;
    // The output node comes last in topological order: it is the only node without successors.
    endsWithSoftmax_ = graph.node(analysis.outputNode)->kind == QLatin1String("Softmax") &&
                       stepOf.at(analysis.outputNode) == steps_.size() - 1;
}

torch::Tensor GraphModuleImpl::run(const torch::Tensor& input, size_t stepCount, const ActivationHook& hook)
{
    std::vector<torch::Tensor> values(stepCount);
    std::vector<torch::Tensor> args;
    for (size_t i = 0; i < stepCount; ++i) {
        const Step& step = steps_[i];
        args.clear();
        if (step.inputs.empty())
            args.push_back(input);
        for (size_t from : step.inputs)
            args.push_back(values[from]);
        values[i] = step.forward(args);
        if (hook)
            hook(step.name, values[i]);
    }
    return values[stepCount - 1];
}

torch::Tensor GraphModuleImpl::forward(const torch::Tensor& input)
{
    return run(input, steps_.size(), {});
}

torch::Tensor GraphModuleImpl::forwardLogits(const torch::Tensor& input, const ActivationHook& hook)
{
    return run(input, endsWithSoftmax_ ? steps_.size() - 1 : steps_.size(), hook);
}

} // namespace netsmith
