#pragma once
// A line chart for data that keeps growing (training curves) or is replaced as a whole (run
// overlays). The full points live here; the QLineSeries only ever hold a display copy,
// decimated to min/max per pixel column and swapped in with replace() once per refresh() —
// the page calls refresh() on its UI tick, so a batch never costs a repaint. Axes follow the
// data, hovering a curve shows the nearest real point, and the chart exports itself as PNG and
// its full data as CSV (context menu).
#include <QChartView>
#include <QColor>
#include <limits>
#include <vector>

class QLineSeries;
class QValueAxis;

namespace netsmith::ui {

class LiveChartView : public QChartView
{
    Q_OBJECT
public:
    enum class Style { Line, Faint, Markers, Dashed };

    LiveChartView(const QString& title, const QString& xTitle, const QString& yTitle, QWidget* parent = nullptr);

    /// The chart's and its axes' titles (the owner says them again on a language change).
    void setTitles(const QString& title, const QString& xTitle, const QString& yTitle);

    /// Returns the series' index.
    int addSeries(const QString& name, const QColor& color, Style style = Style::Line);
    void removeAllSeries();
    int seriesCount() const { return int(tracks_.size()); }
    QString seriesName(int index) const;
    void setSeriesName(int index, const QString& name);

    void setPoints(int series, std::vector<QPointF> points);
    void appendPoints(int series, const std::vector<QPointF>& points);
    void clearPoints();
    /// The full data of a series (not decimated).
    const std::vector<QPointF>& points(int series) const;
    /// What the chart currently draws for a series (decimated; empty before refresh()).
    QList<QPointF> displayedPoints(int series) const;
    QLineSeries* lineSeries(int series) const;

    /// A value the y axis does not go past while the data stays below it (accuracy: 1).
    void setYCeiling(double ceiling) { yCeiling_ = ceiling; }

    /// Pushes changed series into the chart (decimated) and fits the axes. Cheap when nothing changed.
    void refresh();

    bool exportPng(const QString& path, QString* error);
    /// Columns series,x,y; every point, full precision.
    bool exportCsv(const QString& path, QString* error) const;
    /// Text for the hover tooltip near `value` on `series` (nearest real point).
    QString describePoint(int series, const QPointF& value) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    struct Track
    {
        QString name;
        std::vector<QPointF> points;
        QLineSeries* series = nullptr;
        bool dirty = false;
    };

    void exportPngInteractively();
    void exportCsvInteractively();
    void fitAxes();

    QAction* exportPng_ = nullptr;
    QAction* exportCsv_ = nullptr;
    QValueAxis* xAxis_ = nullptr;
    QValueAxis* yAxis_ = nullptr;
    std::vector<Track> tracks_;
    double yCeiling_ = std::numeric_limits<double>::infinity();
};

} // namespace netsmith::ui
