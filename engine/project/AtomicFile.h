#pragma once
// Atomic writes: the file is either the old one or the complete new one, never half written.
#include <QByteArray>
#include <QString>

namespace netsmith {

/// Writes `data` to `path` through QSaveFile; on failure returns false and a message naming
/// the file.
bool writeFileAtomically(const QString& path, const QByteArray& data, QString* error);

} // namespace netsmith
