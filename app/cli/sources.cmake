# One file per command; CliCommands.cpp holds the table that --help and dispatch read.
set(NETSMITH_CLI_SOURCES
  cli/CliCommands.h cli/CliCommands.cpp
  cli/CliOutput.h cli/CliOutput.cpp
  cli/SummaryCommand.cpp
  cli/TrainingInvocation.h cli/TrainingInvocation.cpp
  cli/OptionHelp.h cli/OptionHelp.cpp
  cli/TrainCommand.cpp
  cli/EvaluateCommand.cpp
  cli/BenchCommand.cpp
  cli/PredictCommand.cpp
  cli/DatasetsCommand.cpp
  cli/ExportCommand.cpp
)
