// netsmith-cli's saves on a full disk (issue 15): every command that writes runs as a real
// process with tests/fault/enospc_shim.c preloaded, which fails the writes under one folder
// with ENOSPC, from the first byte or once NETSMITH_ENOSPC_AFTER bytes have landed (the disk
// fills mid-file). Each must fail with the OS's words, claim nothing, and leave an existing
// file byte for byte as it was, with no empty file and no temporary beside it.
#include "infer/ImageFile.h"

#include "BandsDataset.h"
#include "CliProcess.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QtTest>
#include <opencv2/imgproc.hpp>

using netsmith::test::writeBands;

namespace {

const QString kNoSpace = QStringLiteral("No space left on device");

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

/// Every file under `dir`, relative, with its size ("runs/x/run.json 0").
QStringList filesUnder(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo f(it.next());
        files << QDir(dir).relativeFilePath(f.filePath()) + QLatin1Char(' ') + QString::number(f.size());
    }
    files.sort();
    return files;
}

/// What a failed save must not leave: an empty file, or a QSaveFile temporary ("x.pt.AbC123").
QStringList leftovers(const QString& dir)
{
    static const QRegularExpression temporary(QStringLiteral("\\.[A-Za-z0-9]{6} \\d+$"));
    QStringList bad;
    for (const QString& f : filesUnder(dir))
        if (f.endsWith(QLatin1String(" 0")) || temporary.match(f).hasMatch())
            bad << f;
    return bad;
}

} // namespace

class TestCliFullDisk : public QObject
{
    Q_OBJECT
private:
    using Result = netsmith::test::CliResult;

    QTemporaryDir dir_;
    QString data_;   ///< the bands dataset (not on the full disk)
    QString full_;   ///< the folder the shim makes full
    QString runDir_; ///< a run trained with the shim loaded, outside the full folder
    QString image_;  ///< a drawing to predict

    /// `program` with the shim preloaded: its writes under full_ fail with ENOSPC, once
    /// `after` bytes have landed there when given, else from the first byte.
    Result runOnFullDisk(const QString& program, const QStringList& args, qint64 after = -1) const
    {
        QMap<QString, QString> env{{QStringLiteral("LD_PRELOAD"), QStringLiteral(NETSMITH_ENOSPC_SHIM)},
                                   {QStringLiteral("NETSMITH_ENOSPC_DIR"), full_},
                                   // An ASan build: its runtime then need not come first.
                                   {QStringLiteral("ASAN_OPTIONS"),
                                    qEnvironmentVariable("ASAN_OPTIONS") + QStringLiteral(":verify_asan_link_order=0")}};
        if (after >= 0)
            env.insert(QStringLiteral("NETSMITH_ENOSPC_AFTER"), QString::number(after));
        return netsmith::test::runProcess(program, args, env);
    }
    Result cliOnFullDisk(const QStringList& args, qint64 after = -1) const
    {
        return runOnFullDisk(QStringLiteral(NETSMITH_CLI_PATH), args, after);
    }
    QStringList trainArgs(const QString& out) const
    {
        return {QStringLiteral("train"), QStringLiteral("seed-cnn"), QStringLiteral("--data"), data_,
                QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--batch-size"), QStringLiteral("32"),
                QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--out"), out};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        QVERIFY2(QFileInfo::exists(QStringLiteral(NETSMITH_ENOSPC_SHIM)), NETSMITH_ENOSPC_SHIM);
        data_ = dir_.filePath(QStringLiteral("bands"));
        full_ = dir_.filePath(QStringLiteral("full"));
        QVERIFY(QDir().mkpath(data_) && QDir().mkpath(full_));
        writeBands(data_, QStringLiteral("train"), 300, 28, 1);
        writeBands(data_, QStringLiteral("t10k"), 60, 28, 2);
        // Trained with the shim loaded: writes outside the full folder, and the pipes, pass.
        const Result r = cliOnFullDisk(trainArgs(dir_.filePath(QStringLiteral("runs"))));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        runDir_ = r.lastJson().value(QStringLiteral("run_dir")).toString();
        QVERIFY2(QFileInfo::exists(runDir_ + QStringLiteral("/run.json")), qPrintable(r.out));
        cv::Mat bar(200, 200, CV_8U, cv::Scalar(255));
        cv::line(bar, {30, 60}, {170, 60}, cv::Scalar(0), 16, cv::LINE_AA);
        image_ = dir_.filePath(QStringLiteral("bar.png"));
        QString error;
        QVERIFY2(netsmith::ImageFile::writePng(bar, image_, &error), qPrintable(error));
    }

    void theShimFillsOnlyItsFolder()
    {
        // dd: write() itself (bash's printf and head go through stdio to stdout).
        const QString script = QStringLiteral("printf old | dd of=\"$0/outside\" status=none; "
                                              "printf new | dd of=\"$0/full/inside\" status=none");
        const Result r = runOnFullDisk(QStringLiteral("bash"), {QStringLiteral("-c"), script, dir_.path()});
        QVERIFY2(r.code != 0 && r.err.contains(kNoSpace), qPrintable(r.err));
        QCOMPARE(readFile(dir_.filePath(QStringLiteral("outside"))), QByteArray("old"));
        QCOMPARE(QFileInfo(full_ + QStringLiteral("/inside")).size(), 0);
        // With room for 4096 bytes the disk fills mid-file: the first 4096 land, then ENOSPC.
        const Result part = runOnFullDisk(
            QStringLiteral("bash"), {QStringLiteral("-c"), QStringLiteral("dd if=/dev/zero of=\"$0/part\" bs=10000 count=1 status=none"), full_}, 4096);
        QVERIFY2(part.code != 0 && part.err.contains(kNoSpace), qPrintable(part.err));
        QCOMPARE(QFileInfo(full_ + QStringLiteral("/part")).size(), 4096);
        QFile::remove(full_ + QStringLiteral("/inside"));
        QFile::remove(full_ + QStringLiteral("/part"));
    }

    void trainOnAFullDiskFailsAndClaimsNoRun()
    {
        // Was: "finished" with a 0-byte run.json, exit 0.
        const QString out = full_ + QStringLiteral("/runs");
        const Result r = cliOnFullDisk(trainArgs(out));
        QVERIFY2(r.code != 0, qPrintable(r.out));
        QVERIFY2(r.err.contains(kNoSpace) && r.err.contains(QStringLiteral("project.netsmith")), qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("\"status\"")), qPrintable(r.out));
        const QStringList files = filesUnder(out);
        QVERIFY2(files.filter(QStringLiteral("run.json")).isEmpty(), qPrintable(files.join(QLatin1Char('\n'))));
        QVERIFY2(leftovers(out).isEmpty(), qPrintable(leftovers(out).join(QLatin1Char('\n'))));
    }

    void trainWhenTheDiskFillsWhileWritingTheModel()
    {
        // Room for everything a run writes before model.pt (the project twice, the log, the
        // checkpoint), sized from the same run trained in initTestCase, and half of model.pt.
        const auto size = [this](const char* name) { return QFileInfo(runDir_ + QLatin1Char('/') + QLatin1String(name)).size(); };
        const qint64 model = size("model.pt");
        QVERIFY(model > 100000);
        const qint64 room = 2 * size("project.netsmith") + size("metrics.jsonl") + size("checkpoint.pt") + model / 2;
        const QString out = full_ + QStringLiteral("/midway");
        const Result r = cliOnFullDisk(trainArgs(out), room);
        QVERIFY2(r.code != 0, qPrintable(r.out));
        QVERIFY2(r.err.contains(kNoSpace) && r.err.contains(QStringLiteral("model.pt")), qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("\"status\"")), qPrintable(r.out));
        const QStringList files = filesUnder(out);
        QVERIFY2(files.filter(QStringLiteral("run.json")).isEmpty() && files.filter(QStringLiteral("model.pt")).isEmpty(),
                 qPrintable(files.join(QLatin1Char('\n'))));
        // The checkpoint of the epoch landed whole: the run can be resumed.
        QVERIFY2(files.filter(QStringLiteral("checkpoint.pt ")).size() == 1, qPrintable(files.join(QLatin1Char('\n'))));
        QVERIFY2(leftovers(out).isEmpty(), qPrintable(leftovers(out).join(QLatin1Char('\n'))));
    }

    void evaluateKeepsTheOldPredictions()
    {
        // Was: the existing CSV replaced by an empty file, exit 0.
        const QString csv = full_ + QStringLiteral("/predictions.csv");
        const QByteArray old = "index,label,pred\n0,3,3\n";
        writeFile(csv, old);
        const Result r = cliOnFullDisk({QStringLiteral("evaluate"), runDir_, QStringLiteral("--predictions"), csv});
        QVERIFY2(r.code != 0, qPrintable(r.out));
        QVERIFY2(r.err.contains(kNoSpace) && r.err.contains(csv), qPrintable(r.err));
        QCOMPARE(readFile(csv), old);
        QCOMPARE(filesUnder(full_).filter(QStringLiteral("predictions.csv")),
                 QStringList{QStringLiteral("predictions.csv %1").arg(old.size())});
    }

    void predictLeavesNoEmptyHeatMap()
    {
        // Was: an empty PNG, exit 0.
        const QString maps = full_ + QStringLiteral("/maps");
        const Result r = cliOnFullDisk({QStringLiteral("predict"), runDir_, image_, QStringLiteral("--heatmap"), maps});
        QVERIFY2(r.code != 0, qPrintable(r.out));
        QVERIFY2(r.err.contains(kNoSpace) && r.err.contains(QStringLiteral("bar-gradcam.png")), qPrintable(r.err));
        QVERIFY2(r.out.contains(image_), qPrintable(r.out)); // the prediction itself is still printed
        QCOMPARE(filesUnder(maps), QStringList());
    }

    void exportOnAFullDisk_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("out");
        QTest::addColumn<qint64>("room");
        QTest::addColumn<QString>("existing"); ///< a file of an earlier export that must survive
        QTest::newRow("torchscript") << QStringLiteral("torchscript") << QStringLiteral("a.pt") << qint64(-1)
                                     << QStringLiteral("a.pt");
        QTest::newRow("onnx") << QStringLiteral("onnx") << QStringLiteral("a.onnx") << qint64(-1) << QStringLiteral("a.onnx");
        QTest::newRow("pytorch") << QStringLiteral("pytorch") << QStringLiteral("a-py") << qint64(-1)
                                 << QStringLiteral("a-py/weights.pt");
        // The disk fills in the middle of the file (~500 KB; the ONNX writer is the same helper).
        QTest::newRow("torchscript, full mid-file")
            << QStringLiteral("torchscript") << QStringLiteral("b.pt") << qint64(64 * 1024) << QStringLiteral("b.pt");
    }

    void exportOnAFullDisk()
    {
        QFETCH(QString, format);
        QFETCH(QString, out);
        QFETCH(qint64, room);
        QFETCH(QString, existing);
        const QString target = full_ + QLatin1Char('/') + out;
        const QString kept = full_ + QLatin1Char('/') + existing;
        const QByteArray old = "an earlier, complete export";
        writeFile(kept, old);
        const Result r = cliOnFullDisk({QStringLiteral("export"), runDir_, QStringLiteral("--format"), format,
                                        QStringLiteral("--out"), target},
                                       room);
        QVERIFY2(r.code != 0, qPrintable(r.out));
        QVERIFY2(r.err.contains(kNoSpace) && r.err.contains(target), qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("Wrote")), qPrintable(r.out));
        QCOMPARE(readFile(kept), old);
        // Only the earlier export's file is there: no new one beside it, no temporary.
        QStringList files;
        for (const QString& f : filesUnder(full_))
            if (f.startsWith(out))
                files << f;
        QCOMPARE(files, QStringList{QStringLiteral("%1 %2").arg(existing).arg(old.size())});
        QVERIFY2(leftovers(full_).isEmpty(), qPrintable(leftovers(full_).join(QLatin1Char('\n'))));
    }

    void pytorchExportIsTheNewPairOrTheOldPair()
    {
        // The disk fills after weights.pt, in model.py. Was: the new weights.pt beside the
        // earlier export's model.py, a pair that never belonged together.
        const QString fresh = dir_.filePath(QStringLiteral("fresh-py"));
        const Result ok = cliOnFullDisk({QStringLiteral("export"), runDir_, QStringLiteral("--format"),
                                         QStringLiteral("pytorch"), QStringLiteral("--out"), fresh});
        QVERIFY2(ok.code == 0, qPrintable(ok.err)); // outside the full folder the shim lets it through
        const qint64 weights = QFileInfo(fresh + QStringLiteral("/weights.pt")).size();
        const qint64 code = QFileInfo(fresh + QStringLiteral("/model.py")).size();
        QVERIFY(weights > 1000 && code > 100);
        const QString pair = full_ + QStringLiteral("/pair-py");
        writeFile(pair + QStringLiteral("/model.py"), "# the earlier export's code\n");
        writeFile(pair + QStringLiteral("/weights.pt"), "the earlier export's weights");
        const Result r = cliOnFullDisk({QStringLiteral("export"), runDir_, QStringLiteral("--format"),
                                        QStringLiteral("pytorch"), QStringLiteral("--out"), pair},
                                       weights + code / 2);
        QVERIFY2(r.code != 0, qPrintable(r.out));
        QVERIFY2(r.err.contains(kNoSpace) && r.err.contains(QStringLiteral("model.py")), qPrintable(r.err));
        QCOMPARE(readFile(pair + QStringLiteral("/model.py")), QByteArray("# the earlier export's code\n"));
        QCOMPARE(readFile(pair + QStringLiteral("/weights.pt")), QByteArray("the earlier export's weights"));
        QCOMPARE(QDir(pair).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{QStringLiteral("model.py"), QStringLiteral("weights.pt")}));
    }
};

QTEST_GUILESS_MAIN(TestCliFullDisk)
#include "tst_cli_full_disk.moc"
