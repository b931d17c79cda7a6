// GraphModule: built from every preset, its outputs have the inferred shapes and its
// parameter count equals the cost model's.
#include "GraphBuilder.h"

#include "model/GraphModule.h"
#include "graph/CostModel.h"
#include "project/ProjectFile.h"

#include <QtTest>

using namespace netsmith;
using namespace netsmith::test;

class TestGraphModule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { torch::manual_seed(0); }

    void presets_data()
    {
        QTest::addColumn<QString>("preset");
        for (const QString& name : ProjectFile::presetNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void presets()
    {
        QFETCH(QString, preset);
        Project p;
        QString error;
        QVERIFY2(ProjectFile::load(preset, &p, &error), qPrintable(error));
        const GraphAnalysis analysis = analyzeGraph(p.graph);
        QVERIFY2(analysis.valid(), qPrintable(analysis.problemText()));

        GraphModule model(p.graph);
        std::map<QString, Shape> seen;
        const Shape& in = model->inputShape();
        torch::Tensor x = torch::rand({3, in[0], in[1], in[2]});
        model->eval();
        torch::NoGradGuard noGrad;
        model->forwardLogits(x, [&](const QString& name, const torch::Tensor& out) {
            seen[name] = Shape(out.sizes().begin() + 1, out.sizes().end());
            QCOMPARE(out.size(0), 3);
        });
        for (const GraphNode& n : p.graph.nodes()) {
            if (model->endsWithSoftmax() && n.id == analysis.outputNode)
                continue;
            QVERIFY2(seen.count(n.name), qPrintable(n.name));
            QCOMPARE(shapeToString(seen[n.name]), shapeToString(analysis.node(n.id)->output));
        }
        const torch::Tensor probs = model->forward(x);
        QCOMPARE(shapeToString(Shape(probs.sizes().begin() + 1, probs.sizes().end())),
                 shapeToString(model->outputShape()));
        if (model->endsWithSoftmax())
            QVERIFY(torch::allclose(probs.sum(1), torch::ones({3}), 1e-5, 1e-5));

        int64_t trainable = 0;
        for (const torch::Tensor& t : model->parameters())
            trainable += t.numel();
        int64_t buffers = 0;
        for (const auto& b : model->named_buffers())
            if (b.key().find("num_batches_tracked") == std::string::npos)
                buffers += b.value().numel();
        const ModelCost cost = computeCost(analysis);
        QCOMPARE(trainable, cost.trainableParams);
        QCOMPARE(buffers, cost.frozenParams);
    }

    void weightsAreNamedAfterNodes()
    {
        Project p;
        QString error;
        QVERIFY(ProjectFile::load(QStringLiteral("seed-cnn"), &p, &error));
        GraphModule model(p.graph);
        std::vector<std::string> names;
        for (const auto& item : model->named_parameters())
            names.push_back(item.key());
        QVERIFY(std::find(names.begin(), names.end(), "conv1.weight") != names.end());
        QVERIFY(std::find(names.begin(), names.end(), "fc2.bias") != names.end());
        QVERIFY(model->endsWithSoftmax());
    }

    void invalidGraphThrowsWithTheProblem()
    {
        const ModelGraph g = chain({{"Input"}, {"Linear", {}, "fc1"}});
        try {
            GraphModule model(g);
            QFAIL("no exception");
        } catch (const InvalidGraphError& e) {
            QVERIFY(QString::fromStdString(e.what()).contains(QStringLiteral("Linear \"fc1\"")));
        }
    }

    void gradientsFlowThroughMerges()
    {
        Project p;
        QString error;
        QVERIFY(ProjectFile::load(QStringLiteral("inception-mini"), &p, &error));
        GraphModule model(p.graph);
        torch::Tensor loss = model->forwardLogits(torch::rand({2, 1, 28, 28})).sum();
        loss.backward();
        for (const auto& item : model->named_parameters())
            QVERIFY2(item.value().grad().defined(), item.key().c_str());
    }
};

QTEST_GUILESS_MAIN(TestGraphModule)
#include "tst_graph_module.moc"
