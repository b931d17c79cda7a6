// CIFAR-10 binary batches (records of a label byte and 3×32×32 pixel planes), loaded as a
// user's data_batch_*.bin is (DatasetCatalog::load picks Cifar10Source by the name).
#include "FuzzSupport.h"

#include "data/DatasetCatalog.h"

using namespace netsmith;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path =
        fuzz::writeFile(QStringLiteral("cifar/data_batch_1.bin"), fuzz::bytesOf(data, size));
    DatasetSplits splits;
    QString error;
    if (fuzz::note("DatasetCatalog::load", DatasetCatalog::load(path, &splits, &error), error)) {
        fuzz::touch(splits.train.images);
        fuzz::touch(splits.train.labels);
    }
    return 0;
}
