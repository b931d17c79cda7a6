#pragma once
// Reads the regular files of a .tar.gz (an npm package, for example) into memory. Only what
// set-up needs: no links, no writing.
#include <QByteArray>
#include <QMap>
#include <QString>
#include <functional>

namespace netsmith {

class TarGzArchive
{
public:
    /// Reads every regular file whose member name `wanted` accepts into `files` (name -> bytes).
    /// A damaged or truncated archive gives false and a message naming the archive.
    static bool read(const QString& path, const std::function<bool(const QString&)>& wanted,
                     QMap<QString, QByteArray>* files, QString* error);
};

} // namespace netsmith
