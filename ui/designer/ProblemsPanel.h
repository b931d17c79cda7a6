#pragma once
// ProblemsPanel: every problem shape inference found, one per row; activating a row (click
// or Enter) selects the layer it names.
#include <QListWidget>

namespace netsmith::ui {

class ProjectDocument;

class ProblemsPanel : public QListWidget
{
    Q_OBJECT
public:
    static constexpr int NodeRole = Qt::UserRole + 1;

    explicit ProblemsPanel(ProjectDocument* document, QWidget* parent = nullptr);

Q_SIGNALS:
    void nodeActivated(int nodeId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    ProjectDocument* document_;
};

} // namespace netsmith::ui
