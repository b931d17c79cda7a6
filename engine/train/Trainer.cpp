#include "train/Trainer.h"

#include "data/AugmentationPipeline.h"
#include "data/BatchPrefetcher.h"
#include "data/DatasetSplit.h"
#include "data/InputNormalization.h"
#include "data/StrokeMeter.h"
#include "evaluation/SamplePredictions.h"
#include "graph/ShapeInference.h"
#include "train/Checkpoint.h"
#include "train/ComputeDevice.h"
#include "train/LearningRateSchedule.h"
#include "train/ModelPredictions.h"
#include "train/OptimizerFactory.h"
#include "train/TrainingControl.h"

#include <ATen/autocast_mode.h>
#include <QCoreApplication>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <thread>

namespace netsmith {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/// Convolution weights in channels_last, so oneDNN runs without layout conversions and
/// max-pooling takes its fast path (DESIGN.md: ~1.28x per step). `.contiguous()` would
/// leave 1-input-channel weights as they are, hence `.to(memory_format)`.
void useChannelsLast(GraphModule& model)
{
    torch::NoGradGuard noGrad;
    for (torch::Tensor& p : model->parameters())
        if (p.dim() == 4)
            p.set_data(p.data().to(p.options(), false, false, torch::MemoryFormat::ChannelsLast));
}

void useContiguousLayout(GraphModule& model)
{
    torch::NoGradGuard noGrad;
    for (torch::Tensor& p : model->parameters())
        if (p.dim() == 4)
            p.set_data(p.data().contiguous());
}

/// Dynamic loss scaling for float16 autocast on CUDA (what torch.cuda.amp.GradScaler does):
/// scale the loss up so small gradients survive float16, skip steps whose gradients
/// overflowed and halve the scale, grow it again after a run of good steps.
class LossScaler
{
public:
    torch::Tensor scale(const torch::Tensor& loss) const { return loss * scale_; }
    /// Unscales the gradients; false when they hold Inf/NaN (the step must be skipped).
    bool unscale(torch::optim::Optimizer& optimizer)
    {
        torch::NoGradGuard noGrad;
        bool finite = true;
        for (auto& group : optimizer.param_groups())
            for (auto& p : group.params())
                if (p.grad().defined()) {
                    p.mutable_grad().div_(scale_);
                    finite = finite && torch::isfinite(p.grad()).all().item<bool>();
                }
        if (!finite) {
            scale_ /= 2;
            goodSteps_ = 0;
        } else if (++goodSteps_ == 2000) {
            scale_ *= 2;
            goodSteps_ = 0;
        }
        return finite;
    }

private:
    double scale_ = 65536.0;
    int goodSteps_ = 0;
};

/// The one cleanup of run(): whatever way it ends (a phase's exit or an exception), the model
/// it leaves is contiguous (what torch::save and every reader expect), on the CPU and in
/// eval mode. Null stays null; a model that cannot be brought back is dropped, not half-left.
class ModelRelease
{
public:
    explicit ModelRelease(GraphModule& model) : model_(model) {}
    ModelRelease(const ModelRelease&) = delete;
    ModelRelease& operator=(const ModelRelease&) = delete;
    ~ModelRelease()
    {
        if (!model_)
            return;
        try {
            useContiguousLayout(model_);
            model_->to(torch::kCPU);
            model_->eval();
        } catch (...) {
            model_ = GraphModule(nullptr);
        }
    }

private:
    GraphModule& model_;
};

QString firstLine(const char* what)
{
    return QString::fromUtf8(what).section(QLatin1Char('\n'), 0, 0);
}

} // namespace

double TrainingResult::samplesPerSecond() const
{
    if (epochSamplesPerSecond.empty())
        return 0;
    std::vector<double> v(epochSamplesPerSecond.begin() + (epochSamplesPerSecond.size() > 1 ? 1 : 0),
                          epochSamplesPerSecond.end());
    std::sort(v.begin(), v.end());
    const std::size_t m = v.size() / 2;
    return v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

Trainer::Trainer(Project project, DatasetSplits data, TrainerOptions options)
    : project_(std::move(project))
    , data_(std::move(data))
    , options_(std::move(options))
{
}

Trainer::~Trainer() = default;

QString Trainer::checkInputs(const Project& project, const DatasetSplits& data)
{
    const GraphAnalysis analysis = analyzeGraph(project.graph);
    if (!analysis.valid())
        return QCoreApplication::translate("Trainer", "The model is not valid:\n%1").arg(analysis.problemText());
    const Dataset& train = data.train;
    if (train.size() == 0 || !train.labels.defined())
        return QCoreApplication::translate("Trainer", "The dataset \"%1\" has no training samples").arg(train.name);
    const Shape input = analysis.node(analysis.inputNode)->output;
    const Shape output = analysis.node(analysis.outputNode)->output;
    if (train.images.dim() != 4 || train.images.scalar_type() != torch::kUInt8)
        return QCoreApplication::translate("Trainer", "The dataset \"%1\" does not hold uint8 N×C×H×W images")
            .arg(train.name);
    if (train.sampleShape() != input)
        return QCoreApplication::translate("Trainer",
                                           "The dataset \"%1\" has %2 samples but the model's input is %3")
            .arg(train.name, shapeToString(train.sampleShape()), shapeToString(input));
    if (output.size() != 1)
        return QCoreApplication::translate("Trainer", "The model's output must be a flat vector of class scores, "
                                                      "not %1 (add Flatten and Linear layers)")
            .arg(shapeToString(output));
    const int64_t maxLabel = train.labels.max().item<int64_t>();
    const int64_t testMax = data.test.size() > 0 ? data.test.labels.max().item<int64_t>() : 0;
    const int64_t classes = std::max<int64_t>({maxLabel + 1, testMax + 1, train.numClasses()});
    if (classes > output[0])
        return QCoreApplication::translate("Trainer", "The dataset \"%1\" has %2 classes but the model's output has "
                                                      "only %3 values")
            .arg(train.name)
            .arg(classes)
            .arg(output[0]);
    if (data.test.size() > 0 && data.test.sampleShape() != input)
        return QCoreApplication::translate("Trainer", "The test split of \"%1\" has %2 samples but the model's input is %3")
            .arg(train.name, shapeToString(data.test.sampleShape()), shapeToString(input));
    if (project.training.batchSize < 1)
        return QCoreApplication::translate("Trainer", "The batch size must be at least 1");
    return {};
}

struct Trainer::Session
{
    torch::Device device = torch::kCPU;
    bool mixedPrecision = false;
    SplitIndices split;       ///< positions in data_.train: kept (trained on), heldOut (validated)
    Dataset trainPart, valPart;
    Normalization normalization;
    int64_t batchSize = 1;
    int batches = 0;
    bool earlyStopping = false;
    std::unique_ptr<torch::optim::Optimizer> optimizer;
    std::unique_ptr<LearningRateSchedule> schedule;
    TrainingProgress progress;
    AugmentationPipeline augmentation;
    bool prefetch = false;
    torch::Tensor trainImages, trainLabels, valImages; ///< on the device
    LossScaler scaler;
    std::optional<ClassificationReport> lastValidation; ///< of the current weights, if known
};

struct Trainer::EpochTotals
{
    double lossSum = 0;
    int64_t correct = 0;
    int64_t seen = 0;
    double trainSeconds = 0;
};

void Trainer::status(TrainingStatus st, const QString& message) const
{
    if (observer_)
        observer_->onStatus({st, message});
}

TrainingResult Trainer::run()
{
    TrainingResult result;
    result.project = project_;
    status(TrainingStatus::Preparing);
    const Exit exit = runPhases(result);
    result.status = exit.status;
    result.message = exit.message;
    result.badInput = exit.badInput;
    status(exit.status, exit.message);
    return result;
}

Trainer::Exit Trainer::runPhases(TrainingResult& result)
{
    if (const QString problem = checkInputs(project_, data_); !problem.isEmpty())
        return {TrainingStatus::Failed, problem, true};
    try {
        // Destroyed before the catch below runs, so exceptions get the same cleanup.
        const ModelRelease release(model_);
        Session session;
        if (Continue exit = prepare(session, result))
            return *exit;
        if (Continue exit = buildModel(session))
            return *exit;
        if (Continue exit = resume(session, result))
            return *exit;
        status(TrainingStatus::Running);
        for (int epoch = session.progress.epochsCompleted; epoch < project_.training.epochs; ++epoch) {
            EpochTotals totals;
            if (Continue exit = trainEpoch(session, epoch, &totals))
                return *exit;
            result.trainSeconds += totals.trainSeconds;
            result.epochSamplesPerSecond.push_back(double(session.trainPart.size()) /
                                                   std::max(1e-9, totals.trainSeconds));
            EpochEvent event;
            event.epoch = epoch + 1;
            event.epochs = project_.training.epochs;
            event.trainLoss = totals.lossSum / double(totals.seen);
            event.trainAccuracy = double(totals.correct) / double(totals.seen);
            event.valLoss = event.valAccuracy = std::numeric_limits<double>::quiet_NaN();
            event.seconds = totals.trainSeconds;
            event.samplesPerSecond = result.epochSamplesPerSecond.back();
            event.classes = model_->outputShape().empty() ? 0 : model_->outputShape()[0];
            event.baseLearningRate = project_.training.learningRate;
            event.warning = chanceLevelWarning(event);
            validate(session, epoch, &event, result);
            if (Continue exit = endEpoch(session, epoch, event, result))
                return *exit;
        }
        return finish(session, result);
    } catch (const std::exception& e) {
        return {TrainingStatus::Failed,
                QCoreApplication::translate("Trainer", "Training failed: %1").arg(firstLine(e.what()))};
    }
}

QString Trainer::chanceLevelWarning(const EpochEvent& epoch)
{
    const int64_t classes = epoch.classes;
    const double learningRate = epoch.baseLearningRate;
    // Guessing among K classes scores 1/K at a loss of ln K (a uniform answer), or worse when
    // the model sticks to one class. A whole epoch there learned nothing: the rate is usually
    // too high (the weights blew up into one answer) or, less often, far too low.
    // The first epoch starts from random weights, at chance by definition, and its mean
    // carries that start: from the second on, chance level is a sign.
    if (classes < 2 || epoch.epoch < 2 || !std::isfinite(epoch.trainLoss))
        return {};
    const double chanceLoss = std::log(double(classes));
    if (epoch.trainLoss < 0.9 * chanceLoss || epoch.trainAccuracy > 1.5 / double(classes))
        return {};
    return QCoreApplication::translate("Trainer",
                                       "Epoch %1 stayed at chance level: loss %2 (guessing among %3 classes "
                                       "scores %4), accuracy %5%. The learning rate %6 is probably too high: "
                                       "try %7.")
        .arg(epoch.epoch)
        .arg(epoch.trainLoss, 0, 'f', 3)
        .arg(classes)
        .arg(chanceLoss, 0, 'f', 3)
        .arg(100.0 * epoch.trainAccuracy, 0, 'f', 1)
        .arg(learningRate)
        .arg(learningRate / 10);
}

Trainer::Continue Trainer::prepare(Session& session, TrainingResult& result)
{
    const TrainingSettings& s = project_.training;
    ComputeDevice::configureThreads(s.threads);
    ComputeDevice::retainFreedMemory();
    QString note, error;
    if (!ComputeDevice::choose(s.device, &session.device, &note, &error))
        return Exit{TrainingStatus::Failed, error};
    if (!note.isEmpty())
        status(TrainingStatus::Preparing, note);
    session.mixedPrecision = s.mixedPrecision && session.device.is_cuda();
    if (s.mixedPrecision && !session.device.is_cuda())
        status(TrainingStatus::Preparing,
               QCoreApplication::translate("Trainer", "Mixed precision needs CUDA; training in float32"));
    result.device = ComputeDevice::name(session.device);

    // Validation split: stratified and seeded, so every class is represented in it.
    session.split = DatasetSplit::validation(data_.train.labels, s);
    session.trainPart = data_.train.subset(session.split.kept);
    session.valPart = data_.train.subset(session.split.heldOut);
    if (session.trainPart.size() == 0)
        return Exit{TrainingStatus::Failed,
                    QCoreApplication::translate("Trainer", "The validation split leaves no samples to train on")};
    if (result.project.normalization.mean.empty())
        result.project.normalization = computeNormalization(session.trainPart.images);
    session.normalization = result.project.normalization;
    // What the training strokes look like, for bringing drawings to them (InkPreprocessor).
    if (!result.project.stroke.isKnown())
        result.project.stroke = StrokeMeter::measure(session.trainPart.images);
    session.batchSize = s.batchSize;
    session.batches = int((session.trainPart.size() + session.batchSize - 1) / session.batchSize);
    session.earlyStopping = s.earlyStopPatience > 0 && session.valPart.size() > 0;

    // Exactly the project's settings: the ones the Data page previews and the file stores.
    session.augmentation = AugmentationPipeline(s.augmentation);
    // Augmentation (OpenCV, per sample) is worth a worker thread that prepares the next
    // batch during this step, when a core is free for it. Without augmentation a batch is
    // one gather and one conversion (tens of microseconds), cheaper here than the hand-over;
    // and when torch's intra-op threads take every core, a third busy thread preempts one of
    // them and stalls every parallel region it joins (the digits preset cost 20–30% of the
    // speed on 2 cores that way): then the batch is augmented here, on those same threads.
    session.prefetch = !s.augmentation.isIdentity() && std::thread::hardware_concurrency() > unsigned(torch::get_num_threads());
    session.trainImages = session.trainPart.images.to(session.device);
    session.trainLabels = session.trainPart.labels.to(session.device);
    session.valImages = session.valPart.images.to(session.device);
    return std::nullopt;
}

Trainer::Continue Trainer::buildModel(Session& session)
{
    torch::manual_seed(uint64_t(project_.training.seed));
    model_ = GraphModule(project_.graph);
    model_->to(session.device);
    useChannelsLast(model_);
    QString error;
    session.optimizer = OptimizerFactory::create(project_.training, model_->parameters(), &error);
    if (!session.optimizer)
        return Exit{TrainingStatus::Failed, error};
    session.schedule = std::make_unique<LearningRateSchedule>(project_.training, session.batches);
    return std::nullopt;
}

Trainer::Continue Trainer::resume(Session& session, TrainingResult& result)
{
    if (options_.resumeCheckpoint.isEmpty())
        return std::nullopt;
    QString error;
    if (!Checkpoint::load(options_.resumeCheckpoint, model_, *session.optimizer, &session.progress, &error))
        return Exit{TrainingStatus::Failed, error, true};
    useChannelsLast(model_);
    session.schedule->restore(session.progress.scheduleState);
    result.epochsCompleted = session.progress.epochsCompleted;
    result.bestEpoch = session.progress.bestEpoch;
    result.bestValAccuracy = session.progress.bestValAccuracy;
    return std::nullopt;
}

Trainer::Continue Trainer::trainEpoch(Session& session, int epoch, EpochTotals* totals)
{
    const TrainingSettings& s = project_.training;
    const torch::Device device = session.device;
    const int64_t batchSize = session.batchSize;
    const int64_t trainCount = session.trainPart.size();
    const int batches = session.batches;
    torch::optim::Optimizer& optimizer = *session.optimizer;
    model_->train();
    // Gathering, augmenting and normalising the next batch overlaps this one's step.
    const uint64_t epochSeed = uint64_t(s.seed) * 1000003u + uint64_t(epoch) + 1;
    BatchPrefetcher::Options batching;
    batching.batchSize = batchSize;
    batching.seed = epochSeed;
    batching.normalization = session.normalization;
    const torch::Tensor epochOrder = DatasetSplit::shuffled(trainCount, epochSeed);
    std::unique_ptr<BatchPrefetcher> prefetcher;
    if (session.prefetch)
        prefetcher = std::make_unique<BatchPrefetcher>(session.trainPart, epochOrder, session.augmentation, batching);
    const torch::Tensor deviceOrder = epochOrder.to(device);
    PreparedBatch prepared;
    double lossSum = 0;
    torch::Tensor correct = torch::zeros({}, torch::TensorOptions(torch::kInt64).device(device));
    int64_t seen = 0;
    double lastRate = -1;
    double trainSeconds = 0;
    auto lastEvent = Clock::now() - std::chrono::seconds(1);
    auto segmentStart = Clock::now();

    for (int b = 0; b < batches; ++b) {
        if (control_ && control_->pauseRequested()) {
            trainSeconds += secondsSince(segmentStart);
            status(TrainingStatus::Paused);
            const bool go = control_->waitIfPaused();
            segmentStart = Clock::now();
            if (go)
                status(TrainingStatus::Running);
        }
        if (control_ && control_->cancelRequested())
            return Exit{TrainingStatus::Cancelled,
                        QCoreApplication::translate("Trainer", "Training cancelled in epoch %1, batch %2")
                            .arg(epoch + 1)
                            .arg(b + 1)};
        if (prefetcher) {
            if (!prefetcher->next(&prepared))
                throw std::runtime_error("the batch prefetcher ended early");
        } else {
            const torch::Tensor index =
                deviceOrder.slice(0, int64_t(b) * batchSize, std::min(trainCount, int64_t(b + 1) * batchSize));
            prepared.labels = session.trainLabels.index_select(0, index);
            torch::Tensor images = session.trainImages.index_select(0, index);
            if (!session.augmentation.settings().isIdentity())
                images = BatchPrefetcher::augment(session.augmentation, images, epochSeed, b, /*parallel=*/true);
            prepared.input = toModelInput(images, session.normalization);
        }
        const torch::Tensor x = prepared.input.to(device).contiguous(torch::MemoryFormat::ChannelsLast);
        const torch::Tensor y = prepared.labels.to(device);
        const int64_t n = y.size(0);

        const double rate = session.schedule->rateAt(epoch, b);
        if (rate != lastRate) {
            OptimizerFactory::setLearningRate(optimizer, rate);
            lastRate = rate;
        }
        optimizer.zero_grad();
        torch::Tensor logits;
        if (session.mixedPrecision) {
            at::autocast::set_enabled(true);
            logits = model_->forwardLogits(x).to(torch::kFloat32);
            at::autocast::set_enabled(false);
            at::autocast::clear_cache();
        } else {
            logits = model_->forwardLogits(x);
        }
        const torch::Tensor loss = torch::nn::functional::cross_entropy(
            logits, y, torch::nn::functional::CrossEntropyFuncOptions().label_smoothing(s.labelSmoothing));
        const double lossValue = loss.item<double>();
        if (!std::isfinite(lossValue))
            return Exit{TrainingStatus::Failed,
                        QCoreApplication::translate("Trainer",
                                                    "The loss became %1 in epoch %2, batch %3. Training "
                                                    "diverged: try a lower learning rate (now %4).")
                            .arg(std::isnan(lossValue) ? QStringLiteral("NaN") : QStringLiteral("Inf"))
                            .arg(epoch + 1)
                            .arg(b + 1)
                            .arg(rate)};
        if (session.mixedPrecision) {
            session.scaler.scale(loss).backward();
            if (session.scaler.unscale(optimizer))
                optimizer.step();
        } else {
            loss.backward();
            optimizer.step();
        }
        lossSum += lossValue * double(n);
        correct += logits.detach().argmax(1).eq(y).sum();
        seen += n;

        // Coalesced: a chart cannot use more than ~20 updates a second.
        const bool lastBatch = b + 1 == batches;
        if (observer_ && (lastBatch || Clock::now() - lastEvent >= std::chrono::milliseconds(50))) {
            lastEvent = Clock::now();
            BatchEvent e;
            e.epoch = epoch + 1;
            e.batch = b + 1;
            e.batchesPerEpoch = batches;
            e.samplesSeen = seen;
            e.loss = lossSum / double(seen);
            e.accuracy = double(correct.item<int64_t>()) / double(seen);
            e.learningRate = rate;
            e.samplesPerSecond = double(seen) / std::max(1e-9, trainSeconds + secondsSince(segmentStart));
            observer_->onBatch(e);
        }
    }
    trainSeconds += secondsSince(segmentStart);
    totals->lossSum = lossSum;
    totals->correct = correct.item<int64_t>();
    totals->seen = seen;
    totals->trainSeconds = trainSeconds;
    // The weights changed: an earlier validation no longer describes them.
    session.lastValidation.reset();
    return std::nullopt;
}

void Trainer::validate(Session& session, int epoch, EpochEvent* event, TrainingResult& result)
{
    if (session.valPart.size() == 0)
        return;
    TrainingProgress& progress = session.progress;
    const ModelPredictions val = ModelPredictions::compute(model_, session.valImages, session.valPart.labels,
                                                           session.normalization, session.device);
    EvaluationEvent evaluation;
    evaluation.split = EvaluationEvent::Split::Validation;
    evaluation.epoch = epoch + 1;
    evaluation.report = ClassificationReport::compute(val.probabilities, val.labels);
    // The same predictions, sample by sample, named by their positions in the training set.
    evaluation.samples = SamplePredictions::from(val, session.valPart.images, session.split.heldOut);
    session.lastValidation = evaluation.report;
    event->valLoss = val.meanLoss;
    event->valAccuracy = evaluation.report.accuracy;
    result.finalValAccuracy = event->valAccuracy;
    // Best = highest validation accuracy; equal accuracy with a lower loss also counts.
    const bool better = !(progress.bestValAccuracy >= event->valAccuracy) ||
                        (event->valAccuracy == progress.bestValAccuracy && event->valLoss < progress.bestValLoss);
    if (better) {
        progress.bestValAccuracy = event->valAccuracy;
        progress.bestValLoss = event->valLoss;
        progress.bestEpoch = epoch + 1;
        progress.epochsWithoutImprovement = 0;
        if (session.earlyStopping)
            progress.bestWeights = Checkpoint::copyWeights(model_);
    } else {
        ++progress.epochsWithoutImprovement;
    }
    event->best = better;
    result.bestEpoch = progress.bestEpoch;
    result.bestValAccuracy = progress.bestValAccuracy;
    if (observer_)
        observer_->onEvaluation(evaluation);
}

Trainer::Continue Trainer::endEpoch(Session& session, int epoch, EpochEvent& event, TrainingResult& result)
{
    const TrainingSettings& s = project_.training;
    TrainingProgress& progress = session.progress;
    session.schedule->epochEnded(event.valLoss);
    event.learningRate = session.schedule->rateAt(epoch + 1 < s.epochs ? epoch + 1 : epoch, 0);
    progress.epochsCompleted = epoch + 1;
    progress.scheduleState = session.schedule->state();
    result.epochsCompleted = epoch + 1;
    QString error;
    if (!options_.checkpointPath.isEmpty() &&
        !Checkpoint::save(options_.checkpointPath, model_, *session.optimizer, progress, &error))
        return Exit{TrainingStatus::Failed, error};
    if (observer_)
        observer_->onEpoch(event);
    if (session.earlyStopping && progress.epochsWithoutImprovement >= s.earlyStopPatience && epoch + 1 < s.epochs)
        return finish(session, result);
    return std::nullopt;
}

Trainer::Exit Trainer::finish(Session& session, TrainingResult& result)
{
    const TrainingProgress& progress = session.progress;
    const bool stoppedEarly = progress.epochsCompleted < project_.training.epochs;
    result.epochsCompleted = progress.epochsCompleted;
    result.bestEpoch = progress.bestEpoch;
    result.bestValAccuracy = progress.bestValAccuracy;

    // With early stopping the run's result is always the best epoch's weights.
    if (session.earlyStopping && !progress.bestWeights.empty()) {
        Checkpoint::restoreWeights(model_, progress.bestWeights);
        session.lastValidation.reset();
    }
    if (session.valPart.size() > 0) {
        // The last epoch's validation describes these weights unless others were restored.
        if (!session.lastValidation) {
            const ModelPredictions val = ModelPredictions::compute(model_, session.valImages, session.valPart.labels,
                                                                   session.normalization, session.device);
            session.lastValidation = ClassificationReport::compute(val.probabilities, val.labels);
        }
        result.validation = session.lastValidation;
        result.finalValAccuracy = result.validation->accuracy;
    }
    if (options_.evaluateTest && data_.test.size() > 0) {
        const ModelPredictions test = ModelPredictions::compute(model_, data_.test.images, data_.test.labels,
                                                                session.normalization, session.device);
        EvaluationEvent evaluation;
        evaluation.split = EvaluationEvent::Split::Test;
        evaluation.epoch = session.earlyStopping ? progress.bestEpoch : progress.epochsCompleted;
        evaluation.report = ClassificationReport::compute(test.probabilities, test.labels);
        evaluation.samples =
            SamplePredictions::from(test, data_.test.images, torch::arange(data_.test.size(), torch::kInt64));
        result.test = evaluation.report;
        result.testAccuracy = evaluation.report.accuracy;
        if (observer_)
            observer_->onEvaluation(evaluation);
    }
    if (stoppedEarly)
        return {TrainingStatus::EarlyStopped,
                QCoreApplication::translate("Trainer", "Stopped early after epoch %1: the validation "
                                                       "accuracy last improved in epoch %2, whose weights "
                                                       "were restored")
                    .arg(result.epochsCompleted)
                    .arg(result.bestEpoch)};
    return {TrainingStatus::Finished, {}};
}

} // namespace netsmith
