// CSV, image-folder and CIFAR-10 sources on fixtures the test writes: good data and each kind
// of corruption, always a one-line message naming the file and never a partial load.
#include "DataFixtures.h"

#include "data/DatasetCatalog.h"
#include "infer/ImageFile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/imgcodecs.hpp>
#include <zlib.h>

using namespace netsmith;
using namespace netsmith::fixtures;

namespace {

QByteArray csvRows(int n, int side, bool header, int classes = 3)
{
    QByteArray s;
    if (header) {
        s += "label";
        for (int p = 0; p < side * side; ++p)
            s += ",pixel" + QByteArray::number(p);
        s += "\r\n";
    }
    for (int i = 0; i < n; ++i) {
        s += QByteArray::number(i % classes);
        for (int p = 0; p < side * side; ++p)
            s += ',' + QByteArray::number((i * 10 + p) % 256);
        s += "\r\n";
    }
    return s;
}

QByteArray cifarRecords(int n, int badLabelAt = -1)
{
    QByteArray b;
    for (int i = 0; i < n; ++i) {
        b += char(i == badLabelAt ? 10 : i % 10);
        for (int c = 0; c < 3; ++c)
            b += QByteArray(1024, char(c * 50 + i));
    }
    return b;
}

void writeImage(const QString& path, int rows, int cols, int channels, int value)
{
    cv::Mat m(rows, cols, CV_8UC(channels), cv::Scalar::all(value));
    if (channels == 3)
        m.setTo(cv::Scalar(value, 0, 255 - value)); // BGR
    QVERIFY(cv::imwrite(QFile::encodeName(path).toStdString(), m));
}

QString loadError(const QString& path)
{
    DatasetSplits splits;
    splits.train.name = QStringLiteral("untouched");
    QString error;
    if (DatasetCatalog::load(path, &splits, &error))
        return {};
    return splits.train.name == QLatin1String("untouched") ? error : QStringLiteral("partial load");
}

} // namespace

class TestPathSources : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvWithAndWithoutHeader_data()
    {
        QTest::addColumn<bool>("header");
        QTest::addColumn<bool>("bom");
        QTest::newRow("header") << true << false;
        QTest::newRow("no header") << false << false;
        // A UTF-8 byte order mark (as spreadsheet programs write) made the first sample look
        // like a header and dropped it (issue 15).
        QTest::newRow("BOM, no header") << false << true;
        QTest::newRow("BOM, header") << true << true;
    }
    void csvWithAndWithoutHeader()
    {
        QFETCH(bool, header);
        QFETCH(bool, bom);
        QTemporaryDir dir;
        const QString train = dir.filePath(QStringLiteral("mnist_train.csv"));
        const QByteArray mark = bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
        writeFile(train, mark + csvRows(12, 4, header));
        writeFile(dir.filePath(QStringLiteral("mnist_test.csv")), mark + csvRows(5, 4, header));
        DatasetSplits splits;
        QString error;
        QVERIFY2(DatasetCatalog::load(train, &splits, &error), qPrintable(error));
        QCOMPARE(splits.train.images.sizes(), (torch::IntArrayRef{12, 1, 4, 4}));
        QCOMPARE(splits.test.size(), int64_t(5));
        QCOMPARE(splits.train.numClasses(), 3);
        QCOMPARE(splits.train.images[2][0][1][3].item<int>(), 27);
        QCOMPARE(splits.train.labels[4].item<int64_t>(), int64_t(1));
    }

    void kaggleUnlabelledTestFileIsSkipped()
    {
        QTemporaryDir dir;
        const QString train = dir.filePath(QStringLiteral("train.csv"));
        writeFile(train, csvRows(6, 2, true));
        writeFile(dir.filePath(QStringLiteral("test.csv")), "pixel0,pixel1,pixel2,pixel3\n1,2,3,4\n");
        DatasetSplits splits;
        QString error;
        QVERIFY2(DatasetCatalog::load(train, &splits, &error), qPrintable(error));
        QCOMPARE(splits.test.size(), int64_t(0));
        QVERIFY(loadError(dir.filePath(QStringLiteral("test.csv"))).contains(QLatin1String("no label column")));
    }

    void csvCorruptionIsNamed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QByteArray shortRow = csvRows(3, 2, false);
        shortRow += "1,2,3\n";
        QTest::newRow("row too short") << shortRow << QStringLiteral("line 4: size mismatch");
        QTest::newRow("not a number") << QByteArray("1,2,x,4,5\n") << QStringLiteral("line 1, value 3");
        QTest::newRow("pixel out of range") << QByteArray("1,2,300,4,5\n") << QStringLiteral("outside 0..255");
        QTest::newRow("negative label") << QByteArray("-1,2,3,4,5\n") << QStringLiteral("out of range");
        QTest::newRow("not square") << QByteArray("1,2,3,4\n") << QStringLiteral("not a square image");
        QTest::newRow("empty") << QByteArray("label,pixel0\n") << QStringLiteral("no samples");
    }
    void csvCorruptionIsNamed()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("data.csv"));
        writeFile(path, content);
        const QString error = loadError(path);
        QVERIFY2(error.startsWith(path + QLatin1Char(':')) && error.contains(expected), qPrintable(error));
    }

    void cifarFolderAndFile()
    {
        QTemporaryDir dir;
        const QDir batches(dir.filePath(QStringLiteral("cifar-10-batches-bin")));
        QDir().mkpath(batches.path());
        writeFile(batches.filePath(QStringLiteral("data_batch_1.bin")), cifarRecords(7));
        writeFile(batches.filePath(QStringLiteral("data_batch_2.bin")), cifarRecords(5));
        writeFile(batches.filePath(QStringLiteral("test_batch.bin")), cifarRecords(4));
        DatasetSplits splits;
        QString error;
        QVERIFY2(DatasetCatalog::load(dir.path(), &splits, &error), qPrintable(error));
        QCOMPARE(splits.train.images.sizes(), (torch::IntArrayRef{12, 3, 32, 32}));
        QCOMPARE(splits.test.size(), int64_t(4));
        QCOMPARE(splits.train.classNames[3], QStringLiteral("cat"));
        QCOMPARE(splits.train.images[8][2][5][5].item<int>(), 100 + 1); // batch 2, record 1, blue plane
        QCOMPARE(splits.train.labels[8].item<int64_t>(), int64_t(1));
        QVERIFY2(DatasetCatalog::load(batches.filePath(QStringLiteral("test_batch.bin")), &splits, &error), qPrintable(error));
        QCOMPARE(splits.train.size(), int64_t(4));
    }

    void cifarCorruptionIsNamed()
    {
        QTemporaryDir dir;
        const QString truncated = dir.filePath(QStringLiteral("truncated.bin"));
        writeFile(truncated, cifarRecords(3).chopped(100));
        QString error = loadError(truncated);
        QVERIFY2(error.startsWith(truncated + QLatin1Char(':')) && error.contains(QLatin1String("truncated")), qPrintable(error));
        const QString badLabel = dir.filePath(QStringLiteral("bad.bin"));
        writeFile(badLabel, cifarRecords(3, 2));
        error = loadError(badLabel);
        QVERIFY2(error.contains(badLabel) && error.contains(QLatin1String("sample 3 is out of range")), qPrintable(error));
    }

    void imageFolderGrayResizedAndColour()
    {
        QTemporaryDir dir;
        for (const char* cls : {"cats", "dogs"})
            QDir().mkpath(dir.filePath(QLatin1String(cls)));
        writeImage(dir.filePath(QStringLiteral("cats/a.png")), 20, 10, 1, 40);
        writeImage(dir.filePath(QStringLiteral("cats/b.bmp")), 40, 20, 1, 80);
        writeImage(dir.filePath(QStringLiteral("dogs/c.jpg")), 20, 10, 1, 120);
        DatasetSplits splits;
        QString error;
        QVERIFY2(DatasetCatalog::load(dir.path(), &splits, &error), qPrintable(error));
        QCOMPARE(splits.train.images.sizes(), (torch::IntArrayRef{3, 1, 20, 10}));
        QCOMPARE(splits.train.classNames, (QStringList{QStringLiteral("cats"), QStringLiteral("dogs")}));
        QCOMPARE(splits.train.images[1][0][10][5].item<int>(), 80); // resized, value kept
        QCOMPARE(splits.train.labels[2].item<int64_t>(), int64_t(1));

        // A chosen size, and one colour image makes the whole set RGB.
        writeImage(dir.filePath(QStringLiteral("dogs/d.png")), 20, 10, 3, 200);
        DatasetLoadOptions options;
        options.imageWidth = 8;
        options.imageHeight = 6;
        int64_t lastDone = 0, lastTotal = 0;
        options.progress = [&](int64_t done, int64_t total) { lastDone = done; lastTotal = total; };
        QVERIFY2(DatasetCatalog::load(dir.path(), options, &splits, &error), qPrintable(error));
        QCOMPARE(splits.train.images.sizes(), (torch::IntArrayRef{4, 3, 6, 8}));
        QCOMPARE(splits.train.images[3][0][3][3].item<int>(), 255 - 200); // red plane (RGB order)
        QCOMPARE(splits.train.images[3][2][3][3].item<int>(), 200);
        QCOMPARE(splits.train.images[0][1][3][3].item<int>(), 40); // gray expanded
        QCOMPARE(lastDone, int64_t(4));
        QCOMPARE(lastTotal, int64_t(4));
    }

    void imageFolderWithTrainAndTest()
    {
        QTemporaryDir dir;
        for (const char* sub : {"train/a", "train/b", "test/b"})
            QDir().mkpath(dir.filePath(QLatin1String(sub)));
        writeImage(dir.filePath(QStringLiteral("train/a/1.png")), 8, 8, 1, 1);
        writeImage(dir.filePath(QStringLiteral("train/b/2.png")), 8, 8, 1, 2);
        writeImage(dir.filePath(QStringLiteral("test/b/3.png")), 8, 8, 1, 3);
        DatasetSplits splits;
        QString error;
        QVERIFY2(DatasetCatalog::load(dir.path(), &splits, &error), qPrintable(error));
        QCOMPARE(splits.train.size(), int64_t(2));
        QCOMPARE(splits.test.size(), int64_t(1));
        QCOMPARE(splits.test.labels[0].item<int64_t>(), int64_t(1));
        QDir().mkpath(dir.filePath(QStringLiteral("test/zebra")));
        writeImage(dir.filePath(QStringLiteral("test/zebra/4.png")), 8, 8, 1, 3);
        error = loadError(dir.path());
        QVERIFY2(error.contains(QLatin1String("zebra")) && error.contains(QLatin1String("out of range")), qPrintable(error));
    }

    void imageFolderCorruptionIsNamed()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("a")));
        QDir().mkpath(dir.filePath(QStringLiteral("b")));
        writeImage(dir.filePath(QStringLiteral("a/1.png")), 8, 8, 1, 1);
        writeImage(dir.filePath(QStringLiteral("b/2.png")), 8, 8, 1, 1);
        QDir().mkpath(dir.filePath(QStringLiteral("c")));
        writeFile(dir.filePath(QStringLiteral("c/readme.txt")), "not an image");
        QString error = loadError(dir.path());
        QVERIFY2(error.contains(dir.filePath(QStringLiteral("c"))) && error.contains(QLatin1String("empty class")), qPrintable(error));
        writeFile(dir.filePath(QStringLiteral("c/broken.png")), "\x89PNG not really");
        error = loadError(dir.path());
        QVERIFY2(error.startsWith(dir.filePath(QStringLiteral("c/broken.png"))) && error.contains(QLatin1String("unreadable image")),
                 qPrintable(error));
    }

    void aTruncatedJpegIsNamed()
    {
        // Cut short, a JPEG still decoded (grey rows where the data ended) and trained.
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("a")));
        QDir().mkpath(dir.filePath(QStringLiteral("b")));
        writeImage(dir.filePath(QStringLiteral("a/1.png")), 8, 8, 1, 1);
        cv::Mat noise(64, 64, CV_8UC3);
        cv::randu(noise, cv::Scalar::all(0), cv::Scalar::all(255));
        std::vector<uchar> jpeg;
        QVERIFY(cv::imencode(".jpg", noise, jpeg));
        const QByteArray whole(reinterpret_cast<const char*>(jpeg.data()), qsizetype(jpeg.size()));
        const QString photo = dir.filePath(QStringLiteral("b/photo.jpg"));
        writeFile(photo, whole);
        QCOMPARE(loadError(dir.path()), QString()); // whole, it loads
        writeFile(photo, whole.left(whole.size() * 2 / 3));
        QString error = loadError(dir.path());
        QVERIFY2(error.startsWith(photo) && error.contains(QLatin1String("cut short")), qPrintable(error));
        // What predict and the draw pad read goes through the same check.
        cv::Mat image;
        QVERIFY(!ImageFile::read(photo, &image, &error));
        QVERIFY2(error.startsWith(photo) && error.contains(QLatin1String("cut short")), qPrintable(error));

        // A PNG cut in half decoded too.
        QFile::remove(photo);
        std::vector<uchar> png;
        QVERIFY(cv::imencode(".png", noise, png));
        const QString picture = dir.filePath(QStringLiteral("b/picture.png"));
        writeFile(picture, QByteArray(reinterpret_cast<const char*>(png.data()), qsizetype(png.size() / 2)));
        error = loadError(dir.path());
        QVERIFY2(error.startsWith(picture) && error.contains(QLatin1String("PNG is cut short")), qPrintable(error));
        QVERIFY(!ImageFile::read(picture, &image, &error));
    }

    void aLargeFirstImageDoesNotEnlargeTheRest()
    {
        // The samples take the first image's size: a 2000 x 1500 photo first made every
        // thumbnail after it 2000 x 1500 (an 8000 x 8000 one, 1 GB for 7 thumbnails; issue 15).
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("a")));
        QDir().mkpath(dir.filePath(QStringLiteral("b")));
        writeImage(dir.filePath(QStringLiteral("a/0-photo.png")), 1500, 2000, 1, 90);
        for (int i = 1; i <= 7; ++i)
            writeImage(dir.filePath(QStringLiteral("%1/%2-thumb.png").arg(i % 2 ? 'b' : 'a').arg(i)), 48, 64, 1, 30);
        DatasetSplits splits;
        QString error;
        QVERIFY2(DatasetCatalog::load(dir.path(), &splits, &error), qPrintable(error));
        QCOMPARE(splits.train.images.sizes(), (torch::IntArrayRef{8, 1, 384, kLargestDefaultImageSide}));
        QCOMPARE(splits.scaledFrom, QSize(2000, 1500));
        QVERIFY2(splits.note().contains(QLatin1String("2000 x 1500")) && splits.note().contains(QLatin1String("512 x 384")),
                 qPrintable(splits.note()));

        // A chosen size is kept, unless the samples would not fit in memory.
        DatasetLoadOptions options;
        options.imageWidth = 30000;
        options.imageHeight = 30000;
        QVERIFY(!DatasetCatalog::load(dir.path(), options, &splits, &error));
        QVERIFY2(error.contains(QLatin1String("8 images of 30000 x 30000")) && error.contains(QLatin1String("GiB")),
                 qPrintable(error));
        options.imageWidth = options.imageHeight = 600;
        QVERIFY2(DatasetCatalog::load(dir.path(), options, &splits, &error), qPrintable(error));
        QCOMPARE(splits.train.images.size(3), 600);
        QVERIFY(splits.note().isEmpty());
    }

    void anImageTooLargeToDecodeIsNamed()
    {
        // A valid PNG header announcing 40000 x 40000 pixels: OpenCV refuses it by throwing,
        // which escaped the image-folder reader and aborted the process (issue 15).
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("a")));
        QDir().mkpath(dir.filePath(QStringLiteral("b")));
        writeImage(dir.filePath(QStringLiteral("a/1.png")), 8, 8, 1, 1);
        auto be32 = [](uint32_t v) {
            const char bytes[] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
            return QByteArray(bytes, 4);
        };
        QByteArray ihdr = QByteArray("IHDR") + be32(40000) + be32(40000) + QByteArray("\x08\x00\x00\x00\x00", 5);
        auto chunk = [&](const QByteArray& typeAndData) {
            const auto crc = uint32_t(crc32(0, reinterpret_cast<const Bytef*>(typeAndData.constData()), uInt(typeAndData.size())));
            return be32(uint32_t(typeAndData.size() - 4)) + typeAndData + be32(crc);
        };
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk(ihdr) + chunk(QByteArray("IDAT")) +
                               chunk(QByteArray("IEND"));
        const QString big = dir.filePath(QStringLiteral("b/huge.png"));
        writeFile(big, png);
        const QString error = loadError(dir.path());
        QVERIFY2(error.startsWith(big) && error.contains(QLatin1String("40000 x 40000, more than the 134 million")),
                 qPrintable(error));

        // Refused from the header, before decoding: a 483-byte JPEG found by fuzz_image says
        // 23324 x 24604 and decoded into 1.9 GB.
        const QString jpeg = QStringLiteral(NETSMITH_SOURCE_DIR "/fuzz/corpus/image/regress-oom-jpeg-declares-23324x24604");
        cv::Mat image;
        QString readError;
        QVERIFY(!ImageFile::read(jpeg, &image, &readError));
        QVERIFY2(readError.contains(QLatin1String("23324 x 24604")), qPrintable(readError));
    }
};

QTEST_GUILESS_MAIN(TestPathSources)
#include "tst_path_sources.moc"
