#include "export/OnnxExporter.h"

#include "export/ExportNames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <onnx/onnx_pb.h>

#include <map>

namespace netsmith {

namespace {

void setTensor(onnx::TensorProto* proto, const std::string& name, const torch::Tensor& tensor)
{
    proto->set_name(name);
    for (int64_t d : tensor.sizes())
        proto->add_dims(d);
    const bool integer = tensor.scalar_type() == torch::kLong; // BatchNorm's num_batches_tracked
    proto->set_data_type(integer ? onnx::TensorProto::INT64 : onnx::TensorProto::FLOAT);
    const torch::Tensor t = integer ? tensor.contiguous() : tensor.to(torch::kFloat32).contiguous();
    // raw_data is little-endian, as this machine is.
    proto->set_raw_data(t.data_ptr(), size_t(t.numel()) * t.element_size());
}

/// A float tensor of N x `shape`, N named "batch": any batch size.
void setValueInfo(onnx::ValueInfoProto* info, const std::string& name, const Shape& shape)
{
    info->set_name(name);
    onnx::TypeProto_Tensor* type = info->mutable_type()->mutable_tensor_type();
    type->set_elem_type(onnx::TensorProto::FLOAT);
    onnx::TensorShapeProto* dims = type->mutable_shape();
    dims->add_dim()->set_dim_param("batch");
    for (int64_t d : shape)
        dims->add_dim()->set_dim_value(d);
}

/// OnnxNodeWriter for one layer at a time: names its nodes and values after the layer.
class GraphWriter : public OnnxNodeWriter
{
public:
    GraphWriter(onnx::GraphProto* graph, int opset) : graph_(graph), opset_(opset) {}

    void beginLayer(const ExportStep* step)
    {
        step_ = step;
        tensors_.clear();
        if (step)
            for (auto& [name, tensor] : step->tensors())
                tensors_[name] = tensor;
    }

    QString node(const char* opType, const QStringList& inputs,
                 const std::vector<OnnxAttribute>& attributes = {}) override
    {
        onnx::NodeProto* node = graph_->add_node();
        const QString output =
            uniqueName(QStringLiteral("%1/%2").arg(prefix(), QLatin1String(opType)));
        node->set_name(output.toStdString());
        node->set_op_type(opType);
        for (const QString& in : inputs)
            node->add_input(in.toStdString());
        node->add_output(output.toStdString());
        for (const OnnxAttribute& a : attributes) {
            onnx::AttributeProto* attr = node->add_attribute();
            attr->set_name(a.name.toStdString());
            switch (a.type) {
            case OnnxAttribute::Type::Int:
                attr->set_type(onnx::AttributeProto::INT);
                attr->set_i(a.i);
                break;
            case OnnxAttribute::Type::Float:
                attr->set_type(onnx::AttributeProto::FLOAT);
                attr->set_f(a.f);
                break;
            case OnnxAttribute::Type::Ints:
                attr->set_type(onnx::AttributeProto::INTS);
                for (int64_t v : a.ints)
                    attr->add_ints(v);
                break;
            }
        }
        return output;
    }

    QString parameter(const char* name) override
    {
        const auto it = tensors_.find(name);
        if (it == tensors_.end())
            throw std::logic_error(std::string("no tensor ") + name + " in layer " +
                                   prefix().toStdString());
        const QString initializer =
            uniqueName(QStringLiteral("%1.%2").arg(prefix(), QLatin1String(name)));
        setTensor(graph_->add_initializer(), initializer.toStdString(), it->second);
        return initializer;
    }

    QString constant(const std::vector<float>& values, const std::vector<int64_t>& dims) override
    {
        const QString name = uniqueName(QStringLiteral("%1/constant").arg(prefix()));
        setTensor(graph_->add_initializer(), name.toStdString(), torch::tensor(values).view(dims));
        return name;
    }

    int opset() const override { return opset_; }

private:
    QString prefix() const { return step_ ? step_->identifier : QStringLiteral("input"); }

    QString uniqueName(const QString& base)
    {
        QString name = base;
        for (int i = 2; used_.contains(name); ++i)
            name = QStringLiteral("%1_%2").arg(base).arg(i);
        used_.insert(name);
        return name;
    }

    onnx::GraphProto* graph_;
    int opset_;
    const ExportStep* step_ = nullptr;
    std::map<std::string, torch::Tensor> tensors_;
    QSet<QString> used_;
};

} // namespace

QByteArray OnnxExporter::serialize(const ExportPlan& plan, int opset, QString* error)
{
    if (opset < kMinOpset || opset > kMaxOpset) {
        *error =
            QCoreApplication::translate(
                "OnnxExporter", "ONNX opset %1 is not supported: Netsmith writes opsets %2 to %3")
                .arg(opset)
                .arg(kMinOpset)
                .arg(kMaxOpset);
        return {};
    }
    onnx::ModelProto model;
    model.set_ir_version(onnx::IR_VERSION);
    model.set_producer_name("Netsmith");
    model.set_producer_version(
        plan.metadata.value(QStringLiteral("netsmith_version")).toString().toStdString());
    model.set_doc_string(plan.metadata.value(QStringLiteral("input")).toString().toStdString());
    onnx::OperatorSetIdProto* set = model.add_opset_import();
    set->set_domain("");
    set->set_version(opset);
    for (auto it = plan.metadata.begin(); it != plan.metadata.end(); ++it) {
        onnx::StringStringEntryProto* entry = model.add_metadata_props();
        entry->set_key(it.key().toStdString());
        // Strings as they are, everything else as compact JSON.
        const QJsonValue v = it.value();
        entry->set_value(v.isString() ? v.toString().toStdString()
                                      : QJsonDocument(QJsonArray{v})
                                            .toJson(QJsonDocument::Compact)
                                            .mid(1)
                                            .chopped(1)
                                            .toStdString());
    }

    onnx::GraphProto* graph = model.mutable_graph();
    graph->set_name(
        ExportNames::sanitized(plan.metadata.value(QStringLiteral("project")).toString())
            .toStdString());
    setValueInfo(graph->add_input(), "pixels", plan.inputShape);
    GraphWriter writer(graph, opset);
    QString x = QStringLiteral("pixels");
    if (plan.mean.defined()) {
        const std::vector<float> mean(plan.mean.data_ptr<float>(),
                                      plan.mean.data_ptr<float>() + plan.mean.numel());
        const std::vector<float> std(plan.std.data_ptr<float>(),
                                     plan.std.data_ptr<float>() + plan.std.numel());
        x = writer.node("Sub", {x, writer.constant(mean, plan.mean.sizes().vec())});
        x = writer.node("Div", {x, writer.constant(std, plan.std.sizes().vec())});
    }
    std::vector<QString> value(plan.steps.size());
    for (size_t i = 0; i < plan.steps.size(); ++i) {
        const ExportStep& step = plan.steps[i];
        const QStringList inputs = plan.inputsOf(step, value, x);
        writer.beginLayer(&step);
        value[i] = step.kind->exporting.onnx(step.context(), inputs, writer, error);
        if (value[i].isEmpty())
            return {};
    }
    const std::string output = plan.endsWithSoftmax ? "probabilities" : "scores";
    writer.beginLayer(nullptr);
    onnx::NodeProto* last = graph->add_node();
    last->set_name("output");
    last->set_op_type("Identity");
    last->add_input(value.back().toStdString());
    last->add_output(output);
    setValueInfo(graph->add_output(), output, plan.outputShape);

    std::string bytes;
    if (!model.SerializeToString(&bytes)) {
        *error =
            QCoreApplication::translate("OnnxExporter", "The ONNX model could not be serialised");
        return {};
    }
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

} // namespace netsmith
