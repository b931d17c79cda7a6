// netsmith-cli summary: the Keras-style table for a preset or a project file.
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"

#include "graph/ModelSummary.h"
#include "project/ProjectFile.h"
#include "train/OptimizerRegistry.h"

#include <QCoreApplication>

namespace netsmith::cli {

int runSummary(const QStringList& arguments)
{
    QStringList args = arguments;
    bool ok = true;
    const int batchSize = takeOption(args, QStringLiteral("--batch-size"), QStringLiteral("0")).toInt(&ok);
    if (!ok || batchSize < 0)
        return fail(BadInput, QCoreApplication::translate("Cli", "--batch-size needs a positive whole number"));
    if (args.size() != 1)
        return fail(BadInput, QCoreApplication::translate("Cli", "summary takes one preset name or project file"));
    Project project;
    QString error;
    if (!ProjectFile::load(args.first(), &project, &error))
        return fail(BadInput, error);
    const GraphAnalysis analysis = analyzeGraph(project.graph);
    const ModelSummary summary = ModelSummary::of(project.graph, analysis);
    const int batch = batchSize > 0 ? batchSize : project.training.batchSize;
    // The memory figure counts the state of the optimizer the project trains with (validation
    // has made sure it is a known one).
    const OptimizerKind* optimizer = OptimizerRegistry::instance().find(project.training.optimizer);
    out() << summary.toText(project.name, batch, optimizer->translatedName(), optimizer->stateTensors(project.training));
    if (!analysis.valid())
        return fail(BadInput, QCoreApplication::translate("Cli", "%1: the model is not valid:\n%2")
                                  .arg(args.first(), analysis.problemText()));
    return Ok;
}

} // namespace netsmith::cli
