#pragma once
// The live charts of a training run: loss and accuracy (training per batch event, smoothed,
// with the raw values faint behind; validation per epoch), learning rate and throughput. The
// x axis is the epoch (fractional within an epoch). Events are only stored when they arrive;
// refresh(), called on the page's UI tick, pushes them into the charts.
#include "train/TrainingObserver.h"

#include <QWidget>
#include <vector>

namespace netsmith::ui {

class LiveChartView;

class TrainingCharts : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingCharts(QWidget* parent = nullptr);

    void clear();
    void addBatches(const std::vector<BatchEvent>& events);
    void addEpoch(const EpochEvent& event);
    void refresh();

    LiveChartView* lossChart() const { return loss_; }
    LiveChartView* accuracyChart() const { return accuracy_; }
    LiveChartView* learningRateChart() const { return learningRate_; }
    LiveChartView* throughputChart() const { return throughput_; }

    /// Series indices, the same in the loss and accuracy charts.
    enum Series { TrainRaw = 0, TrainSmoothed = 1, Validation = 2 };
    /// Weight of the exponential moving average drawn over the raw training values.
    static constexpr double kSmoothing = 0.6;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    struct Smoother
    {
        double average = 0;
        double debias = 1;
        double add(double value); ///< EMA with TensorBoard's debiasing
    };

    LiveChartView* loss_ = nullptr;
    LiveChartView* accuracy_ = nullptr;
    LiveChartView* learningRate_ = nullptr;
    LiveChartView* throughput_ = nullptr;
    Smoother lossSmoother_, accuracySmoother_;
};

} // namespace netsmith::ui
