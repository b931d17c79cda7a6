#include "model/GraphModule.h"

#include "kernels/ReluMaxPool.h"

#include "graph/GraphIndex.h"
#include "graph/LayerRegistry.h"
#include "graph/ShapeInference.h"
#include "model/TorchArchiveCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <caffe2/serialize/inline_container.h>
#include <map>
#include <set>

namespace netsmith {

GraphModuleImpl::GraphModuleImpl(const ModelGraph& graph)
{
    const GraphAnalysis analysis = analyzeGraph(graph);
    if (!analysis.valid())
        throw InvalidGraphError(analysis.problemText().toStdString());

    const GraphIndex index(graph);
    std::map<int, size_t> stepOf;
    std::vector<int> pool2x2Nodes;
    for (int id : analysis.order) {
        const GraphNode& node = *index.node(id);
        const NodeAnalysis& info = *analysis.node(id);
        const LayerKind& kind = *LayerRegistry::instance().find(node.kind);
        LayerContext ctx{kind, node.name, node.params, info.inputs};
        BuiltLayer built = kind.build(ctx);
        if (ReluMaxPool::isItsPooling(ctx))
            pool2x2Nodes.push_back(id);
        if (built.module)
            register_module(node.name.toStdString(), built.module);
        Step step;
        step.name = node.name;
        step.forward = std::move(built.forward);
        for (const GraphEdge& e : index.inputsOf(id))
            step.inputs.push_back(stepOf.at(e.fromNode));
        stepOf[id] = steps_.size();
        steps_.push_back(std::move(step));
        layerNames_.emplace_back(node.name, node.kind);
    }
    fuseReluMaxPool(index, stepOf, pool2x2Nodes);
    inputShape_ = analysis.node(analysis.inputNode)->output;
    outputShape_ = analysis.node(analysis.outputNode)->output;
    // The output node comes last in topological order: it is the only node without successors.
    endsWithSoftmax_ = graph.node(analysis.outputNode)->kind == QLatin1String("Softmax") &&
                       stepOf.at(analysis.outputNode) == steps_.size() - 1;
}

void GraphModuleImpl::fuseReluMaxPool(const GraphIndex& graph, const std::map<int, size_t>& stepOf,
                                      const std::vector<int>& poolNodes)
{
    for (int pool : poolNodes) {
        const std::vector<GraphEdge>& in = graph.inputsOf(pool);
        if (in.size() != 1)
            continue;
        const int relu = in[0].fromNode;
        // The ReLU's output must feed nothing else: fused, it is never materialised.
        if (graph.node(relu)->kind != QLatin1String("ReLU") || graph.outputsOf(relu).size() != 1)
            continue;
        steps_[stepOf.at(pool)].fusedRelu = stepOf.at(relu);
        steps_[stepOf.at(relu)].fusedIntoPool = true;
    }
}

torch::Tensor GraphModuleImpl::run(const torch::Tensor& input, size_t stepCount, const ActivationHook& hook)
{
    std::vector<torch::Tensor> values(stepCount);
    std::vector<torch::Tensor> args;
    auto argsOf = [&](const Step& step) -> const std::vector<torch::Tensor>& {
        args.clear();
        if (step.inputs.empty())
            args.push_back(input);
        for (size_t from : step.inputs)
            args.push_back(values[from]);
        return args;
    };
    // A hook wants every node's output, so it gets the plain step-by-step path.
    const bool fuse = !hook;
    for (size_t i = 0; i < stepCount; ++i) {
        const Step& step = steps_[i];
        if (fuse && step.fusedIntoPool)
            continue; // run by the pooling step that follows
        if (fuse && step.fusedRelu) {
            const size_t relu = *step.fusedRelu;
            const torch::Tensor& x = argsOf(steps_[relu])[0];
            if (ReluMaxPool::handles(x)) {
                values[i] = ReluMaxPool::apply(x);
                continue;
            }
            values[relu] = steps_[relu].forward(args);
        }
        values[i] = step.forward(argsOf(step));
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

void GraphModuleImpl::loadWeights(torch::serialize::InputArchive& archive)
{
    std::map<std::string, std::vector<int64_t>> expected;
    for (const auto& p : named_parameters())
        expected[p.key()] = p.value().sizes().vec();
    for (const auto& b : named_buffers())
        expected[b.key()] = b.value().sizes().vec();
    load(archive);
    const auto check = [&](const std::string& name, const torch::Tensor& t) {
        const auto want = expected.find(name);
        if (want != expected.end() && t.sizes().vec() != want->second)
            throw std::runtime_error(QCoreApplication::translate("GraphModule", "%1 is %2 in the weights but %3 in "
                                                                                "the model")
                                         .arg(QString::fromStdString(name), shapeToString(t.sizes().vec()),
                                              shapeToString(want->second))
                                         .toStdString());
        // The last element's place in the storage, from the sizes and strides read: a damaged
        // file may give a tensor fewer bytes than its shape needs.
        int64_t last = t.storage_offset();
        for (int64_t d = 0; d < t.dim(); ++d)
            last += (t.size(d) - 1) * t.stride(d);
        if (t.numel() > 0 && (last + 1) * int64_t(t.element_size()) > int64_t(t.storage().nbytes()))
            throw std::runtime_error(QCoreApplication::translate("GraphModule", "%1 holds %2 bytes, fewer than its "
                                                                                "shape %3 needs")
                                         .arg(QString::fromStdString(name))
                                         .arg(qint64(t.storage().nbytes()))
                                         .arg(shapeToString(t.sizes().vec()))
                                         .toStdString());
    };
    for (const auto& p : named_parameters())
        check(p.key(), p.value());
    for (const auto& b : named_buffers())
        check(b.key(), b.value());
}

void GraphModuleImpl::loadWeights(const QString& path)
{
    QFile bytes(path);
    QString damage;
    if (bytes.open(QIODevice::ReadOnly) && !TorchArchiveCheck::intact(bytes.readAll(), path, &damage))
        throw std::runtime_error(damage.toStdString());
    const std::string file = path.toStdString();
    torch::serialize::InputArchive archive;
    archive.load_from(file);
    loadWeights(archive);
    int64_t stored = 0;
    caffe2::serialize::PyTorchStreamReader reader(file);
    // Storages are the records data/0, data/1, ... (getAllRecords leaves out the archive's
    // top folder).
    for (const std::string& record : reader.getAllRecords())
        if (record.rfind("data/", 0) == 0)
            stored += int64_t(std::get<1>(reader.getRecord(record)));
    std::set<const void*> storages;
    int64_t claimed = 0;
    const auto count = [&](const torch::Tensor& t) {
        if (storages.insert(t.storage().data()).second)
            claimed += int64_t(t.storage().nbytes());
    };
    for (const auto& p : named_parameters())
        count(p.value());
    for (const auto& b : named_buffers())
        count(b.value());
    if (stored < claimed)
        throw std::runtime_error(QCoreApplication::translate("GraphModule", "the file holds %1 bytes of tensor data, "
                                                                            "fewer than the %2 its tensors claim")
                                     .arg(stored)
                                     .arg(claimed)
                                     .toStdString());
}

} // namespace netsmith
