// netsmith-cli summary and --help: output and exit statuses, run as a real process.
#include "CliProcess.h"

#include "data/AugmentationPresets.h"
#include "graph/ModelSummary.h"
#include "graph/NumberFormat.h"
#include "project/ProjectFile.h"
#include "train/DeviceRegistry.h"
#include "train/OptimizerRegistry.h"
#include "train/ScheduleRegistry.h"

#include <QtTest>

namespace {

netsmith::ModelCost costOf(const QString& preset, netsmith::Project* project)
{
    QString error;
    if (!netsmith::ProjectFile::load(preset, project, &error))
        qFatal("%s", qPrintable(error));
    return netsmith::computeCost(netsmith::analyzeGraph(project->graph));
}

} // namespace

class TestCliSummary : public QObject
{
    Q_OBJECT
private:
    using Result = netsmith::test::CliResult;
    static Result run(const QStringList& args) { return netsmith::test::runCli(args); }
    QTemporaryDir dir_;

private Q_SLOTS:
    void seedCnn()
    {
        const Result r = run({QStringLiteral("summary"), QStringLiteral("seed-cnn")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Total params: 121,930")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("MACs per sample: 2,528,000")));
        QVERIFY(r.out.contains(QStringLiteral("Model: \"seed-cnn\"")));
    }

    void trainingMemoryUsesTheProjectsOptimizer()
    {
        // seed-cnn trains with Adam: the figure is the one summary always printed, 2 state
        // tensors per parameter at the project's batch size (32).
        netsmith::Project seed;
        const netsmith::ModelCost seedCost = costOf(QStringLiteral("seed-cnn"), &seed);
        QCOMPARE(seedCost.trainingBytes(32, 2), qint64(4 * (32 * (784 + 2 * 67508) + 121930 * 4)));
        Result r = run({QStringLiteral("summary"), QStringLiteral("seed-cnn")});
        QVERIFY2(r.out.contains(QStringLiteral("Training memory at batch size 32 (Adam): ") +
                                netsmith::formatBytes(double(seedCost.trainingBytes(32, 2)))),
                 qPrintable(r.out));
        // lenet5 trains with SGD and momentum 0.9: one momentum buffer per parameter.
        netsmith::Project lenet;
        const netsmith::ModelCost lenetCost = costOf(QStringLiteral("lenet5"), &lenet);
        QCOMPARE(lenet.training.optimizer, QStringLiteral("sgd"));
        const int batch = lenet.training.batchSize;
        r = run({QStringLiteral("summary"), QStringLiteral(NETSMITH_SOURCE_DIR "/resources/presets/lenet5.netsmith")});
        QVERIFY2(r.out.contains(QStringLiteral("Training memory at batch size %1 (SGD): %2")
                                    .arg(batch)
                                    .arg(netsmith::formatBytes(double(lenetCost.trainingBytes(batch, 1))))),
                 qPrintable(r.out));
        // --batch-size changes the batch, not the optimizer.
        r = run({QStringLiteral("summary"), QStringLiteral("lenet5"), QStringLiteral("--batch-size"), QStringLiteral("64")});
        QVERIFY2(r.out.contains(QStringLiteral("Training memory at batch size 64 (SGD): ") +
                                netsmith::formatBytes(double(lenetCost.trainingBytes(64, 1)))),
                 qPrintable(r.out));
    }

    void everyPresetSummarises_data()
    {
        QTest::addColumn<QString>("preset");
        for (const char* n : {"lenet5", "mlp", "vgg-mini", "resnet-mini", "inception-mini"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void everyPresetSummarises()
    {
        QFETCH(QString, preset);
        const Result r = run({QStringLiteral("summary"), preset});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Total params:")));
    }

    void projectFileWorks()
    {
        const Result r = run({QStringLiteral("summary"), QStringLiteral(NETSMITH_SOURCE_DIR "/resources/presets/lenet5.netsmith")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Total params: 61,706")));
    }

    void invalidFileExits2NamingIt()
    {
        const QString path = dir_.filePath(QStringLiteral("broken.netsmith"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"netsmith-project\", \"version\": 1, \"graph\": {\"nodes\": [");
        f.close();
        const Result r = run({QStringLiteral("summary"), path});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("broken.netsmith")), qPrintable(r.err));
    }

    void invalidModelExits2WithTheProblem()
    {
        const QString path = dir_.filePath(QStringLiteral("nolinear.netsmith"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format":"netsmith-project","version":1,"name":"x","graph":{"nodes":[
            {"id":1,"kind":"Input","name":"input"},{"id":2,"kind":"Linear","name":"fc1"}],
            "edges":[{"from":1,"to":2}]}})");
        f.close();
        const Result r = run({QStringLiteral("summary"), path});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Linear \"fc1\" receives a 1×28×28 tensor")), qPrintable(r.err));
    }

    void missingAndUnknown()
    {
        QCOMPARE(run({QStringLiteral("summary"), QStringLiteral("no-such-preset")}).code, 2);
        QCOMPARE(run({QStringLiteral("summary")}).code, 2);
        QCOMPARE(run({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(run({}).code, 2);
    }

    void helpListsEveryCommand()
    {
        const Result r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("summary")));
        QVERIFY(r.out.contains(QStringLiteral("Exit status")));
    }

    void helpListsEveryOption()
    {
        // The choices of train's options come from the registries, each with its name.
        const Result r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        const auto listed = [&r](const QString& id, const netsmith::TrainingOption& option) {
            const QString line = QStringLiteral("  %1 %2 — ").arg(id.leftJustified(10), option.translatedName());
            QVERIFY2(r.out.contains(line), qPrintable(line + QStringLiteral(" not in:\n") + r.out));
        };
        for (const auto& o : netsmith::OptimizerRegistry::instance().kinds())
            listed(o.id, o);
        for (const auto& o : netsmith::ScheduleRegistry::instance().kinds())
            listed(o.id, o);
        for (const auto& o : netsmith::AugmentationPresets::instance().kinds())
            listed(o.id, o);
        for (const auto& o : netsmith::DeviceRegistry::instance().kinds())
            listed(o.numbered ? o.id + QStringLiteral("[:N]") : o.id, o);
        for (const char* heading : {"--optimizer", "--schedule", "--augment", "--device"})
            QVERIFY(r.out.contains(QLatin1String(heading)));
    }
};

QTEST_GUILESS_MAIN(TestCliSummary)
#include "tst_cli_summary.moc"
