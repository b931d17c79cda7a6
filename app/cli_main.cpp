// netsmith-cli: the headless face of the engine (summary, datasets, train, evaluate, predict,
// bench). Dispatch only; each command lives in cli/.
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"
#include "cli/OptionHelp.h"

#include "Localization.h"

#include <QCoreApplication>

using namespace netsmith;

namespace {

void printHelp()
{
    cli::out() << QCoreApplication::translate("Cli", "Usage: netsmith-cli <command> [arguments]") << "\n"
               << "       netsmith-cli --version\n\n"
               << QCoreApplication::translate("Cli", "Commands:") << "\n";
    for (const cli::CliCommand& c : cli::commands()) {
        cli::out() << "  " << c.name << ' ' << QCoreApplication::translate("Cli", c.usage) << "\n      "
                   << QCoreApplication::translate("Cli", c.summary) << "\n";
    }
    cli::out() << "\n" << cli::trainingOptionsHelp();
    cli::out() << "\n"
               << QCoreApplication::translate(
                      "Cli", "A model can be a preset name (%1) or a .netsmith project file.")
                      .arg(QStringLiteral("seed-cnn, lenet5, mlp, vgg-mini, resnet-mini, inception-mini"))
               << "\n"
               << QCoreApplication::translate("Cli", "Exit status: 0 success, 1 failure while running, 2 bad "
                                                     "arguments or input.")
               << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Netsmith"));
    QCoreApplication::setOrganizationName(QStringLiteral("Netsmith"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NETSMITH_VERSION));
    Localization::install(qEnvironmentVariable("NETSMITH_LANG"));

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") ||
        args.first() == QLatin1String("help")) {
        printHelp();
        return args.isEmpty() ? cli::BadInput : cli::Ok;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-V")) {
        cli::out() << "netsmith-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return cli::Ok;
    }
    const QString name = args.takeFirst();
    for (const cli::CliCommand& c : cli::commands())
        if (name == QLatin1String(c.name))
            return c.run(args);
    return cli::fail(cli::BadInput,
                     QCoreApplication::translate("Cli", "unknown command \"%1\" — see netsmith-cli --help").arg(name));
}
