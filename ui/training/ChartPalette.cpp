#include "training/ChartPalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegend>
#include <QPalette>

namespace netsmith::ui::ChartPalette {

namespace {

void refresh(QChartView* view)
{
    view->setBackgroundBrush(view->palette().base()); // the margin around the chart
    apply(view->chart(), view->palette());
}

/// Re-applies on show (axes added after follow() are coloured too) and on palette changes.
class Follower : public QObject
{
public:
    explicit Follower(QChartView* view)
        : QObject(view)
        , view_(view)
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == view_ && (event->type() == QEvent::PaletteChange || event->type() == QEvent::Show))
            refresh(view_);
        return QObject::eventFilter(watched, event);
    }

private:
    QChartView* view_;
};

} // namespace

void apply(QChart* chart, const QPalette& palette)
{
    if (!chart)
        return;
    const QColor text = palette.color(QPalette::Text);
    QColor grid = palette.color(QPalette::Text);
    grid.setAlphaF(0.15);
    QColor line = palette.color(QPalette::Text);
    line.setAlphaF(0.45);
    chart->setBackgroundBrush(palette.base());
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setLinePenColor(line);
    }
}

void follow(QChartView* view)
{
    view->installEventFilter(new Follower(view));
    refresh(view);
}

} // namespace netsmith::ui::ChartPalette
