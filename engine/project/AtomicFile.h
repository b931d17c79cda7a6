#pragma once
// Atomic writes: the file is either the old one or the complete new one, never half written.
#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace netsmith {

/// Writes `data` to `path` through QSaveFile; on failure returns false and a message naming
/// the file.
/// An interrupted earlier save's temporaries of `path` are removed first.
bool writeFileAtomically(const QString& path, const QByteArray& data, QString* error);

/// Writes files that belong together (model.py and weights.pt) as one save: each into its
/// temporary first, and only once every one is written whole are they renamed over their
/// files, so a failure to write (a full disk) leaves all the old files as they were.
bool writeFilesAtomically(const std::vector<std::pair<QString, QByteArray>>& files, QString* error);

/// Removes the temporaries ("<name>.XXXXXX", untouched for a minute) that a save of `path`
/// killed between writing and renaming left beside it; returns how many.
int removeStrayTemporaries(const QString& path);

} // namespace netsmith
