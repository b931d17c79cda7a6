#include "data/SampleImage.h"

namespace netsmith::ui {

QImage SampleImage::fromTensor(const torch::Tensor& chw)
{
    if (!chw.defined() || chw.dim() != 3 || chw.scalar_type() != torch::kUInt8)
        return {};
    const int c = int(chw.size(0)), h = int(chw.size(1)), w = int(chw.size(2));
    if (c != 1 && c != 3)
        return {};
    const torch::Tensor hwc = chw.permute({1, 2, 0}).contiguous();
    const QImage view(hwc.data_ptr<uint8_t>(), w, h, w * c, c == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    return view.copy();
}

} // namespace netsmith::ui
