#pragma once
// CIFAR-10 binary batches: records of one label byte and 3×32×32 pixel bytes (red, green,
// blue planes). A path is one .bin file (training only) or the cifar-10-batches-bin folder
// (data_batch_*.bin for training, test_batch.bin for test, batches.meta.txt for names).
#include "data/Dataset.h"

namespace netsmith {

class Cifar10Source
{
public:
    static constexpr int kSide = 32;
    static constexpr int kRecord = 1 + 3 * kSide * kSide;

    static bool recognizes(const QString& path);
    static bool load(const QString& path, DatasetSplits* out, QString* error);
    /// Appends the records of one batch file.
    static bool loadFile(const QString& path, Dataset* out, QString* error);
};

} // namespace netsmith
