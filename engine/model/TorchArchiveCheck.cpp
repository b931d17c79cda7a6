#include "model/TorchArchiveCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <archive.h>
#include <archive_entry.h>
#include <memory>
#include <vector>

namespace netsmith {

namespace {

struct ArchiveFree
{
    void operator()(struct archive* a) const { archive_read_free(a); }
};

} // namespace

bool TorchArchiveCheck::intact(const QByteArray& bytes, const QString& file, QString* error)
{
    const auto fail = [&](const QString& member, const char* reason) {
        const QString why = QString::fromUtf8(reason ? reason : "?");
        *error = member.isEmpty()
                     ? QCoreApplication::translate("TorchArchiveCheck", "%1 is damaged (%2)")
                           .arg(QDir::toNativeSeparators(file), why)
                     : QCoreApplication::translate("TorchArchiveCheck", "%1 is damaged: %2 (%3)")
                           .arg(QDir::toNativeSeparators(file), member, why);
        return false;
    };
    // Not a zip at all: LibTorch's own refusal says so ("not a checkpoint of this model").
    if (!bytes.startsWith(QByteArrayLiteral("PK\x03\x04")))
        return true;
    std::unique_ptr<struct archive, ArchiveFree> a(archive_read_new());
    // The seekable reader goes by the central directory, as LibTorch's does.
    archive_read_support_format_zip_seekable(a.get());
    if (archive_read_open_memory(a.get(), bytes.constData(), size_t(bytes.size())) != ARCHIVE_OK)
        return fail({}, archive_error_string(a.get()));
    std::vector<char> chunk(1 << 16);
    struct archive_entry* entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK) {
        const QString member = QString::fromUtf8(archive_entry_pathname(entry));
        la_ssize_t n = 0;
        while ((n = archive_read_data(a.get(), chunk.data(), chunk.size())) > 0) {
        }
        if (n < 0) // "ZIP bad CRC", a member cut short
            return fail(member, archive_error_string(a.get()));
    }
    if (status != ARCHIVE_EOF)
        return fail({}, archive_error_string(a.get()));
    return true;
}

} // namespace netsmith
