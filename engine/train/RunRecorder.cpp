#include "train/RunRecorder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <cmath>

namespace netsmith {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

RunRecorder::RunRecorder(RunFolder folder, Project project, QStringList classes, QString created,
                         double earlierSeconds)
    : folder_(std::move(folder))
    , project_(std::move(project))
    , classes_(std::move(classes))
    , created_(std::move(created))
    , earlierSeconds_(earlierSeconds)
    , log_(folder_.metricsPath(), classes_)
{
    clock_.start();
}

std::unique_ptr<RunRecorder> RunRecorder::create(const QString& root, const Project& project, QStringList classes,
                                                 QString* error)
{
    RunFolder folder;
    if (!RunFolder::create(root, project.name, &folder, error) || !folder.writeProject(project, error))
        return nullptr;
    return std::unique_ptr<RunRecorder>(new RunRecorder(std::move(folder), project, std::move(classes), nowUtc(), 0));
}

std::unique_ptr<RunRecorder> RunRecorder::resume(const RunFolder& folder, const Project& project, QStringList classes,
                                                 QString* error)
{
    RunSummary summary;
    if (!RunFolder::read(folder.path(), &summary, error))
        return nullptr;
    const double earlier = summary.complete && std::isfinite(summary.info.seconds) ? summary.info.seconds : 0.0;
    const QString created = summary.created.isValid() ? summary.created.toUTC().toString(Qt::ISODate) : nowUtc();
    std::unique_ptr<RunRecorder> recorder(new RunRecorder(folder, project, std::move(classes), created, earlier));
    recorder->resuming_ = true;
    return recorder;
}

void RunRecorder::onStatus(const StatusEvent& e)
{
    if (resuming_) {
        // Preparing, or the refusal of a checkpoint that does not fit: not this run's history.
        if (e.status != TrainingStatus::Running)
            return;
        resuming_ = false;
        QFile runInfo(folder_.runInfoPath());
        QString error;
        if (runInfo.exists() && !runInfo.remove())
            takeOverError_ = QCoreApplication::translate("RunRecorder", "Cannot resume in %1: %2 cannot be removed (%3)")
                                 .arg(QDir::toNativeSeparators(folder_.path()),
                                      QDir::toNativeSeparators(runInfo.fileName()), runInfo.errorString());
        else if (!folder_.writeProject(project_, &error))
            takeOverError_ = error;
    }
    log_.onStatus(e);
}

bool RunRecorder::finish(const TrainingResult& result, GraphModule model, QString* error)
{
    if (!takeOverError_.isEmpty()) {
        *error = takeOverError_;
        return false;
    }
    // A log that lost lines (a full disk) must not be passed off as a complete run.
    if (log_.failed()) {
        *error = QCoreApplication::translate("RunRecorder", "Cannot write %1: %2")
                     .arg(folder_.metricsPath(), log_.errorString());
        return false;
    }
    if (!model || result.epochsCompleted < 1 || result.status == TrainingStatus::Failed)
        return true;
    RunInfo info;
    info.name = project_.name;
    info.created = created_;
    info.finished = nowUtc();
    info.status = MetricsLog::statusName(result.status);
    info.dataset = project_.dataset;
    info.classes = classes_;
    info.device = result.device;
    info.epochs = result.epochsCompleted;
    info.bestValAccuracy = result.bestValAccuracy;
    info.testAccuracy = result.testAccuracy;
    info.seconds = earlierSeconds_ + double(clock_.nsecsElapsed()) / 1e9;
    info.samplesPerSecond = result.samplesPerSecond();
    for (const torch::Tensor& p : model->parameters())
        info.params += p.numel();
    // The test split when it was evaluated, else the validation split of the kept weights.
    const ClassificationReport* report = result.test         ? &*result.test
                                         : result.validation ? &*result.validation
                                                             : nullptr;
    if (!folder_.writeResults(result.project, model, report, info, error))
        return false;
    hasResults_ = true;
    return true;
}

} // namespace netsmith
