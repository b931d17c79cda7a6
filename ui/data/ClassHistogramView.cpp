#include "data/ClassHistogramView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QEvent>
#include <QValueAxis>
#include <algorithm>

namespace netsmith::ui {

ClassHistogramView::ClassHistogramView(QWidget* parent)
    : QChartView(parent), m_series(new QBarSeries), m_categories(new QBarCategoryAxis), m_values(new QValueAxis)
{
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->addSeries(m_series);
    chart->addAxis(m_categories, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_values->setLabelFormat(QStringLiteral("%d"));
    chart->setMargins(QMargins(2, 2, 2, 2));
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    chart->setTitle(tr("Samples per class"));
}

void ClassHistogramView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        chart()->setTitle(tr("Samples per class"));
        setCounts(m_classNames, m_counts); // the bar set's name
    }
    QChartView::changeEvent(event);
}

void ClassHistogramView::setCounts(const QStringList& classNames, const std::vector<int64_t>& counts)
{
    m_counts = counts;
    m_classNames = classNames;
    m_series->clear();
    auto* set = new QBarSet(tr("Samples"));
    for (int64_t c : counts)
        *set << double(c);
    m_series->append(set);
    m_categories->clear();
    m_categories->append(classNames);
    m_categories->setLabelsAngle(classNames.size() > 6 ? -45 : 0);
    const int64_t top = counts.empty() ? 1 : *std::max_element(counts.begin(), counts.end());
    m_values->setRange(0, double(std::max<int64_t>(top, 1)) * 1.1);
}

} // namespace netsmith::ui
