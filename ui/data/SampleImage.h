#pragma once
// Turns one uint8 sample (C×H×W, C = 1 or 3) into a QImage for display: the only place the
// browser converts tensors to pixels.
#include <QImage>
#include <torch/torch.h>

namespace netsmith::ui {

class SampleImage
{
public:
    /// A deep copy as Grayscale8 (C = 1) or RGB888 (C = 3); a null image for anything else.
    static QImage fromTensor(const torch::Tensor& chw);
};

} // namespace netsmith::ui
