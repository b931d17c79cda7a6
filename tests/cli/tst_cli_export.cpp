// netsmith-cli export run as a real process: each format from a freshly trained run folder
// (files, what it prints, the usage snippet) and the refusals (exit 2, nothing written).
// That the files load and agree in PyTorch and ONNX Runtime is tst_export's part.
#include "../engine/TrainedRunFixture.h"

#include "CliProcess.h"

#include <QtTest>
#include <opencv2/imgcodecs.hpp>

class TestCliExport : public QObject
{
    Q_OBJECT
private:
    using Result = netsmith::test::CliResult;
    static Result run(const QStringList& args) { return netsmith::test::runCli(args); }

    QTemporaryDir dir_;
    QString runDir_;

private Q_SLOTS:
    void initTestCase()
    {
        torch::set_num_threads(1);
        runDir_ = dir_.filePath(QStringLiteral("run"));
        fixtures::makeTrainedShapesRun(runDir_);
    }

    void eachFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("snippet");
        QTest::newRow("torchscript")
            << QStringLiteral("torchscript") << QStringLiteral("shapes.pt")
            << QStringList{QStringLiteral("shapes.pt")} << QStringLiteral("torch.jit.load");
        QTest::newRow("onnx") << QStringLiteral("onnx") << QStringLiteral("shapes.onnx")
                              << QStringList{QStringLiteral("shapes.onnx")}
                              << QStringLiteral("onnxruntime.InferenceSession");
        QTest::newRow("pytorch") << QStringLiteral("pytorch") << QStringLiteral("shapes-py")
                                 << QStringList{QStringLiteral("shapes-py/model.py"),
                                                QStringLiteral("shapes-py/weights.pt")}
                                 << QStringLiteral("load_state_dict");
    }

    void eachFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, out);
        QFETCH(QStringList, files);
        QFETCH(QString, snippet);
        const Result r = run({QStringLiteral("export"), runDir_, QStringLiteral("--format"), format,
                              QStringLiteral("--out"), dir_.filePath(out)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const QString& f : files) {
            QVERIFY2(QFileInfo(dir_.filePath(f)).size() > 1000 || f.endsWith(QLatin1String(".py")),
                     qPrintable(f));
            QVERIFY2(r.out.contains(QStringLiteral("Wrote ") + dir_.filePath(f)),
                     qPrintable(r.out));
        }
        QVERIFY2(r.out.contains(snippet), qPrintable(r.out));
        // The run folder remembers where its model went (the start page's Deploy step).
        const std::vector<netsmith::RunExport> exports = netsmith::RunFolder(runDir_).exports();
        QVERIFY(!exports.empty());
        QCOMPARE(exports.back().format, format);
        QCOMPARE(exports.back().path, QFileInfo(dir_.filePath(out)).absoluteFilePath());
        QVERIFY(QDateTime::fromString(exports.back().time, Qt::ISODate).isValid());
    }

    void theCppExampleReadsADrawing()
    {
        // examples/cpp-inference: LibTorch + OpenCV only, the recipe from the metadata.
        const QString model = dir_.filePath(QStringLiteral("for-cpp.pt"));
        QCOMPARE(run({QStringLiteral("export"), runDir_, QStringLiteral("--format"), QStringLiteral("torchscript"),
                      QStringLiteral("--out"), model})
                     .code,
                 0);
        cv::Mat ring(240, 240, CV_8UC3, cv::Scalar(255, 255, 255));
        cv::circle(ring, {130, 110}, 60, cv::Scalar(0, 0, 0), 12, cv::LINE_AA);
        const QString image = dir_.filePath(QStringLiteral("ring.png"));
        QVERIFY(cv::imwrite(image.toStdString(), ring));
        const Result r = netsmith::test::runProcess(QStringLiteral(NETSMITH_CPP_EXAMPLE_PATH), {model, image});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("ring ")), qPrintable(r.out));
        // And a refusal, not a crash, for a file that is not an image.
        QCOMPARE(netsmith::test::runProcess(QStringLiteral(NETSMITH_CPP_EXAMPLE_PATH), {model, model}).code, 2);
    }

    void defaultPathIsNamedAfterTheProject()
    {
        QTemporaryDir cwd;
        const Result r = netsmith::test::runProcess(
            QStringLiteral(NETSMITH_CLI_PATH), {QStringLiteral("export"), runDir_, QStringLiteral("--format"), QStringLiteral("onnx")},
            {}, cwd.path());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(QDir(cwd.path()).filePath(QStringLiteral("shapes-cnn.onnx"))));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString out = dir_.filePath(QStringLiteral("refused.onnx"));
        QTest::newRow("no format")
            << QStringList{runDir_, QStringLiteral("--out"), out}
            << QStringLiteral("--format must be one of: torchscript, onnx, pytorch");
        QTest::newRow("bad opset") << QStringList{runDir_,
                                                  QStringLiteral("--format"),
                                                  QStringLiteral("onnx"),
                                                  QStringLiteral("--opset"),
                                                  QStringLiteral("99"),
                                                  QStringLiteral("--out"),
                                                  out}
                                   << QStringLiteral("opset 99 is not supported");
        QTest::newRow("opset not a number") << QStringList{runDir_,
                                                           QStringLiteral("--format"),
                                                           QStringLiteral("onnx"),
                                                           QStringLiteral("--opset"),
                                                           QStringLiteral("x"),
                                                           QStringLiteral("--out"),
                                                           out}
                                            << QStringLiteral("--opset needs a whole number");
        QTest::newRow("opset for torchscript")
            << QStringList{runDir_,
                           QStringLiteral("--format"),
                           QStringLiteral("torchscript"),
                           QStringLiteral("--opset"),
                           QStringLiteral("13"),
                           QStringLiteral("--out"),
                           out}
            << QStringLiteral("--opset is for --format onnx only");
        QTest::newRow("unknown option")
            << QStringList{runDir_, QStringLiteral("--format"), QStringLiteral("onnx"),
                           QStringLiteral("--fast")}
            << QStringLiteral("--fast");
        QTest::newRow("unwritable")
            << QStringList{runDir_, QStringLiteral("--format"), QStringLiteral("onnx"),
                           QStringLiteral("--out"), QStringLiteral("/proc/no/such/refused.onnx")}
            << QStringLiteral("refused.onnx");
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = run(QStringList{QStringLiteral("export")} + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("refused.onnx"))));
    }

    void aDiskThatTakesNoMoreKeepsTheOldFile()
    {
        // A file-size limit of 512 bytes makes write() fail as a full disk does (EFBIG for
        // ENOSPC). The export must fail with the OS's reason and leave the old file whole.
        const QString target = dir_.filePath(QStringLiteral("full.pt"));
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older export");
        old.close();
        const Result r = netsmith::test::runCliLimited(
            QStringLiteral("ulimit -f 1"),
            {QStringLiteral("export"), runDir_, QStringLiteral("--format"), QStringLiteral("torchscript"), QStringLiteral("--out"), target});
        QVERIFY2(r.code == 2, qPrintable(r.err));
        QVERIFY2(r.err.contains(target) && r.err.contains(QStringLiteral("File too large")), qPrintable(r.err));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("an older export"));
    }

    void runWithoutWeightsIsRefused()
    {
        const QString broken = dir_.filePath(QStringLiteral("broken-run"));
        QVERIFY(QDir().mkpath(broken));
        for (const char* name : {"project.netsmith", "run.json"})
            QVERIFY(QFile::copy(QDir(runDir_).filePath(QLatin1String(name)),
                                QDir(broken).filePath(QLatin1String(name))));
        const Result r = run({QStringLiteral("export"), broken, QStringLiteral("--format"),
                              QStringLiteral("torchscript"), QStringLiteral("--out"),
                              dir_.filePath(QStringLiteral("broken.pt"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("model.pt")), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("broken.pt"))));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
