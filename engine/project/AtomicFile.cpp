#include "project/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

namespace netsmith {

bool writeFileAtomically(const QString& path, const QByteArray& data, QString* error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    const auto fail = [&](const QString& why) {
        if (error)
            *error = QCoreApplication::translate("AtomicFile", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    // Unbuffered: every write() reaches the OS and its error (ENOSPC, EFBIG) is seen here.
    // Buffered, a small file's bytes waited in QFileDevice's buffer and the failure of the
    // final flush went unreported: a full disk committed an empty file with success.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(file.errorString());
    errno = 0;
    if (file.write(data) != data.size()) {
        // QFileDevice says "Unknown error" here; the OS's own words name the cause.
        const int cause = errno;
        return fail(cause ? qt_error_string(cause) : file.errorString());
    }
    if (!file.commit())
        return fail(file.errorString());
    // And the file on disk is the one meant, whole.
    if (QFileInfo(path).size() != data.size()) {
        if (error)
            *error = QCoreApplication::translate("AtomicFile", "Cannot write %1: it holds %2 of %3 bytes after saving")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(QFileInfo(path).size())
                         .arg(data.size());
        return false;
    }
    return true;
}

} // namespace netsmith
