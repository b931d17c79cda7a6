#include "data/ImageFolderSource.h"

#include "data/EncodedImage.h"
#include "data/LabelCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cmath>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace netsmith {

namespace {

const QStringList kPatterns{QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"),
                            QStringLiteral("*.bmp"), QStringLiteral("*.PNG"), QStringLiteral("*.JPG"),
                            QStringLiteral("*.JPEG"), QStringLiteral("*.BMP")};

struct Entry
{
    QString file;
    int64_t label;
};

QStringList classFolders(const QDir& dir)
{
    return dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

bool hasTrainTest(const QDir& dir)
{
    return QFileInfo(dir.filePath(QStringLiteral("train"))).isDir() && classFolders(dir).size() <= 3
           && !classFolders(QDir(dir.filePath(QStringLiteral("train")))).isEmpty();
}

// Lists the images of every class folder; `classes` empty: they define the classes.
bool listEntries(const QDir& root, QStringList* classes, std::vector<Entry>* entries, QString* error)
{
    const QStringList folders = classFolders(root);
    const bool defining = classes->isEmpty();
    if (folders.isEmpty()) {
        *error = QCoreApplication::translate("Datasets", "%1: no class folders (expected one subfolder of images per class)").arg(root.path());
        return false;
    }
    for (const QString& folder : folders) {
        int64_t label = classes->indexOf(folder);
        if (defining) {
            label = classes->size();
            classes->append(folder);
        } else if (label < 0) {
            *error = QCoreApplication::translate("Datasets", "%1: label out of range: class folder \"%2\" is not among the training classes")
                         .arg(root.path(), folder);
            return false;
        }
        const QDir classDir(root.filePath(folder));
        const QStringList files = classDir.entryList(kPatterns, QDir::Files, QDir::Name);
        if (files.isEmpty()) {
            *error = QCoreApplication::translate("Datasets", "%1: empty class: the folder has no PNG, JPEG or BMP images").arg(classDir.path());
            return false;
        }
        for (const QString& f : files)
            entries->push_back({classDir.filePath(f), label});
    }
    return true;
}

/// `asStored`: keep transparency (a prepareImage hook composites it itself).
bool decode(const QString& file, bool asStored, cv::Mat* out, QString* error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Datasets", "%1: unreadable image (%2)").arg(file, f.errorString());
        return false;
    }
    const QByteArray bytes = f.readAll();
    for (const QString& problem : {EncodedImage::cutShort(bytes, file), EncodedImage::tooLarge(bytes, file)})
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
    cv::Mat m;
    try {
        if (!bytes.isEmpty())
            m = cv::imdecode(cv::Mat(1, int(bytes.size()), CV_8U, const_cast<char*>(bytes.constData())),
                             cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception&) {
        // OpenCV refuses, by throwing, an image over its pixel limit (a header may say
        // 40000 x 40000); the file is named instead of the process aborting.
        *error = QCoreApplication::translate("Datasets", "%1: the image is too large or too damaged to decode "
                                                         "(OpenCV decodes at most %2 pixels)")
                     .arg(file)
                     .arg(qint64(1) << 30);
        return false;
    }
    if (m.empty()) {
        *error = QCoreApplication::translate("Datasets", "%1: unreadable image (not a PNG, JPEG or BMP that OpenCV can decode)").arg(file);
        return false;
    }
    if (m.depth() != CV_8U)
        m.convertTo(m, CV_8U, m.depth() == CV_16U ? 1.0 / 257.0 : 1.0);
    if (asStored) {
        *out = m;
        return true;
    }
    if (m.channels() == 4)
        cv::cvtColor(m, m, cv::COLOR_BGRA2BGR);
    else if (m.channels() == 2)
        cv::extractChannel(m, m, 0);
    *out = m;
    return true;
}

/// The samples of a folder of `total` images at `size` (as RGB, the most they can take)
/// must fit this; a 200-image folder of 8000 x 8000 photos would take 36 GiB.
constexpr int64_t kMaxDatasetBytes = int64_t(8) << 30;

/// Whether `total` samples of `size` fit kMaxDatasetBytes; else the message names `where`.
bool fitsInMemory(const cv::Size& size, int64_t total, const QString& where, QString* error)
{
    const int64_t bytes = total * 3 * int64_t(size.width) * int64_t(size.height);
    if (bytes <= kMaxDatasetBytes)
        return true;
    *error = QCoreApplication::translate("Datasets", "%1: %2 images of %3 x %4 would take %5 GiB in memory, more than "
                                                     "the %6 GiB a dataset may take; make the images smaller")
                 .arg(where)
                 .arg(total)
                 .arg(size.width)
                 .arg(size.height)
                 .arg(double(bytes) / double(int64_t(1) << 30), 0, 'f', 1)
                 .arg(kMaxDatasetBytes >> 30);
    return false;
}

/// The samples' size when none was chosen: the first image's, scaled down to fit
/// kLargestDefaultImageSide (`scaledFrom` then says from what).
cv::Size defaultSize(const cv::Size& first, QSize* scaledFrom)
{
    const int side = std::max(first.width, first.height);
    if (side <= kLargestDefaultImageSide)
        return first;
    *scaledFrom = QSize(first.width, first.height);
    const double scale = double(kLargestDefaultImageSide) / double(side);
    return {std::max(1, int(std::lround(first.width * scale))), std::max(1, int(std::lround(first.height * scale)))};
}

bool loadPart(const std::vector<Entry>& entries, cv::Size* size, QSize* scaledFrom, const DatasetLoadOptions& options,
              int64_t offset, int64_t total, Dataset* out, bool* colour, QString* error)
{
    std::vector<cv::Mat> images(entries.size());
    for (size_t i = 0; i < entries.size(); ++i) {
        if (options.cancelled && i % 16 == 0 && options.cancelled()) {
            *error = DatasetCatalog::cancelledMessage();
            return false;
        }
        if (!decode(entries[i].file, bool(options.prepareImage), &images[i], error))
            return false;
        if (options.prepareImage) {
            QString problem;
            images[i] = options.prepareImage(images[i], &problem);
            if (images[i].empty()) {
                *error = QStringLiteral("%1: %2").arg(entries[i].file, problem);
                return false;
            }
        }
        if (size->width == 0) {
            *size = defaultSize(images[i].size(), scaledFrom);
            if (!fitsInMemory(*size, total, entries[i].file, error))
                return false;
        }
        if (images[i].size() != *size)
            cv::resize(images[i], images[i], *size, 0, 0, cv::INTER_AREA);
        *colour = *colour || images[i].channels() == 3;
        if (options.progress && (i % 64 == 0 || i + 1 == entries.size()))
            options.progress(offset + int64_t(i) + 1, total);
    }
    const int64_t n = int64_t(entries.size());
    out->images = torch::empty({n, *colour ? 3 : 1, size->height, size->width}, torch::kUInt8);
    out->labels = torch::empty({n}, torch::kInt64);
    for (int64_t i = 0; i < n; ++i) {
        cv::Mat m = images[size_t(i)];
        if (*colour && m.channels() == 1)
            cv::cvtColor(m, m, cv::COLOR_GRAY2RGB);
        else if (m.channels() == 3)
            cv::cvtColor(m, m, cv::COLOR_BGR2RGB);
        const torch::Tensor hwc = torch::from_blob(m.data, {m.rows, m.cols, m.channels()}, torch::kUInt8);
        out->images[i].copy_(hwc.permute({2, 0, 1}));
        out->labels[i] = entries[size_t(i)].label;
    }
    return true;
}

} // namespace

bool ImageFolderSource::recognizes(const QString& path)
{
    const QDir dir(path);
    if (!QFileInfo(path).isDir())
        return false;
    const QDir root = hasTrainTest(dir) ? QDir(dir.filePath(QStringLiteral("train"))) : dir;
    for (const QString& folder : classFolders(root))
        if (!QDir(root.filePath(folder)).entryList(kPatterns, QDir::Files).isEmpty())
            return true;
    return false;
}

bool ImageFolderSource::load(const QString& path, const DatasetLoadOptions& options, DatasetSplits* out,
                             QString* error)
{
    const QDir dir(path);
    const bool split = hasTrainTest(dir);
    QStringList classes;
    std::vector<Entry> train, test;
    if (!listEntries(split ? QDir(dir.filePath(QStringLiteral("train"))) : dir, &classes, &train, error))
        return false;
    const QString testPath = dir.filePath(QStringLiteral("test"));
    if (split && QFileInfo(testPath).isDir() && !listEntries(QDir(testPath), &classes, &test, error))
        return false;
    cv::Size size(std::max(0, options.imageWidth), std::max(0, options.imageHeight));
    if (size.width == 0 || size.height == 0)
        size = cv::Size(0, 0);
    const int64_t total = int64_t(train.size() + test.size());
    if (size.width > 0 && !fitsInMemory(size, total, path, error))
        return false;
    DatasetSplits splits;
    bool colour = false;
    if (!loadPart(train, &size, &splits.scaledFrom, options, 0, total, &splits.train, &colour, error))
        return false;
    if (!test.empty()) {
        bool testColour = colour;
        if (!loadPart(test, &size, &splits.scaledFrom, options, int64_t(train.size()), total, &splits.test,
                      &testColour, error))
            return false;
        // One channel count for both parts: grey ones become RGB when the other is colour.
        if (testColour && !colour)
            splits.train.images = splits.train.images.expand({-1, 3, -1, -1}).contiguous();
    }
    splits.train.name = splits.test.name = path;
    splits.train.classNames = splits.test.classNames = classes;
    *out = std::move(splits);
    return true;
}

} // namespace netsmith
