// netsmith-cli train: trains a project or preset on a dataset, one line per epoch, writes
// the run folder and ends with a JSON summary line (what scripts read).
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"
#include "cli/TrainingInvocation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace netsmith::cli {

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

} // namespace

int runTrain(const QStringList& args)
{
    TrainingInvocation invocation;
    int code = Ok;
    if (!TrainingInvocation::parse(QStringLiteral("train"), args, &invocation, &code))
        return code;
    const TrainingInvocation::Outcome o = invocation.run();
    if (o.exitCode != Ok)
        return o.exitCode;
    const TrainingResult& r = o.result;
    const QJsonObject summary{
        {QStringLiteral("status"), r.status == TrainingStatus::EarlyStopped ? QStringLiteral("early_stopped")
                                                                             : QStringLiteral("finished")},
        {QStringLiteral("test_accuracy"), number(r.testAccuracy)},
        {QStringLiteral("val_accuracy"), number(r.finalValAccuracy)},
        {QStringLiteral("best_val_accuracy"), number(r.bestValAccuracy)},
        {QStringLiteral("best_epoch"), r.bestEpoch},
        {QStringLiteral("epochs"), r.epochsCompleted},
        {QStringLiteral("seconds"), o.wallSeconds},
        {QStringLiteral("train_seconds"), r.trainSeconds},
        {QStringLiteral("samples_per_second"), r.samplesPerSecond()},
        {QStringLiteral("device"), r.device},
        {QStringLiteral("run_dir"), o.run.path()},
    };
    out() << QJsonDocument(summary).toJson(QJsonDocument::Compact) << Qt::endl;
    return Ok;
}

} // namespace netsmith::cli
