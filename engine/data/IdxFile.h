#pragma once
// Reading and writing IDX files (the MNIST / Fashion-MNIST / EMNIST / KMNIST format), raw or
// gzip-compressed: a 4-byte magic (0, 0, type, number of dimensions), the dimensions as
// big-endian 32-bit integers, then the values. Only unsigned-byte data (type 0x08) is used
// by image datasets, so that is what is read.
#include <QString>
#include <torch/torch.h>

namespace netsmith {

class IdxFile
{
public:
    /// Reads a whole IDX file (gzip detected by content) into a uint8 tensor with the file's
    /// dimensions. On any problem returns false and a one-line message naming the file.
    static bool read(const QString& path, torch::Tensor* out, QString* error);
    /// Reads only the dimensions (cheap, for listings).
    static bool readDimensions(const QString& path, std::vector<int64_t>* dims, QString* error);
    /// Writes a uint8 tensor as an uncompressed IDX file, atomically.
    static bool write(const QString& path, const torch::Tensor& values, QString* error);
};

} // namespace netsmith
