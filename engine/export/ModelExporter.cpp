#include "export/ModelExporter.h"

#include "data/InputNormalization.h"
#include "export/PyTorchCodeExporter.h"
#include "export/TorchScriptExporter.h"
#include "project/AtomicFile.h"
#include "train/RunFolder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace netsmith {

QStringList ModelExporter::formatNames()
{
    return {QStringLiteral("torchscript"), QStringLiteral("onnx"), QStringLiteral("pytorch")};
}

std::optional<ExportFormat> ModelExporter::parseFormat(const QString& name)
{
    const int i = int(formatNames().indexOf(name.toLower()));
    if (i < 0)
        return std::nullopt;
    return ExportFormat(i);
}

QString ModelExporter::formatName(ExportFormat format)
{
    return formatNames().at(int(format));
}

QString ModelExporter::purpose(ExportFormat format)
{
    switch (format) {
    case ExportFormat::TorchScript:
        return QCoreApplication::translate(
            "ModelExporter",
            "TorchScript (.pt): runs in PyTorch and in C++ with LibTorch, no Python "
            "code needed; can be fine-tuned further.");
    case ExportFormat::Onnx:
        return QCoreApplication::translate(
            "ModelExporter",
            "ONNX (.onnx): for ONNX Runtime and other inference engines, on servers, "
            "phones and browsers.");
    case ExportFormat::PyTorch:
        return QCoreApplication::translate(
            "ModelExporter", "PyTorch code (model.py + weights.pt): a readable nn.Module to study, "
                             "change and train in Python.");
    }
    return {};
}

QString ModelExporter::defaultPath(const TrainedModel& model, ExportFormat format,
                                   const QString& directory)
{
    QString base = model.project.name.isEmpty() ? QStringLiteral("model") : model.project.name;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("-"));
    static const char* suffix[] = {".pt", ".onnx", "-pytorch"};
    return QDir(directory).filePath(base + QLatin1String(suffix[int(format)]));
}

bool ModelExporter::write(const TrainedModel& model, const ExportRequest& request,
                          QStringList* written, QString* error)
{
    if (!writeFiles(model, request, written, error))
        return false;
    // A model from a run folder notes where it went (the start page's Deploy step). Only a
    // note: the export itself is done, so a read-only run folder does not fail it.
    const RunFolder run(model.source);
    if (QFileInfo::exists(run.runInfoPath())) {
        QString ignored;
        run.recordExport({formatName(request.format), QFileInfo(request.path).absoluteFilePath(),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                         &ignored);
    }
    return true;
}

bool ModelExporter::writeFiles(const TrainedModel& model, const ExportRequest& request,
                               QStringList* written, QString* error)
{
    written->clear();
    const auto fail = [&](const QString& why) {
        *error = QCoreApplication::translate("ModelExporter", "Cannot export to %1: %2")
                     .arg(QDir::toNativeSeparators(request.path), why);
        return false;
    };
    if (!model.isLoaded())
        return fail(QCoreApplication::translate("ModelExporter", "there is no trained model"));
    try {
        const ExportPlan plan = ExportPlan::of(model);
        // A file goes into its folder, made if missing (~/Documents on a fresh account, say);
        // if it cannot be made, the write below says so with the file's name.
        if (request.format != ExportFormat::PyTorch)
            QDir().mkpath(QFileInfo(request.path).absolutePath());
        switch (request.format) {
        case ExportFormat::TorchScript: {
            if (!writeFileAtomically(request.path, TorchScriptExporter::serialize(plan), error))
                return false;
            written->append(request.path);
            return true;
        }
        case ExportFormat::Onnx: {
            QString why;
            const QByteArray bytes = OnnxExporter::serialize(plan, request.opset, &why);
            if (bytes.isEmpty())
                return fail(why);
            if (!writeFileAtomically(request.path, bytes, error))
                return false;
            written->append(request.path);
            return true;
        }
        case ExportFormat::PyTorch: {
            // One save of the pair: both are made, then both written to temporaries before
            // either replaces its file, so a failure (a full disk) leaves no mixed pair.
            const QString code = PyTorchCodeExporter::source(plan);
            const QByteArray weights = PyTorchCodeExporter::weights(plan);
            if (QFileInfo(request.path).isFile())
                return fail(QCoreApplication::translate(
                    "ModelExporter", "PyTorch code goes into a folder, and this is a file"));
            if (!QDir().mkpath(request.path))
                return fail(
                    QCoreApplication::translate("ModelExporter", "the folder cannot be created"));
            const QDir dir(request.path);
            const QString weightsPath = dir.filePath(QStringLiteral("weights.pt"));
            const QString codePath = dir.filePath(QStringLiteral("model.py"));
            if (!writeFilesAtomically({{weightsPath, weights}, {codePath, code.toUtf8()}}, error))
                return false;
            *written = {codePath, weightsPath};
            return true;
        }
        }
    } catch (const std::exception& e) {
        return fail(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
    }
    return false;
}

QString ModelExporter::pythonSnippet(ExportFormat format, const QString& path)
{
    const QString p = QDir::toNativeSeparators(path);
    switch (format) {
    case ExportFormat::TorchScript:
        return QStringLiteral("model = torch.jit.load(\"%1\").eval()\n"
                              "probabilities = model(pixels)  # float32 N x C x H x W, 0..1")
            .arg(p);
    case ExportFormat::Onnx:
        return QStringLiteral("session = onnxruntime.InferenceSession(\"%1\")\n"
                              "probabilities = session.run(None, {\"pixels\": pixels})[0]  # "
                              "float32 N x C x H x W, 0..1")
            .arg(p);
    case ExportFormat::PyTorch:
        return QStringLiteral(
                   "import sys; sys.path.insert(0, \"%1\"); from model import Model\n"
                   "model = Model(); model.load_state_dict(torch.load(\"%2\")); model.eval()")
            .arg(p, QDir::toNativeSeparators(QDir(path).filePath(QStringLiteral("weights.pt"))));
    }
    return {};
}

QString ModelExporter::cppSnippet(ExportFormat format, const QString& path)
{
    if (format != ExportFormat::TorchScript)
        return {};
    return QStringLiteral("torch::jit::Module model = torch::jit::load(\"%1\"); model.eval();\n"
                          "torch::Tensor probabilities = model.forward({pixels}).toTensor();")
        .arg(QDir::toNativeSeparators(path));
}

double ModelExporter::compareTorchScript(const QString& path, const TrainedModel& model,
                                         const torch::Tensor& pixels, QString* error)
{
    try {
        torch::jit::Module loaded = torch::jit::load(QFile::encodeName(path).toStdString());
        loaded.eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor x = pixels.to(torch::kFloat32).div(255.0);
        const torch::Tensor theirs = loaded.forward({x}).toTensor();
        GraphModule live = model.module; // a handle: forward() is not const
        const torch::Tensor ours = live->forward(toModelInput(pixels, model.project.normalization));
        return (theirs - ours).abs().max().item<double>();
    } catch (const std::exception& e) {
        *error = QCoreApplication::translate("ModelExporter", "%1 does not load: %2")
                     .arg(QDir::toNativeSeparators(path),
                          QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0));
        return -1;
    }
}

} // namespace netsmith
