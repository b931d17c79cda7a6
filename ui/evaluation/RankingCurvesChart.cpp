#include "evaluation/RankingCurvesChart.h"

#include "training/ChartPalette.h"
#include "training/NiceTicks.h"

#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>
#include <cmath>

namespace netsmith::ui {

namespace {

QColor classColor(int index)
{
    // Tableau-like palette; beyond ten classes the hue keeps turning.
    static const QColor palette[] = {{31, 119, 180},  {255, 127, 14}, {44, 160, 44},  {214, 39, 40},
                                     {148, 103, 189}, {140, 86, 75},  {227, 119, 194}, {127, 127, 127},
                                     {188, 189, 34},  {23, 190, 207}};
    if (index < 10)
        return palette[index];
    return QColor::fromHsv((index * 47) % 360, 180, 200);
}

QString area(double value)
{
    return std::isfinite(value) ? QString::number(value, 'f', 4) : QStringLiteral("–");
}

} // namespace

RankingCurvesChart::RankingCurvesChart(Kind kind, QWidget* parent)
    : QChartView(new QChart, parent)
    , kind_(kind)
{
    setRenderHint(QPainter::Antialiasing);
    QChart* c = chart();
    NiceTicks::localize(c);
    c->legend()->setAlignment(Qt::AlignRight);
    QFont legendFont = c->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85); // twelve entries must fit beside the plot
    c->legend()->setFont(legendFont);
    xAxis_ = new QValueAxis(c);
    yAxis_ = new QValueAxis(c);
    // Rates run from 0 to 1; the y axis a little past 1 so that a perfect curve is not drawn
    // on the frame, with its ticks still at 0, 0.2, ..., 1.
    NiceTicks::forRange(0, 1, 5).applyTo(xAxis_); // 0.2 apart
    NiceTicks::forRange(0, 1.02, 6, true).applyTo(yAxis_);
    c->addAxis(xAxis_, Qt::AlignBottom);
    c->addAxis(yAxis_, Qt::AlignLeft);
    ChartPalette::follow(this);
    if (kind_ == Kind::Roc) {
        chance_ = newSeries();
        chance_->replace({QPointF(0, 0), QPointF(1, 1)});
        QPen pen(QColor(160, 160, 160));
        pen.setStyle(Qt::DotLine);
        chance_->setPen(pen);
        chance_->setVisible(false);
        hideChanceFromLegend();
    }
    setTitles();
}

void RankingCurvesChart::setTitles()
{
    const bool roc = kind_ == Kind::Roc;
    chart()->setTitle(roc ? tr("ROC curves (one-vs-rest)") : tr("Precision-recall curves"));
    xAxis_->setTitleText(roc ? tr("False positive rate") : tr("Recall"));
    yAxis_->setTitleText(roc ? tr("True positive rate") : tr("Precision"));
    if (chance_)
        chance_->setName(tr("chance"));
}

void RankingCurvesChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setTitles();
        if (report_) {
            const ClassificationReport report = std::move(*report_);
            setReport(report, classNames_);
        }
    }
    QChartView::changeEvent(event);
}

void RankingCurvesChart::clear()
{
    for (QLineSeries* s : curves_) {
        chart()->removeSeries(s);
        delete s;
    }
    curves_.clear();
    entries_.clear();
    report_.reset();
    if (chance_)
        chance_->setVisible(false);
    setTitles(); // the precision-recall title carries the last report's macro AP
}

QLineSeries* RankingCurvesChart::newSeries()
{
    auto* s = new QLineSeries(this);
    chart()->addSeries(s);
    s->attachAxis(xAxis_);
    s->attachAxis(yAxis_);
    connect(s, &QLineSeries::hovered, this, [this, s](const QPointF& p, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(),
                               tr("%1\n%2: %3, %4: %5")
                                   .arg(s->name(), xAxis_->titleText(), QString::number(p.x(), 'f', 3),
                                        yAxis_->titleText(), QString::number(p.y(), 'f', 3)),
                               this);
    });
    hideChanceFromLegend();
    return s;
}

void RankingCurvesChart::hideChanceFromLegend()
{
    if (chance_)
        for (QLegendMarker* m : chart()->legend()->markers(chance_))
            m->setVisible(false);
}

QLineSeries* RankingCurvesChart::showCurve(std::size_t index, const Curve& curve, const QString& label,
                                           const QPen& pen)
{
    const Curve shown = curve.x.size() > kMaxPoints ? curve.thinned(kMaxPoints) : curve;
    QList<QPointF> points;
    points.reserve(qsizetype(shown.x.size()));
    for (std::size_t i = 0; i < shown.x.size(); ++i)
        points.append(QPointF(shown.x[i], shown.y[i]));
    if (index == curves_.size())
        curves_.push_back(newSeries());
    QLineSeries* s = curves_[index];
    if (s->name() != label)
        s->setName(label);
    if (s->pen() != pen)
        s->setPen(pen);
    s->replace(points);
    return s;
}

void RankingCurvesChart::setReport(const ClassificationReport& report, const QStringList& classNames)
{
    report_ = report;
    classNames_ = classNames;
    entries_.clear();
    const bool roc = kind_ == Kind::Roc;
    const std::vector<Curve>& curves = roc ? report.roc : report.precisionRecall;
    const std::vector<double>& areas = roc ? report.rocAuc : report.averagePrecision;
    auto add = [this](const QString& label, double a, const Curve& curve, const QPen& pen) {
        entries_.push_back({label, a, showCurve(entries_.size(), curve, label, pen)});
    };
    for (std::size_t c = 0; c < curves.size(); ++c) {
        if (curves[c].x.empty())
            continue; // the class is absent from this split: no curve, no area
        const QString name = int(c) < classNames.size() ? classNames[int(c)] : QString::number(c);
        const double a = c < areas.size() ? areas[c] : std::nan("");
        const QString label = roc ? tr("%1 (AUC %2)").arg(name, area(a)) : tr("%1 (AP %2)").arg(name, area(a));
        QPen pen(classColor(int(c)));
        pen.setWidthF(1.3);
        add(label, a, curves[c], pen);
    }
    QPen averagePen(Qt::black);
    averagePen.setWidthF(2.5);
    averagePen.setStyle(Qt::DashLine);
    if (roc) {
        add(tr("micro-average (AUC %1)").arg(area(report.rocAucMicro)), report.rocAucMicro, report.rocMicro,
            averagePen);
        QPen macroPen = averagePen;
        macroPen.setColor(QColor(90, 90, 90));
        macroPen.setStyle(Qt::DotLine);
        add(tr("macro-average (AUC %1)").arg(area(report.rocAucMacro)), report.rocAucMacro, report.rocMacro,
            macroPen);
        chance_->setVisible(true);
        hideChanceFromLegend(); // showing a series shows its legend entry again
    } else {
        add(tr("micro-average (AP %1)").arg(area(report.averagePrecisionMicro)), report.averagePrecisionMicro,
            report.precisionRecallMicro, averagePen);
        chart()->setTitle(tr("Precision-recall curves (macro AP %1)").arg(area(report.averagePrecisionMacro)));
    }
    // A report with fewer curves than the last one (a class absent now) drops the rest.
    while (curves_.size() > entries_.size()) {
        chart()->removeSeries(curves_.back());
        delete curves_.back();
        curves_.pop_back();
    }
}

} // namespace netsmith::ui
