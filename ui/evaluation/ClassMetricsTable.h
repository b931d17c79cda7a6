#pragma once
// Per-class precision, recall, F1, support, ROC AUC and average precision from a
// ClassificationReport, with the macro and weighted averages as the last rows.
#include "metrics/ClassificationReport.h"

#include <QTableWidget>

namespace netsmith::ui {

class ClassMetricsTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit ClassMetricsTable(QWidget* parent = nullptr);
    void setReport(const ClassificationReport& report, const QStringList& classNames);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
};

} // namespace netsmith::ui
