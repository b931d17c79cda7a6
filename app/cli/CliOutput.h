#pragma once
// Console output for netsmith-cli: UTF-8 on stdout and stderr, and a shared way to report
// errors so that every command prints them the same way.
#include <QString>
#include <QTextStream>

namespace netsmith::cli {

QTextStream& out();
QTextStream& err();

/// Prints "netsmith-cli: <message>" on stderr and returns `code`.
int fail(int code, const QString& message);

/// Value of "--name VALUE" in args (removed from args), or `fallback`.
QString takeOption(QStringList& args, const QString& name, const QString& fallback = {});
/// Whether "--name" is present (removed from args).
bool takeFlag(QStringList& args, const QString& name);

} // namespace netsmith::cli
