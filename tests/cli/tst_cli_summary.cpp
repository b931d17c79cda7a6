// netsmith-cli summary and --help: output and exit statuses, run as a real process.
#include "CliProcess.h"

#include <QtTest>

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
};

QTEST_GUILESS_MAIN(TestCliSummary)
#include "tst_cli_summary.moc"
