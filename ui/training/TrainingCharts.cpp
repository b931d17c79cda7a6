#include "training/TrainingCharts.h"

#include "training/LiveChartView.h"

#include <QEvent>
#include <QGridLayout>
#include <cmath>

namespace netsmith::ui {

namespace {

const QColor kTrainColor(31, 119, 180);
const QColor kValidationColor(255, 127, 14);

double epochPosition(const BatchEvent& e)
{
    return double(e.epoch - 1) + double(e.batch) / double(std::max(1, e.batchesPerEpoch));
}

} // namespace

double TrainingCharts::Smoother::add(double value)
{
    average = average * kSmoothing + (1 - kSmoothing) * value;
    debias *= kSmoothing;
    return average / (1 - debias);
}

TrainingCharts::TrainingCharts(QWidget* parent)
    : QWidget(parent)
{
    // Titles and series names come from retranslateUi.
    loss_ = new LiveChartView({}, {}, {}, this);
    accuracy_ = new LiveChartView({}, {}, {}, this);
    accuracy_->setYCeiling(1.0);
    for (LiveChartView* chart : {loss_, accuracy_}) {
        chart->addSeries({}, kTrainColor, LiveChartView::Style::Faint);
        chart->addSeries({}, kTrainColor, LiveChartView::Style::Line);
        chart->addSeries({}, kValidationColor, LiveChartView::Style::Markers);
    }
    learningRate_ = new LiveChartView({}, {}, {}, this);
    learningRate_->addSeries({}, QColor(44, 160, 44));
    throughput_ = new LiveChartView({}, {}, {}, this);
    throughput_->addSeries({}, QColor(148, 103, 189));
    throughput_->addSeries({}, QColor(140, 86, 75), LiveChartView::Style::Markers);
    retranslateUi();

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(loss_, 0, 0);
    grid->addWidget(accuracy_, 0, 1);
    grid->addWidget(learningRate_, 1, 0);
    grid->addWidget(throughput_, 1, 1);
}

void TrainingCharts::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TrainingCharts::retranslateUi()
{
    loss_->setTitles(tr("Loss"), tr("Epoch"), tr("Loss"));
    accuracy_->setTitles(tr("Accuracy"), tr("Epoch"), tr("Accuracy"));
    for (LiveChartView* chart : {loss_, accuracy_}) {
        chart->setSeriesName(TrainRaw, tr("Training (raw)"));
        chart->setSeriesName(TrainSmoothed, tr("Training"));
        chart->setSeriesName(Validation, tr("Validation"));
    }
    learningRate_->setTitles(tr("Learning rate"), tr("Epoch"), tr("Learning rate"));
    learningRate_->setSeriesName(0, tr("Learning rate"));
    throughput_->setTitles(tr("Throughput"), tr("Epoch"), tr("Samples/s"));
    throughput_->setSeriesName(0, tr("Within the epoch"));
    throughput_->setSeriesName(1, tr("Per epoch"));
}

void TrainingCharts::clear()
{
    lossSmoother_ = {};
    accuracySmoother_ = {};
    for (LiveChartView* chart : {loss_, accuracy_, learningRate_, throughput_})
        chart->clearPoints();
}

void TrainingCharts::addBatches(const std::vector<BatchEvent>& events)
{
    std::vector<QPointF> lossRaw, lossSmooth, accRaw, accSmooth, rate, speed;
    for (const BatchEvent& e : events) {
        const double x = epochPosition(e);
        lossRaw.emplace_back(x, e.loss);
        lossSmooth.emplace_back(x, lossSmoother_.add(e.loss));
        accRaw.emplace_back(x, e.accuracy);
        accSmooth.emplace_back(x, accuracySmoother_.add(e.accuracy));
        rate.emplace_back(x, e.learningRate);
        speed.emplace_back(x, e.samplesPerSecond);
    }
    loss_->appendPoints(TrainRaw, lossRaw);
    loss_->appendPoints(TrainSmoothed, lossSmooth);
    accuracy_->appendPoints(TrainRaw, accRaw);
    accuracy_->appendPoints(TrainSmoothed, accSmooth);
    learningRate_->appendPoints(0, rate);
    throughput_->appendPoints(0, speed);
}

void TrainingCharts::addEpoch(const EpochEvent& e)
{
    const double x = e.epoch;
    if (std::isfinite(e.valLoss))
        loss_->appendPoints(Validation, {QPointF(x, e.valLoss)});
    if (std::isfinite(e.valAccuracy))
        accuracy_->appendPoints(Validation, {QPointF(x, e.valAccuracy)});
    if (std::isfinite(e.samplesPerSecond))
        throughput_->appendPoints(1, {QPointF(x, e.samplesPerSecond)});
}

void TrainingCharts::refresh()
{
    for (LiveChartView* chart : {loss_, accuracy_, learningRate_, throughput_})
        chart->refresh();
}

} // namespace netsmith::ui
