#include "data/PathSources.h"

#include "data/IdxSource.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace netsmith {

bool PathSources::load(const QString& path, const DatasetLoadOptions& options, DatasetSplits* out, QString* error)
{
    Q_UNUSED(options);
    DatasetSplits splits;
    bool ok = false;
    if (IdxSource::recognizes(path)) {
        ok = IdxSource::load(path, &splits, error);
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
