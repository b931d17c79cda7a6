#include "project/AtomicFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <cerrno>
#include <memory>

namespace netsmith {

int removeStrayTemporaries(const QString& path)
{
    // QSaveFile writes "<name>.XXXXXX" beside the file and renames it over the file on
    // commit; a kill between the two leaves that temporary for good. One that has not been
    // touched for a minute belongs to no save still running.
    const QFileInfo target(path);
    const QRegularExpression temporary(QStringLiteral("^%1\\.[A-Za-z0-9]{6}$")
                                           .arg(QRegularExpression::escape(target.fileName())));
    // Six random letters and digits: a word ("backup", "Backup") is somebody's file.
    const QRegularExpression word(QStringLiteral("\\.[A-Z]?[a-z]+$"));
    const QDateTime stale = QDateTime::currentDateTimeUtc().addSecs(-60);
    int removed = 0;
    const QDir dir = target.absoluteDir();
    for (const QFileInfo& f : dir.entryInfoList({target.fileName() + QStringLiteral(".*")}, QDir::Files | QDir::Hidden))
        if (temporary.match(f.fileName()).hasMatch() && !word.match(f.fileName()).hasMatch() &&
            f.lastModified().toUTC() < stale && QFile::remove(f.filePath()))
            ++removed;
    return removed;
}

bool writeFileAtomically(const QString& path, const QByteArray& data, QString* error)
{
    return writeFilesAtomically({{path, data}}, error);
}

bool writeFilesAtomically(const std::vector<std::pair<QString, QByteArray>>& files, QString* error)
{
    const auto fail = [&](const QString& path, const QString& why) {
        if (error)
            *error = QCoreApplication::translate("AtomicFile", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    // Every file into its temporary before any is committed: a temporary not committed is
    // removed when its QSaveFile goes, and the file it was for stays as it was.
    std::vector<std::unique_ptr<QSaveFile>> written;
    for (const auto& [path, data] : files) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        removeStrayTemporaries(path);
        auto file = std::make_unique<QSaveFile>(path);
        // Unbuffered: every write() reaches the OS and its error (ENOSPC, EFBIG) is seen here.
        // Buffered, a small file's bytes waited in QFileDevice's buffer and the failure of the
        // final flush went unreported: a full disk committed an empty file with success.
        if (!file->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return fail(path, file->errorString());
        errno = 0;
        if (file->write(data) != data.size()) {
            // QFileDevice says "Unknown error" here; the OS's own words name the cause.
            const int cause = errno;
            return fail(path, cause ? qt_error_string(cause) : file->errorString());
        }
        written.push_back(std::move(file));
    }
    for (std::size_t i = 0; i < files.size(); ++i) {
        const QString& path = files[i].first;
        const qint64 size = files[i].second.size();
        if (!written[i]->commit())
            return fail(path, written[i]->errorString());
        // And the file on disk is the one meant, whole.
        if (QFileInfo(path).size() != size) {
            if (error)
                *error = QCoreApplication::translate("AtomicFile", "Cannot write %1: it holds %2 of %3 bytes after saving")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(QFileInfo(path).size())
                             .arg(size);
            return false;
        }
    }
    return true;
}

} // namespace netsmith
