#include "data/SampleDelegate.h"

#include <QApplication>
#include <QPainter>

namespace netsmith::ui {

namespace {
constexpr int kMargin = 4;
}

SampleDelegate::SampleDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void SampleDelegate::setImageSize(int pixels)
{
    imageSize_ = pixels;
}

QSize SampleDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return {imageSize_ + 2 * kMargin, imageSize_ + 2 * kMargin + option.fontMetrics.height()};
}

void SampleDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    const QPalette& palette = option.palette;
    if (option.state & QStyle::State_Selected)
        painter->fillRect(option.rect, palette.highlight());
    const QRect imageRect(option.rect.x() + (option.rect.width() - imageSize_) / 2, option.rect.y() + kMargin,
                          imageSize_, imageSize_);
    const QImage image = index.data(Qt::DecorationRole).value<QImage>();
    if (!image.isNull()) {
        const QSize fitted = image.size().scaled(imageRect.size(), Qt::KeepAspectRatio);
        const QRect target(imageRect.x() + (imageRect.width() - fitted.width()) / 2,
                           imageRect.y() + (imageRect.height() - fitted.height()) / 2, fitted.width(), fitted.height());
        painter->setRenderHint(QPainter::SmoothPixmapTransform, false); // crisp pixels for 28×28
        painter->drawImage(target, image);
    }
    painter->setPen(option.state & QStyle::State_Selected ? palette.highlightedText().color() : palette.text().color());
    const QRect textRect(option.rect.x(), imageRect.bottom() + 1, option.rect.width(),
                         option.rect.bottom() - imageRect.bottom());
    painter->drawText(textRect, Qt::AlignHCenter | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                    option.rect.width() - 2));
    painter->restore();
}

} // namespace netsmith::ui
