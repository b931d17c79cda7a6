#pragma once
// The workbench window: one page per task (design, data, training, evaluation, draw & predict).
#include <QMainWindow>

class QTabWidget;

namespace netsmith::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

private:
    QTabWidget* pages_ = nullptr;
};

} // namespace netsmith::ui
