#pragma once
// The commands of netsmith-cli. Each command lives in its own file and is listed once in
// the table of CliCommands.cpp, which both --help and dispatch read.
#include <QString>
#include <QStringList>
#include <vector>

namespace netsmith::cli {

/// Exit statuses shared by every command.
enum ExitCode { Ok = 0, Failed = 1, BadInput = 2 };

struct CliCommand
{
    const char* name;
    const char* usage;   ///< translatable (context "Cli"): arguments after the command name
    const char* summary; ///< translatable (context "Cli"): one line for --help
    int (*run)(const QStringList& args);
};

const std::vector<CliCommand>& commands();

int runSummary(const QStringList& args);
int runTrain(const QStringList& args);
int runEvaluate(const QStringList& args);
int runBench(const QStringList& args);
int runPredict(const QStringList& args);
int runDatasets(const QStringList& args);
int runExport(const QStringList& args);

} // namespace netsmith::cli
