// Parameter and MAC counts against known figures, and the training-memory formula.
#include "GraphBuilder.h"

#include "graph/CostModel.h"
#include "graph/ModelSummary.h"
#include "graph/NumberFormat.h"
#include "project/ProjectFile.h"

#include <QtTest>

using namespace netsmith;

class TestCostModel : public QObject
{
    Q_OBJECT
private:
    static ModelCost costOf(const QString& preset)
    {
        Project p;
        QString error;
        if (!ProjectFile::load(preset, &p, &error))
            qFatal("%s", qPrintable(error));
        return computeCost(analyzeGraph(p.graph));
    }

private Q_SLOTS:
    void presets_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<qint64>("trainable");
        QTest::addColumn<qint64>("frozen");
        QTest::addColumn<qint64>("macs");
        // seed CNN: DESIGN.md (Keras reports 121,930). LeNet-5 (tanh, avg-pool, 28×28 padded
        // input): the classic 61,706. MACs worked out by hand per layer:
        //   lenet5: 6·28·28·25 + 16·10·10·150 + 400·120 + 120·84 + 84·10 = 117,600+240,000+48,000+10,080+840
        //   mlp: 784·256 + 256·128 + 128·10
        //   resnet-mini: stem 32·28·28·9 + 2 blocks at 28×28 and 14×14, two 3×3×32 convs each, fc 32·10
        QTest::newRow("seed-cnn") << QStringLiteral("seed-cnn") << qint64(121930) << qint64(0) << qint64(2528000);
        QTest::newRow("lenet5") << QStringLiteral("lenet5") << qint64(61706) << qint64(0)
                                << qint64(117600 + 240000 + 48000 + 10080 + 840);
        QTest::newRow("mlp") << QStringLiteral("mlp") << qint64(235146) << qint64(0)
                             << qint64(784 * 256 + 256 * 128 + 128 * 10);
        QTest::newRow("resnet-mini") << QStringLiteral("resnet-mini") << qint64(37962) << qint64(320)
                                     << qint64(32 * 28 * 28 * 9 + 2 * 32 * 28 * 28 * 288 + 2 * 32 * 14 * 14 * 288 + 320);
    }
    void presets()
    {
        QFETCH(QString, preset);
        QFETCH(qint64, trainable);
        QFETCH(qint64, frozen);
        QFETCH(qint64, macs);
        const ModelCost c = costOf(preset);
        QCOMPARE(c.trainableParams, trainable);
        QCOMPARE(c.frozenParams, frozen);
        QCOMPARE(c.macsPerSample, macs);
    }

    void trainingMemory()
    {
        const ModelCost c = costOf(QStringLiteral("seed-cnn"));
        QCOMPARE(c.inputElements, qint64(784));
        // conv1 21,632 + relu1 21,632 + pool1 5,408 + conv2 7,744 + relu2 7,744 + pool2 1,600
        // + flatten 1,600 + fc1 64 + relu3 64 + fc2 10 + softmax 10
        QCOMPARE(c.activationElements, qint64(21632 * 2 + 5408 + 7744 * 2 + 1600 * 2 + 64 * 2 + 10 * 2));
        QCOMPARE(c.trainingBytes(32, 2), qint64(4 * (32 * (784 + 2 * c.activationElements) + 121930 * 4)));
        QVERIFY(c.trainingBytes(64, 2) > c.trainingBytes(32, 2));
        QVERIFY(c.trainingBytes(32, 0) < c.trainingBytes(32, 2));
    }

    void anAbsurdModelIsRefusedInsteadOfCountedNegative()
    {
        // Issue 15: huge layers made the MACs and the training memory wrap to negative numbers.
        // A layer's output beyond 2^31 values per sample is an error that says the limit.
        using namespace netsmith::test;
        const ModelGraph g = chain({{"Input", params({{"channels", 64}, {"height", 4096}, {"width", 4096}})},
                                    {"Conv2d", params({{"out_channels", 4096}, {"kernel_size", 31}, {"padding", 15}}),
                                     "huge"},
                                    {"Flatten"},
                                    {"Linear", params({{"out_features", 1 << 20}})}});
        const GraphAnalysis a = analyzeGraph(g);
        QVERIFY(!a.valid());
        QVERIFY2(a.problemText().contains(QStringLiteral("Conv2d \"huge\" would output 6.87e+10 values per sample")) &&
                     a.problemText().contains(QStringLiteral("more than the 2147483648")),
                 qPrintable(a.problemText()));
        const ModelCost c = computeCost(a);
        QVERIFY(c.macsPerSample >= 0);
        QVERIFY(c.trainingBytes(32, 2) >= 0);
        // The largest input that fits is counted, in range.
        const ModelCost big = computeCost(analyzeGraph(
            chain({{"Input", params({{"channels", 64}, {"height", 4096}, {"width", 4096}})},
                   {"Conv2d", params({{"out_channels", 64}, {"kernel_size", 31}, {"padding", 15}})}})));
        QCOMPARE(big.macsPerSample, qint64(64) * 64 * 31 * 31 * 4096 * 4096);
        QVERIFY(big.trainingBytes(65536, 2) > 0);
    }

    void summaryTable()
    {
        Project p;
        QString error;
        QVERIFY(ProjectFile::load(QStringLiteral("seed-cnn"), &p, &error));
        const GraphAnalysis a = analyzeGraph(p.graph);
        const QString text = ModelSummary::of(p.graph, a).toText(p.name, 32, QStringLiteral("Adam"), 2);
        QVERIFY(text.contains(QStringLiteral("Total params: 121,930")));
        QVERIFY(text.contains(QStringLiteral("MACs per sample: 2,528,000")));
        QVERIFY(text.contains(QStringLiteral("conv2")));
        QVERIFY(text.contains(QStringLiteral("64×11×11")));
        QVERIFY(text.contains(QStringLiteral("18,496")));
        QVERIFY(text.contains(QStringLiteral("Training memory at batch size 32 (Adam): ") +
                              formatBytes(double(computeCost(a).trainingBytes(32, 2)))));
    }
};

QTEST_GUILESS_MAIN(TestCostModel)
#include "tst_cost_model.moc"
