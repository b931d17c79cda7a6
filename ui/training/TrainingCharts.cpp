#include "training/TrainingCharts.h"

#include "training/LiveChartView.h"

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
    loss_ = new LiveChartView(tr("Loss"), tr("Epoch"), tr("Loss"), this);
    accuracy_ = new LiveChartView(tr("Accuracy"), tr("Epoch"), tr("Accuracy"), this);
    accuracy_->setYCeiling(1.0);
    for (LiveChartView* chart : {loss_, accuracy_}) {
        chart->addSeries(tr("Training (raw)"), kTrainColor, LiveChartView::Style::Faint);
        chart->addSeries(tr("Training"), kTrainColor, LiveChartView::Style::Line);
        chart->addSeries(tr("Validation"), kValidationColor, LiveChartView::Style::Markers);
    }
    learningRate_ = new LiveChartView(tr("Learning rate"), tr("Epoch"), tr("Learning rate"), this);
    learningRate_->addSeries(tr("Learning rate"), QColor(44, 160, 44));
    throughput_ = new LiveChartView(tr("Throughput"), tr("Epoch"), tr("Samples/s"), this);
    throughput_->addSeries(tr("Within the epoch"), QColor(148, 103, 189));
    throughput_->addSeries(tr("Per epoch"), QColor(140, 86, 75), LiveChartView::Style::Markers);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(loss_, 0, 0);
    grid->addWidget(accuracy_, 0, 1);
    grid->addWidget(learningRate_, 1, 0);
    grid->addWidget(throughput_, 1, 1);
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
    throughput_->appendPoints(1, {QPointF(x, e.samplesPerSecond)});
}

void TrainingCharts::refresh()
{
    for (LiveChartView* chart : {loss_, accuracy_, learningRate_, throughput_})
        chart->refresh();
}

} // namespace netsmith::ui
