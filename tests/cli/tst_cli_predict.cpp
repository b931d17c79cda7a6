// netsmith-cli predict run as a real process: labels and probabilities for image files from a
// run folder written per the training branch's contract, JSON output, and exit statuses.
#include "../engine/TrainedRunFixture.h"

#include "infer/ImageFile.h"

#include "CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <random>

class TestCliPredict : public QObject
{
    Q_OBJECT
private:
    using Result = netsmith::test::CliResult;
    static Result run(const QStringList& args) { return netsmith::test::runCli(args); }
    QString image(const QString& name, const cv::Mat& m)
    {
        const QString path = dir_.filePath(name);
        QString error;
        if (!netsmith::ImageFile::writePng(m, path, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

    QTemporaryDir dir_;
    QString runDir_;
    QString bar_, ringOnBlack_, blank_;

private Q_SLOTS:
    void initTestCase()
    {
        torch::set_num_threads(1);
        runDir_ = dir_.filePath(QStringLiteral("run"));
        fixtures::makeTrainedShapesRun(runDir_);
        // A tall bar drawn black on white and a ring drawn white on black, larger and off
        // centre, as a user's photo or drawing would be.
        cv::Mat bar(300, 200, CV_8U, cv::Scalar(255));
        cv::line(bar, {50, 40}, {50, 220}, cv::Scalar(0), 14, cv::LINE_AA);
        bar_ = image(QStringLiteral("bar.png"), bar);
        cv::Mat ring(240, 240, CV_8UC3, cv::Scalar(0, 0, 0));
        cv::circle(ring, {150, 90}, 60, cv::Scalar(255, 255, 255), 12, cv::LINE_AA);
        ringOnBlack_ = image(QStringLiteral("ring 环.png"), ring);
        blank_ = image(QStringLiteral("blank.png"), cv::Mat(100, 100, CV_8U, cv::Scalar(255)));
    }

    void aNormalisationThatDoesNotFitIsRefused()
    {
        // A run folder whose project has a 3-entry normalisation for the 1-channel model:
        // predict aborted on a broadcast error (issue 15); now the project file is refused.
        QTemporaryDir broken;
        for (const char* name : {"project.netsmith", "model.pt", "run.json"})
            QVERIFY(QFile::copy(QDir(runDir_).filePath(QLatin1String(name)), broken.filePath(QLatin1String(name))));
        QFile f(broken.filePath(QStringLiteral("project.netsmith")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject project = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        project.insert(QStringLiteral("normalization"),
                       QJsonObject{{QStringLiteral("mean"), QJsonArray{0.1, 0.2, 0.3}}, {QStringLiteral("std"), QJsonArray{0.3, 0.3, 0.3}}});
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(project).toJson());
        f.close();
        const Result r = run({QStringLiteral("predict"), broken.path(), bar_});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("project.netsmith")) && r.err.contains(QStringLiteral("3 entries")),
                 qPrintable(r.err));
    }

    void evaluateOnDrawingsReadsThemAsThePadDoes()
    {
        // A folder of drawings, one subfolder per class, pens from thin to thick on 280 px paper.
        QTemporaryDir drawings;
        std::mt19937 rng(11);
        QStringList files;
        for (int cls = 0; cls < 3; ++cls) {
            const QString folder = drawings.filePath(fixtures::shapeClasses()[cls]);
            QVERIFY(QDir().mkpath(folder));
            for (int i = 0; i < 4; ++i) {
                QString error;
                files << folder + QStringLiteral("/%1.png").arg(i);
                QVERIFY(netsmith::ImageFile::writePng(fixtures::drawShape(cls, rng, 280), files.last(), &error));
            }
        }
        const QString csv = dir_.filePath(QStringLiteral("drawn.csv"));
        const Result r = run({QStringLiteral("evaluate"), runDir_, QStringLiteral("--data"), drawings.path(),
                              QStringLiteral("--drawings"), QStringLiteral("--predictions"), csv});
        QCOMPARE(r.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("prepared_as")).toString(), QStringLiteral("drawings"));
        QVERIFY2(report.value(QStringLiteral("accuracy")).toDouble() >= 0.75, qPrintable(r.out));
        // Each drawing's reading is predict's (the draw pad's preprocessing) for that file.
        QStringList args{QStringLiteral("predict"), runDir_};
        const Result p = run(args + files + QStringList{QStringLiteral("--json")});
        QCOMPARE(p.code, 0);
        const QJsonArray predictions = QJsonDocument::fromJson(p.out.toUtf8()).object().value(QStringLiteral("predictions")).toArray();
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = f.readAll().trimmed().split('\n').mid(1);
        QCOMPARE(rows.size(), files.size());
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(rows[i].split(',')[2].toInt(), predictions[i].toObject().value(QStringLiteral("index")).toInt());

        const Result noData = run({QStringLiteral("evaluate"), runDir_, QStringLiteral("--drawings")});
        QCOMPARE(noData.code, 2);
        QVERIFY(QDir().mkpath(drawings.filePath(QStringLiteral("star"))));
        QVERIFY(QFile::copy(files.first(), drawings.filePath(QStringLiteral("star/1.png"))));
        const Result stranger = run({QStringLiteral("evaluate"), runDir_, QStringLiteral("--data"), drawings.path(),
                                     QStringLiteral("--drawings")});
        QCOMPARE(stranger.code, 2);
        QVERIFY2(stranger.err.contains(QStringLiteral("\"star\" is not one of the model's classes")), qPrintable(stranger.err));
    }

    void textOutputPerImage()
    {
        const Result r = run({QStringLiteral("predict"), runDir_, bar_, ringOnBlack_});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines[0].startsWith(bar_ + QStringLiteral(": bar (")), qPrintable(r.out));
        QVERIFY2(lines[2].startsWith(ringOnBlack_ + QStringLiteral(": ring (")), qPrintable(r.out));
        QVERIFY(lines[1].contains(QStringLiteral("dash=")));
    }

    void jsonOutput()
    {
        const Result r = run({QStringLiteral("predict"), runDir_, ringOnBlack_, bar_, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonParseError parseError;
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8(), &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(r.out));
        QCOMPARE(doc.value(QStringLiteral("classes")).toArray().size(), 3);
        const QJsonArray predictions = doc.value(QStringLiteral("predictions")).toArray();
        QCOMPARE(predictions.size(), 2);
        const QJsonObject ring = predictions[0].toObject();
        QCOMPARE(ring.value(QStringLiteral("image")).toString(), ringOnBlack_);
        QCOMPARE(ring.value(QStringLiteral("label")).toString(), QStringLiteral("ring"));
        QCOMPARE(ring.value(QStringLiteral("index")).toInt(), 2);
        double sum = 0;
        for (const QJsonValue& v : ring.value(QStringLiteral("probabilities")).toArray())
            sum += v.toDouble();
        QVERIFY(qAbs(sum - 1.0) < 1e-4);
        QCOMPARE(ring.value(QStringLiteral("confidence")).toDouble(),
                 ring.value(QStringLiteral("probabilities")).toArray()[2].toDouble());
        QCOMPARE(predictions[1].toObject().value(QStringLiteral("label")).toString(), QStringLiteral("bar"));
    }

    void projectWithWeights()
    {
        const Result r = run({QStringLiteral("predict"), runDir_ + QStringLiteral("/project.netsmith"), bar_,
                              QStringLiteral("--weights"), runDir_ + QStringLiteral("/model.pt")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(bar_ + QStringLiteral(": bar (")), qPrintable(r.out));
    }

    void gradCamImages()
    {
        const QString out = dir_.filePath(QStringLiteral("heat"));
        const Result r = run({QStringLiteral("predict"), runDir_, bar_, QStringLiteral("--heatmap"), out});
        QCOMPARE(r.code, 0);
        cv::Mat heat;
        QString error;
        QVERIFY2(netsmith::ImageFile::read(out + QStringLiteral("/bar-gradcam.png"), &heat, &error), qPrintable(error));
        QCOMPARE(heat.rows, 300); // the picture's own size
        QCOMPARE(heat.cols, 200);
        QCOMPARE(heat.channels(), 3);

        // A model without convolutions cannot have Grad-CAM: said up front, exit 2.
        const QString mlpRun = dir_.filePath(QStringLiteral("mlp-run"));
        netsmith::Project mlp;
        QVERIFY(netsmith::ProjectFile::load(QStringLiteral("mlp"), &mlp, &error));
        netsmith::GraphModule module(mlp.graph);
        fixtures::writeRunFolder(mlpRun, mlp, module, {});
        const Result m = run({QStringLiteral("predict"), mlpRun, bar_, QStringLiteral("--heatmap"), out});
        QCOMPARE(m.code, 2);
        QVERIFY2(m.err.contains(QStringLiteral("no convolutional layer")), qPrintable(m.err));
        QCOMPARE(run({QStringLiteral("predict"), mlpRun, bar_}).code, 0);
    }

    void aHugePictureIsReadAtALimitedSize()
    {
        // A 20000 x 20000 PNG's heat map took 38 s and 8.4 GB at full size (issue 15): the
        // picture is read at ImageFile::kLargestSide, said on stderr, and read the same.
        cv::Mat bar(3000, 2400, CV_8U, cv::Scalar(255));
        cv::line(bar, {600, 400}, {600, 2200}, cv::Scalar(0), 140, cv::LINE_AA);
        const QString big = image(QStringLiteral("big-bar.png"), bar);
        const QString out = dir_.filePath(QStringLiteral("big-heat"));
        const Result r = run({QStringLiteral("predict"), runDir_, big, QStringLiteral("--heatmap"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(big + QStringLiteral(": bar (")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("is 2400 x 3000; it is read at 1638 x 2048")), qPrintable(r.err));
        cv::Mat heat;
        QString error;
        QVERIFY2(netsmith::ImageFile::read(out + QStringLiteral("/big-bar-gradcam.png"), &heat, &error), qPrintable(error));
        QCOMPARE(heat.rows, netsmith::ImageFile::kLargestSide);
        QCOMPARE(heat.cols, 1638);
    }

    void blankImageGivesAHintAndStatus2()
    {
        const Result r = run({QStringLiteral("predict"), runDir_, bar_, blank_});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.startsWith(bar_ + QStringLiteral(": bar ("))); // the good image is still answered
        QVERIFY2(r.err.contains(QStringLiteral("blank.png")) && r.err.contains(QStringLiteral("draw something first")),
                 qPrintable(r.err));

        const Result j = run({QStringLiteral("predict"), runDir_, blank_, QStringLiteral("--json")});
        QCOMPARE(j.code, 2);
        const QJsonObject doc = QJsonDocument::fromJson(j.out.toUtf8()).object();
        QVERIFY(doc.value(QStringLiteral("predictions")).toArray()[0].toObject().contains(QStringLiteral("error")));
    }

    void badArgumentsExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no-image") << QStringList{QStringLiteral("predict"), QStringLiteral("RUN")} << QStringLiteral("image");
        QTest::newRow("no-run") << QStringList{QStringLiteral("predict"), QStringLiteral("/no/such/run"), QStringLiteral("BAR")}
                                << QStringLiteral("/no/such/run");
        QTest::newRow("missing-image") << QStringList{QStringLiteral("predict"), QStringLiteral("RUN"), QStringLiteral("/no/such.png")}
                                       << QStringLiteral("/no/such.png");
        QTest::newRow("not-an-image") << QStringList{QStringLiteral("predict"), QStringLiteral("RUN"), QStringLiteral("RUN/run.json")}
                                      << QStringLiteral("run.json");
        QTest::newRow("unknown-option") << QStringList{QStringLiteral("predict"), QStringLiteral("RUN"), QStringLiteral("BAR"), QStringLiteral("--top")}
                                        << QStringLiteral("--top");
        QTest::newRow("weights-without-file") << QStringList{QStringLiteral("predict"), QStringLiteral("seed-cnn"), QStringLiteral("BAR"), QStringLiteral("--weights")}
                                              << QStringLiteral("--weights");
    }
    void badArgumentsExit2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        for (QString& a : args) {
            a.replace(QStringLiteral("RUN"), runDir_);
            a.replace(QStringLiteral("BAR"), bar_);
        }
        const Result r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY2(r.err.count(QLatin1Char('\n')) <= 2, qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliPredict)
#include "tst_cli_predict.moc"
