#pragma once
// PyTorchCodeExporter: a trained model as a readable, self-contained PyTorch nn.Module
// (model.py) and its weights (weights.pt, written with torch::pickle_save so that Python's
// torch.load reads it). One line per layer, with its output shape in a comment; the layers
// keep their Netsmith names (made safe as identifiers: ExportNames), so the state_dict keys
// match. The metadata is constants at the top of model.py.
#include "export/ExportPlan.h"

#include <QByteArray>
#include <QString>

namespace netsmith {

class PyTorchCodeExporter
{
public:
    /// model.py.
    static QString source(const ExportPlan& plan);
    /// weights.pt: the state_dict, `<layer>.<tensor>` -> tensor.
    static QByteArray weights(const ExportPlan& plan);
};

} // namespace netsmith
