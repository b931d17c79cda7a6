#include "data/IdxFile.h"

#include "project/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <zlib.h>

namespace netsmith {

namespace {

constexpr int kUnsignedByte = 0x08;
constexpr int kMaxDimensions = 4;
/// 16 GiB of pixels: far beyond any dataset Netsmith trains on, and a bound on what a header
/// can make it allocate.
constexpr int64_t kMaxValues = int64_t(1) << 34;

// One interface over a plain file and a gzip stream, so the parser below reads both alike.
class ByteStream
{
public:
    explicit ByteStream(const QString& path) : path_(path) {}
    ~ByteStream()
    {
        if (gz_)
            gzclose(gz_);
    }
    ByteStream(const ByteStream&) = delete;
    ByteStream& operator=(const ByteStream&) = delete;

    bool open(QString* error)
    {
        QFile probe(path_);
        if (!probe.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("Datasets", "%1: cannot open the file (%2)")
                         .arg(path_, probe.errorString());
            return false;
        }
        const QByteArray head = probe.read(2);
        probe.close();
        compressed_ = head.size() == 2 && uchar(head[0]) == 0x1f && uchar(head[1]) == 0x8b;
        if (compressed_) {
            gz_ = gzopen(QFile::encodeName(path_).constData(), "rb");
            if (!gz_) {
                *error = QCoreApplication::translate("Datasets", "%1: cannot open the file").arg(path_);
                return false;
            }
            gzbuffer(gz_, 1 << 17);
            return true;
        }
        file_.setFileName(path_);
        if (!file_.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("Datasets", "%1: cannot open the file (%2)")
                         .arg(path_, file_.errorString());
            return false;
        }
        return true;
    }

    /// Reads up to `size` bytes; returns how many were read, -1 on a read/decompression error
    /// (then reason() says what). A gzip stream that is cut off reads short, like a plain file:
    /// zlib notes that as Z_BUF_ERROR and gzread returns what it has, so a short count means
    /// truncated and -1 means damaged (Z_DATA_ERROR: a bad CRC, a bad length, bad deflate data).
    int64_t read(char* data, int64_t size)
    {
        if (!compressed_) {
            const int64_t n = file_.read(data, size);
            if (n < 0)
                reason_ = file_.errorString();
            return n;
        }
        int64_t done = 0;
        while (done < size) {
            const auto chunk = unsigned(std::min<int64_t>(size - done, 1 << 30));
            const int n = gzread(gz_, data + done, chunk);
            if (n < 0) {
                noteGzipError();
                return -1;
            }
            if (n == 0)
                break;
            done += n;
        }
        inflated_ += done;
        return done;
    }
    /// Why the last read returned -1, in zlib's words (or the file's).
    const QString& reason() const { return reason_; }
    /// Whether the gzip stream was cut off before its end (say, in its trailer): zlib reads
    /// everything there is and notes Z_BUF_ERROR, and its CRC was never checked.
    bool endedEarly()
    {
        if (!compressed_)
            return false;
        int code = Z_OK;
        gzerror(gz_, &code);
        return code == Z_BUF_ERROR;
    }

    /// Whether a gzip stream ended cleanly (a cut-off .gz reads short without an error).
    bool compressed() const { return compressed_; }
    /// After the end of a gzip stream: whether bytes follow it. zlib skips trailing garbage
    /// without an error, so a .gz with junk (or part of another file) glued on loaded as if
    /// it were whole. A gzip file ends with the uncompressed size (mod 2^32, little-endian):
    /// anything else in its last 4 bytes is not the end of the stream that was read. (A file
    /// of several concatenated gzip members ends with the last one's size: refused too, and
    /// no IDX tool writes one.)
    bool trailingBytesAfterGzip() const
    {
        if (!compressed_)
            return false;
        QFile f(path_);
        if (!f.open(QIODevice::ReadOnly) || f.size() < 4 || !f.seek(f.size() - 4))
            return true;
        const QByteArray tail = f.read(4);
        const uint32_t size = uint32_t(uchar(tail[0])) | uint32_t(uchar(tail[1])) << 8 |
                              uint32_t(uchar(tail[2])) << 16 | uint32_t(uchar(tail[3])) << 24;
        return size != uint32_t(uint64_t(inflated_));
    }
    /// Bytes left in a plain file; -1 for a gzip stream, whose length is known only at its end.
    int64_t remaining() const { return compressed_ ? -1 : file_.size() - file_.pos(); }

private:
    void noteGzipError()
    {
        int code = Z_OK;
        const char* message = gzerror(gz_, &code);
        reason_ = QString::fromLocal8Bit(message ? message : "");
        // zlib puts the file name in front, which the message names already.
        const QString prefix = path_ + QLatin1String(": ");
        if (reason_.startsWith(prefix))
            reason_ = reason_.mid(prefix.size());
        if (code == Z_DATA_ERROR && reason_ == QLatin1String("incorrect data check"))
            reason_ = QCoreApplication::translate("Datasets", "CRC mismatch");
    }

    QString path_;
    QString reason_;
    bool compressed_ = false;
    gzFile gz_ = nullptr;
    int64_t inflated_ = 0; ///< uncompressed bytes read so far
    QFile file_;
};

QString damaged(const QString& path, const ByteStream& in)
{
    if (in.compressed())
        return QCoreApplication::translate("Datasets", "%1: the gzip data is damaged (%2)").arg(path, in.reason());
    return QCoreApplication::translate("Datasets", "%1: cannot read the file (%2)").arg(path, in.reason());
}

bool readHeader(ByteStream& in, const QString& path, std::vector<int64_t>* dims, QString* error)
{
    unsigned char magic[4];
    // zlib checks the CRC when it reaches the end of the stream, which for a small file is
    // during this first read: a failed read here is damage, not a missing header.
    const int64_t got = in.read(reinterpret_cast<char*>(magic), 4);
    if (got < 0) {
        *error = damaged(path, in);
        return false;
    }
    if (got != 4) {
        *error = QCoreApplication::translate("Datasets", "%1: the file is truncated (no IDX header)").arg(path);
        return false;
    }
    if (magic[0] != 0 || magic[1] != 0 || magic[3] < 1 || magic[3] > kMaxDimensions) {
        *error = QCoreApplication::translate("Datasets", "%1: bad magic number 0x%2 (not an IDX file)")
                     .arg(path)
                     .arg((uint(magic[0]) << 24) | (uint(magic[1]) << 16) | (uint(magic[2]) << 8) | magic[3], 8, 16,
                          QLatin1Char('0'));
        return false;
    }
    if (magic[2] != kUnsignedByte) {
        *error = QCoreApplication::translate("Datasets", "%1: IDX value type 0x%2 is not supported (only unsigned bytes, 0x08)")
                     .arg(path)
                     .arg(uint(magic[2]), 2, 16, QLatin1Char('0'));
        return false;
    }
    dims->clear();
    for (int i = 0; i < magic[3]; ++i) {
        unsigned char b[4];
        const int64_t n = in.read(reinterpret_cast<char*>(b), 4);
        if (n < 0) {
            *error = damaged(path, in);
            return false;
        }
        if (n != 4) {
            *error = QCoreApplication::translate("Datasets", "%1: the file is truncated (in the IDX header)").arg(path);
            return false;
        }
        const uint32_t d = (uint32_t(b[0]) << 24) | (uint32_t(b[1]) << 16) | (uint32_t(b[2]) << 8) | b[3];
        if (d > (1u << 30)) {
            *error = QCoreApplication::translate("Datasets", "%1: dimension %2 is implausibly large (%3)")
                         .arg(path)
                         .arg(i + 1)
                         .arg(d);
            return false;
        }
        dims->push_back(int64_t(d));
    }
    return true;
}

} // namespace

bool IdxFile::readDimensions(const QString& path, std::vector<int64_t>* dims, QString* error)
{
    ByteStream in(path);
    return in.open(error) && readHeader(in, path, dims, error);
}

bool IdxFile::read(const QString& path, torch::Tensor* out, QString* error)
{
    ByteStream in(path);
    std::vector<int64_t> dims;
    if (!in.open(error) || !readHeader(in, path, &dims, error))
        return false;
    // The product is checked before it is formed: four dimensions of 2^30 would wrap to 0.
    int64_t count = 1;
    for (int64_t d : dims) {
        if (d != 0 && count > kMaxValues / d) {
            *error = QCoreApplication::translate("Datasets", "%1: the IDX dimensions describe more than %2 values, "
                                                             "more than Netsmith loads")
                         .arg(path)
                         .arg(kMaxValues);
            return false;
        }
        count *= d;
    }
    // Nothing is allocated for values a plain file does not hold (a 200-byte file may
    // announce 16 GiB). A gzip stream is read in chunks, so memory grows only with real data.
    const int64_t available = in.remaining();
    if (available >= 0 && available < count) {
        *error = QCoreApplication::translate("Datasets", "%1: the file is truncated (the header announces %2 values, found %3)")
                     .arg(path)
                     .arg(count)
                     .arg(available);
        return false;
    }
    torch::Tensor values;
    int64_t got = 0;
    if (available >= 0) {
        values = torch::empty(dims, torch::kUInt8);
        got = in.read(reinterpret_cast<char*>(values.data_ptr<uint8_t>()), count);
    } else {
        QByteArray data;
        constexpr int64_t kChunk = int64_t(1) << 26;
        while (got >= 0 && got < count) {
            const int64_t want = std::min(kChunk, count - got);
            data.resize(qsizetype(got + want));
            const int64_t n = in.read(data.data() + got, want);
            if (n < 0)
                got = -1;
            else if (n == 0)
                break;
            else
                got += n;
        }
        if (got == count)
            values = torch::from_blob(data.data(), dims, torch::kUInt8).clone();
    }
    if (got < 0) {
        *error = damaged(path, in);
        return false;
    }
    if (got < count) {
        *error = QCoreApplication::translate("Datasets", "%1: the file is truncated (the header announces %2 values, found %3)")
                     .arg(path)
                     .arg(count)
                     .arg(got);
        return false;
    }
    char extra = 0;
    const int64_t more = in.read(&extra, 1);
    if (more < 0) {
        *error = damaged(path, in);
        return false;
    }
    if (more > 0) {
        *error = QCoreApplication::translate("Datasets", "%1: size mismatch (more data than the header's dimensions announce)").arg(path);
        return false;
    }
    if (in.endedEarly()) {
        *error = QCoreApplication::translate("Datasets", "%1: the file is truncated (the gzip stream ends before "
                                                         "its checksum)")
                     .arg(path);
        return false;
    }
    if (in.trailingBytesAfterGzip()) {
        *error = QCoreApplication::translate("Datasets", "%1: bytes follow the end of the compressed data (the file "
                                                         "is damaged or two files were joined)")
                     .arg(path);
        return false;
    }
    *out = values;
    return true;
}

bool IdxFile::write(const QString& path, const torch::Tensor& values, QString* error)
{
    const torch::Tensor v = values.to(torch::kUInt8).contiguous();
    QByteArray data;
    data.reserve(int(4 + 4 * v.dim() + v.numel()));
    data.append(char(0)).append(char(0)).append(char(kUnsignedByte)).append(char(v.dim()));
    for (int64_t d : v.sizes()) {
        const auto u = uint32_t(d);
        data.append(char(u >> 24)).append(char(u >> 16)).append(char(u >> 8)).append(char(u));
    }
    data.append(reinterpret_cast<const char*>(v.data_ptr<uint8_t>()), qsizetype(v.numel()));
    return writeFileAtomically(path, data, error);
}

} // namespace netsmith
