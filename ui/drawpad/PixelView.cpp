#include "drawpad/PixelView.h"

#include <QPainter>

#include <algorithm>

namespace netsmith::ui {

PixelView::PixelView(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(112, 112);
}

void PixelView::setImage(const QImage& image)
{
    image_ = image;
    update();
}

void PixelView::setPlaceholder(const QString& text)
{
    placeholder_ = text;
    update();
}

void PixelView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    if (image_.isNull()) {
        painter.setPen(palette().mid().color());
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
        painter.setPen(palette().text().color());
        painter.drawText(rect().adjusted(6, 6, -6, -6), Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
        return;
    }
    // Whole-number zoom keeps every input pixel the same size on screen.
    const int zoom = std::max(1, std::min(width() / image_.width(), height() / image_.height()));
    const QSize shown = image_.size() * zoom;
    const QRect target(QPoint((width() - shown.width()) / 2, (height() - shown.height()) / 2), shown);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(target, image_);
    painter.setPen(palette().mid().color());
    painter.drawRect(target.adjusted(-1, -1, 0, 0));
}

} // namespace netsmith::ui
