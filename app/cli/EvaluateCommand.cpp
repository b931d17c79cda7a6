// netsmith-cli evaluate: re-evaluates a finished run on a dataset's test split (the run's own
// dataset unless --data says otherwise) and prints the JSON report; --predictions also
// writes every sample's label, prediction and class probabilities as CSV
// (SamplePredictions::toCsv, the per-sample result a training evaluation carries too).
// --drawings reads --data as a folder of drawings, each prepared as the draw pad prepares it
// (DrawingFolder).
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"

#include "data/DatasetCatalog.h"
#include "evaluation/SamplePredictions.h"
#include "infer/DrawingFolder.h"
#include "metrics/ClassificationReport.h"
#include "project/AtomicFile.h"
#include "train/ComputeDevice.h"
#include "train/ModelPredictions.h"
#include "train/RunFolder.h"
#include "train/Trainer.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

namespace netsmith::cli {

int runEvaluate(const QStringList& arguments)
{
    QStringList args = arguments;
    const bool dataGiven = args.contains(QStringLiteral("--data"));
    const QString dataArg = takeOption(args, QStringLiteral("--data"));
    const bool csvGiven = args.contains(QStringLiteral("--predictions"));
    const QString csvPath = takeOption(args, QStringLiteral("--predictions"));
    const bool curves = takeFlag(args, QStringLiteral("--curves"));
    const bool drawings = takeFlag(args, QStringLiteral("--drawings"));
    if ((dataGiven && dataArg.isEmpty()) || (csvGiven && csvPath.isEmpty()))
        return fail(BadInput, QCoreApplication::translate("Cli", "--data and --predictions need a value"));
    for (const QString& a : args)
        if (a.startsWith(QLatin1String("--")))
            return fail(BadInput, QCoreApplication::translate("Cli", "unknown option %1 for %2").arg(a, QStringLiteral("evaluate")));
    if (args.size() != 1)
        return fail(BadInput, QCoreApplication::translate("Cli", "evaluate takes one run folder"));
    if (drawings && !dataGiven)
        return fail(BadInput, QCoreApplication::translate("Cli", "--drawings needs --data with a folder of drawings"));

    Project project;
    GraphModule model{nullptr};
    RunInfo info;
    QString error;
    if (!RunFolder::open(args.first(), &project, &model, &info, &error))
        return fail(BadInput, error);
    const QString dataName = dataGiven ? dataArg : (info.dataset.isEmpty() ? project.dataset : info.dataset);
    DatasetSplits data;
    if (drawings) {
        const TrainedModel trained = TrainedModel::fromModule(project, model, info.classes, args.first());
        if (!DrawingFolder::load(dataName, trained, {}, &data.test, &error))
            return fail(BadInput, error);
        data.train = data.test; // what checkInputs reads
    } else if (!DatasetCatalog::load(dataName, &data, &error)) {
        return fail(BadInput, error);
    }
    if (const QString note = data.note(); !note.isEmpty())
        err() << "netsmith-cli: " << note << Qt::endl;
    if (const QString problem = Trainer::checkInputs(project, data); !problem.isEmpty())
        return fail(BadInput, QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(RunFolder(args.first()).projectPath()),
                                                          problem));
    const Dataset& split = data.test.size() > 0 ? data.test : data.train;
    if (data.test.size() == 0)
        err() << "netsmith-cli: "
              << QCoreApplication::translate("Cli", "%1 has no test split; evaluating on all its samples").arg(dataName)
              << Qt::endl;

    ComputeDevice::configureThreads(project.training.threads);
    ComputeDevice::retainFreedMemory();
    const ModelPredictions predictions =
        ModelPredictions::compute(model, split.images, split.labels, project.normalization, torch::kCPU);
    const ClassificationReport report = ClassificationReport::compute(predictions.probabilities, predictions.labels);
    // The per-sample result in the form the Trainer reports it (EvaluationEvent::samples).
    const auto samples =
        SamplePredictions::from(predictions, split.images, torch::arange(split.size(), torch::kInt64));
    if (csvGiven && !writeFileAtomically(csvPath, samples->toCsv(), &error))
        return fail(Failed, error);

    const QStringList classes = info.classes.isEmpty() ? split.classNames : info.classes;
    QJsonObject json = report.toJson(classes, curves ? 400 : 0);
    json.insert(QStringLiteral("run_dir"), args.first());
    json.insert(QStringLiteral("dataset"), dataName);
    if (drawings)
        json.insert(QStringLiteral("prepared_as"), QStringLiteral("drawings"));
    json.insert(QStringLiteral("loss"), predictions.meanLoss);
    out() << QJsonDocument(json).toJson(QJsonDocument::Indented) << Qt::flush;
    return Ok;
}

} // namespace netsmith::cli
