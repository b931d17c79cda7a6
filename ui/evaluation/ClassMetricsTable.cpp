#include "evaluation/ClassMetricsTable.h"

#include <QEvent>
#include <QHeaderView>
#include <cmath>

namespace netsmith::ui {

namespace {

QTableWidgetItem* cell(double value)
{
    auto* item = new QTableWidgetItem(std::isfinite(value) ? QString::number(value, 'f', 4) : QStringLiteral("–"));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::UserRole, value);
    return item;
}

QTableWidgetItem* cell(int64_t value)
{
    auto* item = new QTableWidgetItem(QString::number(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::UserRole, qlonglong(value));
    return item;
}

} // namespace

ClassMetricsTable::ClassMetricsTable(QWidget* parent)
    : QTableWidget(parent)
{
    setColumnCount(6);
    retranslateUi();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setDefaultSectionSize(22);
}

void ClassMetricsTable::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTableWidget::changeEvent(event);
}

void ClassMetricsTable::retranslateUi()
{
    // Six equal columns share the panel: the header names stay short, the tooltip says it all.
    setHorizontalHeaderLabels({tr("Precision"), tr("Recall"), tr("F1"), tr("Support"), tr("ROC AUC"), tr("AP")});
    horizontalHeaderItem(5)->setToolTip(tr("Average precision: the area under the class's precision-recall curve"));
    // The last two rows are the averages (setReport); the others are class names.
    const int rows = rowCount();
    if (rows >= 2) {
        setVerticalHeaderItem(rows - 2, new QTableWidgetItem(tr("Macro average")));
        setVerticalHeaderItem(rows - 1, new QTableWidgetItem(tr("Weighted average")));
    }
}

void ClassMetricsTable::setReport(const ClassificationReport& report, const QStringList& classNames)
{
    const int classes = int(report.perClass.size());
    setRowCount(classes + 2);
    QStringList rows;
    for (int c = 0; c < classes; ++c) {
        rows << (c < classNames.size() ? classNames[c] : QString::number(c));
        const ClassScores& s = report.perClass[std::size_t(c)];
        setItem(c, 0, cell(s.precision));
        setItem(c, 1, cell(s.recall));
        setItem(c, 2, cell(s.f1));
        setItem(c, 3, cell(s.support));
        setItem(c, 4, cell(std::size_t(c) < report.rocAuc.size() ? report.rocAuc[std::size_t(c)] : std::nan("")));
        setItem(c, 5, cell(std::size_t(c) < report.averagePrecision.size() ? report.averagePrecision[std::size_t(c)]
                                                                           : std::nan("")));
    }
    rows << tr("Macro average") << tr("Weighted average");
    const ClassScores* averages[] = {&report.macro, &report.weighted};
    for (int i = 0; i < 2; ++i) {
        const int row = classes + i;
        setItem(row, 0, cell(averages[i]->precision));
        setItem(row, 1, cell(averages[i]->recall));
        setItem(row, 2, cell(averages[i]->f1));
        setItem(row, 3, cell(averages[i]->support));
        setItem(row, 4, cell(i == 0 ? report.rocAucMacro : std::nan("")));
        setItem(row, 5, cell(i == 0 ? report.averagePrecisionMacro : std::nan("")));
    }
    setVerticalHeaderLabels(rows);
}

} // namespace netsmith::ui
