#include "data/TarGzArchive.h"

#include <QCoreApplication>
#include <QFile>
#include <zlib.h>

namespace netsmith {

namespace {

constexpr int kBlock = 512;

int64_t octalField(const char* p, int length)
{
    int64_t v = 0;
    for (int i = 0; i < length && p[i]; ++i) {
        if (p[i] == ' ')
            continue;
        if (p[i] < '0' || p[i] > '7')
            return -1;
        v = v * 8 + (p[i] - '0');
    }
    return v;
}

QString cString(const char* p, int length)
{
    return QString::fromUtf8(p, int(qstrnlen(p, uint(length))));
}

} // namespace

bool TarGzArchive::read(const QString& path, const std::function<bool(const QString&)>& wanted,
                        QMap<QString, QByteArray>* files, QString* error)
{
    gzFile gz = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!gz) {
        *error = QCoreApplication::translate("Datasets", "%1: cannot open the file").arg(path);
        return false;
    }
    QByteArray tar;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    int n = 0;
    while ((n = gzread(gz, chunk.data(), unsigned(chunk.size()))) > 0)
        tar.append(chunk.constData(), n);
    const bool damaged = n < 0;
    gzclose(gz);
    if (damaged) {
        *error = QCoreApplication::translate("Datasets", "%1: the compressed data is damaged or truncated").arg(path);
        return false;
    }
    int64_t pos = 0;
    bool sawEnd = false;
    while (pos + kBlock <= tar.size()) {
        const char* h = tar.constData() + pos;
        if (h[0] == 0) {
            sawEnd = true;
            break;
        }
        const int64_t size = octalField(h + 124, 12);
        if (size < 0) {
            *error = QCoreApplication::translate("Datasets", "%1: damaged archive header at byte %2").arg(path).arg(pos);
            return false;
        }
        QString name = cString(h, 100);
        const QString prefix = cString(h + 345, 155);
        if (!prefix.isEmpty() && memcmp(h + 257, "ustar", 5) == 0)
            name = prefix + QLatin1Char('/') + name;
        const char type = h[156];
        pos += kBlock;
        if (pos + size > tar.size()) {
            *error = QCoreApplication::translate("Datasets", "%1: the archive is truncated (in %2)").arg(path, name);
            return false;
        }
        if ((type == '0' || type == 0) && wanted(name))
            files->insert(name, tar.mid(pos, size));
        pos += (size + kBlock - 1) / kBlock * kBlock;
    }
    if (!sawEnd && pos < tar.size()) {
        *error = QCoreApplication::translate("Datasets", "%1: the archive is truncated").arg(path);
        return false;
    }
    return true;
}

} // namespace netsmith
