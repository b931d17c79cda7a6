// IDX (MNIST-style) data: the header, gzip detection and the image/label pair checks.
// The input is an images file, optionally followed by kLabelsMark and a labels file; without
// the mark the same bytes stand for both. The pair is written under the names MNIST uses and
// loaded as a user's folder is (DatasetCatalog::load), which also reaches IdxFile::read.
#include "FuzzSupport.h"

#include "data/DatasetCatalog.h"
#include "data/IdxFile.h"

using namespace netsmith;

namespace {
const QByteArray kLabelsMark = QByteArrayLiteral("\n--netsmith-fuzz-labels--\n");
}

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytesOf(data, size);
    const qsizetype mark = input.indexOf(kLabelsMark);
    const QByteArray images = mark < 0 ? input : input.left(mark);
    const QByteArray labels = mark < 0 ? input : input.mid(mark + kLabelsMark.size());

    const QString imagesPath =
        fuzz::writeFile(QStringLiteral("idx/train-images-idx3-ubyte"), images);
    fuzz::writeFile(QStringLiteral("idx/train-labels-idx1-ubyte"), labels);

    QString error;
    std::vector<int64_t> dims;
    fuzz::note("IdxFile::readDimensions", IdxFile::readDimensions(imagesPath, &dims, &error),
               error);
    torch::Tensor values;
    if (fuzz::note("IdxFile::read", IdxFile::read(imagesPath, &values, &error), error))
        fuzz::touch(values);

    DatasetSplits splits;
    if (fuzz::note("DatasetCatalog::load",
                   DatasetCatalog::load(fuzz::scratch() + QStringLiteral("/idx"), &splits, &error),
                   error)) {
        fuzz::touch(splits.train.images);
        fuzz::touch(splits.train.labels);
    }
    return 0;
}
