#pragma once
// PixelView: a small image shown enlarged with hard pixel edges, so every input value the
// model receives can be seen (the model's-eye view, the saliency map).
#include <QImage>
#include <QWidget>

namespace netsmith::ui {

class PixelView : public QWidget
{
    Q_OBJECT
public:
    explicit PixelView(QWidget* parent = nullptr);

    void setImage(const QImage& image);
    const QImage& image() const { return image_; }
    /// Shown in the middle while there is no image.
    void setPlaceholder(const QString& text);

    QSize sizeHint() const override { return {196, 196}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage image_;
    QString placeholder_;
};

} // namespace netsmith::ui
