#include "data/Dataset.h"

#include <QCoreApplication>

namespace netsmith {

Shape Dataset::sampleShape() const
{
    if (!images.defined() || images.dim() != 4)
        return {};
    return {images.size(1), images.size(2), images.size(3)};
}

Dataset Dataset::subset(const torch::Tensor& indices) const
{
    Dataset d;
    d.name = name;
    d.classNames = classNames;
    d.images = images.index_select(0, indices).contiguous();
    d.labels = labels.index_select(0, indices).contiguous();
    return d;
}

QString DatasetSplits::note() const
{
    if (scaledFrom.isEmpty())
        return {};
    const Shape shape = train.sampleShape();
    return QCoreApplication::translate("Datasets", "The images were scaled down to %1 x %2 to fit %3 x %3 (every "
                                                   "sample takes the size of the first image, which is %4 x %5).")
        .arg(shape.size() == 3 ? shape[2] : 0)
        .arg(shape.size() == 3 ? shape[1] : 0)
        .arg(kLargestDefaultImageSide)
        .arg(scaledFrom.width())
        .arg(scaledFrom.height());
}

} // namespace netsmith
