// The fused ReLU + 2x2 max pooling equals the ATen pair exactly, forward and backward,
// including ties, all-negative windows and odd sizes; GraphModule uses it only where it may.
#include "GraphBuilder.h"

#include "model/GraphModule.h"
#include "kernels/ReluMaxPool.h"
#include "project/ProjectFile.h"

#include <QtTest>

using namespace netsmith;
using namespace netsmith::test;

namespace {

constexpr auto kChannelsLast = torch::MemoryFormat::ChannelsLast;

struct Pass
{
    torch::Tensor output, gradient;
};

/// Output and input gradient for a fixed upstream gradient.
Pass run(const torch::Tensor& input, const torch::Tensor& upstream, bool fused)
{
    torch::Tensor x = input.detach().clone(kChannelsLast).requires_grad_(true);
    torch::Tensor y = fused ? ReluMaxPool::apply(x) : torch::max_pool2d(torch::relu(x), 2);
    y.backward(upstream);
    return {y.detach(), x.grad()};
}

std::map<std::string, torch::Tensor> gradients(GraphModule& model)
{
    std::map<std::string, torch::Tensor> g;
    for (const auto& item : model->named_parameters())
        g[item.key()] = item.value().grad().clone();
    return g;
}

} // namespace

class TestReluMaxPool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        torch::manual_seed(3);
        torch::set_num_threads(2); // split across threads, as in training (LibTorch starts with one)
    }

    void equalsTheUnfusedPair_data()
    {
        QTest::addColumn<QList<int>>("shape");
        QTest::addColumn<bool>("smallIntegers");
        QTest::newRow("2x3x6x6 normal") << QList<int>{2, 3, 6, 6} << false;
        QTest::newRow("2x3x6x6 ties and zeros") << QList<int>{2, 3, 6, 6} << true;
        QTest::newRow("odd 2x5x7x9") << QList<int>{2, 5, 7, 9} << false;
        QTest::newRow("odd ties 3x4x11x11") << QList<int>{3, 4, 11, 11} << true;
        QTest::newRow("single window 1x1x2x2") << QList<int>{1, 1, 2, 2} << true;
        QTest::newRow("seed conv1 32x32x26x26") << QList<int>{32, 32, 26, 26} << false;
    }
    void equalsTheUnfusedPair()
    {
        QFETCH(QList<int>, shape);
        QFETCH(bool, smallIntegers);
        const std::vector<int64_t> sizes(shape.begin(), shape.end());
        // Integers in -2..2 make many windows with tied maxima, zero maxima and no positive value.
        const torch::Tensor x = smallIntegers ? torch::randint(-2, 3, sizes).to(torch::kFloat32) : torch::randn(sizes);
        const torch::Tensor up =
            torch::randn({sizes[0], sizes[1], sizes[2] / 2, sizes[3] / 2}).contiguous(kChannelsLast);
        QVERIFY(ReluMaxPool::handles(x.contiguous(kChannelsLast)));
        const Pass fused = run(x, up, true), reference = run(x, up, false);
        QVERIFY(torch::equal(fused.output, reference.output));
        QVERIFY(torch::equal(fused.gradient, reference.gradient));
        QVERIFY(fused.output.is_contiguous(kChannelsLast));
        QVERIFY(fused.gradient.is_contiguous(kChannelsLast));
        // A plain-contiguous upstream gradient (what Flatten's backward hands back) works too.
        QVERIFY(torch::equal(run(x, up.contiguous(), true).gradient, reference.gradient));
        // Inference (no autograd), even on an input that requires gradients, gives the same output.
        const torch::Tensor watched = x.contiguous(kChannelsLast).detach().requires_grad_(true);
        torch::NoGradGuard noGrad;
        const torch::Tensor inferred = ReluMaxPool::apply(watched);
        QVERIFY(!inferred.requires_grad());
        QVERIFY(torch::equal(inferred, reference.output));
    }

    void secondDerivativesAreRefused()
    {
        const torch::Tensor x = torch::randn({2, 3, 4, 4}).contiguous(kChannelsLast).requires_grad_(true);
        const torch::Tensor y = ReluMaxPool::apply(x).sum();
        bool refused = false;
        try {
            torch::autograd::grad({y}, {x}, {}, true, /*create_graph=*/true);
        } catch (const c10::Error& e) {
            refused = QString::fromUtf8(e.what()).contains(QStringLiteral("second derivatives"));
        }
        QVERIFY(refused);
    }

    void nanPropagatesLikeMaxPool()
    {
        torch::Tensor x = torch::full({1, 1, 2, 2}, -1.0f).contiguous(kChannelsLast);
        x.index_put_({0, 0, 1, 0}, std::numeric_limits<float>::quiet_NaN());
        QVERIFY(std::isnan(ReluMaxPool::apply(x).item<float>()));
    }

    void handlesOnlyWhatItComputes()
    {
        QVERIFY(!ReluMaxPool::handles(torch::randn({2, 3, 6, 6})));                    // NCHW with C > 1
        QVERIFY(!ReluMaxPool::handles(torch::randn({2, 3, 6, 6}, torch::kFloat64).contiguous(kChannelsLast)));
        QVERIFY(!ReluMaxPool::handles(torch::randn({2, 3, 1, 6}).contiguous(kChannelsLast)));
        QVERIFY(!ReluMaxPool::handles(torch::randn({3, 6, 6})));
        QVERIFY(!ReluMaxPool::handles(torch::Tensor()));
    }

    /// The seed CNN has two ReLU -> MaxPool blocks: the fused run (no hook) and the plain
    /// step-by-step run (a hook watching every node) give the same logits and gradients.
    void graphModuleFusedEqualsPlain()
    {
        Project p;
        QString error;
        QVERIFY2(ProjectFile::load(QStringLiteral("seed-cnn"), &p, &error), qPrintable(error));
        GraphModule model(p.graph);
        for (torch::Tensor& w : model->parameters())
            if (w.dim() == 4)
                w.set_data(w.data().to(w.options(), false, false, kChannelsLast));
        const torch::Tensor x = torch::rand({8, 1, 28, 28}).contiguous(kChannelsLast);

        QStringList watched;
        const torch::Tensor plain =
            model->forwardLogits(x, [&](const QString& name, const torch::Tensor&) { watched << name; });
        plain.square().sum().backward();
        const auto plainGradients = gradients(model);
        QVERIFY(watched.contains(QStringLiteral("relu1"))); // the hook sees every ReLU

        model->zero_grad();
        const torch::Tensor fused = model->forwardLogits(x);
        fused.square().sum().backward();
        QVERIFY(torch::allclose(fused, plain, 0, 1e-6));
        for (const auto& [name, g] : gradients(model))
            QVERIFY2(torch::allclose(g, plainGradients.at(name), 1e-5, 1e-6), name.c_str());
    }

    /// A ReLU whose output also feeds another layer must not be fused away.
    void reluWithTwoConsumersIsNotFused()
    {
        ModelGraph g;
        const int relu = appendChain(g, 0,
                                     {{"Input", params({{"channels", 2}, {"height", 4}, {"width", 4}})},
                                      {"ReLU"}});
        const int pool = appendChain(g, relu, {{"MaxPool2d", params({{"kernel_size", 2}})},
                                               {"Conv2d", params({{"out_channels", 2}, {"kernel_size", 1}})}});
        const int conv = appendChain(g, relu, {{"Conv2d", params({{"out_channels", 2}, {"kernel_size", 2},
                                                                   {"stride", 2}})}});
        const int add = g.addNode(QStringLiteral("Add"));
        g.insertEdge({pool, 0, add, 0});
        g.insertEdge({conv, 0, add, 1});
        appendChain(g, add, {{"Flatten"}, {"Linear", params({{"out_features", 3}})}});
        GraphModule model(g);
        const torch::Tensor x = torch::randn({2, 2, 4, 4}).contiguous(kChannelsLast);
        const torch::Tensor plain = model->forwardLogits(x, [](const QString&, const torch::Tensor&) {});
        QVERIFY(torch::allclose(model->forwardLogits(x), plain, 0, 1e-6));
    }
};

QTEST_GUILESS_MAIN(TestReluMaxPool)
#include "tst_relu_max_pool.moc"
