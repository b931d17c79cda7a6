#include "evaluation/SampleGallery.h"

#include <QEvent>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QVBoxLayout>

namespace netsmith::ui {

SampleGallery::SampleGallery(QWidget* parent)
    : QDialog(parent)
{
    heading_ = new QLabel(this);
    heading_->setWordWrap(true);
    list_ = new QListWidget(this);
    list_->setViewMode(QListView::IconMode);
    list_->setResizeMode(QListView::Adjust);
    list_->setMovement(QListView::Static);
    list_->setIconSize(QSize(84, 84));
    list_->setGridSize(QSize(150, 150));
    list_->setWordWrap(true);
    list_->setUniformItemSizes(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading_);
    layout->addWidget(list_);
    resize(820, 600);
    setWindowTitle(tr("Samples"));
}

void SampleGallery::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Samples"));
        if (isVisible() && reshow_) {
            const std::function<void()> again = reshow_; // showCell replaces reshow_
            again();
        }
    }
    QDialog::changeEvent(event);
}

QImage SampleGallery::toImage(const torch::Tensor& sample, int scale)
{
    const torch::Tensor s = sample.to(torch::kCPU).to(torch::kUInt8).contiguous();
    const int channels = int(s.size(0)), h = int(s.size(1)), w = int(s.size(2));
    const torch::Tensor hwc = s.permute({1, 2, 0}).contiguous();
    QImage image(w, h, channels >= 3 ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    const uint8_t* data = hwc.data_ptr<uint8_t>();
    for (int y = 0; y < h; ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < w; ++x) {
            const uint8_t* px = data + (std::size_t(y) * std::size_t(w) + std::size_t(x)) * std::size_t(channels);
            if (channels >= 3) {
                line[3 * x] = px[0];
                line[3 * x + 1] = px[1];
                line[3 * x + 2] = px[2];
            } else {
                line[x] = px[0];
            }
        }
    }
    return image.scaled(w * scale, h * scale, Qt::KeepAspectRatio, Qt::FastTransformation);
}

void SampleGallery::showCell(std::shared_ptr<const SamplePredictions> samples, const QStringList& classNames, int trueClass,
                         int predictedClass)
{
    reshow_ = [this, samples, classNames, trueClass, predictedClass] {
        showCell(samples, classNames, trueClass, predictedClass);
    };
    list_->clear();
    rows_.clear();
    auto name = [&](int c) { return c < classNames.size() ? classNames[c] : QString::number(c); };
    if (samples)
        rows_ = samples->cell(trueClass, predictedClass);
    const qsizetype count = qsizetype(rows_.size());
    heading_->setText(trueClass == predictedClass
                          ? tr("Samples of class %1 predicted correctly: %2, most confident first")
                                .arg(name(trueClass))
                                .arg(count)
                          : tr("Samples of class %1 predicted as %2: %3, most confident first")
                                .arg(name(trueClass), name(predictedClass))
                                .arg(count));
    const int scale = samples && samples->images.size(2) <= 32 ? 3 : 1;
    for (int64_t row : rows_) {
        const double p = samples->probabilities[row][predictedClass].item<double>();
        auto* item = new QListWidgetItem(QIcon(QPixmap::fromImage(toImage(samples->images[row], scale))),
                                         tr("true %1\npredicted %2\np = %3")
                                             .arg(name(trueClass), name(predictedClass))
                                             .arg(p, 0, 'f', 3));
        item->setData(Qt::UserRole, qlonglong(row));
        // Where the sample lives in its dataset split (the Trainer's indices), to find it again.
        const qlonglong index = samples->indices[row].item<int64_t>();
        item->setData(Qt::UserRole + 1, index);
        item->setToolTip(tr("Index %1 in its dataset split").arg(index));
        list_->addItem(item);
    }
    show();
    raise();
}

int SampleGallery::sampleCount() const
{
    return list_->count();
}

QString SampleGallery::caption(int index) const
{
    return list_->item(index)->text();
}

int64_t SampleGallery::sampleIndex(int index) const
{
    return list_->item(index)->data(Qt::UserRole).toLongLong();
}

int64_t SampleGallery::datasetIndex(int index) const
{
    return list_->item(index)->data(Qt::UserRole + 1).toLongLong();
}

} // namespace netsmith::ui
