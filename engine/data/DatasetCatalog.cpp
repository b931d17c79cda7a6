#include "data/DatasetCatalog.h"

#include "data/DataFolder.h"
#include "data/DigitsPackage.h"
#include "data/IdxFile.h"
#include "data/IdxSource.h"
#include "data/LabelCheck.h"
#include "data/PathSources.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace netsmith {

namespace {

const QString kDigits = QStringLiteral("digits");
const QString kFashion = QStringLiteral("fashion-mnist");

// Fashion-MNIST ships gzip-compressed; decompressing 70,000 images costs ~0.3 s on each load,
// so the first load leaves uncompressed copies in the data folder, stamped with the sources'
// sizes and times so that a changed source is read again.
QString fashionCacheFolder()
{
    return DataFolder::path() + QStringLiteral("/fashion-mnist");
}

QByteArray sourceStamp(const IdxSource::Files& files)
{
    QByteArray stamp;
    for (const QString& f : {files.trainImages, files.trainLabels, files.testImages, files.testLabels}) {
        const QFileInfo info(f);
        stamp += info.fileName().toUtf8() + ' ' + QByteArray::number(info.size()) + ' '
                 + QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + '\n';
    }
    return stamp;
}

QString uncompressedName(const QString& path)
{
    QString name = QFileInfo(path).fileName();
    if (name.endsWith(QLatin1String(".gz")))
        name.chop(3);
    return name;
}

bool loadFashionMnist(DatasetSplits* out, QString* error)
{
    const QString source = DatasetCatalog::fashionMnistSource();
    const IdxSource::Files files = IdxSource::locate(source);
    if (files.trainImages.isEmpty() || files.testImages.isEmpty()) {
        *error = QCoreApplication::translate("Datasets", "%1: Fashion-MNIST is not installed here (Debian package dataset-fashion-mnist)")
                     .arg(source);
        return false;
    }
    const QString cache = fashionCacheFolder();
    const QByteArray stamp = sourceStamp(files);
    QFile stampFile(cache + QStringLiteral("/SOURCE"));
    DatasetSplits splits;
    QString cacheError;
    const bool cached = stampFile.open(QIODevice::ReadOnly) && stampFile.readAll() == stamp
                        && IdxSource::load(cache, &splits, &cacheError, 10);
    if (!cached) {
        if (!IdxSource::load(source, &splits, error, 10))
            return false;
        // A cache that cannot be written only costs speed.
        QString ignored;
        if (QDir().mkpath(cache)) {
            const bool written
                = IdxFile::write(cache + QLatin1Char('/') + uncompressedName(files.trainImages), splits.train.images.squeeze(1), &ignored)
                  && IdxFile::write(cache + QLatin1Char('/') + uncompressedName(files.trainLabels), splits.train.labels, &ignored)
                  && IdxFile::write(cache + QLatin1Char('/') + uncompressedName(files.testImages), splits.test.images.squeeze(1), &ignored)
                  && IdxFile::write(cache + QLatin1Char('/') + uncompressedName(files.testLabels), splits.test.labels, &ignored);
            if (written) {
                QFile s(cache + QStringLiteral("/SOURCE"));
                if (s.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    s.write(stamp);
            }
        }
    }
    const QStringList names = DatasetCatalog::fashionMnistClasses();
    splits.train.classNames = splits.test.classNames = names;
    splits.train.name = splits.test.name = kFashion;
    *out = std::move(splits);
    return true;
}

bool loadDigits(DatasetSplits* out, QString* error)
{
    if (!DigitsPackage::ensurePrepared(error))
        return false;
    DatasetSplits splits;
    if (!IdxSource::load(DigitsPackage::preparedFolder(), &splits, error, 10))
        return false;
    splits.train.name = splits.test.name = kDigits;
    *out = std::move(splits);
    return true;
}

DatasetInfo infoFromFiles(const QString& name, const QString& location, const IdxSource::Files& files,
                          const QStringList& classes)
{
    DatasetInfo info;
    info.name = name;
    info.location = location;
    info.classNames = classes;
    std::vector<int64_t> train, test;
    QString error;
    if (files.trainImages.isEmpty() || !IdxFile::readDimensions(files.trainImages, &train, &error)
        || (!files.testImages.isEmpty() && !IdxFile::readDimensions(files.testImages, &test, &error))) {
        info.problem = error.isEmpty() ? QCoreApplication::translate("Datasets", "%1: no IDX files found").arg(location) : error;
        return info;
    }
    if (train.size() != 3) {
        info.problem = QCoreApplication::translate("Datasets", "%1: size mismatch: an images file needs 3 dimensions (count, height, width), it has %2")
                           .arg(files.trainImages)
                           .arg(train.size());
        return info;
    }
    info.trainCount = train[0];
    info.testCount = test.empty() ? 0 : test[0];
    info.sampleShape = {1, train[1], train[2]};
    info.available = true;
    return info;
}

} // namespace

QString DatasetCatalog::fashionMnistSource()
{
    const QString fromEnv = qEnvironmentVariable("NETSMITH_FASHION_MNIST_DIR");
    return fromEnv.isEmpty() ? QStringLiteral("/usr/share/datasets/fashion-mnist") : fromEnv;
}

QStringList DatasetCatalog::fashionMnistClasses()
{
    return {QStringLiteral("T-shirt/top"), QStringLiteral("Trouser"), QStringLiteral("Pullover"),
            QStringLiteral("Dress"),       QStringLiteral("Coat"),    QStringLiteral("Sandal"),
            QStringLiteral("Shirt"),       QStringLiteral("Sneaker"), QStringLiteral("Bag"),
            QStringLiteral("Ankle boot")};
}

QString DatasetCatalog::cancelledMessage()
{
    return QCoreApplication::translate("DatasetCatalog", "Loading was cancelled.");
}

QString DatasetCatalog::suggestedAugmentation(const QString& nameOrPath)
{
    // Handwriting slants, grows, bends and changes pen, but a mirrored digit is another sign;
    // clothes are photographed facing either way and not always centred.
    if (nameOrPath == kDigits)
        return QStringLiteral("digits");
    if (nameOrPath == kFashion)
        return QStringLiteral("clothing");
    return {};
}

QStringList DatasetCatalog::bundledNames()
{
    return {kDigits, kFashion};
}

bool DatasetCatalog::load(const QString& nameOrPath, DatasetSplits* out, QString* error)
{
    return load(nameOrPath, DatasetLoadOptions{}, out, error);
}

bool DatasetCatalog::load(const QString& nameOrPath, const DatasetLoadOptions& options, DatasetSplits* out,
                          QString* error)
{
    if (nameOrPath == kDigits)
        return loadDigits(out, error);
    if (nameOrPath == kFashion)
        return loadFashionMnist(out, error);
    const QFileInfo info(nameOrPath);
    if (!info.exists()) {
        *error = QCoreApplication::translate("Datasets", "%1: no such file or folder, and not a bundled dataset (%2)")
                     .arg(nameOrPath, bundledNames().join(QStringLiteral(", ")));
        return false;
    }
    return PathSources::load(nameOrPath, options, out, error);
}

std::vector<DatasetInfo> DatasetCatalog::list()
{
    std::vector<DatasetInfo> infos;
    QString error;
    const QStringList digitClasses = LabelCheck::numberedClasses(10);
    if (DigitsPackage::ensurePrepared(&error)) {
        infos.push_back(infoFromFiles(kDigits, DigitsPackage::preparedFolder(),
                                      IdxSource::locate(DigitsPackage::preparedFolder()), digitClasses));
    } else {
        DatasetInfo d;
        d.name = kDigits;
        d.location = DigitsPackage::tarballPath();
        d.classNames = digitClasses;
        d.problem = error;
        infos.push_back(d);
    }
    infos.push_back(infoFromFiles(kFashion, fashionMnistSource(), IdxSource::locate(fashionMnistSource()),
                                  fashionMnistClasses()));
    return infos;
}

} // namespace netsmith
