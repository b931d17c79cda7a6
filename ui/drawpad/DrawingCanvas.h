#pragma once
// DrawingCanvas: the paper of the draw pad. Black ink on white, antialiased, drawn with the
// mouse or a tablet (stroke width follows the pen's pressure); strokes are kept so the last
// one can be undone. A heat map can be laid over the drawing.
#include <QImage>
#include <QVector>
#include <QWidget>

namespace netsmith::ui {

class DrawingCanvas : public QWidget
{
    Q_OBJECT
public:
    /// The paper's size in pixels, whatever the widget's size on screen.
    static constexpr int kPaperSize = 280;

    explicit DrawingCanvas(QWidget* parent = nullptr);

    /// The drawing as 8-bit grey pixels (kPaperSize × kPaperSize).
    QImage paper() const;
    int strokeCount() const { return int(strokes_.size()); }
    bool isBlank() const { return strokes_.isEmpty() && background_.isNull(); }
    int penWidth() const { return penWidth_; }
    bool isErasing() const { return erasing_; }

    /// A picture to predict or draw over: fitted onto the paper keeping its aspect ratio,
    /// edges extended with its own border. Replaces the drawing.
    void setBackground(const QImage& picture);
    /// An RGBA image (any size; scaled to the paper) shown over the drawing.
    void setOverlay(const QImage& overlay);
    void setOverlayOpacity(double opacity);

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

public Q_SLOTS:
    void setPenWidth(int width);
    void setErasing(bool erasing);
    void clear();
    void undoStroke();

Q_SIGNALS:
    /// The ink changed while a stroke is being drawn (once per segment).
    void strokeSegmentDrawn();
    /// The drawing changed as a whole: a stroke ended, one was undone, the paper was cleared
    /// or replaced.
    void drawingChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void tabletEvent(QTabletEvent* event) override;

private:
    struct Stroke
    {
        QVector<QPointF> points; ///< paper coordinates
        QVector<qreal> pressures; ///< 0..1, one per point
        int width = 0;
        bool eraser = false;
    };

    void beginStroke(const QPointF& widgetPos, qreal pressure);
    void extendStroke(const QPointF& widgetPos, qreal pressure);
    void endStroke();
    void drawSegment(const Stroke& stroke, int index);
    void redrawAll();
    QRectF paperRect() const;
    QPointF toPaper(const QPointF& widgetPos) const;

    QImage image_;      ///< the rendered paper (RGB32)
    QImage background_; ///< a loaded picture under the strokes
    QImage overlay_;
    double overlayOpacity_ = 0.5;
    QVector<Stroke> strokes_;
    bool drawing_ = false;
    int penWidth_ = 18;
    bool erasing_ = false;
};

} // namespace netsmith::ui
