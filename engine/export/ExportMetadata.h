#pragma once
// ExportMetadata: what travels inside every exported model, so that a program loading it
// needs nothing from Netsmith: class names, the input it takes (pixels in [0, 1], N×C×H×W,
// before normalisation: the model normalises itself), the normalisation it embeds, what it
// outputs, how drawings are prepared (InkPreprocessor::recipe), and where it came from.
// TorchScript carries it as the extra file netsmith.json, ONNX as metadata_props, PyTorch
// code as constants at the top of model.py.
#include "infer/TrainedModel.h"

#include <QJsonObject>

namespace netsmith {

class ExportMetadata
{
public:
    static QJsonObject describe(const TrainedModel& model);
    /// The Netsmith version that wrote it (the project's CMake version).
    static QString netsmithVersion();
};

} // namespace netsmith
