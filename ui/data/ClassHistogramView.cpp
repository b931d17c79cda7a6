#include "data/ClassHistogramView.h"

#include "training/ChartPalette.h"
#include "training/NiceTicks.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QEvent>
#include <QValueAxis>
#include <algorithm>

namespace netsmith::ui {

ClassHistogramView::ClassHistogramView(QWidget* parent)
    : QChartView(parent), series_(new QBarSeries), categories_(new QBarCategoryAxis), values_(new QValueAxis)
{
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->addSeries(series_);
    chart->addAxis(categories_, Qt::AlignBottom);
    chart->addAxis(values_, Qt::AlignLeft);
    series_->attachAxis(categories_);
    series_->attachAxis(values_);
    NiceTicks::localize(chart);
    chart->setMargins(QMargins(2, 2, 2, 2));
    setChart(chart);
    ChartPalette::follow(this);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    chart->setTitle(tr("Samples per class"));
}

void ClassHistogramView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        chart()->setTitle(tr("Samples per class"));
        setCounts(classNames_, counts_); // the bar set's name
    }
    QChartView::changeEvent(event);
}

void ClassHistogramView::setCounts(const QStringList& classNames, const std::vector<int64_t>& counts)
{
    counts_ = counts;
    classNames_ = classNames;
    series_->clear();
    auto* set = new QBarSet(tr("Samples"));
    for (int64_t c : counts)
        *set << double(c);
    series_->append(set);
    categories_->clear();
    categories_->append(classNames);
    categories_->setLabelsAngle(classNames.size() > 6 ? -45 : 0);
    const int64_t top = counts.empty() ? 1 : *std::max_element(counts.begin(), counts.end());
    // Counts are whole: ticks at whole steps (0 / 250 / 500 ..., never 248), at least 1 apart.
    NiceTicks ticks = NiceTicks::forRange(0, double(std::max<int64_t>(top, 1)));
    if (ticks.step < 1)
        ticks = NiceTicks::forRange(0, 5);
    ticks.applyTo(values_);
}

} // namespace netsmith::ui
