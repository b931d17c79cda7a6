#pragma once
// Reads the regular files of a .tar.gz (an npm package, for example) into memory. Only what
// set-up needs: no links, no writing. The tar is parsed by Debian's libarchive (fuzzed for
// years, unlike a reader of our own); zlib inflates it, checking the gzip CRC.
#include <QByteArray>
#include <QMap>
#include <QString>
#include <functional>

namespace netsmith {

class TarGzArchive
{
public:
    /// Reads every regular file whose member name `wanted` accepts into `files` (name -> bytes);
    /// `wanted` is asked once about each regular file, in the archive's order.
    /// A damaged or truncated archive gives false and a one-line message naming the archive
    /// and the reason (libarchive's or zlib's words). A wanted member declaring more than
    /// 1 GiB, or wanted members holding more together, are refused before they are read.
    /// On failure `files` is left as it was.
    static bool read(const QString& path, const std::function<bool(const QString&)>& wanted,
                     QMap<QString, QByteArray>* files, QString* error);
};

} // namespace netsmith
