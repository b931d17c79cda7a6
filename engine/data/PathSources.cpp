#include "data/PathSources.h"

#include "data/Cifar10Source.h"
#include "data/CsvSource.h"
#include "data/IdxSource.h"
#include "data/ImageFolderSource.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace netsmith {

bool PathSources::load(const QString& path, const DatasetLoadOptions& options, DatasetSplits* out, QString* error)
{
    DatasetSplits splits;
    bool ok = false;
    if (IdxSource::recognizes(path)) {
        ok = IdxSource::load(path, &splits, error);
    } else if (CsvSource::recognizes(path)) {
        ok = CsvSource::load(path, &splits, error);
    } else if (Cifar10Source::recognizes(path)) {
        ok = Cifar10Source::load(path, &splits, error);
    } else if (ImageFolderSource::recognizes(path)) {
        ok = ImageFolderSource::load(path, options, &splits, error);
    } else {
        *error = QCoreApplication::translate("Datasets", "%1: not a dataset Netsmith can read (IDX, CSV, a folder of class folders with images, or CIFAR-10 .bin batches)")
                     .arg(path);
        return false;
    }
    if (ok)
        *out = std::move(splits);
    return ok;
}

} // namespace netsmith
