#include "evaluation/DrawingsEvaluation.h"

#include "data/DatasetCatalog.h"
#include "evaluation/SamplePredictions.h"
#include "infer/DrawingFolder.h"
#include "train/ModelPredictions.h"

#include <QPointer>
#include <QThread>

#include <atomic>

namespace netsmith::ui {

struct DrawingsEvaluation::Job
{
    QString runDirectory;
    QString folder;
    std::atomic<bool> cancel{false};
    // Written by the worker, read after its thread finished.
    bool ok = false;
    QString error;
    EvaluationEvent event;
    QStringList classNames;
};

DrawingsEvaluation::DrawingsEvaluation(QObject* parent) : QObject(parent) {}

DrawingsEvaluation::~DrawingsEvaluation()
{
    cancel();
    if (thread_) {
        thread_->wait();
        delete thread_;
    }
}

bool DrawingsEvaluation::start(const QString& runDirectory, const QString& folder)
{
    if (thread_)
        return false;
    auto job = std::make_shared<Job>();
    job->runDirectory = runDirectory;
    job->folder = folder;
    job_ = job;
    const QPointer<DrawingsEvaluation> self(this);
    thread_ = QThread::create([job, self] {
        TrainedModel model;
        if (!TrainedModel::loadRun(job->runDirectory, &model, &job->error))
            return;
        DatasetLoadOptions options;
        options.cancelled = [job] { return job->cancel.load(); };
        options.progress = [self](int64_t done, int64_t total) {
            QMetaObject::invokeMethod(
                self, [self, done, total] { if (self) Q_EMIT self->progress(done, total); }, Qt::QueuedConnection);
        };
        Dataset drawings;
        if (!DrawingFolder::load(job->folder, model, options, &drawings, &job->error))
            return;
        const ModelPredictions predictions = ModelPredictions::compute(
            model.module, drawings.images, drawings.labels, model.project.normalization, torch::kCPU);
        job->event.split = EvaluationEvent::Split::Test;
        job->event.report = ClassificationReport::compute(predictions.probabilities, predictions.labels);
        job->event.samples =
            SamplePredictions::from(predictions, drawings.images, torch::arange(drawings.size(), torch::kInt64));
        job->classNames = model.classNames;
        job->ok = true;
    });
    connect(thread_, &QThread::finished, this, &DrawingsEvaluation::onThreadFinished);
    thread_->start();
    return true;
}

void DrawingsEvaluation::cancel()
{
    if (job_)
        job_->cancel = true;
}

void DrawingsEvaluation::onThreadFinished()
{
    thread_->deleteLater();
    thread_ = nullptr;
    const std::shared_ptr<Job> job = std::move(job_);
    if (job->cancel)
        return;
    if (job->ok)
        Q_EMIT finished(job->event, job->classNames, job->folder);
    else
        Q_EMIT failed(job->error);
}

} // namespace netsmith::ui
