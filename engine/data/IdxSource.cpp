#include "data/IdxSource.h"

#include "data/IdxFile.h"
#include "data/LabelCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace netsmith {

namespace {

bool isImagesName(const QString& name)
{
    const QString n = name.toLower();
    return n.contains(QLatin1String("idx3")) && n.contains(QLatin1String("images"));
}

bool isTestName(const QString& name)
{
    const QString n = name.toLower();
    return n.contains(QLatin1String("t10k")) || n.contains(QLatin1String("test"));
}

// The first existing of `name`, `name` + ".gz" and `name` without ".gz" in `dir`.
QString existingVariant(const QDir& dir, QString name)
{
    QStringList candidates{name};
    if (name.endsWith(QLatin1String(".gz")))
        candidates << name.chopped(3);
    else
        candidates << name + QStringLiteral(".gz");
    for (const QString& c : candidates)
        if (QFileInfo(dir.filePath(c)).isFile())
            return dir.filePath(c);
    return {};
}

QString labelsNameFor(const QString& imagesName)
{
    QString n = imagesName;
    n.replace(QLatin1String("images"), QLatin1String("labels"), Qt::CaseInsensitive);
    n.replace(QLatin1String("idx3"), QLatin1String("idx1"), Qt::CaseInsensitive);
    return n;
}

} // namespace

IdxSource::Files IdxSource::locate(const QString& path)
{
    Files files;
    const QFileInfo info(path);
    QDir dir;
    if (info.isDir()) {
        dir = QDir(path);
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        for (const QString& n : names) {
            if (!isImagesName(n))
                continue;
            if (isTestName(n)) {
                if (files.testImages.isEmpty())
                    files.testImages = dir.filePath(n);
            } else if (files.trainImages.isEmpty()) {
                files.trainImages = dir.filePath(n);
            }
        }
    } else {
        dir = info.dir();
        files.trainImages = path;
        const QString name = info.fileName();
        for (const char* testWord : {"t10k", "test"}) {
            QString t = name;
            t.replace(QLatin1String("train"), QLatin1String(testWord), Qt::CaseInsensitive);
            if (t == name)
                break;
            const QString found = existingVariant(dir, t);
            if (!found.isEmpty()) {
                files.testImages = found;
                break;
            }
        }
    }
    if (!files.trainImages.isEmpty())
        files.trainLabels = existingVariant(dir, labelsNameFor(QFileInfo(files.trainImages).fileName()));
    if (!files.testImages.isEmpty())
        files.testLabels = existingVariant(dir, labelsNameFor(QFileInfo(files.testImages).fileName()));
    return files;
}

bool IdxSource::recognizes(const QString& path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return isImagesName(info.fileName());
    return info.isDir() && !locate(path).trainImages.isEmpty();
}

bool IdxSource::loadPair(const QString& imagesPath, const QString& labelsPath, Dataset* out, QString* error)
{
    torch::Tensor images, labels;
    if (!IdxFile::read(imagesPath, &images, error) || !IdxFile::read(labelsPath, &labels, error))
        return false;
    if (images.dim() != 3) {
        *error = QCoreApplication::translate("Datasets", "%1: size mismatch: an images file needs 3 dimensions (count, height, width), it has %2")
                     .arg(imagesPath)
                     .arg(images.dim());
        return false;
    }
    if (labels.dim() != 1) {
        *error = QCoreApplication::translate("Datasets", "%1: size mismatch: a labels file needs 1 dimension, it has %2")
                     .arg(labelsPath)
                     .arg(labels.dim());
        return false;
    }
    if (images.size(0) != labels.size(0)) {
        *error = QCoreApplication::translate("Datasets", "%1: count mismatch: %2 images but %3 labels in %4")
                     .arg(imagesPath)
                     .arg(images.size(0))
                     .arg(labels.size(0))
                     .arg(labelsPath);
        return false;
    }
    if (images.size(0) == 0) {
        *error = QCoreApplication::translate("Datasets", "%1: the file holds no images").arg(imagesPath);
        return false;
    }
    out->name = imagesPath;
    out->images = images.unsqueeze(1).contiguous();
    out->labels = labels.to(torch::kInt64);
    return true;
}

bool IdxSource::load(const QString& path, DatasetSplits* out, QString* error, int numClasses)
{
    const Files files = locate(path);
    if (files.trainImages.isEmpty()) {
        *error = QCoreApplication::translate("Datasets", "%1: no IDX images file found (expected a name like train-images-idx3-ubyte.gz)").arg(path);
        return false;
    }
    if (files.trainLabels.isEmpty()) {
        *error = QCoreApplication::translate("Datasets", "%1: no labels file next to it (expected %2)")
                     .arg(files.trainImages, labelsNameFor(QFileInfo(files.trainImages).fileName()));
        return false;
    }
    if (!files.testImages.isEmpty() && files.testLabels.isEmpty()) {
        *error = QCoreApplication::translate("Datasets", "%1: no labels file next to it (expected %2)")
                     .arg(files.testImages, labelsNameFor(QFileInfo(files.testImages).fileName()));
        return false;
    }
    DatasetSplits splits;
    if (!loadPair(files.trainImages, files.trainLabels, &splits.train, error))
        return false;
    if (!files.testImages.isEmpty()) {
        if (!loadPair(files.testImages, files.testLabels, &splits.test, error))
            return false;
        if (splits.test.images.sizes().slice(1) != splits.train.images.sizes().slice(1)) {
            *error = QCoreApplication::translate("Datasets", "%1: size mismatch: its images are %2, the training images are %3")
                         .arg(files.testImages, shapeToString(splits.test.sampleShape()),
                              shapeToString(splits.train.sampleShape()));
            return false;
        }
    }
    const int classes = numClasses > 0 ? numClasses : int(splits.train.labels.max().item<int64_t>()) + 1;
    if (!LabelCheck::inRange(splits.train.labels, classes, files.trainLabels, error))
        return false;
    if (splits.test.size() > 0 && !LabelCheck::inRange(splits.test.labels, classes, files.testLabels, error))
        return false;
    const QStringList names = LabelCheck::numberedClasses(classes);
    splits.train.classNames = names;
    splits.train.name = path;
    if (splits.test.size() > 0) {
        splits.test.classNames = names;
        splits.test.name = path;
    }
    *out = std::move(splits);
    return true;
}

} // namespace netsmith
