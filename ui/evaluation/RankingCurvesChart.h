#pragma once
// ROC or precision-recall curves from a ClassificationReport: one curve per class
// (one-vs-rest) plus the micro and macro averages (ROC) or the micro average (PR), each with
// its area in the legend — AUC for ROC, average precision for PR — exactly as the engine
// computed it. Curves are drawn from the engine's points (thinned only past kMaxPoints).
// A new report (one per epoch while training) reuses the previous report's series: replacing
// points only repaints, while new series re-lay out the chart and its legend.
#include "metrics/ClassificationReport.h"

#include <QChartView>
#include <QStringList>
#include <optional>

class QLineSeries;
class QValueAxis;

namespace netsmith::ui {

class RankingCurvesChart : public QChartView
{
    Q_OBJECT
public:
    enum class Kind { Roc, PrecisionRecall };
    static constexpr std::size_t kMaxPoints = 2000;

    explicit RankingCurvesChart(Kind kind, QWidget* parent = nullptr);

    void setReport(const ClassificationReport& report, const QStringList& classNames);
    void clear();

    /// One entry per drawn curve, in legend order: per class, then the averages.
    struct Entry
    {
        QString label;  ///< as in the legend
        double area = 0; ///< the engine's AUC or AP for this curve
        QLineSeries* series = nullptr;
    };
    const std::vector<Entry>& entries() const { return entries_; }
    Kind kind() const { return kind_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Draws `curve` as the index-th curve in legend order, in the series drawn there before.
    QLineSeries* showCurve(std::size_t index, const Curve& curve, const QString& label, const QPen& pen);
    QLineSeries* newSeries();
    void hideChanceFromLegend();
    void setTitles();

    Kind kind_;
    QValueAxis* xAxis_ = nullptr;
    QValueAxis* yAxis_ = nullptr;
    std::vector<Entry> entries_;
    std::vector<QLineSeries*> curves_; ///< the series of entries_, kept for the next report
    QLineSeries* chance_ = nullptr;    ///< ROC's diagonal: for reading, not a result
    std::optional<ClassificationReport> report_; ///< what is drawn, to redraw it in another language
    QStringList classNames_;
};

} // namespace netsmith::ui
