// netsmith: the workbench window. `netsmith [FILE]` opens a project file at start.
#include "Icons.h"
#include "MainWindow.h"

#include "Localization.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Netsmith"));
    QApplication::setOrganizationName(QStringLiteral("Netsmith"));
    QApplication::setApplicationVersion(QStringLiteral(NETSMITH_VERSION));
    // The icon for window managers that read it from the window; desktops that go by the
    // .desktop file (Wayland, GNOME) find netsmith.desktop and its themed icon by this name.
    QApplication::setWindowIcon(netsmith::ui::Icons::application());
    QGuiApplication::setDesktopFileName(QStringLiteral("netsmith"));
    // NETSMITH_LANG wins (scripts, tests); otherwise the language chosen in the Language menu.
    QString language = qEnvironmentVariable("NETSMITH_LANG");
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("language")).toString();
    netsmith::Localization::install(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Design, train and test neural networks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "A project file (*.netsmith) to open."));
    parser.process(app);

    netsmith::ui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    return app.exec();
}
