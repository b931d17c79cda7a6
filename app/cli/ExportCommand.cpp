// netsmith-cli export: a trained model (a run folder, or a project with --weights) as
// TorchScript, ONNX or PyTorch code (ModelExporter), then how to load it.
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"

#include "export/ModelExporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace netsmith::cli {

int runExport(const QStringList& arguments)
{
    QStringList args = arguments;
    const bool hasWeights = args.contains(QStringLiteral("--weights"));
    const QString weights = takeOption(args, QStringLiteral("--weights"));
    if (hasWeights && weights.isEmpty())
        return fail(BadInput,
                    QCoreApplication::translate("Cli", "--weights needs a file (model.pt)"));
    const QString formatName = takeOption(args, QStringLiteral("--format"));
    const QString outPath = takeOption(args, QStringLiteral("--out"));
    const bool hasOpset = args.contains(QStringLiteral("--opset"));
    const QString opsetText = takeOption(args, QStringLiteral("--opset"));
    for (const QString& a : args)
        if (a.startsWith(QLatin1String("--")))
            return fail(
                BadInput,
                QCoreApplication::translate("Cli", "export does not know the option %1").arg(a));
    if (args.size() != 1)
        return fail(BadInput,
                    QCoreApplication::translate(
                        "Cli", "export takes one run folder (or a project with --weights)"));
    const std::optional<ExportFormat> format = ModelExporter::parseFormat(formatName);
    if (!format)
        return fail(BadInput, QCoreApplication::translate("Cli", "--format must be one of: %1")
                                  .arg(ModelExporter::formatNames().join(QStringLiteral(", "))));
    ExportRequest request;
    request.format = *format;
    if (hasOpset) {
        bool ok = false;
        request.opset = opsetText.toInt(&ok);
        if (!ok)
            return fail(BadInput, QCoreApplication::translate(
                                      "Cli", "--opset needs a whole number, not \"%1\"")
                                      .arg(opsetText));
        if (*format != ExportFormat::Onnx)
            return fail(BadInput,
                        QCoreApplication::translate("Cli", "--opset is for --format onnx only"));
    }

    TrainedModel model;
    QString error;
    const bool loaded = hasWeights
                            ? TrainedModel::loadWeights(args.first(), weights, &model, &error)
                            : TrainedModel::loadRun(args.first(), &model, &error);
    if (!loaded)
        return fail(BadInput, error);
    request.path = outPath.isEmpty()
                       ? ModelExporter::defaultPath(model, *format, QDir::currentPath())
                       : outPath;
    QStringList written;
    if (!ModelExporter::write(model, request, &written, &error))
        return fail(BadInput, error);
    for (const QString& file : written)
        out() << QCoreApplication::translate("Cli", "Wrote %1 (%2 KB)")
                     .arg(QDir::toNativeSeparators(file))
                     .arg(QFileInfo(file).size() / 1024.0, 0, 'f', 1)
              << "\n";
    out() << QCoreApplication::translate("Cli", "Use it in Python:") << "\n"
          << ModelExporter::pythonSnippet(*format, request.path) << "\n";
    if (const QString cpp = ModelExporter::cppSnippet(*format, request.path); !cpp.isEmpty())
        out() << QCoreApplication::translate("Cli", "Or in C++ with LibTorch:") << "\n"
              << cpp << "\n";
    out().flush();
    return Ok;
}

} // namespace netsmith::cli
