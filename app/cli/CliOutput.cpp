#include "cli/CliOutput.h"

#include <QStringList>
#include <cstdio>

namespace netsmith::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(int code, const QString& message)
{
    out().flush();
    err() << "netsmith-cli: " << message << Qt::endl;
    return code;
}

QString takeOption(QStringList& args, const QString& name, const QString& fallback)
{
    const int i = args.indexOf(name);
    if (i < 0)
        return fallback;
    if (i + 1 >= args.size()) {
        args.removeAt(i);
        return QString(); // the caller reports the missing value
    }
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

bool takeFlag(QStringList& args, const QString& name)
{
    return args.removeAll(name) > 0;
}

} // namespace netsmith::cli
