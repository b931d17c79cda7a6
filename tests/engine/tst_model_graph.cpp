// ModelGraph editing rules and the exact JSON round trip of project files.
#include "graph/ModelGraph.h"
#include "project/ProjectFile.h"

#include <QtTest>

using namespace netsmith;

namespace {

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestModelGraph : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void presetsRoundTripExactly_data()
    {
        QTest::addColumn<QString>("preset");
        for (const QString& name : ProjectFile::presetNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void presetsRoundTripExactly()
    {
        // The preset files are the golden files: reading and writing them changes nothing.
        QFETCH(QString, preset);
        const QJsonObject golden = readJson(ProjectFile::presetPath(preset));
        QVERIFY(!golden.isEmpty());
        Project project;
        QString error;
        QVERIFY2(ProjectFile::load(preset, &project, &error), qPrintable(error));
        QCOMPARE(project.toJson(), golden);
    }

    void sixPresetsShip()
    {
        const QStringList names = ProjectFile::presetNames();
        for (const char* n : {"seed-cnn", "lenet5", "mlp", "vgg-mini", "resnet-mini", "inception-mini"})
            QVERIFY2(names.contains(QString::fromLatin1(n)), n);
    }

    void addNodeGivesUniqueNamesAndDefaults()
    {
        ModelGraph g;
        const int a = g.addNode(QStringLiteral("Conv2d"));
        const int b = g.addNode(QStringLiteral("Conv2d"));
        QCOMPARE(g.node(a)->name, QStringLiteral("conv_1"));
        QCOMPARE(g.node(b)->name, QStringLiteral("conv_2"));
        QCOMPARE(g.node(a)->params.value(QStringLiteral("out_channels")).toInt(), 32);
        QCOMPARE(g.addNode(QStringLiteral("NoSuchLayer")), 0);
        QCOMPARE(g.addNode(QStringLiteral("ReLU"), {}, QStringLiteral("conv_1")), b + 1);
        QCOMPARE(g.node(b + 1)->name, QStringLiteral("conv_3"));
    }

    void connectionRules()
    {
        ModelGraph g;
        const int in = g.addNode(QStringLiteral("Input"));
        const int c1 = g.addNode(QStringLiteral("Conv2d"));
        const int c2 = g.addNode(QStringLiteral("Conv2d"));
        const int add = g.addNode(QStringLiteral("Add"));
        QVERIFY(g.connect({in, 0, c1, 0}));
        QVERIFY(g.connect({c1, 0, c2, 0}));
        QVERIFY(g.connectionProblem({c2, 0, c2, 0}).contains(QStringLiteral("itself")));
        QVERIFY(g.connectionProblem({c2, 0, c1, 0}).contains(QStringLiteral("already has an input")));
        QVERIFY(g.connectionProblem({c1, 0, in, 0}).contains(QStringLiteral("takes no input")));
        QVERIFY(g.connectionProblem({in, 0, c1, 0}).contains(QStringLiteral("already connected")));
        // A merge layer takes one edge per port.
        QVERIFY(g.connect({c1, 0, add, g.nextFreeInputPort(add)}));
        QVERIFY(g.connect({c2, 0, add, g.nextFreeInputPort(add)}));
        QCOMPARE(int(g.inputsOf(add).size()), 2);
        // Back edge would make a cycle.
        const int relu = g.addNode(QStringLiteral("ReLU"));
        QVERIFY(g.connect({add, 0, relu, 0}));
        const int add2 = g.addNode(QStringLiteral("Add"));
        QVERIFY(g.connect({relu, 0, add2, 0}));
        QVERIFY(g.connectionProblem({add2, 0, add, 2}).contains(QStringLiteral("cycle")));
        g.removeNode(c2);
        QCOMPARE(int(g.inputsOf(add).size()), 1);
        QVERIFY(!g.node(c2));
    }

    void flowDirectionRoundTrips()
    {
        // Top to bottom is the default and is not written, so older files read unchanged.
        ModelGraph g;
        g.addNode(QStringLiteral("Input"));
        QVERIFY(!g.toJson().contains(QStringLiteral("flow")));
        g.setFlow(FlowDirection::LeftToRight);
        QCOMPARE(g.toJson().value(QStringLiteral("flow")).toString(), QStringLiteral("left-to-right"));
        ModelGraph back;
        QString error;
        QVERIFY2(ModelGraph::fromJson(g.toJson(), &back, &error), qPrintable(error));
        QCOMPARE(back.flow(), FlowDirection::LeftToRight);
        QVERIFY(back == g);
    }

    void malformedGraphsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown kind") << QByteArray(R"({"nodes":[{"id":1,"kind":"Conv9d","name":"a"}]})")
                                      << QStringLiteral("unknown layer kind \"Conv9d\"");
        QTest::newRow("repeated name")
            << QByteArray(R"({"nodes":[{"id":1,"kind":"ReLU","name":"a"},{"id":2,"kind":"ReLU","name":"a"}]})")
            << QStringLiteral("repeated name \"a\"");
        QTest::newRow("bad param") << QByteArray(R"({"nodes":[{"id":1,"kind":"Conv2d","name":"c","params":{"kernel_size":0}}]})")
                                   << QStringLiteral("parameter \"kernel_size\"");
        QTest::newRow("unknown param") << QByteArray(R"({"nodes":[{"id":1,"kind":"ReLU","name":"r","params":{"x":1}}]})")
                                       << QStringLiteral("unknown parameter \"x\"");
        QTest::newRow("dangling edge") << QByteArray(R"({"nodes":[{"id":1,"kind":"ReLU","name":"r"}],"edges":[{"from":1,"to":7}]})")
                                       << QStringLiteral("edge 1");
        QTest::newRow("unknown flow") << QByteArray(R"({"flow":"diagonal","nodes":[]})")
                                      << QStringLiteral("\"flow\" is \"diagonal\"");
    }
    void malformedGraphsAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        ModelGraph g;
        g.addNode(QStringLiteral("Input"));
        const ModelGraph before = g;
        QString error;
        QVERIFY(!ModelGraph::fromJson(QJsonDocument::fromJson(json).object(), &g, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(g == before);
    }
};

QTEST_GUILESS_MAIN(TestModelGraph)
#include "tst_model_graph.moc"
