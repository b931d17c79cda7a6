#pragma once
// A tiny learnable IDX dataset the CLI tests write for themselves: n side×side images where
// digit class c is a bright horizontal band at rows 2c+2..2c+4 on a faint noisy background,
// so a small model learns it in an epoch or two.
#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtGlobal>
#include <algorithm>
#include <cstdint>
#include <vector>

namespace netsmith::test {

/// An unsigned-byte IDX file of `dims` holding `values`.
inline QByteArray idxBytes(const std::vector<int>& dims, const QByteArray& values)
{
    QByteArray b;
    b.append(char(0)).append(char(0)).append(char(0x08)).append(char(dims.size()));
    for (int d : dims) {
        const auto u = uint32_t(d);
        b.append(char(u >> 24)).append(char(u >> 16)).append(char(u >> 8)).append(char(u));
    }
    return b + values;
}

/// Writes <folder>/<prefix>-images-idx3-ubyte and -labels-idx1-ubyte.
inline void writeBands(const QString& folder, const QString& prefix, int n, int side, uint32_t seed)
{
    QByteArray pixels(n * side * side, '\0'), labels(n, '\0');
    uint32_t state = seed;
    auto next = [&state] { return state = state * 1664525u + 1013904223u; };
    for (int i = 0; i < n; ++i) {
        const int c = int(next() >> 16) % 10;
        labels[i] = char(c);
        for (int p = 0; p < side * side; ++p) {
            const int row = p / side;
            int v = int(next() >> 24) % 40;
            if (row >= 2 * c + 2 && row < 2 * c + 5)
                v += 200;
            pixels[i * side * side + p] = char(std::min(v, 255));
        }
    }
    QFile images(folder + QLatin1Char('/') + prefix + QStringLiteral("-images-idx3-ubyte"));
    QFile labelFile(folder + QLatin1Char('/') + prefix + QStringLiteral("-labels-idx1-ubyte"));
    if (!images.open(QIODevice::WriteOnly) || !labelFile.open(QIODevice::WriteOnly))
        qFatal("cannot write the bands dataset in %s", qPrintable(folder));
    images.write(idxBytes({n, side, side}, pixels));
    labelFile.write(idxBytes({n}, labels));
}

} // namespace netsmith::test
