#include "drawpad/DrawingCanvas.h"

#include <QMouseEvent>
#include <QPainter>
#include <QTabletEvent>

#include <algorithm>

namespace netsmith::ui {

DrawingCanvas::DrawingCanvas(QWidget* parent)
    : QWidget(parent)
    , image_(kPaperSize, kPaperSize, QImage::Format_RGB32)
{
    image_.fill(Qt::white);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_TabletTracking, false);
    setCursor(Qt::CrossCursor);
    setMinimumSize(kPaperSize, kPaperSize);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize DrawingCanvas::sizeHint() const
{
    return {kPaperSize * 3 / 2, kPaperSize * 3 / 2};
}

QImage DrawingCanvas::paper() const
{
    return image_.convertToFormat(QImage::Format_Grayscale8);
}

void DrawingCanvas::setPenWidth(int width)
{
    penWidth_ = std::clamp(width, 1, kPaperSize / 4);
}

void DrawingCanvas::setErasing(bool erasing)
{
    erasing_ = erasing;
}

void DrawingCanvas::clear()
{
    strokes_.clear();
    background_ = QImage();
    drawing_ = false;
    redrawAll();
    Q_EMIT drawingChanged();
}

void DrawingCanvas::undoStroke()
{
    if (strokes_.isEmpty())
        return;
    strokes_.removeLast();
    drawing_ = false;
    redrawAll();
    Q_EMIT drawingChanged();
}

void DrawingCanvas::setBackground(const QImage& picture)
{
    strokes_.clear();
    drawing_ = false;
    background_ = QImage();
    if (!picture.isNull()) {
        // Pad to a square with the picture's own edge pixels (not white: a white-on-black
        // photo must keep its dark paper), then scale onto the paper.
        const QImage rgb = picture.convertToFormat(QImage::Format_RGB32);
        const int side = std::max(rgb.width(), rgb.height());
        QImage square(side, side, QImage::Format_RGB32);
        const int ox = (side - rgb.width()) / 2, oy = (side - rgb.height()) / 2;
        for (int y = 0; y < side; ++y) {
            const QRgb* src = reinterpret_cast<const QRgb*>(rgb.constScanLine(std::clamp(y - oy, 0, rgb.height() - 1)));
            QRgb* dst = reinterpret_cast<QRgb*>(square.scanLine(y));
            for (int x = 0; x < side; ++x)
                dst[x] = src[std::clamp(x - ox, 0, rgb.width() - 1)];
        }
        background_ = square.scaled(kPaperSize, kPaperSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    redrawAll();
    Q_EMIT drawingChanged();
}

void DrawingCanvas::setOverlay(const QImage& overlay)
{
    overlay_ = overlay;
    update();
}

void DrawingCanvas::setOverlayOpacity(double opacity)
{
    overlayOpacity_ = std::clamp(opacity, 0.0, 1.0);
    update();
}

QRectF DrawingCanvas::paperRect() const
{
    const qreal side = std::min(width(), height());
    return {(width() - side) / 2.0, (height() - side) / 2.0, side, side};
}

QPointF DrawingCanvas::toPaper(const QPointF& widgetPos) const
{
    const QRectF r = paperRect();
    return (widgetPos - r.topLeft()) * (kPaperSize / r.width());
}

void DrawingCanvas::beginStroke(const QPointF& widgetPos, qreal pressure)
{
    Stroke stroke;
    stroke.width = penWidth_;
    stroke.eraser = erasing_;
    stroke.points.push_back(toPaper(widgetPos));
    stroke.pressures.push_back(pressure);
    strokes_.push_back(stroke);
    drawing_ = true;
    drawSegment(strokes_.last(), 0); // a click alone leaves a dot
    Q_EMIT strokeSegmentDrawn();
}

void DrawingCanvas::extendStroke(const QPointF& widgetPos, qreal pressure)
{
    if (!drawing_ || strokes_.isEmpty())
        return;
    Stroke& stroke = strokes_.last();
    const QPointF p = toPaper(widgetPos);
    if (p == stroke.points.last())
        return;
    stroke.points.push_back(p);
    stroke.pressures.push_back(pressure);
    drawSegment(stroke, int(stroke.points.size()) - 1);
    Q_EMIT strokeSegmentDrawn();
}

void DrawingCanvas::endStroke()
{
    if (!drawing_)
        return;
    drawing_ = false;
    Q_EMIT drawingChanged();
}

void DrawingCanvas::drawSegment(const Stroke& stroke, int index)
{
    QPainter painter(&image_);
    painter.setRenderHint(QPainter::Antialiasing);
    // Light pressure still leaves a visible line: width goes from 30% to 100% of the pen.
    const qreal width = stroke.width * (0.3 + 0.7 * std::clamp(stroke.pressures[index], 0.0, 1.0));
    painter.setPen(QPen(stroke.eraser ? Qt::white : Qt::black, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    const QPointF to = stroke.points[index];
    const QPointF from = index > 0 ? stroke.points[index - 1] : to;
    painter.drawLine(from, to);
    painter.end();
    // Only the touched part of the widget needs repainting.
    const QRectF r = paperRect();
    const qreal scale = r.width() / kPaperSize;
    const QRectF dirty = QRectF(from, to).normalized().adjusted(-width, -width, width, width);
    update(QRectF(r.topLeft() + dirty.topLeft() * scale, dirty.size() * scale).toAlignedRect().adjusted(-2, -2, 2, 2));
}

void DrawingCanvas::redrawAll()
{
    if (background_.isNull())
        image_.fill(Qt::white);
    else
        image_ = background_.copy();
    for (const Stroke& stroke : strokes_)
        for (int i = 0; i < stroke.points.size(); ++i)
            drawSegment(stroke, i);
    update();
}

void DrawingCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const QRectF r = paperRect();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(r, image_);
    if (!overlay_.isNull() && overlayOpacity_ > 0) {
        painter.setOpacity(overlayOpacity_);
        painter.drawImage(r, overlay_);
        painter.setOpacity(1.0);
    }
    painter.setPen(QPen(palette().mid().color(), 1));
    painter.drawRect(r.adjusted(0, 0, -1, -1));
}

void DrawingCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        beginStroke(event->position(), 1.0);
}

void DrawingCanvas::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        extendStroke(event->position(), 1.0);
}

void DrawingCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        extendStroke(event->position(), 1.0);
        endStroke();
    }
}

void DrawingCanvas::tabletEvent(QTabletEvent* event)
{
    // Accepting stops Qt from also sending the synthesised mouse events.
    switch (event->type()) {
    case QEvent::TabletPress:
        beginStroke(event->position(), event->pressure());
        break;
    case QEvent::TabletMove:
        if (event->buttons() & Qt::LeftButton)
            extendStroke(event->position(), event->pressure());
        break;
    case QEvent::TabletRelease:
        endStroke();
        break;
    default:
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace netsmith::ui
