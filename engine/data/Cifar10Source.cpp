#include "data/Cifar10Source.h"

#include "data/LabelCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace netsmith {

namespace {

constexpr int kClasses = 10;

QStringList defaultClassNames()
{
    return {QStringLiteral("airplane"), QStringLiteral("automobile"), QStringLiteral("bird"), QStringLiteral("cat"),
            QStringLiteral("deer"),     QStringLiteral("dog"),        QStringLiteral("frog"), QStringLiteral("horse"),
            QStringLiteral("ship"),     QStringLiteral("truck")};
}

QStringList classNamesIn(const QDir& dir)
{
    QFile meta(dir.filePath(QStringLiteral("batches.meta.txt")));
    if (!meta.open(QIODevice::ReadOnly))
        return defaultClassNames();
    QStringList names;
    for (const QByteArray& line : meta.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            names << QString::fromUtf8(line.trimmed());
    return names.size() == kClasses ? names : defaultClassNames();
}

// The folder that holds the batches: `path` itself or its cifar-10-batches-bin subfolder.
QString batchesFolder(const QString& path)
{
    const QDir dir(path);
    if (QFileInfo::exists(dir.filePath(QStringLiteral("data_batch_1.bin"))))
        return path;
    const QString sub = dir.filePath(QStringLiteral("cifar-10-batches-bin"));
    if (QFileInfo::exists(QDir(sub).filePath(QStringLiteral("data_batch_1.bin"))))
        return sub;
    return {};
}

} // namespace

bool Cifar10Source::recognizes(const QString& path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return info.suffix().compare(QLatin1String("bin"), Qt::CaseInsensitive) == 0;
    return info.isDir() && !batchesFolder(path).isEmpty();
}

bool Cifar10Source::loadFile(const QString& path, Dataset* out, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Datasets", "%1: cannot open the file (%2)").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty()) {
        *error = QCoreApplication::translate("Datasets", "%1: the file holds no samples").arg(path);
        return false;
    }
    if (bytes.size() % kRecord != 0) {
        *error = QCoreApplication::translate("Datasets", "%1: truncated or size mismatch: %2 bytes is not a whole number of %3-byte CIFAR-10 records")
                     .arg(path)
                     .arg(bytes.size())
                     .arg(kRecord);
        return false;
    }
    const int64_t n = bytes.size() / kRecord;
    const torch::Tensor records
        = torch::from_blob(const_cast<char*>(bytes.constData()), {n, kRecord}, torch::kUInt8);
    const torch::Tensor labels = records.select(1, 0).to(torch::kInt64);
    if (!LabelCheck::inRange(labels, kClasses, path, error))
        return false;
    const torch::Tensor images = records.slice(1, 1).reshape({n, 3, kSide, kSide});
    if (out->images.defined()) {
        out->images = torch::cat({out->images, images});
        out->labels = torch::cat({out->labels, labels});
    } else {
        out->images = images.clone();
        out->labels = labels;
    }
    out->name = path;
    return true;
}

bool Cifar10Source::load(const QString& path, DatasetSplits* out, QString* error)
{
    DatasetSplits splits;
    QStringList names = defaultClassNames();
    if (QFileInfo(path).isFile()) {
        if (!loadFile(path, &splits.train, error))
            return false;
        names = classNamesIn(QFileInfo(path).dir());
    } else {
        const QDir dir(batchesFolder(path));
        const QStringList batches = dir.entryList({QStringLiteral("data_batch_*.bin")}, QDir::Files, QDir::Name);
        for (const QString& b : batches)
            if (!loadFile(dir.filePath(b), &splits.train, error))
                return false;
        const QString test = dir.filePath(QStringLiteral("test_batch.bin"));
        if (QFileInfo::exists(test) && !loadFile(test, &splits.test, error))
            return false;
        names = classNamesIn(dir);
    }
    splits.train.name = splits.test.name = path;
    splits.train.classNames = splits.test.classNames = names;
    *out = std::move(splits);
    return true;
}

} // namespace netsmith
