// OptimizerFactory: one or two steps of each optimizer on a one-parameter problem, compared
// with the update rules written out by hand.
#include "train/OptimizerFactory.h"

#include <QtTest>
#include <cmath>

using namespace netsmith;

namespace {

/// Runs `steps` steps on f(w) = 0.5 * w^2 (gradient w) from w = 1 and returns w.
double minimise(const TrainingSettings& s, int steps)
{
    torch::Tensor w = torch::ones({1}, torch::kFloat64).requires_grad_(true);
    QString error;
    auto optimizer = OptimizerFactory::create(s, {w}, &error);
    if (!optimizer)
        return std::nan("");
    for (int i = 0; i < steps; ++i) {
        optimizer->zero_grad();
        (0.5 * w * w).sum().backward();
        optimizer->step();
    }
    return w.item<double>();
}

TrainingSettings named(const char* optimizer)
{
    TrainingSettings s;
    s.optimizer = QString::fromLatin1(optimizer);
    s.learningRate = 0.1;
    s.momentum = 0.9;
    return s;
}

bool close(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

} // namespace

class TestOptimizers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sgdMomentum()
    {
        // v1 = g1 = 1; w1 = 0.9. v2 = 0.9*1 + 0.9 = 1.8; w2 = 0.9 - 0.18 = 0.72.
        QVERIFY(close(minimise(named("sgd"), 1), 0.9));
        QVERIFY(close(minimise(named("sgd"), 2), 0.72));
    }

    void sgdNesterov()
    {
        // Step 1: v = 1, update g + 0.9 v = 1.9 -> w = 0.81.
        TrainingSettings s = named("sgd");
        s.nesterov = true;
        QVERIFY(close(minimise(s, 1), 0.81));
    }

    void sgdWeightDecay()
    {
        // g = w + 0.5 w = 1.5; no momentum: w = 1 - 0.15.
        TrainingSettings s = named("sgd");
        s.momentum = 0;
        s.weightDecay = 0.5;
        QVERIFY(close(minimise(s, 1), 0.85));
    }

    void nesterovWithoutMomentumIsRefused()
    {
        TrainingSettings s = named("sgd");
        s.nesterov = true;
        s.momentum = 0;
        QString error;
        torch::Tensor w = torch::ones({1}).requires_grad_(true);
        QVERIFY(!OptimizerFactory::create(s, {w}, &error));
        QVERIFY(error.contains(QStringLiteral("momentum")));
    }

    void adamFirstStepIsTheLearningRate()
    {
        // Bias-corrected m/sqrt(v) = g/|g| = 1 on the first step: w = 1 - 0.1 (up to eps).
        QVERIFY(std::abs(minimise(named("adam"), 1) - 0.9) < 1e-6);
    }

    void adamWDecaysDecoupled()
    {
        // AdamW: w *= (1 - lr*wd) first, then the Adam step: 1*(1-0.01) - 0.1.
        TrainingSettings s = named("adamw");
        s.weightDecay = 0.1;
        QVERIFY(std::abs(minimise(s, 1) - 0.89) < 1e-6);
    }

    void rmspropFirstStep()
    {
        // v = (1-0.99) g^2 = 0.01; step = lr * g / sqrt(v) = 1; momentum buffer = 1 -> w = 0.
        TrainingSettings s = named("rmsprop");
        s.momentum = 0;
        QVERIFY(std::abs(minimise(s, 1) - 0.0) < 1e-6);
    }

    void setLearningRate()
    {
        torch::Tensor w = torch::ones({1}).requires_grad_(true);
        QString error;
        auto optimizer = OptimizerFactory::create(named("adam"), {w}, &error);
        OptimizerFactory::setLearningRate(*optimizer, 0.25);
        QCOMPARE(optimizer->param_groups().front().options().get_lr(), 0.25);
    }

    void unknownOptimizerNamesItself()
    {
        QString error;
        torch::Tensor w = torch::ones({1}).requires_grad_(true);
        QVERIFY(!OptimizerFactory::create(named("lion"), {w}, &error));
        QVERIFY(error.contains(QStringLiteral("lion")));
    }
};

QTEST_APPLESS_MAIN(TestOptimizers)
#include "tst_optimizers.moc"
