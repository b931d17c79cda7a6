#pragma once
// Atomic writes: the file is either the old one or the complete new one, never half written.
#include <QByteArray>
#include <QString>

namespace netsmith {

/// Writes `data` to `path` through QSaveFile; on failure returns false and a message naming
/// the file.
/// An interrupted earlier save's temporaries of `path` are removed first.
bool writeFileAtomically(const QString& path, const QByteArray& data, QString* error);

/// Removes the temporaries ("<name>.XXXXXX", untouched for a minute) that a save of `path`
/// killed between writing and renaming left beside it; returns how many.
int removeStrayTemporaries(const QString& path);

} // namespace netsmith
