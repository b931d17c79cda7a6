#include "cli/CliCommands.h"

#include <QCoreApplication>

namespace netsmith::cli {

const std::vector<CliCommand>& commands()
{
    static const std::vector<CliCommand> table = {
        {"summary", QT_TRANSLATE_NOOP("Cli", "<preset | file.netsmith> [--batch-size N]"),
         QT_TRANSLATE_NOOP("Cli", "Print the model's layers, output shapes, parameters, MACs and memory."),
         runSummary},
        {"train",
         QT_TRANSLATE_NOOP("Cli", "<preset | file.netsmith> --data <name | path> [--epochs N] [--batch-size N] [--lr X] "
                                  "[--optimizer NAME] [--schedule NAME] [--augment PRESET] "
                                  "[--device DEVICE] [--threads N] [--seed N] [--validation-split F] [--patience N] "
                                  "[--resume RUN_DIR | checkpoint.pt] [--out DIR]"),
         QT_TRANSLATE_NOOP("Cli", "Train a model; one line per epoch, a run folder under --out (default ./runs), and a "
                                  "final JSON line. --resume RUN_DIR goes on in that run's folder, with its project "
                                  "unless one is given."),
         runTrain},
        {"evaluate", QT_TRANSLATE_NOOP("Cli", "<run-dir> [--data <name | path> [--drawings]] [--predictions FILE.csv] [--curves]"),
         QT_TRANSLATE_NOOP("Cli", "Evaluate a trained run on a test split: JSON report (accuracy, per-class metrics, "
                                  "ROC AUC, average precision, confusion matrix). --drawings: --data is a folder of "
                                  "drawings (a subfolder per class), each prepared as the draw pad prepares it."),
         runEvaluate},
        {"bench",
         QT_TRANSLATE_NOOP("Cli", "<preset | file.netsmith> --data <name | path> [--epochs N] [--threads N] "
                                  "[--batch-size N] (and train's other options)"),
         QT_TRANSLATE_NOOP("Cli", "Measure training speed: real epochs through train's code path, median samples/s of "
                                  "the epochs after the first."),
         runBench},
        {"predict", QT_TRANSLATE_NOOP("Cli", "<run-dir | project --weights model.pt> <image>... [--json] [--heatmap DIR]"),
         QT_TRANSLATE_NOOP("Cli", "Predict the class of image files with a trained model (draw-pad preprocessing)."),
         runPredict},
        {"export",
         QT_TRANSLATE_NOOP("Cli", "<run-dir | project --weights model.pt> --format torchscript|onnx|pytorch "
                                  "[--out PATH] [--opset N]"),
         QT_TRANSLATE_NOOP("Cli", "Export a trained model as TorchScript (.pt), ONNX (.onnx) or PyTorch code "
                                  "(model.py + weights.pt), with its normalisation and class names inside."),
         runExport},
        {"datasets", QT_TRANSLATE_NOOP("Cli", "[name | path] [--prepare]"),
         QT_TRANSLATE_NOOP("Cli", "List the bundled datasets, or load one name or path and describe it."),
         runDatasets},
    };
    return table;
}

} // namespace netsmith::cli
