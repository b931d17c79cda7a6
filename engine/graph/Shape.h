#pragma once
// A tensor shape for one sample, without the batch dimension: {C, H, W} for images,
// {F} for flat feature vectors.
#include <QString>
#include <cstdint>
#include <vector>

namespace netsmith {

using Shape = std::vector<int64_t>;

/// Number of elements in one sample of this shape (1 for an empty shape).
int64_t shapeElements(const Shape& shape);

/// "32×26×26": how shapes are written everywhere a person reads them.
QString shapeToString(const Shape& shape);

} // namespace netsmith
