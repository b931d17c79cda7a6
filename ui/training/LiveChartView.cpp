#include "training/LiveChartView.h"

#include "project/AtomicFile.h"
#include "training/ChartDecimation.h"
#include "training/ChartPalette.h"
#include "training/NiceTicks.h"

#include <QAction>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QFileDialog>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMessageBox>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

namespace netsmith::ui {

LiveChartView::LiveChartView(const QString& title, const QString& xTitle, const QString& yTitle, QWidget* parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    QChart* c = chart();
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));
    xAxis_ = new QValueAxis(c);
    yAxis_ = new QValueAxis(c);
    setTitles(title, xTitle, yTitle);
    NiceTicks::localize(c);
    c->addAxis(xAxis_, Qt::AlignBottom);
    c->addAxis(yAxis_, Qt::AlignLeft);
    NiceTicks::forRange(0, 1).applyTo(xAxis_);
    NiceTicks::forRange(0, 1).applyTo(yAxis_);
    ChartPalette::follow(this);

    exportPng_ = new QAction(this);
    exportCsv_ = new QAction(this);
    connect(exportPng_, &QAction::triggered, this, &LiveChartView::exportPngInteractively);
    connect(exportCsv_, &QAction::triggered, this, &LiveChartView::exportCsvInteractively);
    addAction(exportPng_);
    addAction(exportCsv_);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    retranslateUi();
}

void LiveChartView::setTitles(const QString& title, const QString& xTitle, const QString& yTitle)
{
    chart()->setTitle(title);
    xAxis_->setTitleText(xTitle);
    yAxis_->setTitleText(yTitle);
}

void LiveChartView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QChartView::changeEvent(event);
}

void LiveChartView::retranslateUi()
{
    exportPng_->setText(tr("Save chart as PNG…"));
    exportCsv_->setText(tr("Export data as CSV…"));
}

int LiveChartView::addSeries(const QString& name, const QColor& color, Style style)
{
    auto* s = new QLineSeries(this);
    s->setName(name);
    QPen pen(color);
    pen.setWidthF(style == Style::Faint ? 1.0 : 2.0);
    if (style == Style::Faint) {
        QColor faint = color;
        faint.setAlphaF(0.25);
        pen.setColor(faint);
    }
    if (style == Style::Dashed)
        pen.setStyle(Qt::DashLine);
    s->setPen(pen);
    if (style == Style::Markers) {
        s->setPointsVisible(true);
        s->setMarkerSize(7);
    }
    chart()->addSeries(s);
    s->attachAxis(xAxis_);
    s->attachAxis(yAxis_);
    if (style == Style::Faint)
        for (QLegendMarker* m : chart()->legend()->markers(s))
            m->setVisible(false);
    const int index = int(tracks_.size());
    tracks_.push_back({name, {}, s, false});
    connect(s, &QLineSeries::hovered, this, [this, index](const QPointF& point, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), describePoint(index, point), this);
        else
            QToolTip::hideText();
    });
    return index;
}

void LiveChartView::removeAllSeries()
{
    chart()->removeAllSeries(); // deletes the QLineSeries
    tracks_.clear();
    NiceTicks::forRange(0, 1).applyTo(xAxis_);
    NiceTicks::forRange(0, 1).applyTo(yAxis_);
}

QString LiveChartView::seriesName(int index) const
{
    return tracks_.at(std::size_t(index)).name;
}

void LiveChartView::setSeriesName(int index, const QString& name)
{
    Track& t = tracks_.at(std::size_t(index));
    t.name = name;
    t.series->setName(name);
}

void LiveChartView::setPoints(int series, std::vector<QPointF> points)
{
    Track& t = tracks_.at(std::size_t(series));
    t.points = std::move(points);
    t.dirty = true;
}

void LiveChartView::appendPoints(int series, const std::vector<QPointF>& points)
{
    if (points.empty())
        return;
    Track& t = tracks_.at(std::size_t(series));
    t.points.insert(t.points.end(), points.begin(), points.end());
    t.dirty = true;
}

void LiveChartView::clearPoints()
{
    for (Track& t : tracks_) {
        t.points.clear();
        t.dirty = true;
    }
    refresh();
}

const std::vector<QPointF>& LiveChartView::points(int series) const
{
    return tracks_.at(std::size_t(series)).points;
}

QList<QPointF> LiveChartView::displayedPoints(int series) const
{
    return tracks_.at(std::size_t(series)).series->points();
}

QLineSeries* LiveChartView::lineSeries(int series) const
{
    return tracks_.at(std::size_t(series)).series;
}

void LiveChartView::refresh()
{
    bool changed = false;
    const int columns = std::max(50, int(chart()->plotArea().width()));
    for (Track& t : tracks_) {
        if (!t.dirty)
            continue;
        t.series->replace(ChartDecimation::minMaxPerColumn(t.points, columns));
        t.dirty = false;
        changed = true;
    }
    if (changed)
        fitAxes();
}

void LiveChartView::fitAxes()
{
    double x0 = std::numeric_limits<double>::infinity(), x1 = -x0, y0 = x0, y1 = -x0;
    for (const Track& t : tracks_) {
        if (!t.series->isVisible())
            continue;
        // The decimated copy keeps every column's extremes, so it bounds the full data.
        for (const QPointF& p : t.series->points()) {
            if (!std::isfinite(p.y()))
                continue;
            x0 = std::min(x0, p.x());
            x1 = std::max(x1, p.x());
            y0 = std::min(y0, p.y());
            y1 = std::max(y1, p.y());
        }
    }
    if (!(x0 <= x1))
        return;
    if (x1 - x0 < 1e-12)
        x1 = x0 + 1;
    const double pad = y1 - y0 > 1e-12 ? 0.05 * (y1 - y0) : std::max(1e-6, std::abs(y0) * 0.05);
    // Epochs count from 0 and loss, accuracy and rates are never negative: keep those origins,
    // and round the ends so that ticks read 0, 2, 4 rather than 0.00497, 1.75.
    NiceTicks::forRange(std::min(0.0, x0), x1).applyTo(xAxis_);
    const double top = y1 <= yCeiling_ ? std::min(yCeiling_, y1 + pad) : y1 + pad;
    NiceTicks::forRange(y0 >= 0 ? std::max(0.0, y0 - pad) : y0 - pad, top).applyTo(yAxis_);
}

QString LiveChartView::describePoint(int series, const QPointF& value) const
{
    const Track& t = tracks_.at(std::size_t(series));
    if (t.points.empty())
        return {};
    auto it = std::lower_bound(t.points.begin(), t.points.end(), value.x(),
                               [](const QPointF& p, double x) { return p.x() < x; });
    if (it == t.points.end())
        --it;
    else if (it != t.points.begin() && std::abs((it - 1)->x() - value.x()) < std::abs(it->x() - value.x()))
        --it;
    return tr("%1\n%2: %3\n%4: %5")
        .arg(t.name, xAxis_->titleText(), QString::number(it->x(), 'g', 6), yAxis_->titleText(),
             QString::number(it->y(), 'g', 6));
}

bool LiveChartView::exportPng(const QString& path, QString* error)
{
    refresh();
    if (grab().save(path, "PNG"))
        return true;
    *error = tr("Cannot write the image %1").arg(path);
    return false;
}

bool LiveChartView::exportCsv(const QString& path, QString* error) const
{
    QByteArray csv("series,x,y\n");
    for (const Track& t : tracks_) {
        QString name = t.name;
        if (name.contains(QLatin1Char(',')) || name.contains(QLatin1Char('"')))
            name = QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        const QByteArray prefix = name.toUtf8() + ',';
        for (const QPointF& p : t.points)
            csv += prefix + QByteArray::number(p.x(), 'g', 17) + ',' + QByteArray::number(p.y(), 'g', 17) + '\n';
    }
    return writeFileAtomically(path, csv, error);
}

void LiveChartView::exportPngInteractively()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart as PNG"), chart()->title() + QStringLiteral(".png"),
                                                      tr("PNG images (*.png)"));
    QString error;
    if (!path.isEmpty() && !exportPng(path, &error))
        QMessageBox::warning(this, tr("Save chart"), error);
}

void LiveChartView::exportCsvInteractively()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart data"), chart()->title() + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export chart data"), error);
}

} // namespace netsmith::ui
