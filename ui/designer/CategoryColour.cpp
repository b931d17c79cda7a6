#include "designer/CategoryColour.h"

namespace netsmith::ui {

QColor categoryColour(LayerCategory category)
{
    switch (category) {
    case LayerCategory::Input:
        return QColor(0x2e, 0x7d, 0x32);
    case LayerCategory::Convolution:
        return QColor(0x15, 0x65, 0xc0);
    case LayerCategory::Pooling:
        return QColor(0x00, 0x83, 0x8f);
    case LayerCategory::Normalization:
        return QColor(0x6a, 0x1b, 0x9a);
    case LayerCategory::Core:
        return QColor(0xef, 0x6c, 0x00);
    case LayerCategory::Activation:
        return QColor(0x9e, 0x9d, 0x24);
    case LayerCategory::Merge:
        return QColor(0xad, 0x14, 0x57);
    }
    return Qt::gray;
}

} // namespace netsmith::ui
