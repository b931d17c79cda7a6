#include "data/Dataset.h"

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

} // namespace netsmith
