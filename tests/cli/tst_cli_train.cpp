// netsmith-cli train, evaluate and bench as real processes on a tiny IDX dataset written by
// the test: the run folder of DESIGN.md, the final JSON line, evaluate's report and CSV,
// and exit status 2 for every kind of bad input.
#include "BandsDataset.h"
#include "CliProcess.h"

#include "data/AugmentationPresets.h"
#include "project/ProjectFile.h"

#include <QtTest>

using netsmith::test::writeBands;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliTrain : public QObject
{
    Q_OBJECT
private:
    using Result = netsmith::test::CliResult;
    static Result run(const QStringList& args) { return netsmith::test::runCli(args); }

    QTemporaryDir dir_;
    QString data_;   ///< 28×28 bands: fits the presets
    QString wide_;   ///< 32×32: does not
    QString runDir_;

    QStringList trainArgs(const QString& preset, int epochs) const
    {
        return {QStringLiteral("train"), preset, QStringLiteral("--data"), data_, QStringLiteral("--epochs"),
                QString::number(epochs), QStringLiteral("--batch-size"), QStringLiteral("16"),
                QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--out"), dir_.filePath(QStringLiteral("runs"))};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        data_ = dir_.filePath(QStringLiteral("bands"));
        wide_ = dir_.filePath(QStringLiteral("wide"));
        QDir().mkpath(data_);
        QDir().mkpath(wide_);
        writeBands(data_, QStringLiteral("train"), 300, 28, 1);
        writeBands(data_, QStringLiteral("t10k"), 100, 28, 2);
        writeBands(wide_, QStringLiteral("train"), 50, 32, 3);
    }

    void trainWritesTheRunFolder()
    {
        const Result r = run(trainArgs(QStringLiteral("mlp"), 2));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("epoch 1/2")) && r.out.contains(QStringLiteral("epoch 2/2")),
                 qPrintable(r.out));
        const QJsonObject summary = r.lastJson();
        for (const char* key : {"test_accuracy", "val_accuracy", "epochs", "seconds", "samples_per_second", "run_dir"})
            QVERIFY2(summary.contains(QString::fromLatin1(key)), key);
        QCOMPARE(summary.value(QStringLiteral("epochs")).toInt(), 2);
        QVERIFY(summary.value(QStringLiteral("test_accuracy")).toDouble() > 0.5);
        QVERIFY(summary.value(QStringLiteral("samples_per_second")).toDouble() > 0);
        runDir_ = summary.value(QStringLiteral("run_dir")).toString();
        QVERIFY(QFileInfo(runDir_).fileName().endsWith(QStringLiteral("-mlp")));
        for (const char* f : {"project.netsmith", "model.pt", "checkpoint.pt", "metrics.jsonl", "evaluation.json", "run.json"})
            QVERIFY2(QFileInfo::exists(runDir_ + QLatin1Char('/') + QLatin1String(f)), f);

        QFile runJson(runDir_ + QStringLiteral("/run.json"));
        QVERIFY(runJson.open(QIODevice::ReadOnly));
        const QJsonObject info = QJsonDocument::fromJson(runJson.readAll()).object();
        QCOMPARE(info.value(QStringLiteral("classes")).toArray().size(), 10);
        QCOMPARE(info.value(QStringLiteral("dataset")).toString(), data_);
        QCOMPARE(info.value(QStringLiteral("test_accuracy")).toDouble(), summary.value(QStringLiteral("test_accuracy")).toDouble());
        QVERIFY(info.value(QStringLiteral("params")).toDouble() > 0);

        QFile metrics(runDir_ + QStringLiteral("/metrics.jsonl"));
        QVERIFY(metrics.open(QIODevice::ReadOnly));
        int epochLines = 0;
        for (const QByteArray& line : metrics.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QVERIFY2(!o.isEmpty(), line.constData());
            epochLines += o.value(QStringLiteral("event")).toString() == QLatin1String("epoch");
        }
        QCOMPARE(epochLines, 2);

        // The snapshot carries the normalisation the model was trained with.
        QFile project(runDir_ + QStringLiteral("/project.netsmith"));
        QVERIFY(project.open(QIODevice::ReadOnly));
        QVERIFY(project.readAll().contains("mean"));
    }

    void trainRunsTheProjectsAugmentation()
    {
        // A project file's own augmentation is what trains (and what the run's snapshot keeps);
        // --augment PRESET overrides it for one run.
        netsmith::Project project;
        QString error;
        QVERIFY(netsmith::ProjectFile::load(QStringLiteral("mlp"), &project, &error));
        project.training.augmentation.rotationDegrees = 17;
        project.training.augmentation.cropPadding = 2;
        const QString file = dir_.filePath(QStringLiteral("rotated.netsmith"));
        QVERIFY2(netsmith::ProjectFile::save(project, file, &error), qPrintable(error));
        const auto trainedAugmentation = [this](const QStringList& extra) {
            const Result r = run(trainArgs(dir_.filePath(QStringLiteral("rotated.netsmith")), 1) + extra);
            if (r.code != 0)
                qFatal("%s", qPrintable(r.err));
            netsmith::Project snapshot;
            QString why;
            if (!netsmith::ProjectFile::load(r.lastJson().value(QStringLiteral("run_dir")).toString() +
                                                 QStringLiteral("/project.netsmith"),
                                             &snapshot, &why))
                qFatal("%s", qPrintable(why));
            return snapshot.training.augmentation;
        };
        QVERIFY(trainedAugmentation({}) == project.training.augmentation);
        QVERIFY(trainedAugmentation({QStringLiteral("--augment"), QStringLiteral("digits")}) ==
                netsmith::AugmentationPresets::instance().find(QStringLiteral("digits"))->values);
    }

    void evaluateReproducesTheTestAccuracy()
    {
        QVERIFY(!runDir_.isEmpty());
        const QString csv = dir_.filePath(QStringLiteral("predictions.csv"));
        const Result r = run({QStringLiteral("evaluate"), runDir_, QStringLiteral("--predictions"), csv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QFile runJson(runDir_ + QStringLiteral("/run.json"));
        QVERIFY(runJson.open(QIODevice::ReadOnly));
        const double trained = QJsonDocument::fromJson(runJson.readAll()).object().value(QStringLiteral("test_accuracy")).toDouble();
        QCOMPARE(report.value(QStringLiteral("accuracy")).toDouble(), trained);
        for (const char* key : {"per_class", "confusion_matrix", "roc_auc_macro", "roc_auc_micro", "average_precision_macro",
                                "average_precision_micro", "macro_avg", "weighted_avg"})
            QVERIFY2(report.contains(QString::fromLatin1(key)), key);
        QCOMPARE(report.value(QStringLiteral("confusion_matrix")).toArray().size(), 10);

        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = f.readAll().trimmed().split('\n');
        QCOMPARE(rows.size(), 101);
        QCOMPARE(rows.first(), QByteArray("index,label,pred,p0,p1,p2,p3,p4,p5,p6,p7,p8,p9"));
        const QList<QByteArray> cells = rows.at(1).split(',');
        QCOMPARE(cells.size(), 13);
        double sum = 0;
        for (int c = 3; c < 13; ++c)
            sum += cells.at(c).toDouble();
        QVERIFY(std::abs(sum - 1.0) < 1e-5);
    }

    void benchReportsSteadyThroughput()
    {
        const Result r = run({QStringLiteral("bench"), QStringLiteral("seed-cnn"), QStringLiteral("--data"), data_,
                              QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject summary = r.lastJson();
        QVERIFY(summary.value(QStringLiteral("samples_per_second")).toDouble() > 0);
        QCOMPARE(summary.value(QStringLiteral("epoch_samples_per_second")).toArray().size(), 2);
        QCOMPARE(summary.value(QStringLiteral("batch_size")).toInt(), 32);
    }

    void badInputExits2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString out = dir_.filePath(QStringLiteral("bad-runs"));
        QTest::newRow("no model") << QStringList{QStringLiteral("train"), QStringLiteral("--data"), data_}
                                  << QStringLiteral("one preset name or project file");
        QTest::newRow("missing project")
            << QStringList{QStringLiteral("train"), QStringLiteral("/nonexistent/model.netsmith"), QStringLiteral("--data"), data_}
            << QStringLiteral("model.netsmith");
        QTest::newRow("missing data")
            << QStringList{QStringLiteral("train"), QStringLiteral("mlp"), QStringLiteral("--data"), QStringLiteral("/nonexistent/data")}
            << QStringLiteral("/nonexistent/data");
        QTest::newRow("shape mismatch")
            << QStringList{QStringLiteral("train"), QStringLiteral("seed-cnn"), QStringLiteral("--data"), wide_, QStringLiteral("--out"), out}
            << QStringLiteral("1×32×32");
        QTest::newRow("bad epochs")
            << QStringList{QStringLiteral("train"), QStringLiteral("mlp"), QStringLiteral("--data"), data_, QStringLiteral("--epochs"), QStringLiteral("zero")}
            << QStringLiteral("--epochs");
        QTest::newRow("bad lr")
            << QStringList{QStringLiteral("train"), QStringLiteral("mlp"), QStringLiteral("--data"), data_, QStringLiteral("--lr"), QStringLiteral("-1")}
            << QStringLiteral("--lr");
        QTest::newRow("unknown optimizer")
            << QStringList{QStringLiteral("train"), QStringLiteral("mlp"), QStringLiteral("--data"), data_, QStringLiteral("--optimizer"), QStringLiteral("lion")}
            << QStringLiteral("lion");
        QTest::newRow("unknown augmentation")
            << QStringList{QStringLiteral("train"), QStringLiteral("mlp"), QStringLiteral("--data"), data_, QStringLiteral("--augment"), QStringLiteral("wild")}
            << QStringLiteral("wild");
        QTest::newRow("unknown device")
            << QStringList{QStringLiteral("train"), QStringLiteral("mlp"), QStringLiteral("--data"), data_, QStringLiteral("--device"), QStringLiteral("tpu")}
            << QStringLiteral("tpu");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("train"), QStringLiteral("mlp"), QStringLiteral("--data"), data_, QStringLiteral("--colour"), QStringLiteral("red")}
            << QStringLiteral("--colour");
        // A checkpoint that is not one (issue 15: it exited 1 and left a run folder).
        const QString junk = dir_.filePath(QStringLiteral("junk-checkpoint.pt"));
        QFile f(junk);
        if (f.open(QIODevice::WriteOnly))
            f.write("not a checkpoint");
        f.close();
        QTest::newRow("bad resume checkpoint")
            << QStringList{QStringLiteral("train"), QStringLiteral("mlp"), QStringLiteral("--data"), data_, QStringLiteral("--epochs"),
                           QStringLiteral("1"), QStringLiteral("--resume"), junk, QStringLiteral("--out"), out}
            << QStringLiteral("is not a checkpoint of this model");
        QTest::newRow("evaluate missing run")
            << QStringList{QStringLiteral("evaluate"), QStringLiteral("/nonexistent/run")} << QStringLiteral("/nonexistent/run");
        QTest::newRow("evaluate not a run")
            << QStringList{QStringLiteral("evaluate"), data_} << QStringLiteral("project.netsmith");
        QTest::newRow("bench shape mismatch")
            << QStringList{QStringLiteral("bench"), QStringLiteral("mlp"), QStringLiteral("--data"), wide_}
            << QStringLiteral("1×28×28");
    }
    void badInputExits2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = run(args);
        QVERIFY2(r.code == 2, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(r.err)));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dir_.filePath(QStringLiteral("bad-runs"))));
    }

    void resumeGoesOnInTheRunFolder()
    {
        // A run killed after its first epoch (a kill leaves no run.json) goes on in its own
        // folder with --resume RUN_DIR: no second folder, one history of both sessions.
        const QString root = dir_.filePath(QStringLiteral("resumed-runs"));
        QStringList first = trainArgs(QStringLiteral("mlp"), 1);
        first.last() = root;
        const Result r1 = run(first);
        QVERIFY2(r1.code == 0, qPrintable(r1.err));
        const QString runDir = r1.lastJson().value(QStringLiteral("run_dir")).toString();
        QVERIFY(QFile::remove(runDir + QStringLiteral("/run.json")));

        // Another model's project cannot take over the run, and the folder stays as it was.
        const QByteArray metricsBefore = readAll(runDir + QStringLiteral("/metrics.jsonl"));
        const Result refused = run({QStringLiteral("train"), QStringLiteral("seed-cnn"), QStringLiteral("--data"), data_,
                                    QStringLiteral("--resume"), runDir, QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY2(refused.code == 2, qPrintable(refused.err));
        QCOMPARE(readAll(runDir + QStringLiteral("/metrics.jsonl")), metricsBefore);
        const Result withOut = run({QStringLiteral("train"), QStringLiteral("--resume"), runDir, QStringLiteral("--out"), root});
        QCOMPARE(withOut.code, 2);
        QVERIFY2(withOut.err.contains(QStringLiteral("goes on in its own folder")), qPrintable(withOut.err));

        const Result r2 = run({QStringLiteral("train"), QStringLiteral("--resume"), runDir, QStringLiteral("--epochs"),
                               QStringLiteral("2"), QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY2(r2.code == 0, qPrintable(r2.err));
        QVERIFY2(r2.out.contains(QStringLiteral("epoch 2/2")) && !r2.out.contains(QStringLiteral("epoch 1/2")),
                 qPrintable(r2.out));
        QCOMPARE(r2.lastJson().value(QStringLiteral("run_dir")).toString(), runDir);
        QCOMPARE(QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
        const QJsonObject info = QJsonDocument::fromJson(readAll(runDir + QStringLiteral("/run.json"))).object();
        QCOMPARE(info.value(QStringLiteral("epochs")).toInt(), 2);
        // Created when the run began (the folder's name), not when it was resumed.
        QCOMPARE(QDateTime::fromString(info.value(QStringLiteral("created")).toString(), Qt::ISODate),
                 QDateTime::fromString(QFileInfo(runDir).fileName().left(15), QStringLiteral("yyyyMMdd-HHmmss")));
        int epochLines = 0;
        for (const QByteArray& line : readAll(runDir + QStringLiteral("/metrics.jsonl")).split('\n'))
            epochLines += QJsonDocument::fromJson(line).object().value(QStringLiteral("event")) == QStringLiteral("epoch");
        QCOMPARE(epochLines, 2);
    }

    void divergenceExits1WithAdvice()
    {
        const Result r = run({QStringLiteral("train"), QStringLiteral("mlp"), QStringLiteral("--data"), data_,
                              QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--optimizer"),
                              QStringLiteral("sgd"), QStringLiteral("--lr"), QStringLiteral("10"),
                              QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--out"),
                              dir_.filePath(QStringLiteral("diverge"))});
        if (r.code == 0)
            QSKIP("SGD at lr 10 did not diverge on this data");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("lower learning rate")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliTrain)
#include "tst_cli_train.moc"
