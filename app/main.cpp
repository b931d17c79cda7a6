// netsmith: the workbench window.
#include "MainWindow.h"

#include "Localization.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Netsmith"));
    QApplication::setOrganizationName(QStringLiteral("Netsmith"));
    netsmith::Localization::install(qEnvironmentVariable("NETSMITH_LANG"));
    netsmith::ui::MainWindow window;
    window.show();
    return app.exec();
}
