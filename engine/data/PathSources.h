#pragma once
// Recognises what kind of dataset a path holds (IDX, CSV, image folder, CIFAR-10 binary) and
// loads it with the matching source.
#include "data/DatasetCatalog.h"

namespace netsmith {

class PathSources
{
public:
    static bool load(const QString& path, const DatasetLoadOptions& options, DatasetSplits* out, QString* error);
};

} // namespace netsmith
