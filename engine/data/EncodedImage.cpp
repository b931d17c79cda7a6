#include "data/EncodedImage.h"

#include <QCoreApplication>

namespace netsmith {

namespace {

/// A few KB after the last marker are metadata or padding some cameras and tools add; a
/// marker further from the end is an embedded thumbnail's, not the image's.
constexpr qsizetype kTrailingSlack = 4096;

bool endsWithin(const QByteArray& bytes, const QByteArray& marker, qsizetype markerTail)
{
    const qsizetype at = bytes.lastIndexOf(marker);
    return at >= 0 && bytes.size() - (at + marker.size() + markerTail) <= kTrailingSlack;
}

} // namespace

QString EncodedImage::cutShort(const QByteArray& bytes, const QString& file)
{
    if (bytes.startsWith(QByteArrayLiteral("\xFF\xD8\xFF")) && !endsWithin(bytes, QByteArrayLiteral("\xFF\xD9"), 0))
        return QCoreApplication::translate("Datasets", "%1: the JPEG is cut short (no end-of-image marker): "
                                                       "copy or download it again")
            .arg(file);
    // A PNG ends with its IEND chunk: the type, then a 4-byte CRC.
    if (bytes.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")) && !endsWithin(bytes, QByteArrayLiteral("IEND"), 4))
        return QCoreApplication::translate("Datasets", "%1: the PNG is cut short (no IEND chunk): "
                                                       "copy or download it again")
            .arg(file);
    return {};
}

} // namespace netsmith
