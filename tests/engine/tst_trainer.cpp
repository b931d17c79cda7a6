// Trainer on tiny synthetic data: it learns, is reproducible for a seed, a resumed run equals
// an uninterrupted one, early stopping restores the best epoch, the NaN guard fires, and
// cancel/pause act within one batch.
#include "GraphBuilder.h"
#include "SyntheticData.h"

#include "train/Checkpoint.h"
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
    std::vector<TrainingStatus> statuses;
    std::function<void(const BatchEvent&)> onEachBatch;
    void onBatch(const BatchEvent& e) override
    {
        batches.push_back(e);
        if (onEachBatch)
            onEachBatch(e);
    }
    void onEpoch(const EpochEvent& e) override { epochs.push_back(e); }
    void onStatus(const StatusEvent& e) override { statuses.push_back(e.status); }
};

} // namespace

class TestTrainer : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir_;

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
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
