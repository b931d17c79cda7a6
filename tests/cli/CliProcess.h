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

inline CliResult runCli(const QStringList& args, const QMap<QString, QString>& extraEnvironment = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NETSMITH_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("OPENBLAS_NUM_THREADS"), QStringLiteral("1"));
    for (auto it = extraEnvironment.begin(); it != extraEnvironment.end(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(NETSMITH_CLI_PATH), args);
    p.waitForFinished(300000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace netsmith::test
