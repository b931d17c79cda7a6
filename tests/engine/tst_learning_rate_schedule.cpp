// LearningRateSchedule: each schedule's rate against values worked out by hand from the
// definitions of torch's StepLR, OneCycleLR and ReduceLROnPlateau.
#include "train/LearningRateSchedule.h"

#include <QtTest>
#include <cmath>

using namespace netsmith;

namespace {

TrainingSettings settings(const char* schedule, int epochs = 10)
{
    TrainingSettings s;
    s.schedule = QString::fromLatin1(schedule);
    s.learningRate = 0.1;
    s.epochs = epochs;
    return s;
}

bool close(double a, double b)
{
    return std::abs(a - b) < 1e-12;
}

} // namespace

class TestLearningRateSchedule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void constant()
    {
        const LearningRateSchedule s(settings("constant"), 7);
        QCOMPARE(s.rateAt(0, 0), 0.1);
        QCOMPARE(s.rateAt(9, 6), 0.1);
    }

    void step()
    {
        TrainingSettings t = settings("step");
        t.stepSize = 3;
        t.gamma = 0.5;
        const LearningRateSchedule s(t, 4);
        QVERIFY(close(s.rateAt(2, 3), 0.1));
        QVERIFY(close(s.rateAt(3, 0), 0.05));
        QVERIFY(close(s.rateAt(6, 0), 0.025));
    }

    void cosineWithWarmup()
    {
        TrainingSettings t = settings("cosine", 4);
        t.warmupEpochs = 1;
        const LearningRateSchedule s(t, 10); // 40 steps, 10 of warm-up
        QVERIFY(close(s.rateAt(0, 0), 0.01));
        QVERIFY(close(s.rateAt(0, 4), 0.05));
        QVERIFY(close(s.rateAt(0, 9), 0.1));
        QVERIFY(close(s.rateAt(1, 0), 0.1));           // start of the decay
        QVERIFY(close(s.rateAt(2, 5), 0.05));          // half way: cos(pi/2)
        QVERIFY(s.rateAt(3, 9) < 0.001);
    }

    void oneCycle()
    {
        const LearningRateSchedule s(settings("onecycle", 1), 100); // 100 steps, peak at 29
        QVERIFY(close(s.rateAt(0, 0), 0.1 / 25));
        QVERIFY(close(s.rateAt(0, 29), 0.1));
        const double initial = 0.1 / 25, minimum = initial / 1e4;
        QVERIFY(close(s.rateAt(0, 99), minimum));
        // Half way down (step 29 + 35 = 64): the mean of peak and minimum.
        QVERIFY(close(s.rateAt(0, 64), (0.1 + minimum) / 2));
    }

    void reduceOnPlateau()
    {
        TrainingSettings t = settings("plateau");
        t.gamma = 0.1;
        t.plateauPatience = 1;
        LearningRateSchedule s(t, 5);
        s.epochEnded(1.0);    // best
        s.epochEnded(0.9999999); // below the 1e-4 relative threshold: a bad epoch
        QVERIFY(close(s.rateAt(2, 0), 0.1));
        s.epochEnded(1.2); // second bad epoch > patience 1: decay
        QVERIFY(close(s.rateAt(3, 0), 0.01));
        const std::vector<double> state = s.state();
        LearningRateSchedule restored(t, 5);
        restored.restore(state);
        QVERIFY(close(restored.rateAt(3, 0), 0.01));
    }
};

QTEST_APPLESS_MAIN(TestLearningRateSchedule)
#include "tst_learning_rate_schedule.moc"
