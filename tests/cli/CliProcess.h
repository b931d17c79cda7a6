#pragma once
// Runs netsmith-cli as a real process for the CLI tests: English messages, OpenBLAS at one
// thread, and any extra environment a test needs (e.g. its own data folder).
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStringList>

namespace netsmith::test {

struct CliResult
{
    int code = -1;
    QString out;
    QString err;

    QStringList lines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    /// The last line of stdout as JSON (train and bench end with one).
    QJsonObject lastJson() const
    {
        return lines().isEmpty() ? QJsonObject() : QJsonDocument::fromJson(lines().last().toUtf8()).object();
    }
};

inline CliResult runProcess(const QString& program, const QStringList& args,
                            const QMap<QString, QString>& extraEnvironment = {}, const QString& workingDirectory = {})
{
    QProcess p;
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NETSMITH_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("OPENBLAS_NUM_THREADS"), QStringLiteral("1"));
    for (auto it = extraEnvironment.begin(); it != extraEnvironment.end(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(300000);
    // A crash is not an exit status: report it as -1 so that no test mistakes it for one.
    const int code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return {code, QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

inline CliResult runCli(const QStringList& args, const QMap<QString, QString>& extraEnvironment = {})
{
    return runProcess(QStringLiteral(NETSMITH_CLI_PATH), args, extraEnvironment);
}

/// netsmith-cli under shell limits, e.g. "ulimit -v 3000000" (memory) or "ulimit -f 1" (a
/// disk that takes no more; SIGXFSZ is ignored so that write() fails instead of killing).
inline CliResult runCliLimited(const QString& limits, const QStringList& args)
{
    return runProcess(QStringLiteral("bash"),
                      QStringList{QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; %1; exec \"$0\" \"$@\"").arg(limits),
                                  QStringLiteral(NETSMITH_CLI_PATH)} +
                          args);
}

} // namespace netsmith::test
