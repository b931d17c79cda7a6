#include "train/MetricsLog.h"

#include <QJsonDocument>
#include <cmath>

namespace netsmith {

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

} // namespace

MetricsLog::MetricsLog(const QString& path, QStringList classNames)
    : file_(path)
    , classNames_(std::move(classNames))
{
    failed_ = !file_.open(QIODevice::WriteOnly | QIODevice::Append);
}

void MetricsLog::write(const QJsonObject& line)
{
    if (!file_.isOpen())
        return;
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (file_.write(bytes) != bytes.size() || !file_.flush())
        failed_ = true;
}

void MetricsLog::onBatch(const BatchEvent& e)
{
    write({{QStringLiteral("event"), QStringLiteral("batch")},
           {QStringLiteral("epoch"), e.epoch},
           {QStringLiteral("batch"), e.batch},
           {QStringLiteral("batches"), e.batchesPerEpoch},
           {QStringLiteral("loss"), number(e.loss)},
           {QStringLiteral("accuracy"), number(e.accuracy)},
           {QStringLiteral("learning_rate"), e.learningRate},
           {QStringLiteral("samples_per_second"), e.samplesPerSecond}});
}

void MetricsLog::onEpoch(const EpochEvent& e)
{
    write({{QStringLiteral("event"), QStringLiteral("epoch")},
           {QStringLiteral("epoch"), e.epoch},
           {QStringLiteral("epochs"), e.epochs},
           {QStringLiteral("train_loss"), number(e.trainLoss)},
           {QStringLiteral("train_accuracy"), number(e.trainAccuracy)},
           {QStringLiteral("val_loss"), number(e.valLoss)},
           {QStringLiteral("val_accuracy"), number(e.valAccuracy)},
           {QStringLiteral("learning_rate"), e.learningRate},
           {QStringLiteral("seconds"), e.seconds},
           {QStringLiteral("samples_per_second"), e.samplesPerSecond},
           {QStringLiteral("best"), e.best}});
}

void MetricsLog::onEvaluation(const EvaluationEvent& e)
{
    // Summary figures only; the curves of the final test evaluation go to evaluation.json.
    QJsonObject line = e.report.toJson(classNames_, /*maxCurvePoints=*/0);
    line.remove(QStringLiteral("per_class"));
    line.insert(QStringLiteral("event"), QStringLiteral("evaluation"));
    line.insert(QStringLiteral("split"),
                e.split == EvaluationEvent::Split::Test ? QStringLiteral("test") : QStringLiteral("validation"));
    line.insert(QStringLiteral("epoch"), e.epoch);
    write(line);
}

void MetricsLog::onStatus(const StatusEvent& e)
{
    write({{QStringLiteral("event"), QStringLiteral("status")},
           {QStringLiteral("status"), statusName(e.status)},
           {QStringLiteral("message"), e.message}});
}

QString MetricsLog::statusName(TrainingStatus status)
{
    switch (status) {
    case TrainingStatus::Preparing: return QStringLiteral("preparing");
    case TrainingStatus::Running: return QStringLiteral("running");
    case TrainingStatus::Paused: return QStringLiteral("paused");
    case TrainingStatus::Cancelled: return QStringLiteral("cancelled");
    case TrainingStatus::EarlyStopped: return QStringLiteral("early_stopped");
    case TrainingStatus::Finished: return QStringLiteral("finished");
    case TrainingStatus::Failed: return QStringLiteral("failed");
    }
    return {};
}

} // namespace netsmith
