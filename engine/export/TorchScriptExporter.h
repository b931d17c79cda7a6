#pragma once
// TorchScriptExporter: a trained model as a TorchScript module (.pt) that PyTorch loads with
// torch.jit.load and LibTorch with torch::jit::load, no Netsmith needed. Built, not traced:
// one submodule per layer with a module (its parameters, its buffers, a `training` flag and a
// forward() defined from the layer's export rule), a root whose forward() normalises the
// pixels and calls them in order. Tracing would record the fused ReLU+pool kernel, which
// writes through data_ptr and so is invisible to the tracer.
#include "export/ExportPlan.h"

#include <QByteArray>
#include <torch/script.h>

namespace netsmith {

class TorchScriptExporter
{
public:
    /// The module, in eval mode. Throws c10::Error if TorchScript rejects the generated source.
    static torch::jit::Module build(const ExportPlan& plan);
    /// The generated source: the root's forward, then each submodule's (golden files).
    static QString source(const ExportPlan& plan);
    /// The .pt file's bytes, with netsmith.json (metadata) and names.json (identifier -> node
    /// name) as extra files.
    static QByteArray serialize(const ExportPlan& plan);
};

} // namespace netsmith
