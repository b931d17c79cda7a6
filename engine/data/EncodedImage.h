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
    /// The most pixels Netsmith decodes from one image file: 2^27 (134 million, 11585 x 11585;
    /// 400 MB as RGB). OpenCV's own limit is 2^30, fixed when it loads, and a 483-byte JPEG
    /// whose header says 23324 x 24604 decoded into 1.9 GB (fuzz_image).
    static constexpr qint64 kMaxPixels = qint64(1) << 27;

    /// Why `bytes` declare an image over kMaxPixels, from the PNG, JPEG or BMP header, as a
    /// message naming the file; empty when they do not (or the header says nothing).
    static QString tooLarge(const QByteArray& bytes, const QString& file);
    /// Why `bytes` (the file `file`) are an image cut short, as a message naming the file;
    /// empty when they look whole or are not a JPEG or PNG.
    static QString cutShort(const QByteArray& bytes, const QString& file);
};

} // namespace netsmith
