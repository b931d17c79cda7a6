// CSV in the Kaggle MNIST layout (label, then the pixels of a square image; optional header),
// loaded as a user's file is (DatasetCatalog::load picks CsvSource by the .csv name).
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
        fuzz::writeFile(QStringLiteral("csv/digits.csv"), fuzz::bytesOf(data, size));
    DatasetSplits splits;
    QString error;
    if (fuzz::note("DatasetCatalog::load", DatasetCatalog::load(path, &splits, &error), error)) {
        fuzz::touch(splits.train.images);
        fuzz::touch(splits.train.labels);
    }
    return 0;
}
