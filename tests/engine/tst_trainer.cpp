// Trainer on tiny synthetic data: it learns, is reproducible for a seed, a resumed run equals
// an uninterrupted one, early stopping restores the best epoch, the NaN guard fires,
// cancel/pause act within one batch, every exit leaves the model and the checkpoint in the
// same state, and evaluations carry the per-sample result they were computed from.
#include "GraphBuilder.h"
#include "SyntheticData.h"

#include "data/DatasetSplit.h"
#include "evaluation/SamplePredictions.h"
#include "train/Checkpoint.h"
#include "train/OptimizerFactory.h"
#include "train/Trainer.h"
#include "train/TrainingControl.h"

#include <QtTest>
#include <thread>

using namespace netsmith;
using namespace netsmith::test;

namespace {

Project tinyProject(int classes = 3, bool conv = false)
{
    Project p;
    p.name = QStringLiteral("tiny");
    if (conv)
        p.graph = chain({{"Input", params({{"channels", 1}, {"height", 8}, {"width", 8}})},
                         {"Conv2d", params({{"out_channels", 4}, {"kernel_size", 3}})},
                         {"ReLU"},
                         {"MaxPool2d", params({{"kernel_size", 2}})},
                         {"Dropout", params({{"p", 0.3}})},
                         {"Flatten"},
                         {"Linear", params({{"out_features", classes}})}});
    else
        p.graph = chain({{"Input", params({{"channels", 1}, {"height", 8}, {"width", 8}})},
                         {"Flatten"},
                         {"Linear", params({{"out_features", classes}})}});
    p.training.epochs = 3;
    // A constant rate: three tiny epochs are too few for the default cosine decay, and
    // these tests are about the loop, not the schedule (schedules have their own tests).
    p.training.schedule = QStringLiteral("constant");
    p.training.batchSize = 16;
    p.training.threads = 1;
    p.training.seed = 7;
    return p;
}

DatasetSplits tinyData(int classes = 3, bool randomLabels = false)
{
    DatasetSplits d;
    d.train = syntheticBars(240, classes, 11, 8, 1, randomLabels);
    d.test = syntheticBars(90, classes, 12, 8, 1, randomLabels);
    return d;
}

bool sameWeights(GraphModule a, GraphModule b)
{
    const auto pa = a->parameters(), pb = b->parameters();
    if (pa.size() != pb.size())
        return false;
    for (size_t i = 0; i < pa.size(); ++i)
        if (!torch::equal(pa[i], pb[i]))
            return false;
    return true;
}

struct Recorder : TrainingObserver
{
    std::vector<BatchEvent> batches;
    std::vector<EpochEvent> epochs;
    std::vector<EvaluationEvent> evaluations;
    std::vector<TrainingStatus> statuses;
    std::function<void(const BatchEvent&)> onEachBatch;
    void onBatch(const BatchEvent& e) override
    {
        batches.push_back(e);
        if (onEachBatch)
            onEachBatch(e);
    }
    void onEpoch(const EpochEvent& e) override { epochs.push_back(e); }
    void onEvaluation(const EvaluationEvent& e) override { evaluations.push_back(e); }
    void onStatus(const StatusEvent& e) override { statuses.push_back(e.status); }
};

/// The state every exit of Trainer::run() promises (Trainer.h): the model on the CPU in eval
/// mode with contiguous weights, the checkpoint (if any) at the last completed epoch, and the
/// observer's last status the result's. Returns an empty string when all hold.
QString exitStateProblem(const Trainer& trainer, const TrainingResult& r, const Recorder& recorder,
                         const QString& checkpoint)
{
    GraphModule model = trainer.model();
    if (!model)
        return QStringLiteral("no model");
    if (model->is_training())
        return QStringLiteral("model left in training mode");
    for (const torch::Tensor& p : model->parameters()) {
        if (p.device() != torch::kCPU)
            return QStringLiteral("a parameter is not on the CPU");
        if (!p.is_contiguous())
            return QStringLiteral("a parameter is left in channels_last");
    }
    if (recorder.statuses.empty() || recorder.statuses.back() != r.status)
        return QStringLiteral("the last status event is not the result's");
    if (!checkpoint.isEmpty()) {
        if (r.epochsCompleted == 0)
            return QFileInfo::exists(checkpoint) ? QStringLiteral("a checkpoint without a completed epoch")
                                                 : QString();
        GraphModule fresh(r.project.graph);
        QString error;
        auto optimizer = OptimizerFactory::create(r.project.training, fresh->parameters(), &error);
        TrainingProgress progress;
        if (!Checkpoint::load(checkpoint, fresh, *optimizer, &progress, &error))
            return error;
        if (progress.epochsCompleted != r.epochsCompleted)
            return QStringLiteral("the checkpoint holds epoch %1, the run completed %2")
                .arg(progress.epochsCompleted)
                .arg(r.epochsCompleted);
    }
    return {};
}

/// Throws from inside the training loop, as a failing observer or data source would.
struct ThrowingRecorder : Recorder
{
    int throwInEpoch = 2;
    void onBatch(const BatchEvent& e) override
    {
        Recorder::onBatch(e);
        if (e.epoch == throwInEpoch)
            throw std::runtime_error("observer exploded");
    }
};

} // namespace

class TestTrainer : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;

    /// Trains with a checkpoint in dir_/<name>/ and checks the state the exit left
    /// (exitStateProblem); the caller checks which exit it was.
    TrainingResult runToExit(const QString& name, const Project& project, const DatasetSplits& data,
                             Recorder& recorder, std::shared_ptr<TrainingControl> control = {},
                             bool checkpointWritable = true)
    {
        const QString checkpoint = dir_.filePath(name + QStringLiteral("/checkpoint.pt"));
        Trainer trainer(project, data, {checkpoint, {}, true});
        trainer.setObserver(&recorder);
        trainer.setControl(std::move(control));
        const TrainingResult r = trainer.run();
        const QString problem = exitStateProblem(trainer, r, recorder, checkpointWritable ? checkpoint : QString());
        if (!problem.isEmpty())
            QTest::qFail(qPrintable(problem), __FILE__, __LINE__);
        if (!checkpointWritable && QFileInfo::exists(checkpoint))
            QTest::qFail("a checkpoint was written where none can be", __FILE__, __LINE__);
        return r;
    }

private Q_SLOTS:
    void learnsTheBars()
    {
        Trainer trainer(tinyProject(), tinyData());
        Recorder recorder;
        trainer.setObserver(&recorder);
        const TrainingResult r = trainer.run();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.epochsCompleted, 3);
        QVERIFY2(r.testAccuracy > 0.9, qPrintable(QString::number(r.testAccuracy)));
        QVERIFY(r.test.has_value());
        QCOMPARE(recorder.epochs.size(), size_t(3));
        QVERIFY(!recorder.batches.empty());
        QCOMPARE(recorder.batches.back().batch, recorder.batches.back().batchesPerEpoch);
        QVERIFY(!std::isnan(recorder.epochs.back().valAccuracy));
        QCOMPARE(recorder.statuses.back(), TrainingStatus::Finished);
        // Normalisation was computed from the training part and kept with the project.
        QCOMPARE(r.project.normalization.mean.size(), size_t(1));
    }

    void sameSeedSameWeights()
    {
        Project p = tinyProject(3, /*conv=*/true);
        Trainer a(p, tinyData()), b(p, tinyData());
        QVERIFY(a.run().ok());
        QVERIFY(b.run().ok());
        QVERIFY(sameWeights(a.model(), b.model()));
        p.training.seed = 8;
        Trainer c(p, tinyData());
        QVERIFY(c.run().ok());
        QVERIFY(!sameWeights(a.model(), c.model()));
    }

    void trainsWithTheProjectsAugmentation()
    {
        // The project's own settings drive the batches: with a rotation the weights differ
        // from a run without one, and the same rotation and seed give the same weights again.
        Project p = tinyProject(3, /*conv=*/true);
        Trainer plain(p, tinyData());
        QVERIFY(plain.run().ok());
        p.training.augmentation.rotationDegrees = 30;
        Trainer rotated(p, tinyData()), again(p, tinyData());
        QVERIFY(rotated.run().ok());
        QVERIFY(again.run().ok());
        QVERIFY(!sameWeights(plain.model(), rotated.model()));
        QVERIFY(sameWeights(rotated.model(), again.model()));
    }

    void resumeEqualsUninterruptedRun()
    {
        // Dropout in the model makes the random generator state part of what must survive.
        Project p = tinyProject(3, /*conv=*/true);
        p.training.epochs = 4;
        p.training.schedule = QStringLiteral("cosine");
        Trainer full(p, tinyData());
        QVERIFY(full.run().ok());

        const QString checkpoint = dir_.filePath(QStringLiteral("resume/checkpoint.pt"));
        Project firstHalf = p;
        firstHalf.training.epochs = 4;
        auto control = std::make_shared<TrainingControl>();
        Trainer first(firstHalf, tinyData(), {checkpoint, {}, true});
        Recorder stopper;
        // Cancel at the start of epoch 3: the checkpoint holds epochs 1-2.
        stopper.onEachBatch = [&](const BatchEvent& e) {
            if (e.epoch == 3)
                control->requestCancel();
        };
        first.setObserver(&stopper);
        first.setControl(control);
        const TrainingResult interrupted = first.run();
        QCOMPARE(interrupted.status, TrainingStatus::Cancelled);
        QVERIFY(QFileInfo::exists(checkpoint));

        Trainer resumed(p, tinyData(), {{}, checkpoint, true});
        const TrainingResult r = resumed.run();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.epochsCompleted, 4);
        QVERIFY(sameWeights(full.model(), resumed.model()));
    }

    void earlyStoppingRestoresTheBestEpoch()
    {
        // Labels unrelated to the images: validation accuracy wanders, training overfits.
        Project p = tinyProject();
        p.training.epochs = 30;
        p.training.earlyStopPatience = 2;
        p.training.learningRate = 0.05;
        Recorder recorder;
        Trainer trainer(p, tinyData(3, /*randomLabels=*/true));
        trainer.setObserver(&recorder);
        const TrainingResult r = trainer.run();
        QCOMPARE(r.status, TrainingStatus::EarlyStopped);
        QVERIFY(r.epochsCompleted < 30);
        QVERIFY(r.bestEpoch < r.epochsCompleted);
        double best = 0;
        for (const EpochEvent& e : recorder.epochs)
            best = std::max(best, e.valAccuracy);
        QCOMPARE(r.bestValAccuracy, best);
        QVERIFY(recorder.epochs[size_t(r.bestEpoch - 1)].best);
        // The returned weights are the best epoch's: re-evaluating them gives its accuracy.
        QVERIFY(r.validation.has_value());
        QCOMPARE(r.validation->accuracy, best);
        QVERIFY(recorder.epochs.back().valAccuracy != best || r.bestEpoch == r.epochsCompleted);
    }

    void nanGuardNamesEpochAndBatch()
    {
        Project p = tinyProject();
        p.normalization.mean = {0.0};
        p.normalization.std = {1e-45}; // inputs overflow to inf: the first loss is NaN
        Trainer trainer(p, tinyData());
        const TrainingResult r = trainer.run();
        QCOMPARE(r.status, TrainingStatus::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("epoch 1, batch 1")), qPrintable(r.message));
        QVERIFY(r.message.contains(QStringLiteral("lower learning rate")));
    }

    void chanceLevelIsWarnedWithTheRateAdvice()
    {
        // Issue 15: Adam at lr 10 "finished" at 10% accuracy with no word. A whole epoch at a
        // loss near ln K and an accuracy near 1/K says so, with a lower rate to try.
        EpochEvent e;
        e.epoch = 2;
        e.classes = 10;
        e.baseLearningRate = 10;
        e.trainLoss = 2.31; // ln 10 = 2.303
        e.trainAccuracy = 0.098;
        const QString w = Trainer::chanceLevelWarning(e);
        QVERIFY2(w.contains(QStringLiteral("Epoch 2 stayed at chance level")) && w.contains(QStringLiteral("try 1.")),
                 qPrintable(w));
        e.trainLoss = 14.0; // stuck on one class: worse than guessing
        QVERIFY(!Trainer::chanceLevelWarning(e).isEmpty());
        e.trainAccuracy = 0.4; // learning
        QVERIFY(Trainer::chanceLevelWarning(e).isEmpty());
        e.trainAccuracy = 0.098;
        e.trainLoss = 1.2; // the loss falls
        QVERIFY(Trainer::chanceLevelWarning(e).isEmpty());

        // A run that learns is never warned; the events carry the classes and the rate.
        Trainer trainer(tinyProject(), tinyData());
        Recorder recorder;
        trainer.setObserver(&recorder);
        QVERIFY(trainer.run().ok());
        for (const EpochEvent& epoch : recorder.epochs) {
            QVERIFY2(epoch.warning.isEmpty(), qPrintable(epoch.warning));
            QVERIFY(epoch.classes >= 2);
            QCOMPARE(epoch.baseLearningRate, tinyProject().training.learningRate);
        }
    }

    void cancelWithinOneBatch()
    {
        Project p = tinyProject();
        p.training.batchSize = 4;
        auto control = std::make_shared<TrainingControl>();
        Recorder recorder;
        recorder.onEachBatch = [&](const BatchEvent&) { control->requestCancel(); };
        Trainer trainer(p, tinyData());
        trainer.setObserver(&recorder);
        trainer.setControl(control);
        const TrainingResult r = trainer.run();
        QCOMPARE(r.status, TrainingStatus::Cancelled);
        // The first batch event came after batch 1; the loop stopped before batch 2.
        QCOMPARE(recorder.batches.size(), size_t(1));
        QVERIFY2(r.message.contains(QStringLiteral("epoch 1, batch 2")), qPrintable(r.message));
        QCOMPARE(r.epochsCompleted, 0);
    }

    void pauseAndResume()
    {
        Project p = tinyProject();
        p.training.epochs = 1;
        auto control = std::make_shared<TrainingControl>();
        Recorder recorder;
        std::thread resumer;
        recorder.onEachBatch = [&](const BatchEvent& e) {
            if (e.batch == 1) {
                control->pause();
                resumer = std::thread([control] {
                    std::this_thread::sleep_for(std::chrono::milliseconds(50));
                    control->resume();
                });
            }
        };
        Trainer trainer(p, tinyData());
        trainer.setObserver(&recorder);
        trainer.setControl(control);
        const TrainingResult r = trainer.run();
        resumer.join();
        QVERIFY(r.ok());
        const auto paused = std::find(recorder.statuses.begin(), recorder.statuses.end(), TrainingStatus::Paused);
        QVERIFY(paused != recorder.statuses.end());
        QCOMPARE(*(paused + 1), TrainingStatus::Running);
    }

    void cancelWhilePaused()
    {
        auto control = std::make_shared<TrainingControl>();
        control->pause();
        std::thread canceller([control] {
            std::this_thread::sleep_for(std::chrono::milliseconds(30));
            control->requestCancel();
        });
        Trainer trainer(tinyProject(), tinyData());
        trainer.setControl(control);
        const TrainingResult r = trainer.run();
        canceller.join();
        QCOMPARE(r.status, TrainingStatus::Cancelled);
    }

    void dataThatDoesNotFitIsRefused()
    {
        DatasetSplits d;
        d.train = syntheticBars(20, 3, 1, /*size=*/10, /*channels=*/3);
        const QString problem = Trainer::checkInputs(tinyProject(), d);
        QVERIFY2(problem.contains(QStringLiteral("3×10×10")) && problem.contains(QStringLiteral("1×8×8")),
                 qPrintable(problem));
        DatasetSplits many = tinyData(5);
        QVERIFY(Trainer::checkInputs(tinyProject(3), many).contains(QStringLiteral("5 classes")));
    }

    void optimizersAndSchedulesAllTrain_data()
    {
        QTest::addColumn<QString>("optimizer");
        QTest::addColumn<QString>("schedule");
        QTest::newRow("sgd nesterov step") << QStringLiteral("sgd") << QStringLiteral("step");
        QTest::newRow("adamw onecycle") << QStringLiteral("adamw") << QStringLiteral("onecycle");
        QTest::newRow("rmsprop plateau") << QStringLiteral("rmsprop") << QStringLiteral("plateau");
    }
    void optimizersAndSchedulesAllTrain()
    {
        QFETCH(QString, optimizer);
        QFETCH(QString, schedule);
        Project p = tinyProject();
        p.training.optimizer = optimizer;
        p.training.schedule = schedule;
        p.training.nesterov = optimizer == QLatin1String("sgd");
        p.training.learningRate = optimizer == QLatin1String("sgd") ? 0.05 : 0.01;
        p.training.momentum = optimizer == QLatin1String("rmsprop") ? 0.0 : 0.9;
        p.training.labelSmoothing = 0.1;
        p.training.epochs = 4;
        Trainer trainer(p, tinyData());
        const TrainingResult r = trainer.run();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY2(r.testAccuracy > 0.8, qPrintable(QString::number(r.testAccuracy)));
    }

    // ---- every exit leaves the same state (conv model: its weights train in channels_last)

    void exitFinished()
    {
        Project p = tinyProject(3, /*conv=*/true);
        p.training.epochs = 2;
        Recorder recorder;
        const TrainingResult r = runToExit(QStringLiteral("exit-finished"), p, tinyData(), recorder);
        QCOMPARE(r.status, TrainingStatus::Finished);
        QCOMPARE(r.epochsCompleted, 2);
    }

    void exitEarlyStopped()
    {
        Project p = tinyProject(3, /*conv=*/true);
        p.training.epochs = 30;
        p.training.earlyStopPatience = 1;
        p.training.learningRate = 0.05;
        Recorder recorder;
        const TrainingResult r =
            runToExit(QStringLiteral("exit-early"), p, tinyData(3, /*randomLabels=*/true), recorder);
        QCOMPARE(r.status, TrainingStatus::EarlyStopped);
        QVERIFY(r.epochsCompleted < 30);
    }

    void exitCancelled()
    {
        auto control = std::make_shared<TrainingControl>();
        Recorder recorder;
        recorder.onEachBatch = [&](const BatchEvent& e) {
            if (e.epoch == 2)
                control->requestCancel();
        };
        const TrainingResult r =
            runToExit(QStringLiteral("exit-cancelled"), tinyProject(3, true), tinyData(), recorder, control);
        QCOMPARE(r.status, TrainingStatus::Cancelled);
        QCOMPARE(r.epochsCompleted, 1);
    }

    void exitNanLoss()
    {
        Project p = tinyProject(3, /*conv=*/true);
        p.normalization.mean = {0.0};
        p.normalization.std = {1e-45};
        Recorder recorder;
        const TrainingResult r = runToExit(QStringLiteral("exit-nan"), p, tinyData(), recorder);
        QCOMPARE(r.status, TrainingStatus::Failed);
        QVERIFY(r.message.contains(QStringLiteral("lower learning rate")));
        QCOMPARE(r.epochsCompleted, 0);
    }

    void exitCheckpointFailure()
    {
        // The checkpoint's folder is a file: the first save fails, and says where.
        const QString blocker = dir_.filePath(QStringLiteral("exit-checkpoint"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        Recorder recorder;
        const TrainingResult r = runToExit(QStringLiteral("exit-checkpoint"), tinyProject(3, true), tinyData(),
                                           recorder, {}, /*checkpointWritable=*/false);
        QCOMPARE(r.status, TrainingStatus::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("exit-checkpoint")), qPrintable(r.message));
        QCOMPARE(r.epochsCompleted, 1);   // the epoch ran; only its checkpoint is missing
        QVERIFY(recorder.epochs.empty()); // and it is not reported as a saved epoch
    }

    void exitException()
    {
        ThrowingRecorder recorder;
        const TrainingResult r = runToExit(QStringLiteral("exit-exception"), tinyProject(3, true), tinyData(), recorder);
        QCOMPARE(r.status, TrainingStatus::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("observer exploded")), qPrintable(r.message));
        QCOMPARE(r.epochsCompleted, 1);
    }

    void evaluationsCarryTheirSamples()
    {
        Project p = tinyProject();
        p.training.epochs = 2;
        const DatasetSplits data = tinyData();
        Recorder recorder;
        Trainer trainer(p, data);
        trainer.setObserver(&recorder);
        const TrainingResult r = trainer.run();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(recorder.evaluations.size(), size_t(3)); // validation per epoch, then test
        const torch::Tensor heldOut = DatasetSplit::validation(data.train.labels, p.training).heldOut;
        for (const EvaluationEvent& e : recorder.evaluations) {
            QVERIFY(e.samples);
            const SamplePredictions& s = *e.samples;
            const bool test = e.split == EvaluationEvent::Split::Test;
            const Dataset& split = test ? data.test : data.train;
            // The validation samples are the split rule's, named by their training-set positions.
            QVERIFY(torch::equal(s.indices, test ? torch::arange(data.test.size(), torch::kInt64) : heldOut));
            QVERIFY(torch::equal(s.images, split.images.index_select(0, s.indices)));
            QVERIFY(torch::equal(s.labels, split.labels.index_select(0, s.indices)));
            QCOMPARE(s.size(), e.report.samples);
            QVERIFY(s.confusion(3) == e.report.confusion);
            QVERIFY(torch::allclose(s.probabilities.sum(1), torch::ones({s.size()})));
        }
        // The last validation event describes the returned weights.
        QCOMPARE(r.validation->accuracy, recorder.evaluations[1].report.accuracy);
    }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
