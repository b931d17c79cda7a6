#pragma once
// ModelSummaryView: the Keras-style table that `netsmith-cli summary` prints (ModelSummary),
// as a table with totals, plus the memory training needs at the project's batch size.
#include <QWidget>

class QLabel;
class QTableWidget;

namespace netsmith::ui {

class ProjectDocument;

class ModelSummaryView : public QWidget
{
    Q_OBJECT
public:
    explicit ModelSummaryView(ProjectDocument* document, QWidget* parent = nullptr);

    QTableWidget* table() const { return table_; }
    QString totalsText() const;

Q_SIGNALS:
    void nodeActivated(int nodeId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    ProjectDocument* document_;
    QTableWidget* table_ = nullptr;
    QLabel* totals_ = nullptr;
};

} // namespace netsmith::ui
