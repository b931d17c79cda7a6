#pragma once
// The samples behind one confusion-matrix cell, as images sorted by the model's confidence
// (highest first), each captioned with its true label, the prediction and its probability.
#include "evaluation/SamplePredictions.h"

#include <QDialog>
#include <QStringList>
#include <functional>
#include <memory>

class QListWidget;
class QLabel;

namespace netsmith::ui {

class SampleGallery : public QDialog
{
    Q_OBJECT
public:
    explicit SampleGallery(QWidget* parent = nullptr);

    void showCell(std::shared_ptr<const SamplePredictions> samples, const QStringList& classNames, int trueClass,
              int predictedClass);
    int sampleCount() const;
    /// Caption of the i-th image shown ("true 4 · predicted 9 · p = 0.93").
    QString caption(int index) const;
    /// Position of the i-th image shown in the samples' order.
    int64_t sampleIndex(int index) const;
    /// Position of the i-th image shown in its dataset split (SamplePredictions::indices).
    int64_t datasetIndex(int index) const;

    /// A uint8 C×H×W sample (1 or 3 channels) as a greyscale or RGB image, scaled up `scale` times.
    static QImage toImage(const torch::Tensor& sample, int scale);

protected:
    void changeEvent(QEvent* event) override;

private:
    std::function<void()> reshow_; ///< shows the same cell again (after a language change)
    QLabel* heading_ = nullptr;
    QListWidget* list_ = nullptr;
    std::vector<int64_t> rows_;
};

} // namespace netsmith::ui
