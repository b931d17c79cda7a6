#include "cli/CliCommands.h"

#include <QCoreApplication>

namespace netsmith::cli {

const std::vector<CliCommand>& commands()
{
    static const std::vector<CliCommand> table = {
        {"summary", QT_TRANSLATE_NOOP("Cli", "<preset | file.netsmith> [--batch-size N]"),
         QT_TRANSLATE_NOOP("Cli", "Print the model's layers, output shapes, parameters, MACs and memory."),
         runSummary},
        {"predict", QT_TRANSLATE_NOOP("Cli", "<run-dir | project --weights model.pt> <image>... [--json]"),
         QT_TRANSLATE_NOOP("Cli", "Predict the class of image files with a trained model (draw-pad preprocessing)."),
         runPredict},
    };
    return table;
}

} // namespace netsmith::cli
