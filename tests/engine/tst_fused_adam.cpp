// FusedAdam: the same steps as torch::optim::Adam (to float rounding), with and without
// weight decay, on channels_last weights, with a closure; its state saves and resumes like
// Adam's; what it does not fuse (float64) is Adam's own step.
#include "train/FusedAdam.h"
#include "train/OptimizerFactory.h"

#include <QtTest>

using namespace netsmith;

namespace {

constexpr auto kChannelsLast = torch::MemoryFormat::ChannelsLast;

/// A conv weight in channels_last, a bias, a 1x1-input conv weight and a large matrix
/// (large enough to be split across threads).
std::vector<torch::Tensor> parameters(torch::Dtype dtype = torch::kFloat32)
{
    torch::manual_seed(5);
    const auto o = torch::TensorOptions(dtype);
    return {torch::randn({8, 3, 3, 3}, o).to(o, false, false, kChannelsLast).requires_grad_(true),
            torch::randn({40}, o).requires_grad_(true),
            torch::randn({32, 1, 3, 3}, o).to(o, false, false, kChannelsLast).requires_grad_(true),
            torch::randn({300, 170}, o).requires_grad_(true)};
}

std::vector<torch::Tensor> copies(const std::vector<torch::Tensor>& ps)
{
    std::vector<torch::Tensor> out;
    for (const torch::Tensor& p : ps)
        out.push_back(p.detach().clone().requires_grad_(true));
    return out;
}

/// Gives both sets the same gradient (seeded by `step`) and steps both optimizers.
void stepBoth(torch::optim::Optimizer& a, std::vector<torch::Tensor>& pa, torch::optim::Optimizer& b,
              std::vector<torch::Tensor>& pb, int step)
{
    torch::manual_seed(100 + uint64_t(step));
    for (size_t i = 0; i < pa.size(); ++i) {
        const torch::Tensor g = torch::randn_like(pa[i]);
        pa[i].mutable_grad() = g.clone();
        pb[i].mutable_grad() = g.clone();
    }
    a.step();
    b.step();
}

bool allClose(const std::vector<torch::Tensor>& a, const std::vector<torch::Tensor>& b)
{
    for (size_t i = 0; i < a.size(); ++i)
        if (!torch::allclose(a[i], b[i], 1e-5, 1e-6))
            return false;
    return true;
}

} // namespace

class TestFusedAdam : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Two threads, so that the passes are split as in training (LibTorch starts with one).
    void initTestCase() { torch::set_num_threads(2); }

    void equalsTorchAdam_data()
    {
        QTest::addColumn<double>("weightDecay");
        QTest::newRow("plain") << 0.0;
        QTest::newRow("weight decay") << 0.05;
    }
    void equalsTorchAdam()
    {
        QFETCH(double, weightDecay);
        std::vector<torch::Tensor> fusedParams = parameters(), torchParams = copies(fusedParams);
        const auto options = torch::optim::AdamOptions(0.01).weight_decay(weightDecay);
        FusedAdam fused(fusedParams, options);
        torch::optim::Adam reference(torchParams, options);
        for (int step = 0; step < 20; ++step)
            stepBoth(fused, fusedParams, reference, torchParams, step);
        QVERIFY(allClose(fusedParams, torchParams));
        QVERIFY(fusedParams[0].is_contiguous(kChannelsLast)); // updated in place, layout kept
        QVERIFY(!torch::equal(fusedParams[3], parameters()[3])); // it did move
    }

    void resumesFromSavedState()
    {
        std::vector<torch::Tensor> params = parameters(), other = copies(params);
        const auto options = torch::optim::AdamOptions(0.01);
        FusedAdam a(params, options), b(other, options);
        for (int step = 0; step < 3; ++step)
            stepBoth(a, params, b, other, step);
        // Save a's state, load it into a fresh optimizer over copies of its weights.
        std::stringstream stream;
        torch::serialize::OutputArchive out;
        a.save(out);
        out.save_to(stream);
        std::vector<torch::Tensor> resumedParams = copies(params);
        for (torch::Tensor& p : resumedParams)
            if (p.dim() == 4)
                p.set_data(p.data().to(p.options(), false, false, kChannelsLast));
        FusedAdam resumed(resumedParams, options);
        torch::serialize::InputArchive in;
        in.load_from(stream);
        resumed.load(in);
        for (int step = 3; step < 6; ++step)
            stepBoth(a, params, resumed, resumedParams, step);
        QVERIFY(allClose(params, resumedParams));
    }

    /// A closure that creates the gradients (none exist before the first step) and returns the loss.
    void closureMayCreateTheGradients()
    {
        std::vector<torch::Tensor> fusedParams = parameters(), torchParams = copies(fusedParams);
        FusedAdam fused(fusedParams, torch::optim::AdamOptions(0.01));
        torch::optim::Adam reference(torchParams, torch::optim::AdamOptions(0.01));
        auto closureFor = [](torch::optim::Optimizer& optimizer, const std::vector<torch::Tensor>& ps) {
            return [&optimizer, &ps]() {
                optimizer.zero_grad();
                torch::Tensor loss = torch::zeros({});
                for (const torch::Tensor& p : ps)
                    loss = loss + p.square().sum();
                loss.backward();
                return loss;
            };
        };
        for (int step = 0; step < 3; ++step) {
            const torch::Tensor a = fused.step(closureFor(fused, fusedParams));
            const torch::Tensor b = reference.step(closureFor(reference, torchParams));
            QVERIFY(a.defined() && torch::allclose(a, b));
        }
        QVERIFY(allClose(fusedParams, torchParams));
    }

    void float64TakesAdamsOwnStep()
    {
        std::vector<torch::Tensor> fusedParams = parameters(torch::kFloat64), torchParams = copies(fusedParams);
        FusedAdam fused(fusedParams, torch::optim::AdamOptions(0.01));
        torch::optim::Adam reference(torchParams, torch::optim::AdamOptions(0.01));
        for (int step = 0; step < 3; ++step)
            stepBoth(fused, fusedParams, reference, torchParams, step);
        for (size_t i = 0; i < fusedParams.size(); ++i)
            QVERIFY(torch::equal(fusedParams[i], torchParams[i]));
    }

    void theFactoryUsesIt()
    {
        TrainingSettings s;
        s.optimizer = QStringLiteral("adam");
        QString error;
        auto optimizer = OptimizerFactory::create(s, parameters(), &error);
        QVERIFY(dynamic_cast<FusedAdam*>(optimizer.get()));
    }
};

QTEST_APPLESS_MAIN(TestFusedAdam)
#include "tst_fused_adam.moc"
