#pragma once
// ModelExporter: the one entry point for deploying a trained model, used by `netsmith-cli
// export` and the workbench's Deploy step. Picks the format's exporter, writes its files
// atomically (never half a file, never a broken file over a good one), and knows what each
// format is for and how it is used.
#include "export/OnnxExporter.h"
#include "infer/TrainedModel.h"

#include <QStringList>
#include <optional>

namespace netsmith {

enum class ExportFormat
{
    TorchScript,
    Onnx,
    PyTorch
};

struct ExportRequest
{
    ExportFormat format = ExportFormat::TorchScript;
    /// A file (.pt, .onnx) or, for PyTorch code, a folder (model.py and weights.pt go inside).
    QString path;
    int opset = OnnxExporter::kDefaultOpset;
};

class ModelExporter
{
public:
    static QStringList formatNames(); ///< "torchscript", "onnx", "pytorch"
    static std::optional<ExportFormat> parseFormat(const QString& name);
    static QString formatName(ExportFormat format);
    /// One translated line: what the format is for.
    static QString purpose(ExportFormat format);
    /// <name>.pt, <name>.onnx or <name>-pytorch in `directory`, after the project's name.
    static QString defaultPath(const TrainedModel& model, ExportFormat format,
                               const QString& directory);

    /// Writes the model; `written` gets the files' paths. False with a message naming the file
    /// or the layer on failure. Every file is written atomically (never half a file); of
    /// PyTorch code's two files, weights.pt is written first, so a failure writing model.py
    /// leaves the old model.py beside new weights. A model loaded from a run folder records
    /// the export in its exports.jsonl.
    static bool write(const TrainedModel& model, const ExportRequest& request, QStringList* written,
                      QString* error);

    /// How to load what `write` made, in Python (two lines).
    static QString pythonSnippet(ExportFormat format, const QString& path);
    /// The same in C++ (TorchScript only; empty for the others).
    static QString cppSnippet(ExportFormat format, const QString& path);

    /// Reloads an exported TorchScript file with torch::jit::load and runs it and the model on
    /// `pixels` (uint8 N×C×H×W): the largest absolute difference of their outputs, or -1 with
    /// `*error` set when the file does not load.
    static double compareTorchScript(const QString& path, const TrainedModel& model,
                                     const torch::Tensor& pixels, QString* error);

private:
    static bool writeFiles(const TrainedModel& model, const ExportRequest& request, QStringList* written,
                           QString* error);
};

} // namespace netsmith
