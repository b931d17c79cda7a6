#include "training/TrainingController.h"

#include "data/DatasetCatalog.h"
#include "project/ProjectFile.h"
#include "train/RunRecorder.h"
#include "train/TrainingControl.h"

#include <QCoreApplication>
#include <QDir>
#include <QThread>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace netsmith::ui {

struct TrainingController::Pending
{
    enum class Kind { Started, Batch, Epoch, Evaluation, Status, Finished };
    Kind kind = Kind::Status;
    BatchEvent batch;
    EpochEvent epoch;
    StatusEvent status;
    std::shared_ptr<EvaluationEvent> evaluation;
    std::shared_ptr<TrainingResult> result;
    QString directory;
    QStringList classNames;
};

/// Lives on the training thread for one run: hands every event to the run's recorder
/// (metrics.jsonl) and queues it for the UI thread. Evaluations carry their per-sample
/// predictions from the Trainer itself (shared, immutable), so nothing is recomputed here.
class TrainingController::WorkerObserver : public TrainingObserver
{
public:
    WorkerObserver(TrainingController* owner, TrainingObserver* recorder, TrainingObserver* extra)
        : owner_(owner)
        , recorder_(recorder)
        , extra_(extra)
    {
    }

    void onBatch(const BatchEvent& e) override
    {
        relay(&TrainingObserver::onBatch, e);
        Pending p;
        p.kind = Pending::Kind::Batch;
        p.batch = e;
        owner_->push(std::move(p));
    }
    void onEpoch(const EpochEvent& e) override
    {
        relay(&TrainingObserver::onEpoch, e);
        Pending p;
        p.kind = Pending::Kind::Epoch;
        p.epoch = e;
        owner_->push(std::move(p));
    }
    void onEvaluation(const EvaluationEvent& e) override
    {
        relay(&TrainingObserver::onEvaluation, e);
        Pending p;
        p.kind = Pending::Kind::Evaluation;
        p.evaluation = std::make_shared<EvaluationEvent>(e);
        owner_->push(std::move(p));
    }
    void onStatus(const StatusEvent& e) override
    {
        relay(&TrainingObserver::onStatus, e);
        Pending p;
        p.kind = Pending::Kind::Status;
        p.status = e;
        owner_->push(std::move(p));
    }

private:
    /// Every event goes to the test/benchmark observer (if any) and to the recorder first.
    template <typename Event>
    void relay(void (TrainingObserver::*callback)(const Event&), const Event& e)
    {
        if (extra_)
            (extra_->*callback)(e);
        (recorder_->*callback)(e);
    }

    TrainingController* owner_;
    TrainingObserver* recorder_;
    TrainingObserver* extra_;
};

TrainingController::TrainingController(QObject* parent)
    : QObject(parent)
    , runsRoot_(QStringLiteral("runs"))
    , tick_(new QTimer(this))
{
    tick_->setInterval(100);
    connect(tick_, &QTimer::timeout, this, &TrainingController::deliver);
}

TrainingController::~TrainingController()
{
    if (thread_) {
        control_->requestCancel();
        thread_->wait();
        delete thread_;
    }
}

void TrainingController::setBatchInterval(int milliseconds)
{
    tick_->setInterval(std::max(1, milliseconds));
}

bool TrainingController::start(const Project& project)
{
    return launch(project, nullptr);
}

bool TrainingController::start(const Project& project, DatasetSplits data)
{
    return launch(project, std::make_shared<DatasetSplits>(std::move(data)));
}

bool TrainingController::resumeRun(const QString& runDirectory)
{
    return launch({}, nullptr, runDirectory);
}

bool TrainingController::resumeRun(const QString& runDirectory, DatasetSplits data)
{
    return launch({}, std::make_shared<DatasetSplits>(std::move(data)), runDirectory);
}

bool TrainingController::launch(const Project& project, std::shared_ptr<DatasetSplits> data,
                                const QString& resumeDirectory)
{
    if (thread_)
        return false;
    control_ = std::make_shared<TrainingControl>();
    status_ = TrainingStatus::Preparing;
    runDirectory_.clear();
    {
        std::lock_guard<std::mutex> lock(mutex_);
        pending_.clear();
        deliveryPosted_ = false;
    }
    thread_ = QThread::create([this, project, data, resumeDirectory] { runOnWorker(project, data, resumeDirectory); });
    thread_->setObjectName(QStringLiteral("netsmith-training"));
    tick_->start();
    Q_EMIT statusChanged(status_, {});
    thread_->start();
    return true;
}

void TrainingController::pause()
{
    if (control_ && thread_)
        control_->pause();
}

void TrainingController::resume()
{
    if (control_ && thread_)
        control_->resume();
}

void TrainingController::stop()
{
    if (control_ && thread_)
        control_->requestCancel();
}

void TrainingController::runOnWorker(Project project, std::shared_ptr<DatasetSplits> data,
                                     const QString& resumeDirectory)
{
#ifdef Q_OS_LINUX
    // Training runs a little below the UI thread: nice +5 for this thread and for the torch
    // (libgomp) worker threads, which this thread starts and which inherit it. A redraw then
    // gets a core at once instead of waiting out the training threads' time slice; the UI
    // needs about a tenth of one core while a run trains (bench/dashboard_bench.cpp --trace).
    setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 5);
#endif
    auto result = std::make_shared<TrainingResult>();
    result->project = project;
    auto fail = [&](const QString& message) {
        result->status = TrainingStatus::Failed;
        result->message = message;
        Pending s;
        s.kind = Pending::Kind::Status;
        s.status = {TrainingStatus::Failed, message};
        push(std::move(s));
    };
    QString runDirectory;
    try {
        QString error;
        RunFolder resumed;
        QString problem;
        if (!resumeDirectory.isEmpty()) {
            // The run goes on with the project and dataset it was training.
            if (!RunFolder::containing(resumeDirectory, &resumed))
                problem = QCoreApplication::translate("TrainingController",
                                                      "%1 cannot be resumed: it is not a run folder with a "
                                                      "checkpoint.pt (a run leaves one after its first epoch)")
                              .arg(QDir::toNativeSeparators(resumeDirectory));
            else if (ProjectFile::load(resumed.projectPath(), &project, &error))
                result->project = project;
            else
                problem = error;
        }
        if (problem.isEmpty() && !data) {
            data = std::make_shared<DatasetSplits>();
            if (!DatasetCatalog::load(project.dataset, data.get(), &error)) {
                data.reset();
                problem = error;
            }
        }
        if (problem.isEmpty())
            problem = Trainer::checkInputs(project, *data);
        std::unique_ptr<RunRecorder> recorder;
        if (!problem.isEmpty()) {
            fail(problem);
        } else if (!(recorder = resumed.path().isEmpty()
                                    ? RunRecorder::create(runsRoot_, project, data->train.classNames, &error)
                                    : RunRecorder::resume(resumed, project, data->train.classNames, &error))) {
            fail(error);
        } else {
            runDirectory = recorder->folder().path();
            Pending started;
            started.kind = Pending::Kind::Started;
            started.directory = runDirectory;
            started.classNames = data->train.classNames;
            push(std::move(started));

            TrainerOptions options;
            options.checkpointPath = recorder->folder().checkpointPath();
            if (!resumed.path().isEmpty())
                options.resumeCheckpoint = resumed.checkpointPath();
            Trainer trainer(project, *data, options);
            WorkerObserver observer(this, recorder.get(), workerObserver_);
            trainer.setObserver(&observer);
            trainer.setControl(control_);
            *result = trainer.run();
            if (!recorder->finish(*result, trainer.model(), &error))
                fail(error);
        }
    } catch (const std::exception& e) {
        fail(QCoreApplication::translate("TrainingController", "Training failed: %1")
                 .arg(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0)));
    }
    Pending done;
    done.kind = Pending::Kind::Finished;
    done.result = result;
    done.directory = runDirectory;
    push(std::move(done));
}

void TrainingController::push(Pending event)
{
    const bool urgent = event.kind != Pending::Kind::Batch;
    bool post = false;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        pending_.push_back(std::move(event));
        if (urgent && !deliveryPosted_)
            post = deliveryPosted_ = true;
    }
    // Batch events wait for the tick; everything else is delivered as soon as the UI thread
    // gets to it (with the batches queued before it, so the order is kept).
    if (post)
        QMetaObject::invokeMethod(this, &TrainingController::deliver, Qt::QueuedConnection);
}

void TrainingController::deliver()
{
    std::deque<Pending> events;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        events.swap(pending_);
        deliveryPosted_ = false;
    }
    std::vector<BatchEvent> batches;
    auto flushBatches = [&] {
        if (!batches.empty())
            Q_EMIT batchesArrived(batches);
        batches.clear();
    };
    for (Pending& p : events) {
        switch (p.kind) {
        case Pending::Kind::Batch:
            batches.push_back(p.batch);
            break;
        case Pending::Kind::Started:
            flushBatches();
            runDirectory_ = p.directory;
            Q_EMIT runStarted(p.directory, p.classNames);
            break;
        case Pending::Kind::Epoch:
            flushBatches();
            Q_EMIT epochFinished(p.epoch);
            break;
        case Pending::Kind::Evaluation:
            flushBatches();
            Q_EMIT evaluated(*p.evaluation);
            break;
        case Pending::Kind::Status:
            flushBatches();
            status_ = p.status.status;
            Q_EMIT statusChanged(p.status.status, p.status.message);
            break;
        case Pending::Kind::Finished:
            flushBatches();
            if (thread_) {
                thread_->wait();
                delete thread_;
                thread_ = nullptr;
            }
            tick_->stop();
            status_ = p.result->status;
            Q_EMIT finished(*p.result, p.directory);
            break;
        }
    }
    flushBatches();
}

} // namespace netsmith::ui
