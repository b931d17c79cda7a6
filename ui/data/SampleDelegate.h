#pragma once
// Paints one grid cell: the sample enlarged with crisp pixels and its class name beneath.
// Every cell has the same size, so the view lays out 60,000 cells without asking for them.
#include <QStyledItemDelegate>

namespace netsmith::ui {

class SampleDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SampleDelegate(QObject* parent = nullptr);

    void setImageSize(int pixels);
    int imageSize() const { return imageSize_; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int imageSize_ = 56;
};

} // namespace netsmith::ui
