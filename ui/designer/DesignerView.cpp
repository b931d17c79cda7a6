#include "designer/DesignerView.h"

#include "designer/DesignerScene.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>
#include <cmath>

namespace netsmith::ui {

namespace {
constexpr double kMinZoom = 0.1;
constexpr double kMaxZoom = 4.0;
}

QString DesignerView::layerMimeType()
{
    return QStringLiteral("application/x-netsmith-layer");
}

DesignerView::DesignerView(DesignerScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(BoundingRectViewportUpdate);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setSceneRect(-5000, -5000, 10000, 10000);
}

double DesignerView::zoom() const
{
    return transform().m11();
}

void DesignerView::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    const double f = target / zoom();
    scale(f, f);
}

void DesignerView::fitToContents()
{
    if (!isVisible()) {
        fitPending_ = true;
        return;
    }
    fitPending_ = false;
    QRectF bounds = scene()->itemsBoundingRect();
    if (bounds.isEmpty())
        return;
    bounds.adjust(-40, -40, 40, 40);
    fitInView(bounds, Qt::KeepAspectRatio);
    // Never blow a small graph up beyond life size, nor shrink a long one below reading size:
    // then the inputs' end shows, and the rest is a scroll (or Arrange Left to Right) away.
    const double target = std::clamp(zoom(), kMinReadableZoom, 1.0);
    if (target != zoom()) {
        const double f = target / zoom();
        scale(f, f);
        const QSizeF visible = QSizeF(viewport()->size()) / target;
        centerOn(bounds.left() + std::min(bounds.width(), visible.width()) / 2,
                 bounds.top() + std::min(bounds.height(), visible.height()) / 2);
    }
}

void DesignerView::showEvent(QShowEvent* event)
{
    QGraphicsView::showEvent(event);
    // Wait for the window's layout (docks) to settle before fitting.
    if (fitPending_)
        QTimer::singleShot(0, this, &DesignerView::fitToContents);
}

void DesignerView::changeEvent(QEvent* event)
{
    // Scenes get no LanguageChange of their own: the view passes it on to the cards.
    if (event->type() == QEvent::LanguageChange)
        if (auto* s = qobject_cast<DesignerScene*>(scene()))
            s->retranslate();
    QGraphicsView::changeEvent(event);
}

void DesignerView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.15, steps));
    event->accept();
}

void DesignerView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton || (spaceHeld_ && event->button() == Qt::LeftButton)) {
        panning_ = true;
        panLast_ = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DesignerView::mouseMoveEvent(QMouseEvent* event)
{
    if (panning_) {
        const QPoint delta = event->position().toPoint() - panLast_;
        panLast_ = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DesignerView::mouseReleaseEvent(QMouseEvent* event)
{
    if (panning_) {
        panning_ = false;
        viewport()->setCursor(spaceHeld_ ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DesignerView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        spaceHeld_ = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    const int key = event->key();
    const bool arrow = key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_Left || key == Qt::Key_Right;
    if (arrow && event->modifiers() == Qt::AltModifier) {
        // Alt+arrow nudges the selected layers: moving without the mouse, one undo step each.
        if (auto* s = qobject_cast<DesignerScene*>(scene())) {
            const QPointF step(key == Qt::Key_Left ? -10 : key == Qt::Key_Right ? 10 : 0,
                               key == Qt::Key_Up ? -10 : key == Qt::Key_Down ? 10 : 0);
            s->nudgeSelection(step);
            event->accept();
            return;
        }
    }
    if (event->modifiers() == Qt::NoModifier &&
        (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_Left || key == Qt::Key_Right)) {
        if (auto* s = qobject_cast<DesignerScene*>(scene())) {
            s->selectNeighbour(key);
            event->accept();
            return;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void DesignerView::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        spaceHeld_ = false;
        viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DesignerView::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(layerMimeType()))
        event->acceptProposedAction();
    else
        event->ignore(); // project files go on to the main window
}

void DesignerView::dragMoveEvent(QDragMoveEvent* event)
{
    if (event->mimeData()->hasFormat(layerMimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void DesignerView::dropEvent(QDropEvent* event)
{
    if (!event->mimeData()->hasFormat(layerMimeType())) {
        event->ignore();
        return;
    }
    const QString kind = QString::fromUtf8(event->mimeData()->data(layerMimeType()));
    Q_EMIT layerDropped(kind, mapToScene(event->position().toPoint()));
    event->acceptProposedAction();
}

void DesignerView::drawBackground(QPainter* painter, const QRectF& rect)
{
    // The window's base colour, dark under a dark palette (the scene's own light background
    // is for exported diagrams), with a faint dot grid for a sense of position and zoom.
    painter->fillRect(rect, palette().base());
    const double step = 40;
    if (zoom() < 0.35)
        return;
    QColor dot = palette().color(QPalette::Text);
    dot.setAlphaF(0.2);
    painter->setPen(QPen(dot, 0));
    const double left = std::floor(rect.left() / step) * step;
    const double top = std::floor(rect.top() / step) * step;
    QVector<QPointF> dots;
    for (double x = left; x < rect.right(); x += step)
        for (double y = top; y < rect.bottom(); y += step)
            dots << QPointF(x, y);
    painter->drawPoints(dots.data(), int(dots.size()));
}

} // namespace netsmith::ui
