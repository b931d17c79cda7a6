// IDX files raw and gzip-compressed, with each kind of corruption the loader must name.
#include "DataFixtures.h"

#include "data/DatasetCatalog.h"
#include "data/IdxFile.h"
#include "data/IdxSource.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace netsmith;
using namespace netsmith::fixtures;

class TestIdxSource : public QObject
{
    Q_OBJECT

    QString writePair(const QTemporaryDir& dir, const QString& prefix, int n, bool gz, int classes = 10)
    {
        const QString suffix = gz ? QStringLiteral(".gz") : QString();
        const QString images = dir.filePath(prefix + QStringLiteral("-images-idx3-ubyte") + suffix);
        const QString labels = dir.filePath(prefix + QStringLiteral("-labels-idx1-ubyte") + suffix);
        const QByteArray img = idxBytes({n, 4, 5}, imagePixels(n, 4, 5));
        const QByteArray lab = idxBytes({n}, labelValues(n, classes));
        if (gz) {
            writeGzip(images, img);
            writeGzip(labels, lab);
        } else {
            writeFile(images, img);
            writeFile(labels, lab);
        }
        return images;
    }

    static QString loadError(const QString& path)
    {
        DatasetSplits splits;
        splits.train.name = QStringLiteral("untouched");
        QString error;
        const bool ok = DatasetCatalog::load(path, &splits, &error);
        // A failed load leaves the caller's data as it was.
        return ok ? QString() : (splits.train.name == QLatin1String("untouched") ? error : QStringLiteral("touched"));
    }

private Q_SLOTS:
    void loadsRawAndGzipPairs_data()
    {
        QTest::addColumn<bool>("gz");
        QTest::newRow("raw") << false;
        QTest::newRow("gzip") << true;
    }
    void loadsRawAndGzipPairs()
    {
        QFETCH(bool, gz);
        QTemporaryDir dir;
        const QString images = writePair(dir, QStringLiteral("train"), 30, gz);
        writePair(dir, QStringLiteral("t10k"), 12, gz);
        for (const QString& path : {images, dir.path()}) {
            DatasetSplits splits;
            QString error;
            QVERIFY2(DatasetCatalog::load(path, &splits, &error), qPrintable(error));
            QCOMPARE(splits.train.size(), 30);
            QCOMPARE(splits.test.size(), 12);
            QCOMPARE(splits.train.images.sizes(), (torch::IntArrayRef{30, 1, 4, 5}));
            QCOMPARE(splits.train.images.scalar_type(), torch::kUInt8);
            QCOMPARE(splits.train.labels.scalar_type(), torch::kInt64);
            QCOMPARE(splits.train.numClasses(), 10);
            QCOMPARE(splits.train.images[3][0][1][2].item<int>(), (3 * 7 + 1 * 5 + 2) % 256);
            QCOMPARE(splits.test.labels[11].item<int64_t>(), 1);
        }
    }

    void writeThenReadRoundTrips()
    {
        QTemporaryDir dir;
        const torch::Tensor t = torch::randint(0, 256, {7, 3, 2}, torch::kUInt8);
        QString error;
        QVERIFY(IdxFile::write(dir.filePath(QStringLiteral("x")), t, &error));
        torch::Tensor back;
        QVERIFY2(IdxFile::read(dir.filePath(QStringLiteral("x")), &back, &error), qPrintable(error));
        QVERIFY(torch::equal(t, back));
    }

    void corruptionIsNamed_data()
    {
        QTest::addColumn<QString>("file");     // which file to corrupt: images or labels
        QTest::addColumn<QByteArray>("bytes"); // its new content
        QTest::addColumn<QString>("expected"); // part of the one-line message
        const QByteArray good = idxBytes({10, 4, 5}, imagePixels(10, 4, 5));
        QTest::newRow("bad magic") << QStringLiteral("images") << QByteArray("\x12\x34\x08\x03") + good.mid(4) << QStringLiteral("bad magic number");
        QTest::newRow("truncated") << QStringLiteral("images") << good.left(good.size() - 7) << QStringLiteral("truncated");
        QTest::newRow("header only part") << QStringLiteral("images") << good.left(6) << QStringLiteral("truncated");
        QTest::newRow("extra bytes") << QStringLiteral("images") << good + "xyz" << QStringLiteral("size mismatch");
        QTest::newRow("wrong dims") << QStringLiteral("images") << idxBytes({10, 20}, imagePixels(10, 4, 5)) << QStringLiteral("3 dimensions");
        QTest::newRow("count mismatch") << QStringLiteral("labels") << idxBytes({9}, labelValues(9, 10)) << QStringLiteral("count mismatch");
        QTest::newRow("float type") << QStringLiteral("labels") << idxBytes({10}, labelValues(10, 10), 0x0D) << QStringLiteral("not supported");
        QTest::newRow("empty file") << QStringLiteral("labels") << QByteArray() << QStringLiteral("truncated");
        // Dimensions whose product overflows int64 (they wrapped to 0, passed the size cap and
        // made torch::empty throw, uncaught), and a header announcing 16 GiB over 200 bytes.
        auto header = [](std::initializer_list<uint32_t> dims) {
            QByteArray h("\0\0\x08", 3);
            h.append(char(dims.size()));
            for (uint32_t d : dims)
                h.append(char(d >> 24)).append(char(d >> 16)).append(char(d >> 8)).append(char(d));
            return h + QByteArray(200, '\0');
        };
        QTest::newRow("4 x 2^30 overflows") << QStringLiteral("images") << header({1u << 30, 1u << 30, 1u << 30, 1u << 30})
                                            << QStringLiteral("more than Netsmith loads");
        QTest::newRow("2^30 x 2^30 x 16 overflows") << QStringLiteral("images") << header({1u << 30, 1u << 30, 16})
                                                    << QStringLiteral("more than Netsmith loads");
        QTest::newRow("16 GiB announced") << QStringLiteral("images") << header({1u << 30, 4, 4})
                                          << QStringLiteral("truncated");
    }
    void corruptionIsNamed()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        for (bool gz : {false, true}) {
            QTemporaryDir dir;
            const QString images = writePair(dir, QStringLiteral("train"), 10, gz);
            QString target = images;
            if (file == QLatin1String("labels"))
                target.replace(QLatin1String("images-idx3"), QLatin1String("labels-idx1"));
            QVERIFY(gz ? writeGzip(target, bytes) : writeFile(target, bytes));
            const QString error = loadError(images);
            QVERIFY2(error.contains(expected), qPrintable(error));
            QVERIFY2(error.contains(target), qPrintable(error));
            QVERIFY(!error.contains(QLatin1Char('\n')));
        }
    }

    void truncatedGzipStreamIsNamed()
    {
        QTemporaryDir dir;
        const QString images = writePair(dir, QStringLiteral("train"), 200, true);
        const QByteArray all = readFile(images);
        QVERIFY(!all.isEmpty());
        QVERIFY(writeFile(images, all.left(all.size() / 2)));
        const QString error = loadError(images);
        QVERIFY2(error.startsWith(images + QLatin1Char(':')), qPrintable(error));
    }

    void gzipWithTrailingGarbageIsNamed()
    {
        // zlib skips bytes after the stream without an error: a .gz with junk glued on loaded.
        QTemporaryDir dir;
        const QString images = writePair(dir, QStringLiteral("train"), 20, true);
        const QByteArray all = readFile(images);
        QVERIFY(!all.isEmpty());
        QVERIFY(writeFile(images, all + QByteArray(64, 'x')));
        const QString error = loadError(images);
        QVERIFY2(error.startsWith(images + QLatin1Char(':')) && error.contains(QStringLiteral("bytes follow")),
                 qPrintable(error));
        QVERIFY(writeFile(images, all)); // the stream alone still loads
        QCOMPARE(loadError(images), QString());
    }

    void badGzipCrcIsDamageNotTruncation_data()
    {
        QTest::addColumn<int>("samples");
        // Small: zlib reaches the CRC while the header is read (it said "truncated (no IDX
        // header)"). Large (~2 MB inflated): the check fails while the values are read.
        QTest::newRow("small") << 10;
        QTest::newRow("large") << 100000;
    }
    void badGzipCrcIsDamageNotTruncation()
    {
        QFETCH(int, samples);
        QTemporaryDir dir;
        const QString images = writePair(dir, QStringLiteral("train"), samples, true);
        const QByteArray all = readFile(images);
        QVERIFY(!all.isEmpty());
        QVERIFY(writeFile(images, withBadGzipCrc(all)));
        const QString error = loadError(images);
        QVERIFY2(error.startsWith(images + QLatin1Char(':')), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("damaged")) && error.contains(QLatin1String("CRC")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("truncated")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        if (samples == 10) { // the header alone is read through the same check
            std::vector<int64_t> dims;
            QString headerError;
            QVERIFY(!IdxFile::readDimensions(images, &dims, &headerError));
            QVERIFY2(headerError.contains(QLatin1String("CRC")), qPrintable(headerError));
        }
    }

    void cutGzipIsTruncationNotDamage_data()
    {
        QTest::addColumn<QByteArray>("content"); // what is compressed
        QTest::addColumn<int>("cut");            // bytes removed from the end of the .gz
        const QByteArray idx = idxBytes({10, 4, 5}, imagePixels(10, 4, 5));
        QTest::newRow("short file") << idx.left(3) << 0;          // a whole gzip of 3 bytes
        QTest::newRow("cut in the gzip header") << idx << -12;    // only the first 12 bytes kept
        QTest::newRow("cut in the values") << idx << 40;
        QTest::newRow("cut in the trailer") << idx << 2;          // every value there, no checksum
    }
    void cutGzipIsTruncationNotDamage()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, cut);
        QTemporaryDir dir;
        const QString images = writePair(dir, QStringLiteral("train"), 10, true);
        QVERIFY(writeGzip(images, content));
        const QByteArray all = readFile(images);
        QVERIFY(all.size() > 20);
        QVERIFY(writeFile(images, cut < 0 ? all.left(-cut) : all.left(all.size() - cut)));
        const QString error = loadError(images);
        QVERIFY2(error.startsWith(images + QLatin1Char(':')) && error.contains(QLatin1String("truncated")),
                 qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("damaged")), qPrintable(error));
    }

    void testLabelOutOfRangeIsNamed()
    {
        QTemporaryDir dir;
        const QString images = writePair(dir, QStringLiteral("train"), 20, false, 3);
        writePair(dir, QStringLiteral("t10k"), 8, false, 5); // labels 3 and 4 are unknown to training
        const QString error = loadError(images);
        QVERIFY2(error.contains(QLatin1String("out of range")), qPrintable(error));
        QVERIFY2(error.contains(dir.filePath(QStringLiteral("t10k-labels-idx1-ubyte"))), qPrintable(error));
    }

    void missingLabelsFileIsNamed()
    {
        QTemporaryDir dir;
        const QString images = dir.filePath(QStringLiteral("train-images-idx3-ubyte"));
        writeFile(images, idxBytes({2, 4, 5}, imagePixels(2, 4, 5)));
        const QString error = loadError(images);
        QVERIFY2(error.contains(QLatin1String("train-labels-idx1-ubyte")), qPrintable(error));
    }

    void unknownNameOrPath()
    {
        const QString error = loadError(QStringLiteral("/nonexistent/nothing-here"));
        QVERIFY2(error.contains(QLatin1String("/nonexistent/nothing-here")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestIdxSource)
#include "tst_idx_source.moc"
