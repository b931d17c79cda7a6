#pragma once
// Checks on an image file's bytes before it is decoded. A JPEG or PNG cut short (a failed
// download or copy) still decodes: libjpeg and libpng warn and fill the missing rows with
// grey, so a damaged sample would train or be predicted on without a word.
#include <QByteArray>
#include <QString>

namespace netsmith {

class EncodedImage
{
public:
    /// Why `bytes` (the file `file`) are an image cut short, as a message naming the file;
    /// empty when they look whole or are not a JPEG or PNG.
    static QString cutShort(const QByteArray& bytes, const QString& file);
};

} // namespace netsmith
