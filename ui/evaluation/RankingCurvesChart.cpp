#include "evaluation/RankingCurvesChart.h"

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
    c->legend()->setAlignment(Qt::AlignRight);
    QFont legendFont = c->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85); // twelve entries must fit beside the plot
    c->legend()->setFont(legendFont);
    xAxis_ = new QValueAxis(c);
    yAxis_ = new QValueAxis(c);
    setTitles();
    xAxis_->setRange(0, 1);
    yAxis_->setRange(0, 1.02);
    c->addAxis(xAxis_, Qt::AlignBottom);
    c->addAxis(yAxis_, Qt::AlignLeft);
}

void RankingCurvesChart::setTitles()
{
    const bool roc = kind_ == Kind::Roc;
    chart()->setTitle(roc ? tr("ROC curves (one-vs-rest)") : tr("Precision-recall curves"));
    xAxis_->setTitleText(roc ? tr("False positive rate") : tr("Recall"));
    yAxis_->setTitleText(roc ? tr("True positive rate") : tr("Precision"));
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
    chart()->removeAllSeries();
    entries_.clear();
    report_.reset();
    setTitles(); // the precision-recall title carries the last report's macro AP
}

QLineSeries* RankingCurvesChart::addCurve(const Curve& curve, const QString& label, const QPen& pen)
{
    const Curve shown = curve.x.size() > kMaxPoints ? curve.thinned(kMaxPoints) : curve;
    QList<QPointF> points;
    points.reserve(qsizetype(shown.x.size()));
    for (std::size_t i = 0; i < shown.x.size(); ++i)
        points.append(QPointF(shown.x[i], shown.y[i]));
    auto* s = new QLineSeries(this);
    s->setName(label);
    s->setPen(pen);
    s->replace(points);
    chart()->addSeries(s);
    s->attachAxis(xAxis_);
    s->attachAxis(yAxis_);
    const QString xName = xAxis_->titleText(), yName = yAxis_->titleText();
    connect(s, &QLineSeries::hovered, this, [this, label, xName, yName](const QPointF& p, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(),
                               tr("%1\n%2: %3, %4: %5")
                                   .arg(label, xName, QString::number(p.x(), 'f', 3), yName,
                                        QString::number(p.y(), 'f', 3)),
                               this);
    });
    return s;
}

void RankingCurvesChart::setReport(const ClassificationReport& report, const QStringList& classNames)
{
    clear();
    report_ = report;
    classNames_ = classNames;
    const bool roc = kind_ == Kind::Roc;
    const std::vector<Curve>& curves = roc ? report.roc : report.precisionRecall;
    const std::vector<double>& areas = roc ? report.rocAuc : report.averagePrecision;
    for (std::size_t c = 0; c < curves.size(); ++c) {
        if (curves[c].x.empty())
            continue; // the class is absent from this split: no curve, no area
        const QString name = int(c) < classNames.size() ? classNames[int(c)] : QString::number(c);
        const double a = c < areas.size() ? areas[c] : std::nan("");
        const QString label = roc ? tr("%1 (AUC %2)").arg(name, area(a)) : tr("%1 (AP %2)").arg(name, area(a));
        QPen pen(classColor(int(c)));
        pen.setWidthF(1.3);
        entries_.push_back({label, a, addCurve(curves[c], label, pen)});
    }
    QPen averagePen(Qt::black);
    averagePen.setWidthF(2.5);
    averagePen.setStyle(Qt::DashLine);
    if (roc) {
        const QString micro = tr("micro-average (AUC %1)").arg(area(report.rocAucMicro));
        entries_.push_back({micro, report.rocAucMicro, addCurve(report.rocMicro, micro, averagePen)});
        QPen macroPen = averagePen;
        macroPen.setColor(QColor(90, 90, 90));
        macroPen.setStyle(Qt::DotLine);
        const QString macro = tr("macro-average (AUC %1)").arg(area(report.rocAucMacro));
        entries_.push_back({macro, report.rocAucMacro, addCurve(report.rocMacro, macro, macroPen)});
        // Chance level, for reading the curves; not a result, so not in the legend.
        Curve diagonal;
        diagonal.x = {0, 1};
        diagonal.y = {0, 1};
        QPen chance(QColor(160, 160, 160));
        chance.setStyle(Qt::DotLine);
        QLineSeries* d = addCurve(diagonal, tr("chance"), chance);
        for (QLegendMarker* m : chart()->legend()->markers(d))
            m->setVisible(false);
    } else {
        const QString micro = tr("micro-average (AP %1)").arg(area(report.averagePrecisionMicro));
        entries_.push_back(
            {micro, report.averagePrecisionMicro, addCurve(report.precisionRecallMicro, micro, averagePen)});
        chart()->setTitle(tr("Precision-recall curves (macro AP %1)").arg(area(report.averagePrecisionMacro)));
    }
}

} // namespace netsmith::ui
