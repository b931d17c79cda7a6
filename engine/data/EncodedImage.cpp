#include "data/EncodedImage.h"

#include <QCoreApplication>
#include <utility>

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

quint32 bigEndian(const QByteArray& b, qsizetype at, int bytes)
{
    quint32 v = 0;
    for (int i = 0; i < bytes; ++i)
        v = v << 8 | uchar(b[at + i]);
    return v;
}

/// Width and height from the header, or (0, 0) when it does not say.
std::pair<qint64, qint64> declaredSize(const QByteArray& b)
{
    if (b.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")) && b.size() >= 24)
        return {bigEndian(b, 16, 4), bigEndian(b, 20, 4)};
    if (b.startsWith("BM") && b.size() >= 26) {
        const auto le = [&](qsizetype at) {
            return qint32(quint32(uchar(b[at])) | quint32(uchar(b[at + 1])) << 8 | quint32(uchar(b[at + 2])) << 16 |
                          quint32(uchar(b[at + 3])) << 24);
        };
        return {qAbs(qint64(le(18))), qAbs(qint64(le(22)))};
    }
    if (b.startsWith(QByteArrayLiteral("\xFF\xD8"))) {
        // Markers after SOI: FF, the code, a 2-byte length; a start-of-frame (C0-CF but
        // C4 huffman tables, C8 reserved, CC arithmetic tables) holds height, then width.
        // libjpeg skips bytes that are not a marker ("extraneous bytes"), and so does this.
        qsizetype at = 2;
        while (at + 9 <= b.size()) {
            const uchar code = uchar(b[at + 1]);
            if (uchar(b[at]) != 0xFF || code == 0xFF || code == 0x00) {
                ++at;
                continue;
            }
            if (code == 0xDA) // the scan starts: no frame header before it
                break;
            if (code >= 0xC0 && code <= 0xCF && code != 0xC4 && code != 0xC8 && code != 0xCC)
                return {bigEndian(b, at + 7, 2), bigEndian(b, at + 5, 2)};
            if (code == 0xD8 || code == 0x01 || (code >= 0xD0 && code <= 0xD7)) {
                at += 2;
                continue;
            }
            at += 2 + bigEndian(b, at + 2, 2);
        }
    }
    return {0, 0};
}

} // namespace

QString EncodedImage::tooLarge(const QByteArray& bytes, const QString& file)
{
    const auto [width, height] = declaredSize(bytes);
    // Divided, not multiplied: a PNG may declare 2^32 - 1 on both sides (fuzz_image, UBSan).
    if (width == 0 || height == 0 || height <= kMaxPixels / width)
        return {};
    return QCoreApplication::translate("Datasets", "%1: the image is %2 x %3, more than the %4 million pixels "
                                                   "Netsmith decodes from one image; make it smaller")
        .arg(file)
        .arg(width)
        .arg(height)
        .arg(kMaxPixels / 1000000);
}

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
