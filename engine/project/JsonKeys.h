#pragma once
// JsonKeys: the one rule for keys a project file may carry. A file says its format version; a
// newer version is refused by that number before any key is read, so a file this version
// accepts was written by this version (or migrated to it) and carries only keys it knows. An
// unknown key is then a typo ("parms") that would silently become a default: an error that
// names it.
#include <QJsonObject>
#include <QStringList>

namespace netsmith::JsonKeys {

/// Empty when every key of `object` is in `known`; else "unknown key "x" in <where> (known:
/// a, b, c)", translated.
QString checkKnown(const QJsonObject& object, const QStringList& known, const QString& where);

} // namespace netsmith::JsonKeys
