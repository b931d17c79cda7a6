// netsmith-cli bench: real training epochs through exactly train's code path (the run goes
// to a temporary folder), reporting the median samples/s of the epochs after the first —
// the first pays for allocator warm-up and oneDNN primitive creation.
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"
#include "cli/TrainingInvocation.h"

#include "data/DatasetSplit.h"
#include "graph/CostModel.h"
#include "graph/ShapeInference.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <torch/torch.h>

namespace netsmith::cli {

int runBench(const QStringList& arguments)
{
    QStringList args = arguments;
    if (args.contains(QStringLiteral("--out")))
        return fail(BadInput, QCoreApplication::translate("Cli", "bench writes no run folder; --out is for train"));
    if (!args.contains(QStringLiteral("--epochs")))
        args << QStringLiteral("--epochs") << QStringLiteral("3");
    TrainingInvocation invocation;
    int code = Ok;
    if (!TrainingInvocation::parse(QStringLiteral("bench"), args, &invocation, &code))
        return code;
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(Failed, QCoreApplication::translate("Cli", "Cannot create a temporary folder: %1")
                                .arg(scratch.errorString()));
    invocation.outRoot = scratch.path();
    const TrainingInvocation::Outcome o = invocation.run();
    if (o.exitCode != Ok)
        return o.exitCode;
    const TrainingResult& r = o.result;
    QJsonArray perEpoch;
    for (double v : r.epochSamplesPerSecond)
        perEpoch.append(v);
    const TrainingSettings& s = invocation.project.training;
    const double sps = r.samplesPerSecond();
    // Training FLOPs per sample: forward + backward ≈ 3 × 2 × MACs (the usual estimate).
    const double macs = double(computeCost(analyzeGraph(invocation.project.graph)).macsPerSample);
    const QJsonObject summary{
        {QStringLiteral("samples_per_second"), sps},
        {QStringLiteral("epoch_samples_per_second"), perEpoch},
        {QStringLiteral("epochs"), r.epochsCompleted},
        {QStringLiteral("batch_size"), s.batchSize},
        {QStringLiteral("threads"), int(torch::get_num_threads())},
        {QStringLiteral("train_samples"),
         double(DatasetSplit::validation(invocation.data.train.labels, s).kept.size(0))},
        {QStringLiteral("train_gflops_per_second"), sps * 6.0 * macs / 1e9},
        {QStringLiteral("test_accuracy"), r.testAccuracy},
        {QStringLiteral("device"), r.device},
    };
    out() << QJsonDocument(summary).toJson(QJsonDocument::Compact) << Qt::endl;
    return Ok;
}

} // namespace netsmith::cli
