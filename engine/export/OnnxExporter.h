#pragma once
// OnnxExporter: a trained model as an ONNX ModelProto (.onnx), written with the protobuf
// classes of Debian's libonnx-dev, for ONNX Runtime and every tool that reads ONNX. Inference
// mode (Dropout is Identity, BatchNorm uses its running statistics), a dynamic batch
// dimension, the normalisation as the first two nodes and the metadata as metadata_props.
#include "export/ExportPlan.h"

#include <QByteArray>

namespace netsmith {

class OnnxExporter
{
public:
    static constexpr int kDefaultOpset = 13;
    static constexpr int kMinOpset = 13; ///< Softmax over one axis, as Netsmith's, needs 13
    static constexpr int kMaxOpset = 17; ///< the newest this libonnx knows

    /// The serialised model, or empty with `*error` set (an opset out of range, a layer the
    /// opset cannot express).
    static QByteArray serialize(const ExportPlan& plan, int opset, QString* error);
};

} // namespace netsmith
