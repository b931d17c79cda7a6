#pragma once
// How one kind of layer leaves Netsmith: the computation LayerKind::build runs, spelled as
// TorchScript source, as PyTorch code and as ONNX nodes. Each kind fills these next to its
// shape and cost rules (engine/graph/layers/*.cpp); the exporters in engine/export only walk
// the graph and never name a layer kind. tst_export fails for a kind that leaves one empty.
#include <QString>
#include <QStringList>
#include <cstdint>
#include <functional>
#include <vector>

namespace netsmith {

struct LayerContext;

/// One attribute of an ONNX node.
struct OnnxAttribute
{
    enum class Type
    {
        Int,
        Float,
        Ints
    };
    QString name;
    Type type = Type::Int;
    int64_t i = 0;
    float f = 0.f;
    std::vector<int64_t> ints;

    static OnnxAttribute integer(const char* name, int64_t value)
    {
        return {QString::fromLatin1(name), Type::Int, value, 0.f, {}};
    }
    static OnnxAttribute real(const char* name, double value)
    {
        return {QString::fromLatin1(name), Type::Float, 0, float(value), {}};
    }
    static OnnxAttribute integers(const char* name, std::vector<int64_t> values)
    {
        return {QString::fromLatin1(name), Type::Ints, 0, 0.f, std::move(values)};
    }
};

/// What a layer's ONNX rule writes into: the graph under construction (implemented by
/// engine/export/OnnxExporter). Names returned are ONNX value names.
class OnnxNodeWriter
{
public:
    virtual ~OnnxNodeWriter() = default;
    /// Appends a node reading `inputs`; returns the name of its output.
    virtual QString node(const char* opType, const QStringList& inputs,
                         const std::vector<OnnxAttribute>& attributes = {}) = 0;
    /// The layer's trained tensor `name` ("weight", "running_mean") as an initializer.
    virtual QString parameter(const char* name) = 0;
    /// A float32 constant of the given shape as an initializer.
    virtual QString constant(const std::vector<float>& values,
                             const std::vector<int64_t>& dims) = 0;
    /// The operator set being written (13 by default).
    virtual int opset() const = 0;
};

struct LayerExport
{
    /// TorchScript, for layers that LayerKind::build gives a module: the body of that
    /// submodule's forward(self, x), reading its tensors as self.weight, self.bias, ... and
    /// its mode as self.training. For layers without a module: the expression of the output
    /// from the inputs' expressions (in port order). Only aten builtins (torch.conv2d, ...).
    std::function<QString(const LayerContext&, const QStringList& inputs)> torchScript;
    /// PyTorch code, for layers with a module: its constructor in __init__ ("nn.Conv2d(1, 32,
    /// kernel_size=3)"), with parameter names matching LibTorch's so that weights load.
    std::function<QString(const LayerContext&)> pytorchModule;
    /// PyTorch code, for layers without a module: the output expression ("F.relu(x)").
    std::function<QString(const LayerContext&, const QStringList& inputs)> pytorchCall;
    /// ONNX, inference mode: appends the layer's nodes and returns its output's name; an empty
    /// name with `*error` set when the opset cannot express the layer.
    std::function<QString(const LayerContext&, const QStringList& inputs, OnnxNodeWriter&,
                          QString* error)>
        onnx;
};

/// "[2, 2]": a TorchScript / Python list of ints.
inline QString scriptIntList(std::initializer_list<int64_t> values)
{
    QStringList parts;
    for (int64_t v : values)
        parts << QString::number(v);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

/// A float as Python source that reads back to the same double ("0.1", "1e-05").
inline QString scriptFloat(double value)
{
    QString s = QString::number(value, 'g', 17);
    // Shortest form that round-trips: try fewer digits first.
    for (int digits = 1; digits < 17; ++digits) {
        const QString candidate = QString::number(value, 'g', digits);
        if (candidate.toDouble() == value) {
            s = candidate;
            break;
        }
    }
    if (!s.contains(QLatin1Char('.')) && !s.contains(QLatin1Char('e')))
        s += QStringLiteral(".0");
    return s;
}

} // namespace netsmith
