// netsmith-cli evaluate: re-evaluates a finished run on a dataset's test split (the run's own
// dataset unless --data says otherwise) and prints the JSON report; --predictions also
// writes every sample's label, prediction and class probabilities as CSV.
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"

#include "data/DatasetCatalog.h"
#include "metrics/ClassificationReport.h"
#include "project/AtomicFile.h"
#include "train/ComputeDevice.h"
#include "train/ModelPredictions.h"
#include "train/RunFolder.h"
#include "train/Trainer.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace netsmith::cli {

namespace {

QByteArray predictionsCsv(const ModelPredictions& p)
{
    const int64_t n = p.probabilities.size(0), k = p.probabilities.size(1);
    const torch::Tensor probabilities = p.probabilities.to(torch::kFloat64).contiguous();
    const torch::Tensor predicted = p.probabilities.argmax(1);
    const double* P = probabilities.data_ptr<double>();
    QByteArray csv = "index,label,pred";
    for (int64_t c = 0; c < k; ++c)
        csv += ",p" + QByteArray::number(c);
    csv += '\n';
    for (int64_t i = 0; i < n; ++i) {
        csv += QByteArray::number(i) + ',' + QByteArray::number(p.labels[i].item<int64_t>()) + ',' +
               QByteArray::number(predicted[i].item<int64_t>());
        for (int64_t c = 0; c < k; ++c)
            csv += ',' + QByteArray::number(P[i * k + c], 'g', 9); // float32 round-trips in 9 digits
        csv += '\n';
    }
    return csv;
}

} // namespace

int runEvaluate(const QStringList& arguments)
{
    QStringList args = arguments;
    const bool dataGiven = args.contains(QStringLiteral("--data"));
    const QString dataArg = takeOption(args, QStringLiteral("--data"));
    const bool csvGiven = args.contains(QStringLiteral("--predictions"));
    const QString csvPath = takeOption(args, QStringLiteral("--predictions"));
    const bool curves = takeFlag(args, QStringLiteral("--curves"));
    if ((dataGiven && dataArg.isEmpty()) || (csvGiven && csvPath.isEmpty()))
        return fail(BadInput, QCoreApplication::translate("Cli", "--data and --predictions need a value"));
    for (const QString& a : args)
        if (a.startsWith(QLatin1String("--")))
            return fail(BadInput, QCoreApplication::translate("Cli", "unknown option %1 for %2").arg(a, QStringLiteral("evaluate")));
    if (args.size() != 1)
        return fail(BadInput, QCoreApplication::translate("Cli", "evaluate takes one run folder"));

    Project project;
    GraphModule model{nullptr};
    RunInfo info;
    QString error;
    if (!RunFolder::open(args.first(), &project, &model, &info, &error))
        return fail(BadInput, error);
    const QString dataName = dataGiven ? dataArg : (info.dataset.isEmpty() ? project.dataset : info.dataset);
    DatasetSplits data;
    if (!DatasetCatalog::load(dataName, &data, &error))
        return fail(BadInput, error);
    if (const QString problem = Trainer::checkInputs(project, data); !problem.isEmpty())
        return fail(BadInput, problem);
    const Dataset& split = data.test.size() > 0 ? data.test : data.train;
    if (data.test.size() == 0)
        err() << "netsmith-cli: "
              << QCoreApplication::translate("Cli", "%1 has no test split; evaluating on all its samples").arg(dataName)
              << Qt::endl;

    ComputeDevice::configureThreads(project.training.threads);
    const ModelPredictions predictions =
        ModelPredictions::compute(model, split.images, split.labels, project.normalization, torch::kCPU);
    const ClassificationReport report = ClassificationReport::compute(predictions.probabilities, predictions.labels);
    if (csvGiven && !writeFileAtomically(csvPath, predictionsCsv(predictions), &error))
        return fail(Failed, error);

    const QStringList classes = info.classes.isEmpty() ? split.classNames : info.classes;
    QJsonObject json = report.toJson(classes, curves ? 400 : 0);
    json.insert(QStringLiteral("run_dir"), args.first());
    json.insert(QStringLiteral("dataset"), dataName);
    json.insert(QStringLiteral("loss"), predictions.meanLoss);
    out() << QJsonDocument(json).toJson(QJsonDocument::Indented) << Qt::flush;
    return Ok;
}

} // namespace netsmith::cli
