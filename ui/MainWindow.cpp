#include "MainWindow.h"

#include <QLabel>
#include <QTabWidget>

namespace netsmith::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    pages_ = new QTabWidget(this);
    pages_->addTab(new QLabel(tr("Designer"), pages_), tr("Design"));
    setCentralWidget(pages_);
    setWindowTitle(tr("Netsmith"));
    resize(1280, 800);
}

} // namespace netsmith::ui
