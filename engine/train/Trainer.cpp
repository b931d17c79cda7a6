#include "train/Trainer.h"

#include "data/AugmentationPipeline.h"
#include "data/BatchPrefetcher.h"
#include "data/DatasetSplit.h"
#include "data/InputNormalization.h"
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

TrainingResult Trainer::run()
{
    const TrainingSettings& s = project_.training;
    TrainingResult result;
    result.project = project_;
    auto status = [&](TrainingStatus st, const QString& message) {
        if (observer_)
            observer_->onStatus({st, message});
    };
    auto finish = [&](TrainingStatus st, const QString& message) {
        result.status = st;
        result.message = message;
        status(st, message);
        return result;
    };

    status(TrainingStatus::Preparing, {});
    if (const QString problem = checkInputs(project_, data_); !problem.isEmpty())
        return finish(TrainingStatus::Failed, problem);

    try {
        ComputeDevice::configureThreads(s.threads);
        ComputeDevice::retainFreedMemory();
        torch::Device device = torch::kCPU;
        QString note, error;
        if (!ComputeDevice::choose(s.device, &device, &note, &error))
            return finish(TrainingStatus::Failed, error);
        if (!note.isEmpty())
            status(TrainingStatus::Preparing, note);
        const bool mixedPrecision = s.mixedPrecision && device.is_cuda();
        if (s.mixedPrecision && !device.is_cuda())
            status(TrainingStatus::Preparing,
                   QCoreApplication::translate("Trainer", "Mixed precision needs CUDA; training in float32"));
        result.device = ComputeDevice::name(device);

        // Validation split: stratified and seeded, so every class is represented in it.
        const SplitIndices split = DatasetSplit::stratified(data_.train.labels, s.validationSplit, uint64_t(s.seed));
        const Dataset trainPart = data_.train.subset(split.kept);
        const Dataset valPart = data_.train.subset(split.heldOut);
        const int64_t valCount = valPart.size();
        if (trainPart.size() == 0)
            return finish(TrainingStatus::Failed,
                          QCoreApplication::translate("Trainer", "The validation split leaves no samples to train on"));
        if (result.project.normalization.mean.empty())
            result.project.normalization = computeNormalization(trainPart.images);
        const Normalization normalization = result.project.normalization;

        torch::manual_seed(uint64_t(s.seed));
        model_ = GraphModule(result.project.graph);
        model_->to(device);
        useChannelsLast(model_);
        std::unique_ptr<torch::optim::Optimizer> optimizer = OptimizerFactory::create(s, model_->parameters(), &error);
        if (!optimizer)
            return finish(TrainingStatus::Failed, error);

        const int64_t trainCount = trainPart.size();
        const int64_t batchSize = s.batchSize;
        const int batches = int((trainCount + batchSize - 1) / batchSize);
        LearningRateSchedule schedule(s, batches);
        TrainingProgress progress;
        const bool earlyStopping = s.earlyStopPatience > 0 && valCount > 0;
        if (!options_.resumeCheckpoint.isEmpty()) {
            if (!Checkpoint::load(options_.resumeCheckpoint, model_, *optimizer, &progress, &error))
                return finish(TrainingStatus::Failed, error);
            useChannelsLast(model_);
            schedule.restore(progress.scheduleState);
            result.bestEpoch = progress.bestEpoch;
            result.bestValAccuracy = progress.bestValAccuracy;
        }

        // Exactly the project's settings: the ones the Data page previews and the file stores.
        const AugmentationPipeline augmentation(s.augmentation);
        // Augmentation (OpenCV, per sample) is worth a worker thread that prepares the next
        // batch during this step. Without it a batch is one gather and one conversion (tens
        // of microseconds), cheaper here than the hand-over; and a third busy thread would
        // preempt one of torch's intra-op threads and stall every parallel region it joins.
        const bool prefetch = !s.augmentation.isIdentity();
        const torch::Tensor trainImages = trainPart.images.to(device);
        const torch::Tensor trainLabels = trainPart.labels.to(device);
        const torch::Tensor valImages = valPart.images.to(device);
        LossScaler scaler;
        bool stoppedEarly = false;

        status(TrainingStatus::Running, {});
        for (int epoch = progress.epochsCompleted; epoch < s.epochs; ++epoch) {
            model_->train();
            // Gathering, augmenting and normalising the next batch overlaps this one's step.
            const uint64_t epochSeed = uint64_t(s.seed) * 1000003u + uint64_t(epoch) + 1;
            BatchPrefetcher::Options batching;
            batching.batchSize = batchSize;
            batching.seed = epochSeed;
            batching.normalization = normalization;
            const torch::Tensor epochOrder = DatasetSplit::shuffled(trainCount, epochSeed);
            std::unique_ptr<BatchPrefetcher> prefetcher;
            if (prefetch)
                prefetcher = std::make_unique<BatchPrefetcher>(trainPart, epochOrder, augmentation, batching);
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
                    status(TrainingStatus::Paused, {});
                    const bool go = control_->waitIfPaused();
                    segmentStart = Clock::now();
                    if (go)
                        status(TrainingStatus::Running, {});
                }
                if (control_ && control_->cancelRequested()) {
                    result.epochsCompleted = epoch;
                    useContiguousLayout(model_);
                    model_->to(torch::kCPU);
                    return finish(TrainingStatus::Cancelled,
                                  QCoreApplication::translate("Trainer", "Training cancelled in epoch %1, batch %2")
                                      .arg(epoch + 1)
                                      .arg(b + 1));
                }
                if (prefetcher) {
                    if (!prefetcher->next(&prepared))
                        throw std::runtime_error("the batch prefetcher ended early");
                } else {
                    const torch::Tensor index =
                        deviceOrder.slice(0, int64_t(b) * batchSize, std::min(trainCount, int64_t(b + 1) * batchSize));
                    prepared.labels = trainLabels.index_select(0, index);
                    prepared.input = toModelInput(trainImages.index_select(0, index), normalization);
                }
                const torch::Tensor x = prepared.input.to(device).contiguous(torch::MemoryFormat::ChannelsLast);
                const torch::Tensor y = prepared.labels.to(device);
                const int64_t n = y.size(0);

                const double rate = schedule.rateAt(epoch, b);
                if (rate != lastRate) {
                    OptimizerFactory::setLearningRate(*optimizer, rate);
                    lastRate = rate;
                }
                optimizer->zero_grad();
                torch::Tensor logits;
                if (mixedPrecision) {
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
                if (!std::isfinite(lossValue)) {
                    result.epochsCompleted = epoch;
                    model_->to(torch::kCPU);
                    return finish(TrainingStatus::Failed,
                                  QCoreApplication::translate("Trainer",
                                                              "The loss became %1 in epoch %2, batch %3. Training "
                                                              "diverged: try a lower learning rate (now %4).")
                                      .arg(std::isnan(lossValue) ? QStringLiteral("NaN") : QStringLiteral("Inf"))
                                      .arg(epoch + 1)
                                      .arg(b + 1)
                                      .arg(rate));
                }
                if (mixedPrecision) {
                    scaler.scale(loss).backward();
                    if (scaler.unscale(*optimizer))
                        optimizer->step();
                } else {
                    loss.backward();
                    optimizer->step();
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
            result.trainSeconds += trainSeconds;
            result.epochSamplesPerSecond.push_back(double(trainCount) / std::max(1e-9, trainSeconds));

            EpochEvent ev;
            ev.epoch = epoch + 1;
            ev.epochs = s.epochs;
            ev.trainLoss = lossSum / double(seen);
            ev.trainAccuracy = double(correct.item<int64_t>()) / double(seen);
            ev.valLoss = ev.valAccuracy = std::numeric_limits<double>::quiet_NaN();
            ev.seconds = trainSeconds;
            ev.samplesPerSecond = result.epochSamplesPerSecond.back();
            if (valCount > 0) {
                const ModelPredictions val =
                    ModelPredictions::compute(model_, valImages, valPart.labels, normalization, device);
                EvaluationEvent evaluation;
                evaluation.split = EvaluationEvent::Split::Validation;
                evaluation.epoch = epoch + 1;
                evaluation.report = ClassificationReport::compute(val.probabilities, val.labels);
                ev.valLoss = val.meanLoss;
                ev.valAccuracy = evaluation.report.accuracy;
                result.finalValAccuracy = ev.valAccuracy;
                // Best = highest validation accuracy; equal accuracy with a lower loss also counts.
                const bool better = !(progress.bestValAccuracy >= ev.valAccuracy) ||
                                    (ev.valAccuracy == progress.bestValAccuracy && ev.valLoss < progress.bestValLoss);
                if (better) {
                    progress.bestValAccuracy = ev.valAccuracy;
                    progress.bestValLoss = ev.valLoss;
                    progress.bestEpoch = epoch + 1;
                    progress.epochsWithoutImprovement = 0;
                    if (earlyStopping)
                        progress.bestWeights = Checkpoint::copyWeights(model_);
                } else {
                    ++progress.epochsWithoutImprovement;
                }
                ev.best = better;
                result.bestEpoch = progress.bestEpoch;
                result.bestValAccuracy = progress.bestValAccuracy;
                if (observer_)
                    observer_->onEvaluation(evaluation);
            }
            schedule.epochEnded(ev.valLoss);
            ev.learningRate = schedule.rateAt(epoch + 1 < s.epochs ? epoch + 1 : epoch, 0);
            progress.epochsCompleted = epoch + 1;
            progress.scheduleState = schedule.state();
            result.epochsCompleted = epoch + 1;
            if (!options_.checkpointPath.isEmpty() &&
                !Checkpoint::save(options_.checkpointPath, model_, *optimizer, progress, &error)) {
                model_->to(torch::kCPU);
                return finish(TrainingStatus::Failed, error);
            }
            if (observer_)
                observer_->onEpoch(ev);
            if (earlyStopping && progress.epochsWithoutImprovement >= s.earlyStopPatience && epoch + 1 < s.epochs) {
                stoppedEarly = true;
                break;
            }
        }
        result.epochsCompleted = progress.epochsCompleted;
        result.bestEpoch = progress.bestEpoch;
        result.bestValAccuracy = progress.bestValAccuracy;

        // With early stopping the run's result is always the best epoch's weights.
        if (earlyStopping && !progress.bestWeights.empty())
            Checkpoint::restoreWeights(model_, progress.bestWeights);
        if (valCount > 0) {
            const ModelPredictions val = ModelPredictions::compute(model_, valImages, valPart.labels, normalization, device);
            result.validation = ClassificationReport::compute(val.probabilities, val.labels);
            result.finalValAccuracy = result.validation->accuracy;
        }
        if (options_.evaluateTest && data_.test.size() > 0) {
            const ModelPredictions test =
                ModelPredictions::compute(model_, data_.test.images, data_.test.labels, normalization, device);
            EvaluationEvent evaluation;
            evaluation.split = EvaluationEvent::Split::Test;
            evaluation.epoch = earlyStopping ? progress.bestEpoch : progress.epochsCompleted;
            evaluation.report = ClassificationReport::compute(test.probabilities, test.labels);
            result.test = evaluation.report;
            result.testAccuracy = evaluation.report.accuracy;
            if (observer_)
                observer_->onEvaluation(evaluation);
        }
        useContiguousLayout(model_);
        model_->to(torch::kCPU);
        if (stoppedEarly)
            return finish(TrainingStatus::EarlyStopped,
                          QCoreApplication::translate("Trainer", "Stopped early after epoch %1: the validation "
                                                                 "accuracy last improved in epoch %2, whose weights "
                                                                 "were restored")
                              .arg(result.epochsCompleted)
                              .arg(result.bestEpoch));
        return finish(TrainingStatus::Finished, {});
    } catch (const std::exception& e) {
        if (model_)
            model_->to(torch::kCPU);
        return finish(TrainingStatus::Failed,
                      QCoreApplication::translate("Trainer", "Training failed: %1").arg(firstLine(e.what())));
    }
}

} // namespace netsmith
