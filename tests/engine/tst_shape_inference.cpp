// Validation and shape inference: every error names the node and says what to change.
#include "GraphBuilder.h"

#include "graph/ShapeInference.h"
#include "project/ProjectFile.h"

#include <QtTest>

using namespace netsmith;
using namespace netsmith::test;

Q_DECLARE_METATYPE(netsmith::ModelGraph)

class TestShapeInference : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedCnnShapes()
    {
        Project p;
        QString error;
        QVERIFY(ProjectFile::load(QStringLiteral("seed-cnn"), &p, &error));
        const GraphAnalysis a = analyzeGraph(p.graph);
        QVERIFY2(a.valid(), qPrintable(a.problemText()));
        auto shapeOf = [&](const char* name) {
            return shapeToString(a.node(p.graph.nodeByName(QString::fromLatin1(name))->id)->output);
        };
        QCOMPARE(shapeOf("conv1"), QStringLiteral("32×26×26"));
        QCOMPARE(shapeOf("pool1"), QStringLiteral("32×13×13"));
        QCOMPARE(shapeOf("conv2"), QStringLiteral("64×11×11"));
        QCOMPARE(shapeOf("pool2"), QStringLiteral("64×5×5"));
        QCOMPARE(shapeOf("flatten"), QStringLiteral("1600"));
        QCOMPARE(shapeOf("softmax"), QStringLiteral("10"));
        QCOMPARE(a.order.size(), p.graph.nodes().size());
    }

    void validShapes_data()
    {
        QTest::addColumn<ModelGraph>("graph");
        QTest::addColumn<QString>("output");
        QTest::newRow("same padding") << chain({{"Input"}, {"Conv2d", params({{"padding", -1}, {"kernel_size", 5}})}})
                                      << QStringLiteral("32×28×28");
        QTest::newRow("stride 2") << chain({{"Input"}, {"Conv2d", params({{"stride", 2}})}})
                                  << QStringLiteral("32×13×13");
        QTest::newRow("dilation") << chain({{"Input"}, {"Conv2d", params({{"dilation", 2}})}})
                                  << QStringLiteral("32×24×24");
        QTest::newRow("groups") << chain({{"Input", params({{"channels", 4}})},
                                          {"Conv2d", params({{"groups", 4}, {"out_channels", 8}})}})
                                << QStringLiteral("8×26×26");
        QTest::newRow("pool stride") << chain({{"Input"}, {"MaxPool2d", params({{"kernel_size", 3}, {"stride", 1}})}})
                                     << QStringLiteral("1×26×26");
        QTest::newRow("gap") << chain({{"Input", params({{"channels", 3}})}, {"GlobalAvgPool"}})
                             << QStringLiteral("3");
        QTest::newRow("linear") << chain({{"Input"}, {"Flatten"}, {"Linear", params({{"out_features", 10}})}})
                                << QStringLiteral("10");
    }
    void validShapes()
    {
        QFETCH(ModelGraph, graph);
        QFETCH(QString, output);
        const GraphAnalysis a = analyzeGraph(graph);
        QVERIFY2(a.valid(), qPrintable(a.problemText()));
        QCOMPARE(shapeToString(a.node(a.outputNode)->output), output);
    }

    void errors_data()
    {
        QTest::addColumn<ModelGraph>("graph");
        QTest::addColumn<QString>("node");     // the node the problem is attached to ("" = graph)
        QTest::addColumn<QString>("message");  // part of the message

        QTest::newRow("empty") << ModelGraph() << QString() << QStringLiteral("The model is empty");
        QTest::newRow("no input") << chain({{"ReLU"}}) << QStringLiteral("relu_1")
                                  << QStringLiteral("ReLU \"relu_1\" has no input — connect a layer");
        {
            ModelGraph g = chain({{"Input"}, {"ReLU", {}, "a"}, {"ReLU", {}, "b"}});
            g.insertEdge({g.nodeByName(QStringLiteral("b"))->id, 0, g.nodeByName(QStringLiteral("a"))->id, 1});
            QTest::newRow("cycle") << g << QStringLiteral("a") << QStringLiteral("cycle through \"a\", \"b\"");
        }
        {
            ModelGraph g = chain({{"Input"}, {"ReLU", {}, "r"}});
            g.addNode(QStringLiteral("Conv2d"), {}, QStringLiteral("lonely"));
            QTest::newRow("unconnected input") << g << QStringLiteral("lonely")
                                               << QStringLiteral("Conv2d \"lonely\" has no input");
        }
        {
            ModelGraph g = chain({{"Input"}, {"ReLU", {}, "r"}});
            const int a = appendChain(g, g.nodeByName(QStringLiteral("input_1"))->id, {{"Sigmoid", {}, "s"}});
            g.insertEdge({a, 0, g.nodeByName(QStringLiteral("r"))->id, 1});
            QTest::newRow("fed twice") << g << QStringLiteral("r")
                                       << QStringLiteral("ReLU \"r\" has 2 inputs but takes one — merge the branches");
        }
        QTest::newRow("missing Input") << chain({{"Flatten"}}) << QString() << QStringLiteral("no Input layer");
        {
            ModelGraph g = chain({{"Input"}, {"ReLU", {}, "r"}});
            appendChain(g, g.nodeByName(QStringLiteral("input_1"))->id, {{"Tanh", {}, "t"}});
            QTest::newRow("two outputs") << g << QStringLiteral("t")
                                         << QStringLiteral("2 unconnected ends (\"r\", \"t\")");
        }
        {
            ModelGraph g = chain({{"Input"}, {"Conv2d", params({{"out_channels", 16}}), "c16"}});
            const int in = g.nodeByName(QStringLiteral("input_1"))->id;
            const int c32 = appendChain(g, in, {{"Conv2d", params({{"out_channels", 32}}), "c32"}});
            const int add = appendChain(g, g.nodeByName(QStringLiteral("c16"))->id, {{"Add", {}, "sum"}});
            g.insertEdge({c32, 0, add, 1});
            QTest::newRow("add shapes") << g << QStringLiteral("sum")
                                        << QStringLiteral("Add \"sum\" adds tensors of different shapes (16×26×26 and 32×26×26)");
        }
        {
            ModelGraph g = chain({{"Input"}, {"Conv2d", {}, "a"}});
            const int in = g.nodeByName(QStringLiteral("input_1"))->id;
            const int b = appendChain(g, in, {{"Conv2d", params({{"kernel_size", 5}}), "b"}});
            const int cat = appendChain(g, g.nodeByName(QStringLiteral("a"))->id, {{"Concat", {}, "join"}});
            g.insertEdge({b, 0, cat, 1});
            QTest::newRow("concat shapes") << g << QStringLiteral("join")
                                           << QStringLiteral("Concat \"join\" joins 32×26×26 and 32×24×24");
        }
        QTest::newRow("kernel too large")
            << chain({{"Input", params({{"height", 4}, {"width", 4}})}, {"Conv2d", params({{"kernel_size", 5}}), "big"}})
            << QStringLiteral("big") << QStringLiteral("Conv2d \"big\" has a 5×5 window but its input is only 4×4");
        QTest::newRow("pool too large")
            << chain({{"Input", params({{"height", 1}, {"width", 1}})}, {"MaxPool2d", {}, "p"}})
            << QStringLiteral("p") << QStringLiteral("MaxPool2d \"p\" has a 2×2 window");
        QTest::newRow("linear without flatten")
            << chain({{"Input"}, {"Linear", {}, "fc1"}}) << QStringLiteral("fc1")
            << QStringLiteral("Linear \"fc1\" receives a 1×28×28 tensor but needs a flat vector — add a Flatten");
        QTest::newRow("linear input size")
            << chain({{"Input"}, {"Flatten"}, {"Linear", params({{"in_features", 1600}}), "fc1"}})
            << QStringLiteral("fc1")
            << QStringLiteral("Linear \"fc1\" expects 1,600 inputs but receives 784 — change its input size or the layers above it");
        QTest::newRow("same with stride")
            << chain({{"Input"}, {"Conv2d", params({{"padding", -1}, {"stride", 2}}), "c"}})
            << QStringLiteral("c") << QStringLiteral("needs stride 1");
        QTest::newRow("conv after flatten")
            << chain({{"Input"}, {"Flatten"}, {"Conv2d", {}, "c"}}) << QStringLiteral("c")
            << QStringLiteral("Conv2d \"c\" needs an image");
        QTest::newRow("groups")
            << chain({{"Input", params({{"channels", 3}})}, {"Conv2d", params({{"groups", 2}}), "g"}})
            << QStringLiteral("g") << QStringLiteral("2 groups, which must divide");
        {
            ModelGraph g = chain({{"Input"}, {"Add", {}, "lonely_add"}});
            QTest::newRow("merge with one input") << g << QStringLiteral("lonely_add")
                                                  << QStringLiteral("needs at least 2 inputs but has 1");
        }
    }
    void errors()
    {
        QFETCH(ModelGraph, graph);
        QFETCH(QString, node);
        QFETCH(QString, message);
        const GraphAnalysis a = analyzeGraph(graph);
        QVERIFY(!a.valid());
        bool found = false;
        for (const GraphProblem& p : a.problems) {
            if (!p.message.contains(message))
                continue;
            found = true;
            if (node.isEmpty())
                QCOMPARE(p.nodeId, 0);
            else
                QCOMPARE(graph.node(p.nodeId)->name, node);
        }
        QVERIFY2(found, qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(message, a.problemText())));
    }

    void errorsDoNotCascade()
    {
        // Layers below a broken one get no shape and no message of their own.
        const ModelGraph g = chain({{"Input"}, {"Linear", {}, "fc1"}, {"ReLU", {}, "after"}});
        const GraphAnalysis a = analyzeGraph(g);
        QCOMPARE(int(a.problems.size()), 1);
        const NodeAnalysis* after = a.node(g.nodeByName(QStringLiteral("after"))->id);
        QVERIFY(!after->ok);
        QVERIFY(after->error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestShapeInference)
#include "tst_shape_inference.moc"
